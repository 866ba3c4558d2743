// Package sheet holds what every workbook of tdkt shares: reading a sheet
// by its header names (case- and diacritic-insensitive), converting legacy
// TCVN3/VNI text, reporting refused cells with file, sheet, row, column and
// rule, and the styles and print setup of the workbooks tdkt writes.
package sheet

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Problem is one refused value of an imported workbook.
type Problem struct {
	File    string // base name of the workbook
	Sheet   string
	Row     int    // 1-based row number as Excel shows it; 0 for the whole sheet
	Column  string // header of the column, as the template writes it
	Cell    string // "F5"; empty when the problem is not one cell
	Rule    string // stable code of the rule broken, e.g. "valid_invalid_sum"
	Message string // Vietnamese, says what is wrong and what is expected
}

// String reads like: `kiemphieu.xlsx, sheet "Kiểm phiếu", dòng 5, cột "Số
// phiếu hợp lệ" (F5): Số phiếu hợp lệ (600) + ... [valid_invalid_sum]`.
func (p Problem) String() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Sheet != "" {
		fmt.Fprintf(&b, ", sheet %q", p.Sheet)
	}
	if p.Row > 0 {
		fmt.Fprintf(&b, ", dòng %d", p.Row)
	}
	if p.Column != "" {
		fmt.Fprintf(&b, ", cột %q", p.Column)
	}
	if p.Cell != "" {
		fmt.Fprintf(&b, " (%s)", p.Cell)
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	if p.Rule != "" {
		fmt.Fprintf(&b, " [%s]", p.Rule)
	}
	return b.String()
}

// Problems is every problem found in one pass over a workbook. As an error
// it says how many there are and lists them all, one a line.
type Problems []Problem

func (ps Problems) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "tệp bị từ chối, không có gì được ghi: %d lỗi", len(ps))
	for _, p := range ps {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Err is nil when there are no problems, else the problems as an error.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Collector gathers problems for one workbook file.
type Collector struct {
	File     string
	Problems Problems
}

// NewCollector starts collecting problems of the workbook at path.
func NewCollector(path string) *Collector { return &Collector{File: filepath.Base(path)} }

// Add records a problem on a whole sheet (row 0) or a row.
func (c *Collector) Add(sheet string, row int, column, rule, format string, args ...any) {
	c.Problems = append(c.Problems, Problem{File: c.File, Sheet: sheet, Row: row, Column: column, Rule: rule, Message: fmt.Sprintf(format, args...)})
}
