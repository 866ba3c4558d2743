package electiondocs

import (
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// SheetSummary is the first sheet of the summary workbook.
const SheetSummary = "Tổng hợp"

// SummaryTitle is the summary workbook's title.
const SummaryTitle = "BIỂU TỔNG HỢP KẾT QUẢ BẦU CỬ"

// SummaryOptions are the details of the summary workbook besides the results.
type SummaryOptions struct {
	Place string    // địa danh of the date line, e.g. "Thanh Hóa"; blank: no date line
	Date  time.Time // the day the summary is made
}

// OptionsFor are the options of a unit's summary made on a day: the
// agency's place from the settings, else the unit's own place name.
func OptionsFor(set data.Settings, u data.Unit, day time.Time) SummaryOptions {
	place := set.Place
	if place == "" && u.ID != 0 {
		place = data.PlaceName(u)
	}
	return SummaryOptions{Place: place, Date: day}
}

// summary row layout: the header takes rows 5 and 6, data starts at row 7.
const (
	sumHeadRow  = 5
	sumFirstRow = 7
	raceCols    = 6 // columns of a race's group
)

// raceHeaders are the columns of each race's group.
var raceHeaders = [raceCols]string{"Tổng số cử tri", "Số cử tri đi bầu", "Tỷ lệ", "Số đại biểu được bầu", "Số người trúng cử", "Còn thiếu"}

var raceWidths = [raceCols]float64{10.5, 10.5, 8.5, 8.5, 8.5, 7}

// WriteSummary writes "Biểu tổng hợp kết quả bầu cử" for superiors: a
// sheet with one row per unit under the summary's unit (a row per polling
// area for a commune), a group of columns per race (voters, voted,
// turnout, seats, elected, missing) and a totals row; then a sheet per
// race listing the constituencies whose council lies in the unit's tree,
// with their winners and status. Times New Roman, merged headers, frozen
// panes, header rows printed on every page, A4 landscape fitted to the
// width, numbers as numbers with Vietnamese formats.
func WriteSummary(path string, r *data.Results, sum data.ResultsSummary, opt SummaryOptions) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := sheet.NewStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return err
	}
	if err := f.SetDocProps(&excelize.DocProperties{Title: "Biểu tổng hợp kết quả bầu cử", Creator: "tdkt", Language: "vi-VN"}); err != nil {
		return err
	}
	unitName := sum.Unit.Name
	if sum.Unit.ID == 0 {
		unitName = "Toàn quốc"
	}
	sub := fmt.Sprintf("Đơn vị: %s – Ngày bầu cử: %s", unitName, vn.DMY(r.Election.PollingDay))
	if err := writeSummarySheet(f, st, r, sum, sub, opt); err != nil {
		return err
	}
	for _, race := range sum.Races {
		if err := writeRaceSheet(f, st, r, sum.Unit.ID, race, sub); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return f.SaveAs(path)
}

// streamSheet is a sheet written row by row.
type streamSheet struct {
	sw  *excelize.StreamWriter
	row int
}

func (s *streamSheet) add(height float64, cells ...any) error {
	s.row++
	var opts []excelize.RowOpts
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	return s.sw.SetRow(fmt.Sprintf("A%d", s.row), cells, opts...)
}

func (s *streamSheet) merge(c1, r1, c2, r2 int) error {
	a, _ := excelize.CoordinatesToCellName(c1, r1)
	b, _ := excelize.CoordinatesToCellName(c2, r2)
	return s.sw.MergeCell(a, b)
}

func cell(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }

// titleRows writes the three title rows across width columns and a blank row.
func titleRows(s *streamSheet, st sheet.Styles, width int, title, election, sub string) error {
	for _, t := range []struct {
		text   string
		style  int
		height float64
	}{{title, st.Title, 24}, {election, st.Title, 36}, {sub, st.Subtitle, 20}} {
		if err := s.add(t.height, cell(t.style, t.text)); err != nil {
			return err
		}
		if err := s.merge(1, s.row, width, s.row); err != nil {
			return err
		}
	}
	return s.add(0)
}

func writeSummarySheet(f *excelize.File, st sheet.Styles, r *data.Results, sum data.ResultsSummary, sub string, opt SummaryOptions) error {
	name := SheetSummary
	width := 2 + raceCols*len(sum.Races)
	if err := sheet.PrintSetup(f, name, true, 0); err != nil {
		return err
	}
	if err := sheet.RepeatRows(f, name, sumHeadRow, sumHeadRow+1); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	s := &streamSheet{sw: sw}
	if err := sw.SetColWidth(1, 1, 6); err != nil {
		return err
	}
	if err := sw.SetColWidth(2, 2, 28); err != nil {
		return err
	}
	for i := range sum.Races {
		for j, w := range raceWidths {
			c := 3 + i*raceCols + j
			if err := sw.SetColWidth(c, c, w); err != nil {
				return err
			}
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 2, YSplit: sumFirstRow - 1, TopLeftCell: fmt.Sprintf("C%d", sumFirstRow), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if err := titleRows(s, st, width, SummaryTitle, strings.ToUpper(r.Election.Name), sub); err != nil {
		return err
	}

	// Two header rows: STT and Đơn vị span both, each race spans its group.
	unitHead := "Đơn vị"
	if sum.Unit.ID != 0 && len(sum.Rows) > 0 && sum.Rows[0].UnitID == 0 {
		unitHead = "Khu vực bỏ phiếu"
	}
	top := []any{cell(st.Header, "STT"), cell(st.Header, unitHead)}
	bottom := []any{cell(st.Header, nil), cell(st.Header, nil)}
	for _, race := range sum.Races {
		label := race.Label()
		if race != election.RaceQH {
			label = "Đại biểu " + label
		}
		for j := range raceCols {
			v := any(nil)
			if j == 0 {
				v = label
			}
			top = append(top, cell(st.Header, v))
			bottom = append(bottom, cell(st.Header, raceHeaders[j]))
		}
	}
	if err := s.add(24, top...); err != nil {
		return err
	}
	if err := s.add(48, bottom...); err != nil {
		return err
	}
	if err := s.merge(1, sumHeadRow, 1, sumHeadRow+1); err != nil {
		return err
	}
	if err := s.merge(2, sumHeadRow, 2, sumHeadRow+1); err != nil {
		return err
	}
	for i := range sum.Races {
		c := 3 + i*raceCols
		if err := s.merge(c, sumHeadRow, c+raceCols-1, sumHeadRow); err != nil {
			return err
		}
	}

	line := func(stt any, row data.ResultsRow, bold bool) error {
		text, num, pct := st.Text, st.Int, st.Percent
		if bold {
			text, num, pct = st.Bold, st.BoldInt, st.BoldPct
		}
		cells := []any{cell(st.Center, stt), cell(text, row.Label)}
		if bold { // the totals row: its label spans STT and Đơn vị
			cells[0], cells[1] = cell(st.Bold, row.Label), cell(st.Bold, nil)
		}
		for _, race := range sum.Races {
			t := row.Totals[race]
			var turnout any
			if t.Voters > 0 {
				turnout = float64(t.Turnout()) / 10000
			}
			seats, elected, missing := any(t.Seats), any(t.Elected), any(t.Seats-t.Elected)
			if t.Seats == 0 { // no council of this race in the row's tree
				seats, elected, missing = nil, nil, nil
			}
			cells = append(cells, cell(num, t.Voters), cell(num, t.Voted), cell(pct, turnout),
				cell(num, seats), cell(num, elected), cell(num, missing))
		}
		return s.add(0, cells...)
	}
	for i, row := range sum.Rows {
		if err := line(i+1, row, false); err != nil {
			return err
		}
	}
	if err := line(nil, sum.Total, true); err != nil {
		return err
	}
	if err := s.merge(1, s.row, 2, s.row); err != nil {
		return err
	}
	if err := s.add(0); err != nil {
		return err
	}
	notes := []string{
		"Ghi chú: Tỷ lệ = số cử tri đi bầu / tổng số cử tri. Số đại biểu được bầu và số người trúng cử được tính ở đơn vị hành chính có Hội đồng nhân dân được bầu (với đại biểu Quốc hội: ở tỉnh), " +
			"nên dòng Tổng cộng gồm cả các đơn vị bầu cử của chính " + strings.ToLower(firstWord(sum.Unit.Type, "đơn vị")) + " này.",
		fmt.Sprintf("Kết quả tính theo Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân (Điều 78–80) từ %d biên bản kiểm phiếu đã nhập.", tallied(r)),
	}
	for _, n := range notes {
		if err := s.add(32, cell(st.Note, n)); err != nil {
			return err
		}
		if err := s.merge(1, s.row, width, s.row); err != nil {
			return err
		}
	}
	if opt.Place != "" && !opt.Date.IsZero() {
		if err := s.add(0); err != nil {
			return err
		}
		half := width / 2
		dateLine := fmt.Sprintf("%s, %s", opt.Place, vn.LongDate(opt.Date))
		signRows := []struct{ left, right string }{{"", dateLine}, {"NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG CƠ QUAN"}}
		for i, sr := range signRows {
			style := st.Title
			if i == 0 {
				style = st.Subtitle
			}
			cells := make([]any, width)
			cells[0] = cell(style, sr.left)
			cells[half] = cell(style, sr.right)
			if err := s.add(0, cells...); err != nil {
				return err
			}
			if err := s.merge(1, s.row, half, s.row); err != nil {
				return err
			}
			if err := s.merge(half+1, s.row, width, s.row); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}

// firstWord is s, or def when s is empty.
func firstWord(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// tallied counts the tallies behind the results.
func tallied(r *data.Results) int {
	n := 0
	for _, c := range r.Constituencies {
		n += c.Tallied
	}
	return n
}

// inTree reports whether unit id lies in root's tree (root 0: everywhere).
func inTree(r *data.Results, root, id int64) bool {
	for i := 0; id != 0 && i < 6; i++ {
		if id == root {
			return true
		}
		id = r.Unit(id).ParentID
	}
	return root == 0
}

// raceSheetCols are the columns of a race's sheet and their widths.
var raceSheetCols = []struct {
	head  string
	width float64
}{
	{"STT", 6}, {"Đơn vị hành chính", 24}, {"Đơn vị bầu cử số", 9}, {"Số đại biểu được bầu", 10}, {"Tổng số cử tri", 12},
	{"Số cử tri đi bầu", 12}, {"Tỷ lệ", 9}, {"Số phiếu hợp lệ", 12}, {"Số người trúng cử", 10}, {"Còn thiếu", 8},
	{"Những người trúng cử (số phiếu, tỷ lệ)", 42}, {"Kết quả", 13}, {"Theo luật phải làm", 46},
}

func writeRaceSheet(f *excelize.File, st sheet.Styles, r *data.Results, root int64, race election.Race, sub string) error {
	name := race.Label()
	if _, err := f.NewSheet(name); err != nil {
		return err
	}
	if err := sheet.PrintSetup(f, name, true, 0); err != nil {
		return err
	}
	if err := sheet.RepeatRows(f, name, sumHeadRow, sumHeadRow); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(name)
	if err != nil {
		return err
	}
	s := &streamSheet{sw: sw}
	for i, c := range raceSheetCols {
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 3, YSplit: sumHeadRow, TopLeftCell: fmt.Sprintf("D%d", sumHeadRow+1), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	title := "KẾT QUẢ BẦU CỬ ĐẠI BIỂU " + strings.ToUpper(strings.TrimPrefix(race.Label(), "Đại biểu "))
	if race != election.RaceQH {
		title = "KẾT QUẢ BẦU CỬ ĐẠI BIỂU " + strings.ToUpper(strings.Replace(string(race), "HĐND", "HỘI ĐỒNG NHÂN DÂN", 1))
	}
	if err := titleRows(s, st, len(raceSheetCols), title, strings.ToUpper(r.Election.Name), sub); err != nil {
		return err
	}
	head := make([]any, len(raceSheetCols))
	for i, c := range raceSheetCols {
		head[i] = cell(st.Header, c.head)
	}
	if err := s.add(48, head...); err != nil {
		return err
	}
	n := 0
	var tot election.Totals
	for _, c := range r.Constituencies {
		if c.Race != race || !inTree(r, root, c.UnitID) {
			continue
		}
		n++
		var winners []string
		for _, k := range c.Ranked {
			if k.Elected {
				winners = append(winners, fmt.Sprintf("%s (%s phiếu, %s)", k.Name, vn.Int(k.Votes), election.FormatPercent(k.Percent)))
			}
		}
		var turnout any
		if c.Voters > 0 {
			turnout = float64(c.Turnout) / 10000
		}
		// Rows keep the height they are given: one line per winner, and
		// enough for the note (about 50 characters a line).
		lines := max(1, len(winners), (len([]rune(c.Next))+49)/50)
		if err := s.add(float64(lines)*15.5+2, cell(st.Center, n), cell(st.Text, c.UnitName), cell(st.Center, c.Number), cell(st.Int, c.Seats),
			cell(st.Int, c.Voters), cell(st.Int, c.Voted), cell(st.Percent, turnout), cell(st.Int, c.Valid),
			cell(st.Int, c.Elected), cell(st.Int, c.Missing), cell(st.Text, strings.Join(winners, "\n")),
			cell(st.Text, data.StatusLabel(c.Status)), cell(st.Text, c.Next)); err != nil {
			return err
		}
		tot = tot.Add(election.Totals{Voters: c.Voters, Voted: c.Voted, Seats: int64(c.Seats), Elected: int64(c.Elected)})
	}
	var turnout any
	if tot.Voters > 0 {
		turnout = float64(tot.Turnout()) / 10000
	}
	if err := s.add(0, cell(st.Bold, "Tổng cộng"), cell(st.Bold, nil), cell(st.Bold, nil), cell(st.BoldInt, tot.Seats),
		cell(st.BoldInt, tot.Voters), cell(st.BoldInt, tot.Voted), cell(st.BoldPct, turnout), cell(st.Bold, nil),
		cell(st.BoldInt, tot.Elected), cell(st.BoldInt, tot.Seats-tot.Elected), cell(st.Bold, nil), cell(st.Bold, nil), cell(st.Bold, nil)); err != nil {
		return err
	}
	if err := s.merge(1, s.row, 3, s.row); err != nil {
		return err
	}
	return sw.Flush()
}
