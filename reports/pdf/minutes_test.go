package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// tally is one polling area's counts for the samples: voters, voted (=
// issued), received, invalid; valid is received - invalid.
type tally struct {
	name                             string
	voters, voted, received, invalid int64
}

// sampleRound builds a round from the areas' tallies and each candidate's
// share of an area's valid ballots in thousandths; the winners are those
// above half of the valid ballots, most votes first, up to seats (test
// data only: the law's rules live in tdkt/data/election).
func sampleRound(kind RoundKind, day time.Time, seats int, areas []tally, names []string, shares []int64) MinutesRound {
	r := MinutesRound{Kind: kind, Day: day, Date: day.AddDate(0, 0, 1)}
	totals := make([]int64, len(names))
	for _, a := range areas {
		valid := a.received - a.invalid
		ma := MinutesArea{Name: a.name, Voters: a.voters, Voted: a.voted, Issued: a.voted, Received: a.received, Valid: valid, Invalid: a.invalid}
		for i, s := range shares {
			v := valid * s / 1000
			ma.Votes = append(ma.Votes, v)
			totals[i] += v
		}
		r.Areas = append(r.Areas, ma)
		r.Voters += a.voters
		r.Voted += a.voted
		r.Issued += a.voted
		r.Received += a.received
		r.Valid += valid
		r.Invalid += a.invalid
	}
	for i, n := range names {
		r.Candidates = append(r.Candidates, MinutesCandidate{Name: n, Votes: totals[i], Percent: election.Percent(totals[i], r.Valid)})
	}
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return int(totals[b] - totals[a]) })
	elected := 0
	for _, i := range order {
		if elected < seats && 2*totals[i] > r.Valid {
			r.Candidates[i].Elected = true
			elected++
		}
	}
	return r
}

var (
	pollingDay = time.Date(2026, 3, 15, 0, 0, 0, 0, time.Local)
	extraDay   = time.Date(2026, 3, 22, 0, 0, 0, 0, time.Local)
)

// thieuNgoc is a commune council's constituency: 6 polling areas, 5 seats,
// 7 candidates, every seat filled.
func thieuNgoc() Minutes {
	areas := []tally{
		{"KVBP số 1 – Chẩn Xuyên 1", 640, 638, 638, 8},
		{"KVBP số 2 – Chẩn Xuyên 2", 612, 610, 609, 6},
		{"KVBP số 3 – Phúc Lộc", 655, 652, 652, 11},
		{"KVBP số 4 – Đồng Tâm", 598, 597, 597, 7},
		{"KVBP số 5 – Nguyên Hoằng", 571, 569, 568, 8},
		{"KVBP số 6 – Thọ Phú", 646, 645, 645, 8},
	}
	names := []string{"Lê Văn An", "Nguyễn Thị Bình", "Trịnh Đình Cường", "Hoàng Thị Dung", "Lê Đức Giang", "Phạm Thị Hà", "Đỗ Văn Khoa"}
	return Minutes{
		FormNumber:   "Mẫu số 26/HĐBC-HĐND",
		Locality:     "xã Thiệu Ngọc",
		Term:         "khóa XXI, nhiệm kỳ 2026 - 2031",
		Constituency: 2,
		Covers:       "các thôn Chẩn Xuyên 1, Chẩn Xuyên 2, Phúc Lộc, Đồng Tâm, Nguyên Hoằng, Thọ Phú",
		Seats:        5,
		Place:        "Hội trường Ủy ban nhân dân xã Thiệu Ngọc",
		Rounds:       []MinutesRound{sampleRound(RoundFirst, pollingDay, 5, areas, names, []int64{920, 870, 810, 760, 700, 380, 350})},
	}
}

// thanhHoa3 is a Quốc hội constituency where only two of three seats are
// filled on polling day and a bầu thêm fills the third.
func thanhHoa3() Minutes {
	areas := []tally{
		{"Xã Thiệu Hóa", 41230, 41102, 41095, 402},
		{"Xã Thiệu Ngọc", 18544, 18490, 18488, 151},
		{"Xã Thiệu Trung", 22310, 22251, 22250, 230},
		{"Phường Hạc Thành", 60921, 60212, 60190, 811},
	}
	names := []string{"Nguyễn Văn Minh", "Trần Thị Ngọc Lan", "Lê Hồng Phong", "Phạm Quang Vinh", "Vũ Thị Thu Hương"}
	first := sampleRound(RoundFirst, pollingDay, 3, areas, names, []int64{720, 640, 470, 440, 430})
	first.Next = NextAdditional
	extra := []tally{
		{"Xã Thiệu Hóa", 41230, 40011, 40008, 350},
		{"Xã Thiệu Ngọc", 18544, 18002, 18001, 160},
		{"Xã Thiệu Trung", 22310, 21500, 21498, 199},
		{"Phường Hạc Thành", 60921, 57302, 57290, 702},
	}
	second := sampleRound(RoundAdditional, extraDay, 1, extra, names[2:], []int64{560, 300, 260})
	return Minutes{
		FormNumber:   "Mẫu số 21/HĐBC-QH",
		National:     true,
		Locality:     "tỉnh Thanh Hóa",
		Term:         "khóa XVI",
		Constituency: 3,
		Covers:       "các xã Thiệu Hóa, Thiệu Ngọc, Thiệu Trung và phường Hạc Thành",
		Seats:        3,
		Rounds:       []MinutesRound{first, second},
	}
}

// thieuNgoc4 is a constituency whose count is incomplete: two of five
// areas have not sent their tallies.
func thieuNgoc4() Minutes {
	areas := []tally{
		{"KVBP số 7 – Vạn Lộc", 702, 700, 700, 9},
		{"KVBP số 8 – Tân Ngọc", 655, 651, 650, 5},
		{"KVBP số 9 – Ngọc Quang", 590, 588, 588, 4},
	}
	names := []string{"Bùi Văn Lâm", "Cao Thị Mai", "Đinh Văn Nam", "Lương Thị Oanh", "Mai Xuân Phúc"}
	r := sampleRound(RoundFirst, pollingDay, 3, areas, names, []int64{800, 760, 690, 420, 330})
	for i := range r.Candidates {
		r.Candidates[i].Elected = false
	}
	r.Areas = append(r.Areas, MinutesArea{Name: "KVBP số 10 – Xuân Ngọc", Missing: true}, MinutesArea{Name: "KVBP số 11 – Đông Ngọc", Missing: true})
	return Minutes{
		FormNumber:   "Mẫu số 26/HĐBC-HĐND",
		Locality:     "xã Thiệu Ngọc",
		Term:         "khóa XXI, nhiệm kỳ 2026 - 2031",
		Constituency: 4,
		Covers:       "các thôn Vạn Lộc, Tân Ngọc, Ngọc Quang, Xuân Ngọc, Đông Ngọc",
		Seats:        3,
		Rounds:       []MinutesRound{r},
		Status:       MinutesIncomplete,
		StatusNote:   "Còn thiếu biên bản kết quả kiểm phiếu của 2/5 khu vực bỏ phiếu.",
	}
}

// minutesFile writes the three samples as one PDF.
func minutesFile(t testing.TB, ms ...Minutes) string {
	return writePDF(t, func(b *bytes.Buffer) error { return WriteMinutes(b, ms, EmbeddedFonts()) })
}

// opens tells whether a page opens a biên bản: it starts with the form
// number, after the status mark if any.
func opens(p string) bool {
	for _, s := range []MinutesStatus{MinutesIncomplete, MinutesUndecided} {
		p = strings.TrimPrefix(p, s.mark()+" ")
	}
	return strings.HasPrefix(p, "Mẫu số")
}

// documents splits the pages into the biên bản they belong to.
func documents(pages []string) []string {
	var out []string
	for _, p := range pages {
		if opens(p) || len(out) == 0 {
			out = append(out, p)
			continue
		}
		out[len(out)-1] += " " + p
	}
	return out
}

// roundNumbers are the numbers of a round in the order the form prints
// them, up to the vote table.
func roundNumbers(m Minutes, r MinutesRound) []string {
	return []string{
		"được bầu " + vn.Int(m.Seats) + " đại biểu",
		"có " + vn.Int(int64(len(r.Candidates))) + " người ứng cử",
		"Tổng số cử tri của đơn vị bầu cử: " + vn.Int(r.Voters) + " người.",
		"Số cử tri đã tham gia bỏ phiếu: " + vn.Int(r.Voted) + " người.",
		"so với tổng số cử tri của đơn vị bầu cử: " + pct(r.Voted, r.Voters) + ".",
		"Số phiếu phát ra: " + vn.Int(r.Issued) + " phiếu.",
		"Số phiếu thu vào: " + vn.Int(r.Received) + " phiếu.",
		"Số phiếu hợp lệ: " + vn.Int(r.Valid) + " phiếu. Tỷ lệ so với tổng số phiếu thu vào: " + pct(r.Valid, r.Received) + ".",
		"Số phiếu không hợp lệ: " + vn.Int(r.Invalid) + " phiếu. Tỷ lệ so với tổng số phiếu thu vào: " + pct(r.Invalid, r.Received) + ".",
		"SỐ PHIẾU BẦU CHO MỖI NGƯỜI ỨNG CỬ",
	}
}

// areaKey is the start of an area's name, which its cell may wrap:
// "KVBP số 1".
func areaKey(name string) string {
	f := strings.Fields(name)
	return strings.Join(f[:min(3, len(f))], " ")
}

// layoutTexts returns the text of each page as pdftotext -layout reads
// it, which keeps a table's rows together, white space collapsed.
func layoutTexts(t testing.TB, file string) []string {
	t.Helper()
	pages := strings.Split(run(t, "pdftotext", "-layout", "-enc", "UTF-8", file, "-"), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	for i, p := range pages {
		pages[i] = strings.Join(strings.Fields(p), " ")
	}
	return pages
}

// tableNumbers are the vote table's cells in reading order: per area its
// votes, then the totals and percentages (one block of columns).
func tableNumbers(r MinutesRound) []string {
	var out []string
	for _, a := range r.Areas {
		if a.Missing {
			out = append(out, areaKey(a.Name), "Chưa có biên bản kết quả kiểm phiếu")
			continue
		}
		out = append(out, areaKey(a.Name))
		for _, v := range a.Votes {
			out = append(out, vn.Int(v))
		}
	}
	out = append(out, "Tổng cộng")
	for _, c := range r.Candidates {
		out = append(out, vn.Int(c.Votes))
	}
	out = append(out, "Tỷ lệ %")
	for _, c := range r.Candidates {
		out = append(out, vn.Percent(c.Percent))
	}
	return out
}

// talliesNumbers are the attached table's cells in reading order.
func talliesNumbers(r MinutesRound) []string {
	out := []string{"BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU THEO KHU VỰC BỎ PHIẾU"}
	for _, a := range r.Areas {
		out = append(out, areaKey(a.Name))
		if a.Missing {
			out = append(out, "Chưa có biên bản kết quả kiểm phiếu")
			continue
		}
		for _, n := range []int64{a.Voters, a.Voted, a.Issued, a.Received, a.Valid, a.Invalid} {
			out = append(out, vn.Int(n))
		}
	}
	out = append(out, "Cộng")
	for _, n := range []int64{r.Voters, r.Voted, r.Issued, r.Received, r.Valid, r.Invalid} {
		out = append(out, vn.Int(n))
	}
	return out
}

// winnersInOrder are the winners of a round as item b) lists them.
func winnersInOrder(r MinutesRound) []string {
	var won []MinutesCandidate
	for _, c := range r.Candidates {
		if c.Elected {
			won = append(won, c)
		}
	}
	slices.SortStableFunc(won, func(a, b MinutesCandidate) int { return int(b.Votes - a.Votes) })
	var out []string
	for i, c := range won {
		out = append(out, fmt.Sprintf("%d. Ông/Bà %s, số phiếu: %s, đạt %s so với tổng số phiếu hợp lệ.", i+1, c.Name, vn.Int(c.Votes), vn.Percent(c.Percent)))
	}
	return out
}

func TestMinutesNumbersInOrder(t *testing.T) {
	ms := []Minutes{thieuNgoc(), thanhHoa3(), thieuNgoc4()}
	file := minutesFile(t, ms...)
	docs := documents(layoutTexts(t, file))
	plain := documents(pageTexts(t, file))
	var want []struct {
		m Minutes
		r int
	}
	for _, m := range ms {
		for i := range m.Rounds {
			want = append(want, struct {
				m Minutes
				r int
			}{m, i})
		}
	}
	if len(docs) != len(want) {
		t.Fatalf("%d biên bản, want %d (one per round)", len(docs), len(want))
	}
	for i, w := range want {
		m, r := w.m, w.m.Rounds[w.r]
		doc, head := docs[i], plain[i]
		t.Run(fmt.Sprintf("%s/%d/%d", m.Locality, m.Constituency, w.r), func(t *testing.T) {
			title := "BIÊN BẢN XÁC ĐỊNH KẾT QUẢ " + upper(r.Kind.word())
			inOrder(t, head, m.FormNumber, "BAN BẦU CỬ ĐẠI BIỂU", fmt.Sprintf("ĐƠN VỊ BẦU CỬ SỐ %d", m.Constituency),
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", title, "Gồm: "+m.Covers)
			inOrder(t, doc, roundNumbers(m, r)...)
			inOrder(t, doc, tableNumbers(r)...)
			inOrder(t, doc, "Căn cứ vào kết quả ghi trên đây", "a) Số cử tri đã tham gia bỏ phiếu đạt "+pct(r.Voted, r.Voters))
			inOrder(t, doc, winnersInOrder(r)...)
			inOrder(t, doc, "c) Theo ấn định", "d) Tóm tắt những việc xảy ra: ....", "đ) Những khiếu nại, tố cáo", "e) Những khiếu nại, tố cáo",
				"g) Những khiếu nại, tố cáo", "TM. BAN BẦU CỬ", "TRƯỞNG BAN", "CÁC PHÓ TRƯỞNG BAN", "Nhất thiết không được tẩy xóa")
			inOrder(t, doc, talliesNumbers(r)...)
		})
	}
}

func TestMinutesRounds(t *testing.T) {
	m := thanhHoa3()
	docs := documents(pageTexts(t, minutesFile(t, m)))
	if len(docs) != 2 {
		t.Fatalf("%d biên bản, want 2", len(docs))
	}
	first, extra := docs[0], docs[1]
	inOrder(t, first, "BIÊN BẢN XÁC ĐỊNH KẾT QUẢ BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI Ở ĐƠN VỊ BẦU CỬ SỐ 3",
		"Theo Nghị quyết số ……… ngày ……… của Hội đồng bầu cử quốc gia thì đơn vị bầu cử số 3 được bầu 3 đại biểu Quốc hội.",
		"là 3 đại biểu, nay đã bầu được 2 đại biểu, còn thiếu 1 đại biểu.",
		"đề nghị Ủy ban bầu cử ở tỉnh Thanh Hóa báo cáo Hội đồng bầu cử quốc gia để xem xét, quyết định việc bầu cử thêm tại đơn vị bầu cử.",
		"được lập thành 03 bản")
	inOrder(t, extra, "BIÊN BẢN XÁC ĐỊNH KẾT QUẢ BẦU CỬ THÊM ĐẠI BIỂU QUỐC HỘI KHÓA XVI",
		"có 3 người ứng cử",
		"kết quả bầu cử thêm đại biểu Quốc hội ở đơn vị bầu cử số 3 ngày 22 tháng 3 năm 2026 như sau:",
		"là 3 đại biểu, nay đã bầu được 3 đại biểu, còn thiếu 0 đại biểu.",
		"Danh sách những người trúng cử đại biểu Quốc hội ở đơn vị bầu cử số 3 sau cuộc bầu cử ngày 15/3/2026 và cuộc bầu cử thêm ngày 22/3/2026:")
	// The combined list: the two of polling day, then the one of the bầu thêm.
	var all []string
	n := 0
	for ri, r := range m.Rounds {
		for _, line := range winnersInOrder(r) {
			n++
			_, rest, _ := strings.Cut(line, ". ")
			all = append(all, fmt.Sprintf("%d. %s", n, strings.TrimSuffix(rest, ".")+" (trúng cử tại "+m.roundName(ri)+")."))
		}
	}
	if len(all) != 3 {
		t.Fatalf("sample has %d winners, want 3", len(all))
	}
	inOrder(t, extra, all...)
	if strings.Contains(extra, "quyết định việc bầu cử thêm") {
		t.Error("the bầu thêm proposes another bầu thêm")
	}
}

func TestMinutesIncompleteMark(t *testing.T) {
	ms := []Minutes{thieuNgoc(), thanhHoa3(), thieuNgoc4()}
	file := minutesFile(t, ms...)
	pages := pageTexts(t, file)
	const mark = "CHƯA ĐỦ BIÊN BẢN KIỂM PHIẾU"
	inIncomplete := false
	for i, p := range pages {
		if opens(p) {
			inIncomplete = strings.Contains(p, "ĐƠN VỊ BẦU CỬ SỐ 4")
		}
		if got := strings.Contains(p, mark); got != inIncomplete {
			t.Errorf("page %d: mark %v, want %v: %.120s", i+1, got, inIncomplete, p)
		}
	}
	last := documents(layoutTexts(t, file))[3]
	inOrder(t, last, "Còn thiếu biên bản kết quả kiểm phiếu của 2/5 khu vực bỏ phiếu.",
		"KVBP số 10", "Chưa có biên bản kết quả kiểm phiếu", "KVBP số 11", "Chưa có biên bản kết quả kiểm phiếu", "nay đã bầu được 0 đại biểu, còn thiếu 3 đại biểu.")
}

// number matches a number as the minutes write it: "3.722", "99,81%".
var number = regexp.MustCompile(`^\d{1,3}(\.\d{3})*(,\d\d%?)?[.,:;)]*$`)

func TestMinutesNumbersNotSplit(t *testing.T) {
	ms := []Minutes{thieuNgoc(), thanhHoa3(), thieuNgoc4()}
	file := minutesFile(t, ms...)
	// Every number of the model must come back whole as one word.
	words, _ := words(t, file)
	got := map[string]bool{}
	for _, b := range words {
		got[strings.TrimRight(b.text, ".,:;)")] = true
	}
	for _, m := range ms {
		for _, r := range m.Rounds {
			for _, s := range slices.Concat(tableNumbers(r), talliesNumbers(r)) {
				if number.MatchString(s) && !got[s] {
					t.Errorf("%s is not one word of the PDF", s)
				}
			}
		}
	}
}

func TestMinutesPageNumbers(t *testing.T) {
	file := minutesFile(t, thieuNgoc(), thanhHoa3())
	pages := pageTexts(t, file)
	n := 0
	for i, p := range pages {
		if opens(p) {
			n = 1
			continue
		}
		n++
		if !strings.HasPrefix(p, fmt.Sprint(n)+" ") {
			t.Errorf("page %d starts %.20q, want its number %d", i+1, p, n)
		}
	}
}

func TestMinutesManyAreasAndCandidates(t *testing.T) {
	// A province council's constituency: 40 polling areas, 11 candidates.
	var areas []tally
	for i := range 40 {
		areas = append(areas, tally{fmt.Sprintf("KVBP số %d – Thôn %d, xã Thiệu Tiến", i+1, i+1), 1200 + int64(i), 1190 + int64(i), 1190, 10})
	}
	var names []string
	var shares []int64
	for i := range 11 {
		names = append(names, sampleName(i))
		shares = append(shares, 700-int64(i)*40)
	}
	m := thieuNgoc()
	m.Constituency, m.Seats = 9, 6
	m.Rounds = []MinutesRound{sampleRound(RoundFirst, pollingDay, 6, areas, names, shares)}
	file := minutesFile(t, m)
	text := strings.Join(pageTexts(t, file), " ")
	inOrder(t, text, "Phần 1/2: người ứng cử thứ 1 đến thứ 6", "Phần 2/2: người ứng cử thứ 7 đến thứ 11")
	for _, r := range runs(t, file) {
		if r.size < 10 {
			t.Errorf("text below 10 pt: %q at %.1f pt", r.text, r.size)
		}
		if r.x1 > textRight+tol {
			t.Errorf("text beyond the right margin: %q to %.1f mm", r.text, r.x1)
		}
	}
}

func TestMinutesRefusesIncomplete(t *testing.T) {
	m := thieuNgoc()
	m.Seats = 0
	m.Rounds[0].Areas[1].Votes = m.Rounds[0].Areas[1].Votes[:3]
	err := WriteMinutes(&bytes.Buffer{}, []Minutes{m}, EmbeddedFonts())
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"đơn vị bầu cử số 2", "thiếu số đại biểu được bầu", "có 3 số phiếu bầu cho 7 người ứng cử"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	if err := WriteMinutes(&bytes.Buffer{}, nil, EmbeddedFonts()); err == nil {
		t.Error("no error for no constituency")
	}
}

func TestMinutesTextIsNFC(t *testing.T) {
	m := thieuNgoc()
	m.Locality = norm.NFD.String(m.Locality)
	m.Rounds[0].Candidates[0].Name = norm.NFD.String("Lê Văn An")
	text := strings.Join(pageTexts(t, minutesFile(t, m)), " ")
	if !norm.NFC.IsNormalString(text) {
		t.Error("text is not NFC")
	}
	inOrder(t, text, "BAN BẦU CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN XÃ THIỆU NGỌC", "1. Lê Văn An")
}

func TestMinutesPageImages(t *testing.T) {
	file := minutesFile(t, thieuNgoc(), thanhHoa3())
	tool(t, "pdftoppm")
	render(t, file, 1, "minutes-page1", 50)
	render(t, file, 2, "minutes-page2", 50)
}
