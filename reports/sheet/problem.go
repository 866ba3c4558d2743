// Package sheet holds what every workbook of tdkt shares: reading a sheet
// by its header names (case- and diacritic-insensitive), converting legacy
// TCVN3/VNI text, reporting refused cells with file, sheet, row, column and
// rule, and the styles and print setup of the workbooks tdkt writes.
package sheet

import (
	"fmt"
	"path/filepath"

	"tdkt/data/problem"
)

// Collector gathers problems for one workbook file.
type Collector struct {
	File     string
	Problems problem.List
}

// NewCollector starts collecting problems of the workbook at path.
func NewCollector(path string) *Collector { return &Collector{File: filepath.Base(path)} }

// Add records a problem on a whole sheet (row 0) or a row.
func (c *Collector) Add(sheet string, row int, column string, rule problem.Rule, format string, args ...any) {
	c.Problems = append(c.Problems, problem.Problem{File: c.File, Sheet: sheet, Row: row, Column: column, Rule: rule, Message: fmt.Sprintf(format, args...)})
}
