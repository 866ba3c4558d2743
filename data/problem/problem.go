// Package problem is tdkt's one vocabulary for refused input: a Problem
// names where a value came from (file, sheet, row, column, cell, or the
// field of a form), the rule it breaks as a stable code, and says what is
// wrong in Vietnamese. The rules of the law (packages election and award),
// the store and both workbook importers all report with it, and the
// window shows it beside the field it names.
//
// A Problem marked Warning is not a refusal: the value is accepted and the
// user is asked to look at it (a possible duplicate). A check returns
// warnings in the same list as its problems, and whoever writes keeps
// going when List.Errors is empty and hands List.Warnings back with its
// result (an import result's Warnings), so that the command and the
// window show them after the work is done.
//
// Internal detail (a database driver's text, a stack) never goes into a
// Problem's message: it goes to the log where it happens.
package problem

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Problem is one refused value, or with Warning one accepted value the
// user should look at.
type Problem struct {
	File   string // base name of the file it came from; "" for a form
	Sheet  string // the sheet of a workbook
	Row    int    // 1-based row as Excel shows it; for a batch without a file, the input's index + 1; 0 for none
	Column string // the column's header, as the template writes it
	Cell   string // "F5"; "" when the problem is not one cell
	// Part is, for the rows of a multi-part import before a reader has
	// placed them in a workbook, which part they came from (the store's
	// numbering; the reader turns it into Sheet).
	Part int
	// Field is the field of the record the value belongs to (the Field
	// constants of packages election and award): a form marks the entry
	// of that field, a workbook reader finds its column.
	Field string
	// Item is the 1-based number of the item inside the record that the
	// problem concerns (the candidate of a tally), 0 for the record.
	Item    int
	Rule    Rule   // the rule broken
	Message string // Vietnamese: what is wrong and what is expected
	// Warning marks a value that is accepted but should be looked at: it
	// never stops a save or an import.
	Warning bool
}

// New makes a problem of a field from a rule and a formatted message.
func New(field string, rule Rule, format string, args ...any) Problem {
	return Problem{Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)}
}

// NewWarning makes a warning of a field from a rule and a formatted message.
func NewWarning(field string, rule Rule, format string, args ...any) Problem {
	p := New(field, rule, format, args...)
	p.Warning = true
	return p
}

// Error is the message: a single problem reads as what it says.
func (p Problem) Error() string { return p.Message }

// String reads like: `kiemphieu.xlsx, sheet "Kiểm phiếu", dòng 5, cột "Số
// phiếu hợp lệ" (F5): Số phiếu hợp lệ (600) + ... [valid_invalid_sum]`.
// The parts that are not known are left out. A warning's message starts
// with "Cảnh báo: ".
func (p Problem) String() string {
	var b strings.Builder
	sep := func() {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
	}
	if p.File != "" {
		b.WriteString(p.File)
	}
	if p.Sheet != "" {
		sep()
		fmt.Fprintf(&b, "sheet %q", p.Sheet)
	}
	if p.Row > 0 {
		sep()
		fmt.Fprintf(&b, "dòng %d", p.Row)
	}
	if p.Column != "" {
		sep()
		fmt.Fprintf(&b, "cột %q", p.Column)
	}
	if p.Cell != "" {
		fmt.Fprintf(&b, " (%s)", p.Cell)
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	if p.Warning {
		b.WriteString("Cảnh báo: ")
	}
	b.WriteString(p.Message)
	if p.Rule != "" {
		fmt.Fprintf(&b, " [%s]", p.Rule)
	}
	return b.String()
}

// List is every problem found in one check. As an error it says that
// nothing was written, how many problems there are, and lists them all,
// one a line. A list that refuses holds no warnings (see Errors).
type List []Problem

func (ps List) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "dữ liệu bị từ chối, không có gì được ghi: %d lỗi", len(ps))
	for _, p := range ps {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Err is nil when there are no problems but warnings, else the problems
// that refuse (Errors) as an error.
func (ps List) Err() error {
	if errs := ps.Errors(); len(errs) > 0 {
		return errs
	}
	return nil
}

// Errors is the problems that refuse their value: the list without its
// warnings (ps itself when it has none).
func (ps List) Errors() List { return ps.filter(false) }

// Warnings is the warnings of the list: values accepted that the user
// should look at.
func (ps List) Warnings() List { return ps.filter(true) }

func (ps List) filter(warning bool) List {
	n := 0
	for _, p := range ps {
		if p.Warning == warning {
			n++
		}
	}
	if n == len(ps) {
		return ps
	}
	if n == 0 {
		return nil
	}
	out := make(List, 0, n)
	for _, p := range ps {
		if p.Warning == warning {
			out = append(out, p)
		}
	}
	return out
}

// Of returns the problems an error carries (a List or a single Problem,
// wrapped or not), or ok false for any other error.
func Of(err error) (List, bool) {
	var l List
	if errors.As(err, &l) {
		return l, true
	}
	var p Problem
	if errors.As(err, &p) {
		return List{p}, true
	}
	var pp *Problem
	if errors.As(err, &pp) && pp != nil {
		return List{*pp}, true
	}
	return nil, false
}

// Sort orders problems by part, sheet order as given (sheets ranks a
// folded or plain sheet name; unknown sheets go last), then row, keeping
// the order of problems of the same row.
func (ps List) Sort(sheetRank func(sheet string) int) {
	if sheetRank == nil {
		sheetRank = func(string) int { return 0 }
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Part != b.Part {
			return a.Part < b.Part
		}
		if ra, rb := sheetRank(a.Sheet), sheetRank(b.Sheet); ra != rb {
			return ra < rb
		}
		return a.Row < b.Row
	})
}
