package electiondocs

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/xuri/excelize/v2"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// The sheets of the statistics workbook.
const (
	SheetStatistics     = "Biểu thống kê"       // the official form, parts I–IV
	SheetStatCandidates = "Cơ cấu người ứng cử" // the candidates' composition, outside the form
)

// Part titles of the form (Mẫu số 30/HĐBC and 32/HĐBC, 2021).
const (
	statPartI   = "I. KẾT QUẢ CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI, ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"
	statPartII  = "II. CƠ CẤU, THÀNH PHẦN NGƯỜI TRÚNG CỬ ĐẠI BIỂU QUỐC HỘI"
	statPartIII = "III. CƠ CẤU NGƯỜI TRÚNG CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"
	statPartIV  = "IV. THÀNH PHẦN NGƯỜI TRÚNG CỬ ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN"
)

// WriteStatistics writes the official "Biểu thống kê kết quả bầu cử" of s to
// path as an .xlsx: the form's header, title and parts I–IV on the sheet
// SheetStatistics, then the candidates' composition on SheetStatCandidates.
// Every percentage is a formula of the cells it divides and every total a
// SUM, each stored with the value it computes (rounded half up to
// hundredths of a percent, as the law's percentages are), so that a reader
// that does not recalculate shows the same figures. Unknown numbers leave
// blank cells for the officer. A4 landscape, fitted to the width at a
// scale that keeps the 10-point text at 9 points or more; a page break
// before part III keeps every table on one page. The file is written whole
// or not at all.
func WriteStatistics(path string, s Statistics) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStatStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetStatistics); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: "Biểu thống kê kết quả bầu cử", Creator: "tdkt", Language: "vi-VN"}); err != nil {
		return err
	}
	breakRow, err := writeStatisticsSheet(f, st, s)
	if err != nil {
		return err
	}
	if _, err := f.NewSheet(SheetStatCandidates); err != nil {
		return err
	}
	if err := writeCandidatesSheet(f, st, s); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	// A streamed sheet takes no page break: write the workbook, read it
	// back and add the break to the sheet read (formulas and their values
	// survive the round trip).
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		return err
	}
	g, err := excelize.OpenReader(&buf)
	if err != nil {
		return err
	}
	defer g.Close()
	if err := g.InsertPageBreak(SheetStatistics, fmt.Sprintf("A%d", breakRow)); err != nil {
		return err
	}
	return saveWhole(g, path)
}

// saveWhole writes f next to path and renames it into place, so that a
// failed write never leaves half a file.
func saveWhole(f *excelize.File, path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tdkt-*.xlsx")
	if err != nil {
		return err
	}
	name := tmp.Name()
	if err := f.Write(tmp); err != nil {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	return nil
}

// statSheet writes a sheet of the form row by row.
type statSheet struct {
	sw  *excelize.StreamWriter
	st  statStyles
	row int
}

func newStatSheet(f *excelize.File, st statStyles, name string) (*statSheet, error) {
	if err := statPrintSetup(f, name); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return nil, err
	}
	for i, w := range statColWidths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	return &statSheet{sw: sw, st: st}, nil
}

// add writes the next row: cells from column A, height in points (0: default).
func (w *statSheet) add(height float64, cells ...any) error {
	w.row++
	var opts []excelize.RowOpts
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	return w.sw.SetRow(fmt.Sprintf("A%d", w.row), cells, opts...)
}

// merge merges columns c1..c2 of rows r1..r2.
func (w *statSheet) merge(c1, r1, c2, r2 int) error {
	return w.sw.MergeCell(ref(c1, r1), ref(c2, r2))
}

// line writes one row of text cells, each spanning its columns, with the
// height the longest of them needs.
func (w *statSheet) line(parts ...span) error {
	cells := make([]any, statCols)
	lines := 1
	for _, p := range parts {
		cells[p.c1-1] = sc(p.style, p.text)
		size := statFontSize
		if p.size > 0 {
			size = p.size
		}
		lines = max(lines, textLines(p.text, spanPoints(p.c1, p.c2), size, p.bold))
	}
	size := statFontSize + 1
	if err := w.add(linesHeight(lines, size), cells...); err != nil {
		return err
	}
	for _, p := range parts {
		if p.c2 > p.c1 {
			if err := w.merge(p.c1, w.row, p.c2, w.row); err != nil {
				return err
			}
		}
	}
	return nil
}

// span is text across columns c1..c2 of a row.
type span struct {
	c1, c2 int
	text   string
	style  int
	bold   bool
	size   float64 // points; 0: statFontSize
}

// ref is the name of the cell at column c, row r (1-based).
func ref(c, r int) string {
	name, _ := excelize.CoordinatesToCellName(c, r)
	return name
}

// numCell is a number's cell: blank (bordered) when unknown.
func (w *statSheet) numCell(n Num, style int) excelize.Cell {
	if !n.Known {
		return excelize.Cell{StyleID: w.st.Blank}
	}
	return excelize.Cell{StyleID: style, Value: n.Value}
}

// pctCell is the share num/den as a formula of their cells, with its
// value: hundredths of a percent rounded half up, the rule of the law's
// percentages. An unknown part or a zero whole shows nothing.
func (w *statSheet) pctCell(numRef, denRef string, num, den Num, style int) excelize.Cell {
	formula := fmt.Sprintf(`IF(OR(ISBLANK(%s),N(%s)=0),"",ROUND(%s/%s,4))`, numRef, denRef, numRef, denRef)
	return excelize.Cell{StyleID: style, Formula: formula, Value: shareValue(num, den)}
}

// pctOfCell is the share n/den where the form has no cell for n: the
// count stays in the formula, so that the percentage follows a corrected
// whole. Unknown n: a blank cell for the officer.
func (w *statSheet) pctOfCell(n Num, denRef string, den Num, style int) excelize.Cell {
	if !n.Known {
		return excelize.Cell{StyleID: w.st.Blank}
	}
	formula := fmt.Sprintf(`IF(N(%s)=0,"",ROUND(%d/%s,4))`, denRef, n.Value, denRef)
	return excelize.Cell{StyleID: style, Formula: formula, Value: shareValue(n, den)}
}

// shareValue is the value the share formulas compute: num/den rounded half
// up to 4 decimals (hundredths of a percent), or "" when either is unknown
// or den is 0.
func shareValue(num, den Num) any {
	if !num.Known || !den.Known || den.Value == 0 {
		return ""
	}
	return float64(election.Percent(num.Value, den.Value)) / 10000
}

// sumCell is the total of a column over rows r1..r2 as a SUM with its
// value; blank when no row knows the number.
func (w *statSheet) sumCell(col, r1, r2 int, nums []Num, style int) (excelize.Cell, Num) {
	var total Num
	for _, n := range nums {
		if n.Known {
			total = N(total.Value + n.Value)
		}
	}
	if !total.Known {
		return excelize.Cell{StyleID: w.st.Blank}, total
	}
	return excelize.Cell{StyleID: style, Formula: fmt.Sprintf("SUM(%s:%s)", ref(col, r1), ref(col, r2)), Value: total.Value}, total
}

// writeStatisticsSheet writes the form and returns the row before which a
// page break keeps parts III and IV together on the second page (0: none).
func writeStatisticsSheet(f *excelize.File, st statStyles, s Statistics) (int, error) {
	w, err := newStatSheet(f, st, SheetStatistics)
	if err != nil {
		return 0, err
	}
	if err := w.header(s); err != nil {
		return 0, err
	}
	if err := w.partI(s); err != nil {
		return 0, err
	}
	if err := w.partII(s); err != nil {
		return 0, err
	}
	breakRow := w.row + 1
	if err := w.compositionTable(statPartIII, s.councils(), partIIICols, false); err != nil {
		return 0, err
	}
	if err := w.add(8); err != nil {
		return 0, err
	}
	if err := w.compositionTable(statPartIV, s.councils(), partIVCols, false); err != nil {
		return 0, err
	}
	if err := w.signature(s); err != nil {
		return 0, err
	}
	return breakRow, w.sw.Flush()
}

// header writes the form number, the two-column document header, the date
// line and the title.
func (w *statSheet) header(s Statistics) error {
	st := w.st
	const leftEnd, rightStart = 8, 12
	if err := w.line(span{c1: rightStart, c2: statCols, text: s.formNumber(), style: st.FormNo}); err != nil {
		return err
	}
	unit := strings.ToUpper(s.Unit)
	if unit == "" {
		unit = "…"
	}
	rows := [][2]string{
		{"ỦY BAN BẦU CỬ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{unit, "Độc lập - Tự do - Hạnh phúc"},
	}
	for _, r := range rows {
		if err := w.line(span{c1: 1, c2: leftEnd, text: r[0], style: st.Head, bold: true, size: statFontSize + 1},
			span{c1: rightStart, c2: statCols, text: r[1], style: st.Head, bold: true, size: statFontSize + 1}); err != nil {
			return err
		}
	}
	if err := w.line(span{c1: 1, c2: leftEnd, text: "––––––––", style: st.Rule},
		span{c1: rightStart, c2: statCols, text: "––––––––––––––––––", style: st.Rule}); err != nil {
		return err
	}
	if err := w.line(span{c1: rightStart, c2: statCols, text: dateLine(s), style: st.DateLine}); err != nil {
		return err
	}
	if err := w.add(6); err != nil {
		return err
	}
	return w.line(span{c1: 1, c2: statCols, text: s.Title(), style: st.Title, bold: true, size: statFontSize + 2})
}

// dateLine is "Thiệu Ngọc, ngày 25 tháng 5 năm 2021", with dots for what
// is not known yet.
func dateLine(s Statistics) string {
	place := s.Place
	if place == "" {
		place = "…"
	}
	if s.Date.IsZero() {
		return place + ", ngày … tháng … năm …"
	}
	return place + ", " + vn.LongDate(s.Date)
}

// partIHead are the columns of part I after STT and Cấp bầu cử, by group.
var partIHead = []struct {
	group string
	cols  []string
}{
	{"Cử tri", []string{"Tổng số cử tri (trong danh sách)", "Số cử tri đã tham gia bỏ phiếu", "Tỷ lệ cử tri đã tham gia bỏ phiếu (%)"}},
	{"Đơn vị bầu cử", []string{"Tổng số đơn vị bầu cử", "Số đơn vị chỉ có 01 khu vực bỏ phiếu", "Số đơn vị có dưới 50% tổng số cử tri tham gia bỏ phiếu",
		"Số đơn vị bị hủy kết quả bầu cử", "Số đơn vị phải bầu cử lại", "Số đơn vị phải bầu cử thêm"}},
	{"Khu vực bỏ phiếu", []string{"Tổng số khu vực bỏ phiếu", "Số khu vực có dưới 50% tổng số cử tri tham gia bỏ phiếu",
		"Số khu vực bị hủy kết quả bầu cử", "Số khu vực phải bầu cử lại", "Số khu vực phải bầu cử thêm"}},
	{"Phiếu bầu cử", []string{"Số phiếu phát ra", "Số phiếu thu vào", "Tỷ lệ phiếu thu vào/ phát ra (%)", "Số phiếu hợp lệ", "Tỷ lệ phiếu hợp lệ/thu vào (%)"}},
}

// Columns of part I (1-based).
const (
	p1Voters, p1Voted, p1Turnout = 3, 4, 5
	p1Const                      = 6  // F: six constituency counts
	p1Area                       = 12 // L: five polling-area counts
	p1Issued, p1Received         = 17, 18
	p1ReceivedPct, p1Valid       = 19, 20
	p1ValidPct                   = 21
	partIWidth                   = 21
)

// partINums are a race's counts in the order of part I's count columns,
// with their column; percentage columns are computed.
func partINums(r RaceStatistics) map[int]Num {
	c, a := r.Constituencies, r.Areas
	return map[int]Num{
		p1Voters: r.Voters, p1Voted: r.Voted,
		p1Const: c.Total, p1Const + 1: c.OneArea, p1Const + 2: c.LowTurnout, p1Const + 3: c.Annulled, p1Const + 4: c.Repeat, p1Const + 5: c.Additional,
		p1Area: a.Total, p1Area + 1: a.LowTurnout, p1Area + 2: a.Annulled, p1Area + 3: a.Repeat, p1Area + 4: a.Additional,
		p1Issued: r.Issued, p1Received: r.Received, p1Valid: r.Valid,
	}
}

// partI writes part I: a row per race, the councils grouped under II, and
// the totals row.
func (w *statSheet) partI(s Statistics) error {
	st := w.st
	if err := w.add(6); err != nil {
		return err
	}
	if err := w.line(span{c1: 1, c2: statCols, text: statPartI, style: st.Section, bold: true, size: statFontSize + 1}); err != nil {
		return err
	}
	// Two header rows.
	top := make([]any, partIWidth)
	bottom := make([]any, partIWidth)
	top[0], top[1] = sc(st.Header, "STT"), sc(st.Header, "Cấp bầu cử")
	bottom[0], bottom[1] = sc(st.Header, nil), sc(st.Header, nil)
	lines := 1
	col := 3
	var groups [][2]int
	for _, g := range partIHead {
		groups = append(groups, [2]int{col, col + len(g.cols) - 1})
		for i, h := range g.cols {
			top[col-1+i] = sc(st.Header, nil)
			bottom[col-1+i] = sc(st.Header, h)
			lines = max(lines, textLines(h, spanPoints(col+i, col+i), statFontSize, true))
		}
		top[col-1] = sc(st.Header, g.group)
		col += len(g.cols)
	}
	if err := w.add(linesHeight(1, statFontSize), top...); err != nil {
		return err
	}
	head := w.row
	if err := w.add(linesHeight(lines, statFontSize), bottom...); err != nil {
		return err
	}
	if err := w.merge(1, head, 1, head+1); err != nil {
		return err
	}
	if err := w.merge(2, head, 2, head+1); err != nil {
		return err
	}
	for _, g := range groups {
		if err := w.merge(g[0], head, g[1], head); err != nil {
			return err
		}
	}

	first := w.row + 1
	var races []RaceStatistics
	raceRow := func(stt, label string, r RaceStatistics) error {
		races = append(races, r)
		return w.partIRow(stt, label, r)
	}
	if qh, ok := s.race(election.RaceQH); ok {
		if err := raceRow("I", "ĐẠI BIỂU QUỐC HỘI", qh); err != nil {
			return err
		}
	}
	if councils := s.councils(); len(councils) > 0 {
		stt := "II"
		if _, ok := s.race(election.RaceQH); !ok {
			stt = "I"
		}
		cells := make([]any, partIWidth)
		cells[0], cells[1] = sc(st.Center, stt), sc(st.Label, "ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN")
		for i := 2; i < partIWidth; i++ {
			cells[i] = sc(st.Label, nil)
		}
		if err := w.add(linesHeight(1, statFontSize), cells...); err != nil {
			return err
		}
		if err := w.merge(2, w.row, partIWidth, w.row); err != nil {
			return err
		}
		for i, c := range councils {
			if err := raceRow(fmt.Sprint(i+1), levelLabel(c.Race), c); err != nil {
				return err
			}
		}
	}
	last := w.row
	return w.partITotals(first, last, races)
}

// partIRow writes one race's row of part I.
func (w *statSheet) partIRow(stt, label string, r RaceStatistics) error {
	st := w.st
	row := w.row + 1
	cells := make([]any, partIWidth)
	cells[0], cells[1] = sc(st.Center, stt), sc(st.Label, label)
	for col, n := range partINums(r) {
		cells[col-1] = w.numCell(n, st.Int)
	}
	cells[p1Turnout-1] = w.pctCell(ref(p1Voted, row), ref(p1Voters, row), r.Voted, r.Voters, st.Pct)
	cells[p1ReceivedPct-1] = w.pctCell(ref(p1Received, row), ref(p1Issued, row), r.Received, r.Issued, st.Pct)
	cells[p1ValidPct-1] = w.pctCell(ref(p1Valid, row), ref(p1Received, row), r.Valid, r.Received, st.Pct)
	lines := textLines(label, spanPoints(2, 2), statFontSize, true)
	return w.add(linesHeight(lines, statFontSize), cells...)
}

// partITotals writes the "Tổng cộng" row of part I: a SUM of every count
// column over the race rows, and the shares of the sums. A polling area
// serves every race, so the polling-area columns have no total.
func (w *statSheet) partITotals(first, last int, races []RaceStatistics) error {
	st := w.st
	row := w.row + 1
	cells := make([]any, partIWidth)
	cells[0], cells[1] = sc(st.Label, "Tổng cộng"), sc(st.Label, nil)
	totals := map[int]Num{}
	for col := range partINums(RaceStatistics{}) {
		if col >= p1Area && col < p1Area+5 {
			cells[col-1] = excelize.Cell{StyleID: st.Blank}
			continue
		}
		var nums []Num
		for _, r := range races {
			nums = append(nums, partINums(r)[col])
		}
		c, total := w.sumCell(col, first, last, nums, st.BoldInt)
		cells[col-1], totals[col] = c, total
	}
	cells[p1Turnout-1] = w.pctCell(ref(p1Voted, row), ref(p1Voters, row), totals[p1Voted], totals[p1Voters], st.BoldPct)
	cells[p1ReceivedPct-1] = w.pctCell(ref(p1Received, row), ref(p1Issued, row), totals[p1Received], totals[p1Issued], st.BoldPct)
	cells[p1ValidPct-1] = w.pctCell(ref(p1Valid, row), ref(p1Received, row), totals[p1Valid], totals[p1Received], st.BoldPct)
	if err := w.add(linesHeight(1, statFontSize), cells...); err != nil {
		return err
	}
	return w.merge(1, row, 2, row)
}

// partIIHead are the columns of part II: the Quốc hội's deputies elected,
// counts only as in the form. The first spans columns A and B.
var partIIHead = []struct {
	group string
	cols  []string
	get   []func(RaceStatistics) Num
}{
	{"", []string{"Số đại biểu được ấn định"}, []func(RaceStatistics) Num{func(r RaceStatistics) Num { return r.Seats }}},
	{"", []string{"Số đại biểu trúng cử"}, []func(RaceStatistics) Num{func(r RaceStatistics) Num { return r.Elected.Total }}},
	{"", []string{"Nữ"}, compGet(func(c Composition) Num { return c.Women })},
	{"", []string{"Dân tộc thiểu số"}, compGet(func(c Composition) Num { return c.Minority })},
	{"", []string{"Trẻ tuổi (dưới 40 tuổi)"}, compGet(func(c Composition) Num { return c.Young })},
	{"", []string{"Ngoài Đảng"}, compGet(func(c Composition) Num { return c.NonParty })},
	{"", []string{"Tái cử"}, compGet(func(c Composition) Num { return c.Reelected })},
	{"", []string{"Tôn giáo"}, compGet(func(c Composition) Num { return c.Religious })},
	{"", []string{"Tự ứng cử"}, compGet(func(c Composition) Num { return c.SelfNominated })},
	{"Trình độ chuyên môn", []string{"Dưới đại học", "Đại học", "Sau đại học"}, compGet(
		func(c Composition) Num { return c.BelowUniversity }, func(c Composition) Num { return c.University }, func(c Composition) Num { return c.Postgraduate })},
	{"Trình độ lý luận chính trị", []string{"Trung cấp", "Cao cấp", "Cử nhân"}, compGet(
		func(c Composition) Num { return c.TheoryIntermediate }, func(c Composition) Num { return c.TheoryAdvanced }, func(c Composition) Num { return c.TheoryBachelor })},
	{"", []string{"Cơ quan đảng"}, compGet(func(c Composition) Num { return c.Party })},
	{"", []string{"Chính quyền"}, compGet(func(c Composition) Num { return c.Government })},
	{"", []string{"UBMT TQVN và tổ chức thành viên"}, compGet(func(c Composition) Num { return c.Front })},
	{"", []string{"Tòa án nhân dân"}, compGet(func(c Composition) Num { return c.Court })},
	{"", []string{"Viện kiểm sát nhân dân"}, compGet(func(c Composition) Num { return c.Procuracy })},
	{"", []string{"Quân đội, Công an"}, compGet(func(c Composition) Num { return c.ArmedForces })},
	{"", []string{"Cơ quan, đơn vị khác"}, compGet(func(c Composition) Num { return c.Other })},
}

// compGet lifts getters of the composition of those elected to a race.
func compGet(gets ...func(Composition) Num) []func(RaceStatistics) Num {
	out := make([]func(RaceStatistics) Num, len(gets))
	for i, g := range gets {
		out[i] = func(r RaceStatistics) Num { return g(r.Elected) }
	}
	return out
}

// partII writes part II: one row of counts for the Quốc hội.
func (w *statSheet) partII(s Statistics) error {
	st := w.st
	if err := w.add(8); err != nil {
		return err
	}
	if err := w.line(span{c1: 1, c2: statCols, text: statPartII, style: st.Section, bold: true, size: statFontSize + 1}); err != nil {
		return err
	}
	qh, _ := s.race(election.RaceQH)
	// Column of each item: the first spans A:B.
	top := make([]any, statCols)
	bottom := make([]any, statCols)
	data := make([]any, statCols)
	type mergeSpec struct{ c1, r1, c2, r2 int }
	var merges []mergeSpec
	head := w.row + 1
	col := 1
	leadLines, groupLines, subLines := 1, 1, 1
	for i, g := range partIIHead {
		width := 1
		if i == 0 {
			width = 2
		}
		if g.group == "" {
			top[col-1] = sc(st.Header, g.cols[0])
			for c := col; c < col+width; c++ {
				if c > col {
					top[c-1] = sc(st.Header, nil)
				}
				bottom[c-1] = sc(st.Header, nil)
			}
			merges = append(merges, mergeSpec{col, head, col + width - 1, head + 1})
			leadLines = max(leadLines, textLines(g.cols[0], spanPoints(col, col+width-1), statFontSize, true))
			data[col-1] = w.numCell(g.get[0](qh), st.Int)
			if width == 2 {
				data[col] = sc(st.Int, nil)
				merges = append(merges, mergeSpec{col, head + 2, col + 1, head + 2})
			}
			col += width
			continue
		}
		top[col-1] = sc(st.Header, g.group)
		groupLines = max(groupLines, textLines(g.group, spanPoints(col, col+len(g.cols)-1), statFontSize, true))
		for j, h := range g.cols {
			if j > 0 {
				top[col-1+j] = sc(st.Header, nil)
			}
			bottom[col-1+j] = sc(st.Header, h)
			subLines = max(subLines, textLines(h, spanPoints(col+j, col+j), statFontSize, true))
			data[col-1+j] = w.numCell(g.get[j](qh), st.Int)
		}
		merges = append(merges, mergeSpec{col, head, col + len(g.cols) - 1, head})
		col += len(g.cols)
	}
	if err := w.add(linesHeight(groupLines, statFontSize), top...); err != nil {
		return err
	}
	if err := w.add(linesHeight(max(subLines, leadLines-groupLines), statFontSize), bottom...); err != nil {
		return err
	}
	if err := w.add(linesHeight(1, statFontSize), data...); err != nil {
		return err
	}
	for _, m := range merges {
		if err := w.merge(m.c1, m.r1, m.c2, m.r2); err != nil {
			return err
		}
	}
	return nil
}

// compCol is a column group of a composition table (parts III and IV, and
// the candidates' sheet).
type compCol struct {
	head string
	kind compKind
	sub  []string                 // compShares: the sub-columns' heads
	get  []func(Composition) Num  // one per sub-column (one for compPair)
	lead func(RaceStatistics) Num // compLead: the number shown; nil: the whole
}

type compKind int

const (
	compLead   compKind = iota // a number spanning both header rows
	compPair                   // "Số người | Tỷ lệ (%)" under the head
	compShares                 // percentages only, one per sub-column
)

// The groups of the composition of a race's people.
var (
	structureCols = []compCol{
		{head: "Nữ", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Women }}},
		{head: "Dân tộc thiểu số", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Minority }}},
		{head: "Trẻ tuổi (dưới 40 tuổi)", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Young }}},
		{head: "Ngoài Đảng", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.NonParty }}},
		{head: "Tái cử (tỷ lệ so với người trúng cử)", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Reelected }}},
		{head: "Tôn giáo", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Religious }}},
		{head: "Tự ứng cử", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.SelfNominated }}},
	}
	levelCols = []compCol{
		{head: "Trình độ chuyên môn (tỷ lệ %)", kind: compShares, sub: []string{"Dưới đại học", "Đại học", "Sau đại học"},
			get: []func(Composition) Num{func(c Composition) Num { return c.BelowUniversity }, func(c Composition) Num { return c.University }, func(c Composition) Num { return c.Postgraduate }}},
		{head: "Trình độ lý luận chính trị (tỷ lệ %)", kind: compShares, sub: []string{"Trung cấp", "Cao cấp", "Cử nhân"},
			get: []func(Composition) Num{func(c Composition) Num { return c.TheoryIntermediate }, func(c Composition) Num { return c.TheoryAdvanced }, func(c Composition) Num { return c.TheoryBachelor }}},
	}
	agencyCols = []compCol{
		{head: "Cơ quan Đảng", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Party }}},
		{head: "Chính quyền", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Government }}},
		{head: "UBMTTQVN và tổ chức thành viên", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Front }}},
		{head: "Tòa án nhân dân", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Court }}},
		{head: "Viện kiểm sát nhân dân", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Procuracy }}},
		{head: "Quân đội, Công an", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.ArmedForces }}},
		{head: "Cơ quan, đơn vị khác", kind: compPair, get: []func(Composition) Num{func(c Composition) Num { return c.Other }}},
	}
	seatsCol    = compCol{head: "Số đại biểu được bầu", kind: compLead, lead: func(r RaceStatistics) Num { return r.Seats }}
	electedCol  = compCol{head: "Số đại biểu trúng cử", kind: compLead}
	partIIICols = append(append([]compCol{seatsCol, electedCol}, structureCols...), levelCols...)
	partIVCols  = append([]compCol{electedCol}, agencyCols...)
)

// compositionTable writes a titled table with a row per race: STT, Cấp
// bầu cử, then cols. The last compLead column is the whole the shares are
// of: those elected, or with candidates the candidates.
func (w *statSheet) compositionTable(title string, races []RaceStatistics, cols []compCol, candidates bool) error {
	st := w.st
	if err := w.line(span{c1: 1, c2: statCols, text: title, style: st.Section, bold: true, size: statFontSize + 1}); err != nil {
		return err
	}
	people := func(r RaceStatistics) Composition {
		if candidates {
			return r.Candidates
		}
		return r.Elected
	}
	head := w.row + 1
	width := 2
	for _, c := range cols {
		switch c.kind {
		case compLead:
			width++
		case compPair:
			width += 2
		case compShares:
			width += len(c.sub)
		}
	}
	top := make([]any, width)
	bottom := make([]any, width)
	top[0], top[1] = sc(st.Header, "Số TT"), sc(st.Header, "Cấp bầu cử")
	bottom[0], bottom[1] = sc(st.Header, nil), sc(st.Header, nil)
	var merges [][4]int
	merges = append(merges, [4]int{1, head, 1, head + 1}, [4]int{2, head, 2, head + 1})
	topLines, bottomLines, leadLines := 1, 1, 1
	col := 3
	wholeCol := 0
	for _, c := range cols {
		top[col-1] = sc(st.Header, c.head)
		switch c.kind {
		case compLead:
			bottom[col-1] = sc(st.Header, nil)
			merges = append(merges, [4]int{col, head, col, head + 1})
			leadLines = max(leadLines, textLines(c.head, spanPoints(col, col), statFontSize, true))
			wholeCol = col
			col++
		case compPair:
			top[col] = sc(st.Header, nil)
			bottom[col-1], bottom[col] = sc(st.Header, "Số người"), sc(st.Header, "Tỷ lệ (%)")
			merges = append(merges, [4]int{col, head, col + 1, head})
			topLines = max(topLines, textLines(c.head, spanPoints(col, col+1), statFontSize, true))
			bottomLines = max(bottomLines, textLines("Tỷ lệ (%)", spanPoints(col+1, col+1), statFontSize, true))
			col += 2
		case compShares:
			for j, sub := range c.sub {
				if j > 0 {
					top[col-1+j] = sc(st.Header, nil)
				}
				bottom[col-1+j] = sc(st.Header, sub)
				bottomLines = max(bottomLines, textLines(sub, spanPoints(col+j, col+j), statFontSize, true))
			}
			merges = append(merges, [4]int{col, head, col + len(c.sub) - 1, head})
			topLines = max(topLines, textLines(c.head, spanPoints(col, col+len(c.sub)-1), statFontSize, true))
			col += len(c.sub)
		}
	}
	bottomLines = max(bottomLines, leadLines-topLines)
	if err := w.add(linesHeight(topLines, statFontSize), top...); err != nil {
		return err
	}
	if err := w.add(linesHeight(bottomLines, statFontSize), bottom...); err != nil {
		return err
	}
	for i, r := range races {
		row := w.row + 1
		cells := make([]any, width)
		label := levelLabel(r.Race)
		if r.Race == election.RaceQH {
			label = "Đại biểu Quốc hội"
		}
		cells[0], cells[1] = sc(st.Center, i+1), sc(st.Label, label)
		whole := people(r).Total
		wholeRef := ref(wholeCol, row)
		col := 3
		for _, c := range cols {
			switch c.kind {
			case compLead:
				n := whole
				if c.lead != nil {
					n = c.lead(r)
				}
				cells[col-1] = w.numCell(n, st.Int)
				col++
			case compPair:
				n := c.get[0](people(r))
				cells[col-1] = w.numCell(n, st.Int)
				cells[col] = w.pctCell(ref(col, row), wholeRef, n, whole, st.Pct)
				col += 2
			case compShares:
				for j, g := range c.get {
					cells[col-1+j] = w.pctOfCell(g(people(r)), wholeRef, whole, st.Pct)
				}
				col += len(c.sub)
			}
		}
		lines := textLines(label, spanPoints(2, 2), statFontSize, true)
		if err := w.add(linesHeight(lines, statFontSize), cells...); err != nil {
			return err
		}
	}
	for _, m := range merges {
		if err := w.merge(m[0], m[1], m[2], m[3]); err != nil {
			return err
		}
	}
	return nil
}

// signature writes the committee's signature block on the right.
func (w *statSheet) signature(s Statistics) error {
	st := w.st
	const c1 = 15
	if err := w.add(10); err != nil {
		return err
	}
	for _, p := range []span{
		{c1: c1, c2: statCols, text: "TM. ỦY BAN BẦU CỬ", style: st.Sign, bold: true, size: statFontSize + 1},
		{c1: c1, c2: statCols, text: "CHỦ TỊCH", style: st.Sign, bold: true, size: statFontSize + 1},
		{c1: c1, c2: statCols, text: "(Ký, ghi rõ họ và tên, đóng dấu của Ủy ban bầu cử)", style: st.SignNote},
	} {
		if err := w.line(p); err != nil {
			return err
		}
	}
	if err := w.add(60); err != nil {
		return err
	}
	if s.Signer != "" {
		return w.line(span{c1: c1, c2: statCols, text: s.Signer, style: st.Sign, bold: true, size: statFontSize + 1})
	}
	return nil
}

// writeCandidatesSheet writes the candidates' composition, which the form
// does not have: a structure table and an agency table, a row per race.
func writeCandidatesSheet(f *excelize.File, st statStyles, s Statistics) error {
	w, err := newStatSheet(f, st, SheetStatCandidates)
	if err != nil {
		return err
	}
	form := s.formNumber()
	if form == "" {
		form = "biểu mẫu"
	}
	note := fmt.Sprintf("(Bổ sung, không thuộc %s: cơ cấu, thành phần người ứng cử; tỷ lệ so với số người ứng cử)", form)
	if err := w.line(span{c1: 1, c2: statCols, text: "CƠ CẤU, THÀNH PHẦN NGƯỜI ỨNG CỬ", style: st.Title, bold: true, size: statFontSize + 2}); err != nil {
		return err
	}
	if err := w.line(span{c1: 1, c2: statCols, text: strings.TrimSpace(s.Unit + " – " + s.Election), style: st.DateLine}); err != nil {
		return err
	}
	if err := w.line(span{c1: 1, c2: statCols, text: note, style: st.DateLine}); err != nil {
		return err
	}
	var races []RaceStatistics
	for _, r := range election.Races {
		if rs, ok := s.race(r); ok {
			races = append(races, rs)
		}
	}
	candidatesCol := compCol{head: "Số người ứng cử", kind: compLead}
	structure := append(append([]compCol{seatsCol, candidatesCol}, structureCols...), levelCols...)
	structure[2+4].head = "Tái cử" // of the candidates, not of those elected
	if err := w.add(6); err != nil {
		return err
	}
	if err := w.compositionTable("1. Cơ cấu người ứng cử", races, structure, true); err != nil {
		return err
	}
	if err := w.add(8); err != nil {
		return err
	}
	if err := w.compositionTable("2. Thành phần người ứng cử", races, append([]compCol{candidatesCol}, agencyCols...), true); err != nil {
		return err
	}
	return w.sw.Flush()
}

// sc is a cell of the form with its style.
func sc(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }
