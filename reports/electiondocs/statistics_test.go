package electiondocs

import (
	"bufio"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"tdkt/data/election"
)

// thieuNgocStatistics is the commune of Thiệu Ngọc (Thiệu Hóa, Thanh Hóa)
// in 2021: four races, 3.722 voters, 3.715 of them voted (99,81 %), six
// polling areas; 24 of 25 seats of the commune council filled (one short
// in Tổ 06). Ballots and composition are of our choosing; whether any
// result was annulled is not known to tdkt and stays blank.
func thieuNgocStatistics() Statistics {
	race := func(r election.Race, constituencies, oneArea, seats, elected int64, valid int64) RaceStatistics {
		return RaceStatistics{
			Race: r, Voters: N(3722), Voted: N(3715),
			Constituencies: ConstituencyCounts{Total: N(constituencies), OneArea: N(oneArea), LowTurnout: N(0), Repeat: N(0), Additional: N(0)},
			Areas:          AreaCounts{Total: N(6), LowTurnout: N(0), Repeat: N(0), Additional: N(0)},
			Issued:         N(3715), Received: N(3713), Valid: N(valid), Invalid: N(3713 - valid),
			Seats:   N(seats),
			Elected: Composition{Total: N(elected)},
		}
	}
	qh := race(election.RaceQH, 1, 0, 3, 3, 3690)
	qh.Elected = Composition{Total: N(3), Women: N(1), Minority: N(0), Young: N(1), NonParty: N(0), Reelected: N(1), Religious: N(0), SelfNominated: N(0),
		BelowUniversity: N(0), University: N(1), Postgraduate: N(2), TheoryIntermediate: N(0), TheoryAdvanced: N(3), TheoryBachelor: N(0),
		Party: N(1), Government: N(1), Front: N(0), Court: N(0), Procuracy: N(0), ArmedForces: N(1), Other: N(0)}
	qh.Candidates = Composition{Total: N(5), Women: N(2), Young: N(1), University: N(2), Postgraduate: N(3)}
	province := race(election.RaceProvince, 1, 0, 3, 3, 3688)
	province.Elected = Composition{Total: N(3), Women: N(1), Minority: N(0), Young: N(0), NonParty: N(0), Reelected: N(2), Religious: N(0), SelfNominated: N(0),
		University: N(1), Postgraduate: N(2), TheoryAdvanced: N(3), Party: N(2), Government: N(1)}
	district := race(election.RaceDistrict, 1, 0, 4, 4, 3679)
	district.Elected = Composition{Total: N(4), Women: N(2), Young: N(1), NonParty: N(1), Reelected: N(1),
		University: N(3), Postgraduate: N(1), TheoryIntermediate: N(1), TheoryAdvanced: N(3), Government: N(2), Front: N(1), Other: N(1)}
	commune := race(election.RaceCommune, 6, 6, 25, 24, 3655)
	commune.Elected = Composition{Total: N(24), Women: N(7), Minority: N(0), Young: N(5), NonParty: N(2), Reelected: N(9), Religious: N(0), SelfNominated: N(0),
		BelowUniversity: N(10), University: N(13), Postgraduate: N(1), TheoryIntermediate: N(12), TheoryAdvanced: N(1),
		Party: N(4), Government: N(8), Front: N(6), Court: N(0), Procuracy: N(0), ArmedForces: N(2), Other: N(4)}
	commune.Candidates = Composition{Total: N(40), Women: N(13), Young: N(9), NonParty: N(5), Reelected: N(11), University: N(21)}
	return Statistics{
		Election: "đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026",
		Unit:     "Xã Thiệu Ngọc",
		Place:    "Thiệu Ngọc",
		Date:     time.Date(2021, 5, 25, 0, 0, 0, 0, time.Local),
		Signer:   "Lê Văn Hùng",
		Races:    []RaceStatistics{qh, province, district, commune},
	}
}

// openStatistics writes s and opens the workbook.
func openStatistics(t *testing.T, s Statistics) (*excelize.File, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "thong-ke.xlsx")
	if err := WriteStatistics(path, s); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f, path
}

// rowOf is the row whose column col holds text.
func rowOf(t *testing.T, f *excelize.File, sheet, col, text string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	ci, _ := excelize.ColumnNameToNumber(col)
	for i, r := range rows {
		if len(r) >= ci && r[ci-1] == text {
			return i + 1
		}
	}
	t.Fatalf("%s: no %q in column %s", sheet, text, col)
	return 0
}

// raw is the stored value of a cell: the cached value of a formula.
func raw(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func formula(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	v, err := f.GetCellFormula(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func TestStatisticsPartI(t *testing.T) {
	f, _ := openStatistics(t, thieuNgocStatistics())
	const sh = SheetStatistics
	qh := rowOf(t, f, sh, "B", "ĐẠI BIỂU QUỐC HỘI")
	commune := rowOf(t, f, sh, "B", "Cấp xã")
	total := rowOf(t, f, sh, "A", "Tổng cộng")
	q := strconv.Itoa(qh)
	for cell, want := range map[string]string{
		"A" + q: "I", "C" + q: "3722", "D" + q: "3715", "F" + q: "1", "L" + q: "6", "Q" + q: "3715", "R" + q: "3713", "T" + q: "3690",
		"E" + q: "0.9981", // 3715/3722 = 99,812 % → 99,81 %
		"S" + q: "0.9995", // 3713/3715 = 99,946 % → 99,95 %
		"U" + q: "0.9938", // 3690/3713 = 99,380 % → 99,38 %
	} {
		if got := raw(t, f, sh, cell); got != want {
			t.Errorf("%s = %q, want %q", cell, got, want)
		}
	}
	if got, want := formula(t, f, sh, "E"+q), `IF(OR(ISBLANK(D`+q+`),N(C`+q+`)=0),"",ROUND(D`+q+`/C`+q+`,4))`; got != want {
		t.Errorf("turnout formula %q, want %q", got, want)
	}
	// The commune council: six constituencies of one polling area each.
	c := strconv.Itoa(commune)
	if got := raw(t, f, sh, "G"+c); got != "6" {
		t.Errorf("one-area constituencies %q, want 6", got)
	}
	// Annulled results: not known to tdkt, blank for the officer.
	for _, cell := range []string{"I" + q, "N" + q, "I" + c} {
		if v, fo := raw(t, f, sh, cell), formula(t, f, sh, cell); v != "" || fo != "" {
			t.Errorf("%s = %q (formula %q), want blank", cell, v, fo)
		}
	}
	// Totals: SUMs over the race rows with their values; no total of
	// polling areas, which serve every race.
	tr := strconv.Itoa(total)
	if got, want := formula(t, f, sh, "C"+tr), "SUM(C"+q+":C"+c+")"; got != want {
		t.Errorf("total formula %q, want %q", got, want)
	}
	for cell, want := range map[string]string{"C" + tr: "14888", "D" + tr: "14860", "F" + tr: "9", "G" + tr: "6", "L" + tr: "", "E" + tr: "0.9981", "T" + tr: "14712"} {
		if got := raw(t, f, sh, cell); got != want {
			t.Errorf("total %s = %q, want %q", cell, got, want)
		}
	}
}

func TestStatisticsComposition(t *testing.T) {
	f, _ := openStatistics(t, thieuNgocStatistics())
	const sh = SheetStatistics
	// Part II: the Quốc hội's deputies, counts only; seats span A:B.
	head := rowOf(t, f, sh, "A", "Số đại biểu được ấn định")
	d := strconv.Itoa(head + 2)
	for cell, want := range map[string]string{"A" + d: "3", "C" + d: "3", "D" + d: "1", "M" + d: "2", "O" + d: "3", "T" + d: "0", "V" + d: "1"} {
		if got := raw(t, f, sh, cell); got != want {
			t.Errorf("part II %s = %q, want %q", cell, got, want)
		}
	}
	// Part III: the commune council, 24 elected of 25 seats.
	partIII := rowOf(t, f, sh, "A", statPartIII)
	r := partIII + 2 + 3 // title, two header rows, then tỉnh, huyện, xã
	if got := raw(t, f, sh, "B"+strconv.Itoa(r)); got != "Cấp xã" {
		t.Fatalf("part III row %d is %q", r, got)
	}
	x := strconv.Itoa(r)
	for cell, want := range map[string]string{
		"C" + x: "25", "D" + x: "24",
		"E" + x: "7", "F" + x: "0.2917", // nữ 7/24 = 29,166 % → 29,17 %
		"M" + x: "9", "N" + x: "0.375", // tái cử 9/24
		"S" + x: "0.4167", "T" + x: "0.5417", "U" + x: "0.0417", // chuyên môn 10, 13, 1 of 24
		"V" + x: "0.5", "W" + x: "0.0417", "X" + x: "", // lý luận: cử nhân not known
	} {
		if got := raw(t, f, sh, cell); got != want {
			t.Errorf("part III %s = %q, want %q", cell, got, want)
		}
	}
	if got, want := formula(t, f, sh, "S"+x), `IF(N(D`+x+`)=0,"",ROUND(10/D`+x+`,4))`; got != want {
		t.Errorf("education share formula %q, want %q", got, want)
	}
	// Part IV: agencies of those elected.
	partIV := rowOf(t, f, sh, "A", statPartIV)
	y := strconv.Itoa(partIV + 2 + 3)
	for cell, want := range map[string]string{"C" + y: "24", "D" + y: "4", "E" + y: "0.1667", "F" + y: "8", "G" + y: "0.3333", "P" + y: "4"} {
		if got := raw(t, f, sh, cell); got != want {
			t.Errorf("part IV %s = %q, want %q", cell, got, want)
		}
	}
	// The candidates, outside the form: shares of the candidates.
	cand := rowOf(t, f, SheetStatCandidates, "B", "Cấp xã")
	z := strconv.Itoa(cand)
	for cell, want := range map[string]string{"C" + z: "25", "D" + z: "40", "E" + z: "13", "F" + z: "0.325"} {
		if got := raw(t, f, SheetStatCandidates, cell); got != want {
			t.Errorf("candidates %s = %q, want %q", cell, got, want)
		}
	}
}

// TestStatisticsFormulasCarryValues recomputes every formula of the
// workbook with excelize's engine and compares it with the value stored.
func TestStatisticsFormulasCarryValues(t *testing.T) {
	f, _ := openStatistics(t, thieuNgocStatistics())
	n := 0
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for r := range rows {
			for c := 1; c <= statCols; c++ {
				cell := ref(c, r+1)
				if formula(t, f, sh, cell) == "" {
					continue
				}
				n++
				got, err := f.CalcCellValue(sh, cell, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatalf("%s!%s: %v", sh, cell, err)
				}
				stored := raw(t, f, sh, cell)
				if got == stored {
					continue
				}
				a, errA := strconv.ParseFloat(got, 64)
				b, errB := strconv.ParseFloat(stored, 64)
				if errA != nil || errB != nil || math.Abs(a-b) > 1e-12 {
					t.Errorf("%s!%s: computes %q, stores %q", sh, cell, got, stored)
				}
			}
		}
	}
	if n < 60 {
		t.Errorf("only %d formulas", n)
	}
}

func TestStatisticsLabels(t *testing.T) {
	f, _ := openStatistics(t, thieuNgocStatistics())
	var all []string
	for _, sh := range f.GetSheetList() {
		rows, _ := f.GetRows(sh)
		for _, r := range rows {
			for _, v := range r {
				if v != "" {
					if !norm.NFC.IsNormalString(v) {
						t.Errorf("%s: %q is not NFC", sh, v)
					}
					all = append(all, v)
				}
			}
		}
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		"Mẫu số 30/HĐBC", "ỦY BAN BẦU CỬ", "XÃ THIỆU NGỌC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
		"Thiệu Ngọc, ngày 25 tháng 5 năm 2021",
		"BIỂU THỐNG KÊ SƠ BỘ KẾT QUẢ CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV, ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN CÁC CẤP NHIỆM KỲ 2021-2026",
		statPartI, statPartII, statPartIII, statPartIV,
		"Tổng số cử tri (trong danh sách)", "Số cử tri đã tham gia bỏ phiếu", "Tỷ lệ cử tri đã tham gia bỏ phiếu (%)",
		"Số đơn vị chỉ có 01 khu vực bỏ phiếu", "Số đơn vị có dưới 50% tổng số cử tri tham gia bỏ phiếu", "Số đơn vị bị hủy kết quả bầu cử",
		"Số đơn vị phải bầu cử lại", "Số đơn vị phải bầu cử thêm", "Số khu vực phải bầu cử thêm",
		"Số phiếu phát ra", "Số phiếu thu vào", "Tỷ lệ phiếu thu vào/ phát ra (%)", "Số phiếu hợp lệ", "Tỷ lệ phiếu hợp lệ/thu vào (%)",
		"ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN", "Cấp tỉnh", "Cấp huyện", "Cấp xã", "Tổng cộng",
		"Nữ", "Dân tộc thiểu số", "Trẻ tuổi (dưới 40 tuổi)", "Ngoài Đảng", "Tái cử (tỷ lệ so với người trúng cử)", "Tôn giáo", "Tự ứng cử",
		"Trình độ chuyên môn (tỷ lệ %)", "Dưới đại học", "Sau đại học", "Trình độ lý luận chính trị (tỷ lệ %)", "Trung cấp", "Cao cấp", "Cử nhân",
		"Cơ quan Đảng", "Chính quyền", "UBMTTQVN và tổ chức thành viên", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Quân đội, Công an",
		"Cơ quan, đơn vị khác", "TM. ỦY BAN BẦU CỬ", "CHỦ TỊCH", "Lê Văn Hùng",
		"CƠ CẤU, THÀNH PHẦN NGƯỜI ỨNG CỬ", "Số người ứng cử",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q", want)
		}
	}
	// The final form and a 2026 election without the district council.
	s := thieuNgocStatistics()
	s.Final = true
	s.Races = append(s.Races[:2], s.Races[3])
	f2, _ := openStatistics(t, s)
	if got := raw(t, f2, SheetStatistics, "L1"); got != FormStatisticsFinal {
		t.Errorf("form number %q", got)
	}
	rows, _ := f2.GetRows(SheetStatistics)
	for _, r := range rows {
		for _, v := range r {
			if v == "Cấp huyện" {
				t.Error("a district row without a district race")
			}
		}
	}
	if rowOf(t, f2, SheetStatistics, "B", "Cấp xã") == 0 {
		t.Error("no commune row")
	}
}

// TestStatisticsPrintScale checks the page setup read back: A4 landscape
// fitted to one page wide, and the scale that fitting takes keeps the
// tables' 10-point text at 9 points or more.
func TestStatisticsPrintScale(t *testing.T) {
	f, _ := openStatistics(t, thieuNgocStatistics())
	lay, err := f.GetPageLayout(SheetStatistics)
	if err != nil {
		t.Fatal(err)
	}
	if *lay.Size != 9 || *lay.Orientation != "landscape" || *lay.FitToWidth != 1 {
		t.Errorf("page layout: size %d, %s, fit to width %d", *lay.Size, *lay.Orientation, *lay.FitToWidth)
	}
	m, err := f.GetPageMargins(SheetStatistics)
	if err != nil {
		t.Fatal(err)
	}
	printable := (a4LongSide - *m.Left - *m.Right) * 72
	sum := 0.0
	for c := 1; c <= statCols; c++ {
		name, _ := excelize.ColumnNumberToName(c)
		w, err := f.GetColWidth(SheetStatistics, name)
		if err != nil {
			t.Fatal(err)
		}
		sum += colPoints(w)
	}
	scale := math.Min(1, printable/sum)
	t.Logf("printable %.0f pt, columns %.0f pt, scale %.3f, printed font %.2f pt", printable, sum, scale, statFontSize*scale)
	if statFontSize*scale < 9 {
		t.Errorf("printed at %.2f pt, below 9", statFontSize*scale)
	}
	if math.Abs(scale-statPrintScale()) > 1e-9 {
		t.Errorf("scale %.4f, the layout says %.4f", scale, statPrintScale())
	}
}

// TestStatisticsPrint prints the workbook through LibreOffice, checks the
// pages and the size of the printed text, and saves the first page as
// testdata/statistics-page1.png for people to look at.
func TestStatisticsPrint(t *testing.T) {
	for _, tool := range []string{"soffice", "pdftotext", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (libreoffice-calc-nogui, poppler-utils)", tool)
		}
	}
	if testing.Short() {
		t.Skip("printing through LibreOffice takes seconds")
	}
	_, path := openStatistics(t, thieuNgocStatistics())
	dir := filepath.Dir(path)
	profile := "file://" + filepath.Join(dir, "lo-profile")
	cmd := exec.Command("soffice", "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	pdf := strings.TrimSuffix(path, ".xlsx") + ".pdf"
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	pages := strings.Split(string(out), "<page ")[1:]
	if len(pages) != 3 { // the form on two pages, the candidates on one
		t.Errorf("%d pages, want 3", len(pages))
	}
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	footer := regexp.MustCompile(`^\d+/\d+$`)
	minH, minWord, footH := math.Inf(1), "", 0.0
	for _, p := range pages {
		sc := bufio.NewScanner(strings.NewReader(p))
		for sc.Scan() {
			m := word.FindStringSubmatch(sc.Text())
			if m == nil {
				continue
			}
			y1, _ := strconv.ParseFloat(m[2], 64)
			y2, _ := strconv.ParseFloat(m[4], 64)
			if m[5] == "Trang" {
				footH = y2 - y1
				continue
			}
			if footer.MatchString(m[5]) { // "1/3" of "Trang 1/3"
				continue
			}
			if h := y2 - y1; h < minH {
				minH, minWord = h, m[5]
			}
		}
	}
	// A word's box is as tall as its font's ascent plus descent: the page
	// footer, 10 points and never scaled, calibrates box to size.
	if footH == 0 {
		t.Fatal("no page footer")
	}
	size := minH / footH * 10
	t.Logf("smallest word box %.2f pt (%q), footer's %.2f pt: printed font %.2f pt", minH, minWord, footH, size)
	if size < 9 {
		t.Errorf("printed text of %.2f pt, want 9 or more", size)
	}
	text, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	byPage := strings.Split(string(text), "\f")
	if len(byPage) >= 2 {
		if !strings.Contains(byPage[0], "KẾT QUẢ CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI") || !strings.Contains(byPage[0], "II. CƠ CẤU, THÀNH PHẦN") {
			t.Errorf("page 1 lacks parts I and II:\n%s", byPage[0])
		}
		if !strings.Contains(byPage[1], "III. CƠ CẤU NGƯỜI TRÚNG CỬ") || !strings.Contains(byPage[1], "IV. THÀNH PHẦN") || !strings.Contains(byPage[1], "CHỦ TỊCH") {
			t.Errorf("page 2 lacks parts III, IV and the signature:\n%s", byPage[1])
		}
	}
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, filepath.Join("testdata", "statistics-page1")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
}

// TestStatisticsNothingHalfWritten: a write that fails leaves no file and
// no temporary behind.
func TestStatisticsNothingHalfWritten(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "thống-kê.xlsx")
	if err := os.Mkdir(path, 0o755); err != nil { // a directory where the file should go
		t.Fatal(err)
	}
	if err := WriteStatistics(path, thieuNgocStatistics()); err == nil {
		t.Fatal("writing over a directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}
