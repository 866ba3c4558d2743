package sheet

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data/vn"
)

// FindSheet returns the workbook's own name of a sheet whose name matches
// want ignoring case, diacritics and spaces.
func FindSheet(f *excelize.File, want string) (string, bool) {
	w := vn.Fold(want)
	for _, name := range f.GetSheetList() {
		if vn.Fold(name) == w {
			return name, true
		}
	}
	return "", false
}

// Column is one column a sheet is read by.
type Column struct {
	Name     string   // the header as the template writes it
	Required bool     // the header must be present
	Aliases  []string // other headers accepted for it
}

// Table is a sheet read by its header row (row 1). Text is NFC, cleaned,
// and converted from TCVN3/VNI when the sheet was typed in one of them.
//
// What a workbook's values do not show is read by these rules, the same
// for every importer:
//   - A formula counts by the value Excel calculated and saved with it,
//     which is what the sender saw. A formula saved without a value (a file
//     written by another program and never opened in Excel) is refused,
//     naming its cell, and so is an error value (#REF!, #N/A, ...) in a
//     column tdkt reads.
//   - A merged cell below the header row counts for every row it covers:
//     its value is read in each of them, in the merged range's first
//     column, as the printed sheet shows it. A merged cell that runs from
//     the header row down is refused: the header is row 1 alone.
//   - A hidden row holding data is refused, whether hidden by hand or by a
//     filter: it would be imported without the user seeing it. Hidden
//     columns are read like the others.
//   - Control characters are removed and runs of spaces, tabs and line
//     breaks become one space (vn.Clean).
type Table struct {
	File     string
	Sheet    string
	Legacy   vn.Encoding // the legacy encoding found and converted, or vn.Unicode
	cols     []Column
	index    map[string]int // column name -> 0-based index in the sheet
	rows     [][]string
	firstRow int
}

// excelErrors are the error values a formula can leave in a cell.
var excelErrors = map[string]bool{"#NULL!": true, "#DIV/0!": true, "#VALUE!": true, "#REF!": true, "#NAME?": true,
	"#NUM!": true, "#N/A": true, "#GETTING_DATA": true, "#SPILL!": true, "#CALC!": true, "#FIELD!": true, "#BLOCKED!": true,
	"#CONNECT!": true, "#BUSY!": true, "#UNKNOWN!": true}

// ReadTable reads a whole sheet. Missing required headers are reported on
// the collector and make ok false; so does a sheet that cannot be read. A
// refused cell or row under the rules of Table is reported on the
// collector too, and the table is still returned so that every problem is
// listed in one pass.
func ReadTable(f *excelize.File, c *Collector, sheet string, cols []Column) (*Table, bool) {
	rows, hidden, err := readRows(f, sheet)
	if err != nil {
		c.Add(sheet, 0, "", problem.Unreadable, "%s", unreadable(err))
		return nil, false
	}
	scan, err := scanSheet(f, sheet)
	if err != nil {
		c.Add(sheet, 0, "", problem.Unreadable, "%s", unreadable(err))
		return nil, false
	}
	t := &Table{File: c.File, Sheet: sheet, cols: cols, index: map[string]int{}, firstRow: 2}
	if len(rows) == 0 {
		c.Add(sheet, 1, "", problem.Header, "sheet trống: dòng 1 phải là dòng tiêu đề")
		return nil, false
	}
	rows = fillMerged(rows, scan.merges, c, sheet)
	// Legacy text: decide once for the data rows, from all their text, and
	// apart for the header row: a template with Unicode headers is often
	// filled in with a TCVN3 or VNI font.
	var all strings.Builder
	for _, r := range rows[1:] {
		for _, v := range r {
			all.WriteString(v)
			all.WriteByte(' ')
		}
	}
	t.Legacy = vn.Detect(all.String())
	headerLegacy := vn.Detect(strings.Join(rows[0], " "))

	header := rows[0]
	for i, h := range header {
		fh := vn.Fold(vn.Clean(vn.ToUnicode(h, headerLegacy)))
		for _, col := range cols {
			if _, seen := t.index[col.Name]; seen {
				continue
			}
			if fh == vn.Fold(col.Name) || contains(col.Aliases, fh) {
				t.index[col.Name] = i
			}
		}
	}
	ok := true
	for _, col := range cols {
		if _, found := t.index[col.Name]; !found && col.Required {
			c.Add(sheet, 1, col.Name, problem.Header, "thiếu cột %q trong dòng tiêu đề", col.Name)
			ok = false
		}
	}
	t.rows = rows[1:]
	t.checkCells(c, hidden, scan.uncalculated)
	return t, ok
}

// readRows reads every row's raw values (row n at index n-1) and the
// numbers of hidden rows that hold data. Unlike excelize's GetRows, a
// damaged cell reference stops the reading with an error instead of
// silently ending the sheet there.
func readRows(f *excelize.File, sheet string) (rows [][]string, hidden []int, err error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, nil, err
	}
	n := 0
	for it.Next() {
		n++
		cells, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			it.Close()
			return nil, nil, err
		}
		if len(cells) == 0 {
			continue
		}
		if it.GetRowOpts().Hidden && !blank(cells) {
			hidden = append(hidden, n)
		}
		for len(rows) < n-1 {
			rows = append(rows, nil)
		}
		rows = append(rows, cells)
	}
	if err := it.Close(); err != nil {
		return nil, nil, err
	}
	return rows, hidden, nil
}

// unreadable words an error of the workbook library for a user.
func unreadable(err error) string {
	if errors.Is(err, excelize.ErrMaxRows) {
		return fmt.Sprintf("sheet có dòng số lớn hơn %s, giới hạn của Excel: tệp bị hỏng hoặc không do Excel tạo ra", vn.Int(excelize.TotalRows))
	}
	// The library's message may quote the file's broken bytes.
	detail := strings.ToValidUTF8(err.Error(), "�")
	return fmt.Sprintf("nội dung sheet bị hỏng, không đọc được (%s); hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập", detail)
}

func blank(cells []string) bool {
	for _, v := range cells {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// fillMerged copies the value of each merged range below the header row
// into every row the range covers (first column of the range), and
// reports ranges that run from the header row down.
func fillMerged(rows [][]string, merges []cellRange, c *Collector, sheet string) [][]string {
	for _, m := range merges {
		if m.top == 1 {
			if m.bottom > 1 {
				col, _ := excelize.ColumnNumberToName(m.left)
				c.Problems = append(c.Problems, problem.Problem{File: c.File, Sheet: sheet, Row: 1, Cell: m.ref, Rule: problem.MergedHeader,
					Message: fmt.Sprintf("ô gộp %s kéo dòng tiêu đề xuống dòng %d: dòng tiêu đề chỉ là dòng 1; hãy bỏ gộp ô (Merge & Center) ở cột %s và để dữ liệu bắt đầu từ dòng 2", m.ref, m.bottom, col)})
			}
			continue
		}
		if m.top > len(rows) || m.left > len(rows[m.top-1]) {
			continue // the range's first cell is blank: nothing to copy
		}
		v := rows[m.top-1][m.left-1]
		if v == "" {
			continue
		}
		for r := m.top + 1; r <= m.bottom; r++ {
			for len(rows) < r {
				rows = append(rows, nil)
			}
			for len(rows[r-1]) < m.left {
				rows[r-1] = append(rows[r-1], "")
			}
			if rows[r-1][m.left-1] == "" {
				rows[r-1][m.left-1] = v
			}
		}
	}
	return rows
}

// checkCells reports the data cells and rows the rules of Table refuse:
// hidden rows holding data, uncalculated formulas and error values in the
// columns read.
func (t *Table) checkCells(c *Collector, hidden []int, uncalculated []formulaCell) {
	for i := 0; i < len(hidden); {
		j := i
		for j+1 < len(hidden) && hidden[j+1] == hidden[j]+1 {
			j++
		}
		which := fmt.Sprintf("dòng %d đang bị ẩn", hidden[i])
		if j > i {
			which = fmt.Sprintf("các dòng %d–%d đang bị ẩn", hidden[i], hidden[j])
		}
		c.Add(t.Sheet, hidden[i], "", problem.HiddenRow, "%s (Hide hoặc bộ lọc) nhưng có dữ liệu: tdkt không nhập dòng người dùng không nhìn thấy; "+
			"hãy bỏ ẩn (Unhide) hoặc bỏ lọc, xem lại rồi xóa những dòng không muốn nhập", which)
		i = j + 1
	}
	byIndex := map[int]string{}
	for name, i := range t.index {
		byIndex[i] = name
	}
	for _, fc := range uncalculated {
		name, read := byIndex[fc.col-1]
		if !read || fc.row < t.firstRow {
			continue
		}
		formula := ""
		if fc.formula != "" {
			formula = "=" + fc.formula + " "
		}
		cell, _ := excelize.CoordinatesToCellName(fc.col, fc.row)
		c.Problems = append(c.Problems, problem.Problem{File: c.File, Sheet: t.Sheet, Row: fc.row, Column: name, Cell: cell, Rule: problem.FormulaNoValue,
			Message: fmt.Sprintf("ô có công thức %snhưng tệp không lưu kết quả tính (tệp do phần mềm khác tạo, chưa mở bằng Excel); "+
				"hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại, hoặc thay công thức bằng giá trị (Dán đặc biệt → Giá trị)", formula)})
	}
	for k, r := range t.rows {
		for i, v := range r {
			if name, read := byIndex[i]; read && len(v) > 1 && v[0] == '#' && excelErrors[strings.TrimSpace(v)] {
				cell, _ := excelize.CoordinatesToCellName(i+1, t.firstRow+k)
				c.Problems = append(c.Problems, problem.Problem{File: c.File, Sheet: t.Sheet, Row: t.firstRow + k, Column: name, Cell: cell, Rule: problem.FormulaError,
					Message: fmt.Sprintf("ô có giá trị lỗi %s (công thức tính sai); hãy sửa công thức hoặc ghi giá trị", strings.TrimSpace(v))})
			}
		}
	}
}

func contains(aliases []string, folded string) bool {
	for _, a := range aliases {
		if vn.Fold(a) == folded {
			return true
		}
	}
	return false
}

func (t *Table) text(v string) string {
	if t.Legacy != vn.Unicode {
		v = vn.ToUnicode(v, t.Legacy)
	}
	return vn.Clean(v)
}

// Rows are the data rows, empty ones included (check Record.Empty).
func (t *Table) Rows() []Record {
	out := make([]Record, len(t.rows))
	for i, r := range t.rows {
		out[i] = Record{t: t, Num: t.firstRow + i, vals: r}
	}
	return out
}

// Has reports whether the sheet has the column.
func (t *Table) Has(col string) bool { _, ok := t.index[col]; return ok }

// Record is one data row.
type Record struct {
	t    *Table
	Num  int // row number as Excel shows it
	vals []string
}

func (r Record) raw(col string) string {
	i, ok := r.t.index[col]
	if !ok || i >= len(r.vals) {
		return ""
	}
	return r.vals[i]
}

// Cell is the Excel address of a column in this row, e.g. "F5".
func (r Record) Cell(col string) string {
	i, ok := r.t.index[col]
	if !ok {
		return ""
	}
	name, _ := excelize.CoordinatesToCellName(i+1, r.Num)
	return name
}

// Empty reports whether every cell of the row is blank.
func (r Record) Empty() bool {
	for _, v := range r.vals {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// Text is the cell's text: NFC, cleaned, legacy text converted.
func (r Record) Text(col string) string { return r.t.text(r.raw(col)) }

// Problem builds a problem located at this row and column.
func (r Record) Problem(col string, rule problem.Rule, format string, args ...any) problem.Problem {
	return problem.Problem{File: r.t.File, Sheet: r.t.Sheet, Row: r.Num, Column: col, Cell: r.Cell(col), Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// Int reads a whole non-negative number by vn.ParseCount, the rule the
// window follows too ("1.952", "1 952" and 1952.0 are 1952; "54.2" is
// refused); blank gives ok=false with no problem.
func (r Record) Int(col string) (n int64, ok bool, p *problem.Problem) {
	s := strings.TrimSpace(r.Text(col))
	if s == "" {
		return 0, false, nil
	}
	n, err := vn.ParseCount(s)
	if err != nil {
		pr := r.Problem(col, problem.Number, "%q không phải là số nguyên không âm", s)
		return 0, false, &pr
	}
	return n, true, nil
}

// Date reads dd/mm/yyyy text or a real Excel date; blank gives ok=false.
func (r Record) Date(col string) (d time.Time, ok bool, p *problem.Problem) {
	s := strings.TrimSpace(r.Text(col))
	if s == "" {
		return time.Time{}, false, nil
	}
	if serial, err := strconv.ParseFloat(s, 64); err == nil && serial > 0 && serial < 2958466 {
		t, err := excelize.ExcelDateToTime(serial, false)
		if err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true, nil
		}
	}
	t, err := vn.ParseDate(s)
	if err != nil {
		pr := r.Problem(col, problem.Date, "%v; ghi ngày dạng dd/mm/yyyy", err)
		return time.Time{}, false, &pr
	}
	return t, true, nil
}

// Birth reads a birth date or a bare year ("1975"); blank gives ok=false.
func (r Record) Birth(col string) (d time.Time, yearOnly, ok bool, p *problem.Problem) {
	s := strings.TrimSpace(r.Text(col))
	if s == "" {
		return time.Time{}, false, false, nil
	}
	if len(s) == 4 {
		t, y, err := vn.ParseBirth(s)
		if err == nil {
			return t, y, true, nil
		}
	}
	t, ok, p := r.Date(col)
	return t, false, ok, p
}
