package electiondocs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

func openStore(tb testing.TB) *data.Store {
	tb.Helper()
	st, err := data.Open(filepath.Join(tb.TempDir(), "tdkt.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	return st
}

func TestTemplate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mau.xlsx")
	if err := Template(path); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := append([]string{SheetInstructions}, Sheets...)
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sheets %v, want %v", got, want)
	}
	for _, l := range layouts {
		row, _ := f.GetRows(l.name)
		if len(row) == 0 || len(row[0]) != len(l.cols) {
			t.Fatalf("%s: header %v", l.name, row)
		}
		for i, c := range l.cols {
			if row[0][i] != c.Name {
				t.Errorf("%s column %d = %q, want %q", l.name, i+1, row[0][i], c.Name)
			}
		}
	}
	// FORMATS.md's headers, in its order, then its optional columns.
	if h, _ := f.GetRows(SheetTallies); strings.Join(h[0], " · ") != "Mã xã · Số khu vực bỏ phiếu · Cấp · Tổng số cử tri · Số cử tri đã bỏ phiếu · Số phiếu phát ra · Số phiếu thu vào · Số phiếu hợp lệ · Số phiếu không hợp lệ · Lần bầu" {
		t.Errorf("Kiểm phiếu header %q", h[0])
	}
	if h, _ := f.GetRows(SheetCandidates); strings.Join(h[0], " · ") != "Cấp · Mã đơn vị hành chính · Số đơn vị bầu cử · Họ và tên · Ngày sinh · Giới tính · "+
		"Dân tộc · Tôn giáo · Đảng viên · Tái cử · Tự ứng cử · Trình độ chuyên môn · Trình độ lý luận chính trị · Nghề nghiệp, chức vụ · Nơi công tác" {
		t.Errorf("Người ứng cử header %q", h[0])
	}
	if h, _ := f.GetRows(SheetElection); strings.Join(h[0], " · ") != "Tên cuộc bầu cử · Ngày bầu cử · Các cấp bầu cử" {
		t.Errorf("Cuộc bầu cử header %q", h[0])
	}
	dvs, err := f.GetDataValidations(SheetConstituencies)
	if err != nil {
		t.Fatal(err)
	}
	var races, seats bool
	for _, dv := range dvs {
		races = races || (strings.HasPrefix(dv.Sqref, "A2:") && strings.Contains(dv.Formula1, "HĐND tỉnh"))
		seats = seats || (strings.HasPrefix(dv.Sqref, "D2:") && dv.Type == "whole")
	}
	if !races || !seats {
		t.Errorf("data validation of Đơn vị bầu cử: %+v", dvs)
	}
	if text, _ := f.GetCellValue(SheetInstructions, "A1"); !strings.Contains(text, "HƯỚNG DẪN") {
		t.Errorf("instructions start %q", text)
	}
	// The empty template reads with no problem and no row.
	in, ps, err := Read(path)
	if err != nil || len(ps) != 0 || in.Election != nil || len(in.Tallies) != 0 {
		t.Errorf("empty template: %+v, %v, %v", in, ps, err)
	}
}

// The sample, written to a workbook and imported, gives the sample's results.
func TestImportWorkbook(t *testing.T) {
	st := openStore(t)
	path := filepath.Join(t.TempDir(), "thieungoc.xlsx")
	if err := Fill(path, sample.ThieuNgoc()); err != nil {
		t.Fatal(err)
	}
	res, err := Import(context.Background(), st, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Tallies != 24 || res.Candidates != 60 || res.Areas != 6 || len(res.Warnings) != 0 {
		t.Errorf("import result %+v", res)
	}
	r, err := st.Results(context.Background(), res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	var elected int
	for _, c := range r.Constituencies {
		if c.Race == election.RaceCommune {
			elected += c.Elected
		}
	}
	if elected != 24 {
		t.Errorf("HĐND xã elected %d, want 24", elected)
	}
	// The same workbook again duplicates nothing.
	if _, err := Import(context.Background(), st, path, nil); err != nil {
		t.Fatal(err)
	}
	var n int
	st.DB().QueryRow(`SELECT COUNT(*) FROM tallies`).Scan(&n)
	if n != 24 {
		t.Errorf("%d tallies after importing twice", n)
	}
}

// A workbook with an inconsistent tally is refused whole, with the sheet,
// row, column, cell and rule; other problems of other sheets come in the
// same pass; nothing is written.
func TestImportRefusesWholeWorkbook(t *testing.T) {
	st := openStore(t)
	in := sample.ThieuNgoc()
	var bad data.TallyRow
	for i := range in.Tallies {
		if in.Tallies[i].Area == 6 && in.Tallies[i].Race == election.RaceCommune {
			in.Tallies[i].Invalid++
			bad = in.Tallies[i]
		}
	}
	path := filepath.Join(t.TempDir(), "sai.xlsx")
	if err := Fill(path, in); err != nil {
		t.Fatal(err)
	}
	// A cell the reader itself refuses, in another sheet.
	f, _ := excelize.OpenFile(path)
	f.SetCellValue(SheetCandidates, "E3", "31/02/1970")
	f.Save()
	f.Close()

	_, err := Import(context.Background(), st, path, nil)
	var ps problem.List
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want problem.List", err)
	}
	if len(ps) != 2 {
		t.Fatalf("%d problems, want 2:\n%v", len(ps), err)
	}
	if p := ps[0]; p.Sheet != SheetCandidates || p.Row != 3 || p.Column != ColBirth || p.Cell != "E3" {
		t.Errorf("date problem %+v", p)
	}
	p := ps[1]
	if p.File != "sai.xlsx" || p.Sheet != SheetTallies || p.Row != bad.Row || p.Column != ColInvalid || p.Rule != problem.ValidInvalidSum {
		t.Errorf("tally problem %+v", p)
	}
	if p.Cell != "I"+itoa(bad.Row) {
		t.Errorf("cell %q, want I%d", p.Cell, bad.Row)
	}
	msg := err.Error()
	for _, want := range []string{"không có gì được ghi", `sheet "Kiểm phiếu"`, "dòng " + itoa(bad.Row), `cột "Số phiếu không hợp lệ"`,
		"Số phiếu hợp lệ (" + itoa64(bad.Valid) + ") + số phiếu không hợp lệ (" + itoa64(bad.Invalid) + ") phải bằng số phiếu thu vào"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
	if es, _ := st.Elections(context.Background()); len(es) != 0 {
		t.Error("a refused workbook wrote an election")
	}
}

func itoa(n int) string     { return vn.Int(int64(n)) }
func itoa64(n int64) string { return strings.ReplaceAll(vn.Int(n), ".", "") }

// Problems of the reader itself: races, numbers, votes without a tally,
// unit codes typed as numbers.
func TestReadProblemsAndCodes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.xlsx")
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", SheetConstituencies)
	f.SetSheetRow(SheetConstituencies, "A1", &[]any{ColRace, ColUnit, ColNumber, ColSeats})
	f.SetSheetRow(SheetConstituencies, "A2", &[]any{"Hội đồng nhân dân cấp tỉnh", 6, 1, 5}) // a code typed as a number
	f.SetSheetRow(SheetConstituencies, "A3", &[]any{"HĐND phố", "06", "hai", 5})
	f.NewSheet(SheetVotes)
	f.SetSheetRow(SheetVotes, "A1", &[]any{ColCommune, ColArea, ColRace, ColCandidate, ColVotes})
	f.SetSheetRow(SheetVotes, "A2", &[]any{70, 1, "HĐND xã", "Lê Văn A", 10})
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	in, ps, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(in.Constituencies) != 2 || in.Constituencies[0].Unit != "06" || in.Constituencies[0].Race != election.RaceProvince || in.Constituencies[0].Refused {
		t.Errorf("row 2: %+v", in.Constituencies)
	}
	if !in.Constituencies[1].Refused {
		t.Error("row 3 not refused")
	}
	rules := map[string]string{}
	for _, p := range ps {
		rules[p.Rule] = p.Cell
	}
	if rules[problem.Race] != "A3" || rules["number"] != "C3" || rules[problem.VotesWithoutTally] == "" {
		t.Errorf("problems %v", ps)
	}
}

// Text typed in the legacy TCVN3 encoding is converted to Unicode.
func TestImportLegacyText(t *testing.T) {
	st := openStore(t)
	path := filepath.Join(t.TempDir(), "tcvn3.xlsx")
	if err := Fill(path, sample.ThieuNgoc()); err != nil {
		t.Fatal(err)
	}
	// Two sheets typed with a TCVN3 font: every text cell in TCVN3.
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{SheetCandidates, SheetVotes} {
		rows, _ := f.GetRows(name)
		for r := 1; r < len(rows); r++ {
			for c, v := range rows[r] {
				if strings.Trim(v, "0123456789/") != "" {
					cellName, _ := excelize.CoordinatesToCellName(c+1, r+1)
					f.SetCellValue(name, cellName, vn.FromUnicode(v, vn.TCVN3))
				}
			}
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res, err := Import(context.Background(), st, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs, _ := st.Constituencies(context.Background(), res.Election.ID)
	cands, _ := st.Candidates(context.Background(), cs[0].ID)
	want := sample.ThieuNgoc().Candidates
	found := false
	for _, c := range cands {
		found = found || c.Name == want[0].Name
	}
	if !found {
		t.Errorf("TCVN3 names not converted: %+v, want %q among them", cands, want[0].Name)
	}
}

// The results JSON has FORMATS.md's fields, numbers with two decimals and
// candidates by votes.
func TestWriteJSON(t *testing.T) {
	st := openStore(t)
	res, err := sample.LoadThieuNgoc(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	r, err := st.Results(context.Background(), res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	d := json.NewDecoder(bytes.NewReader(b.Bytes()))
	d.UseNumber()
	if err := d.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sortStrings(ks)
		return strings.Join(ks, ",")
	}
	if keys(doc) != "constituencies,election,units" || doc["election"] != sample.Election2021Name {
		t.Fatalf("top level %s", keys(doc))
	}
	cs := doc["constituencies"].([]any)
	if len(cs) != 9 {
		t.Fatalf("%d constituencies", len(cs))
	}
	c := cs[8].(map[string]any) // HĐND xã number 6
	if keys(c) != "candidates,elected_count,invalid,number,race,round,rounds,seats,status,turnout,unit_code,valid,voted,voters" {
		t.Errorf("constituency keys %s", keys(c))
	}
	// One round: rounds holds it, with the constituency's own figures.
	rounds := c["rounds"].([]any)
	if c["round"] != "lan_dau" || len(rounds) != 1 {
		t.Fatalf("round %v, rounds %v", c["round"], rounds)
	}
	r0 := rounds[0].(map[string]any)
	if keys(r0) != "candidates,invalid,round,status,turnout,valid,voted,voters" || r0["round"] != "lan_dau" ||
		r0["voters"] != c["voters"] || r0["turnout"] != c["turnout"] || r0["status"] != c["status"] ||
		len(r0["candidates"].([]any)) != len(c["candidates"].([]any)) {
		t.Errorf("round %v", r0)
	}
	if c["race"] != "HĐND xã" || c["unit_code"] != "15775" || c["number"].(json.Number) != "6" || c["status"] != "ok" ||
		c["elected_count"].(json.Number) != "3" || c["voters"].(json.Number) != "542" || c["turnout"].(json.Number) != "99.63" {
		t.Errorf("constituency %v", c)
	}
	cands := c["candidates"].([]any)
	first := cands[0].(map[string]any)
	if keys(first) != "birth_date,elected,name,percent,votes" {
		t.Errorf("candidate keys %s", keys(first))
	}
	prev := int64(1 << 62)
	for _, x := range cands {
		m := x.(map[string]any)
		v, _ := m["votes"].(json.Number).Int64()
		if v > prev {
			t.Errorf("candidates not by votes: %v", cands)
		}
		prev = v
		if p := string(m["percent"].(json.Number)); strings.Contains(p, ".") && len(p)-strings.Index(p, ".") > 3 {
			t.Errorf("percent %s has more than 2 decimals", p)
		}
		if _, err := time.Parse("2006-01-02", m["birth_date"].(string)); err != nil {
			t.Errorf("birth_date %v", m["birth_date"])
		}
	}
	units := doc["units"].([]any)
	u := units[0].(map[string]any)
	if keys(u) != "elected,race,seats,turnout,unit_code,voted,voters" || u["unit_code"] != "38" || u["race"] != "QH" || u["turnout"].(json.Number) != "99.81" {
		t.Errorf("unit row %v", u)
	}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// The summary workbook, read back: merged headers, frozen panes, numbers
// as numbers with Vietnamese formats, the totals row, a sheet per race.
func TestWriteSummary(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	res, err := sample.LoadThieuNgoc(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	r, err := st.Results(ctx, res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	commune, _ := st.UnitByCode(ctx, "2025-03", sample.ThieuNgocCode)
	sum, err := st.ResultsSummary(ctx, r, commune.ID)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tonghop.xlsx")
	if err := WriteSummary(path, r, sum, SummaryOptions{Place: "Thiệu Ngọc", Date: time.Date(2021, 6, 9, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Tổng hợp|Đại biểu Quốc hội|HĐND tỉnh|HĐND huyện|HĐND xã" {
		t.Errorf("sheets %s", got)
	}
	get := func(sh, cell string) string { v, _ := f.GetCellValue(sh, cell); return v }
	if get(SheetSummary, "A1") != SummaryTitle || !strings.Contains(get(SheetSummary, "A3"), "Xã Thiệu Ngọc") {
		t.Errorf("titles %q / %q", get(SheetSummary, "A1"), get(SheetSummary, "A3"))
	}
	if get(SheetSummary, "C5") != "Đại biểu Quốc hội" || get(SheetSummary, "C6") != "Tổng số cử tri" || get(SheetSummary, "E6") != "Tỷ lệ" {
		t.Errorf("headers %q %q %q", get(SheetSummary, "C5"), get(SheetSummary, "C6"), get(SheetSummary, "E6"))
	}
	merged, _ := f.GetMergeCells(SheetSummary)
	var ranges []string
	for _, m := range merged {
		ranges = append(ranges, m.GetStartAxis()+":"+m.GetEndAxis())
	}
	for _, want := range []string{"C5:H5", "A5:A6", "B5:B6", "U5:Z5"} {
		if !strings.Contains(strings.Join(ranges, " "), want) {
			t.Errorf("no merged %s in %v", want, ranges)
		}
	}
	// Six polling area rows (7..12), then the totals row 13.
	if get(SheetSummary, "B12") != "Tổ 06 Thiện Phong" || get(SheetSummary, "A13") != "Tổng cộng" {
		t.Errorf("rows: %q, %q", get(SheetSummary, "B12"), get(SheetSummary, "A13"))
	}
	raw := func(sh, cell string) string {
		v, _ := f.GetCellValue(sh, cell, excelize.Options{RawCellValue: true})
		return v
	}
	typ, _ := f.GetCellType(SheetSummary, "C13")
	if raw(SheetSummary, "C13") != "3722" || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("total voters %q (%v), want the number 3722", raw(SheetSummary, "C13"), typ)
	}
	if raw(SheetSummary, "E13") != "0.9981" {
		t.Errorf("total turnout %q, want 0.9981", raw(SheetSummary, "E13"))
	}
	// HĐND xã group (columns U..Z): 25 seats, 24 elected, 1 missing.
	if raw(SheetSummary, "X13") != "25" || raw(SheetSummary, "Y13") != "24" || raw(SheetSummary, "Z13") != "1" {
		t.Errorf("HĐND xã totals %s/%s/%s", raw(SheetSummary, "X13"), raw(SheetSummary, "Y13"), raw(SheetSummary, "Z13"))
	}
	style, _ := f.GetCellStyle(SheetSummary, "E13")
	st2, _ := f.GetStyle(style)
	if st2.CustomNumFmt == nil || *st2.CustomNumFmt != sheet.FmtPercent || st2.Font.Family != sheet.Font {
		t.Errorf("turnout style %+v", st2)
	}
	panes, _ := f.GetPanes(SheetSummary)
	if !panes.Freeze || panes.XSplit != 2 || panes.YSplit != 6 {
		t.Errorf("panes %+v", panes)
	}
	layout, _ := f.GetPageLayout(SheetSummary)
	if layout.Orientation == nil || *layout.Orientation != "landscape" || layout.Size == nil || *layout.Size != 9 {
		t.Errorf("page layout %+v", layout)
	}
	names := f.GetDefinedName()
	found := false
	for _, n := range names {
		found = found || (n.Name == "_xlnm.Print_Titles" && n.Scope == SheetSummary && strings.Contains(n.RefersTo, "$5:$6"))
	}
	if !found {
		t.Errorf("print titles %+v", names)
	}
	// The HĐND xã sheet lists its six constituencies with winners and status.
	rows, _ := f.GetRows("HĐND xã")
	if len(rows) != 12 || rows[10][11] != "Hợp lệ" || !strings.Contains(rows[10][12], "không bầu thêm") || strings.Count(rows[10][10], "phiếu") != 3 {
		t.Errorf("HĐND xã sheet rows %d: %q", len(rows), rows[len(rows)-2])
	}
}
