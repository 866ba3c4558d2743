package sheet

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"tdkt/data/vn"
)

// Limits on what tdkt agrees to unpack from an .xlsx: a zip bomb disguised
// as a workbook is refused instead of filling memory.
const (
	MaxUnzipSize = 512 << 20 // all parts together
	MaxXMLSize   = 128 << 20 // one worksheet's XML kept in memory
)

// Open opens a workbook for reading with the size limits above.
func Open(path string) (*excelize.File, error) {
	f, err := excelize.OpenFile(path, excelize.Options{UnzipSizeLimit: MaxUnzipSize, UnzipXMLSizeLimit: MaxXMLSize})
	if err != nil {
		if errors.Is(err, excelize.ErrOptionsUnzipSizeLimit) {
			return nil, fmt.Errorf("%s: tệp giải nén quá lớn (giới hạn %d MB), có thể không phải bảng tính thật", path, MaxUnzipSize>>20)
		}
		return nil, fmt.Errorf("%s: không đọc được tệp Excel (.xlsx): %w", path, err)
	}
	return f, nil
}

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
type Table struct {
	File     string
	Sheet    string
	Legacy   vn.Encoding // the legacy encoding found and converted, or vn.Unicode
	cols     []Column
	index    map[string]int // column name -> 0-based index in the sheet
	rows     [][]string
	firstRow int
}

// ReadTable reads a whole sheet. Missing required headers are reported on
// the collector; rows that are completely empty are skipped.
func ReadTable(f *excelize.File, c *Collector, sheet string, cols []Column) (*Table, bool) {
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		c.Add(sheet, 0, "", "unreadable", "không đọc được sheet: %v", err)
		return nil, false
	}
	t := &Table{File: c.File, Sheet: sheet, cols: cols, index: map[string]int{}, firstRow: 2}
	if len(rows) == 0 {
		c.Add(sheet, 1, "", "header", "sheet trống: dòng 1 phải là dòng tiêu đề")
		return nil, false
	}
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
			c.Add(sheet, 1, col.Name, "header", "thiếu cột %q trong dòng tiêu đề", col.Name)
			ok = false
		}
	}
	for _, r := range rows[1:] {
		t.rows = append(t.rows, r)
	}
	return t, ok
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
func (r Record) Problem(col, rule, format string, args ...any) Problem {
	return Problem{File: r.t.File, Sheet: r.t.Sheet, Row: r.Num, Column: col, Cell: r.Cell(col), Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// Int reads a whole non-negative number; blank gives ok=false with no problem.
// "1.952", "1 952" and 1952.0 are read as 1952.
func (r Record) Int(col string) (n int64, ok bool, p *Problem) {
	s := strings.TrimSpace(r.Text(col))
	if s == "" {
		return 0, false, nil
	}
	if grouped.MatchString(s) { // "1.952", "1 952": Vietnamese thousands separators
		s = strings.NewReplacer(".", "", " ", "").Replace(s)
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if f != math.Trunc(f) || f < 0 || f > 1e12 {
			pr := r.Problem(col, "number", "%q không phải là số nguyên không âm", s)
			return 0, false, &pr
		}
		return int64(f), true, nil
	}
	pr := r.Problem(col, "number", "%q không phải là số nguyên không âm", s)
	return 0, false, &pr
}

// grouped matches a whole number written with Vietnamese thousands separators.
var grouped = regexp.MustCompile(`^\d{1,3}([. ]\d{3})+$`)

// Date reads dd/mm/yyyy text or a real Excel date; blank gives ok=false.
func (r Record) Date(col string) (d time.Time, ok bool, p *Problem) {
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
		pr := r.Problem(col, "date", "%v; ghi ngày dạng dd/mm/yyyy", err)
		return time.Time{}, false, &pr
	}
	return t, true, nil
}

// Birth reads a birth date or a bare year ("1975"); blank gives ok=false.
func (r Record) Birth(col string) (d time.Time, yearOnly, ok bool, p *Problem) {
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
