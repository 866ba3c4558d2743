package pdf

import (
	"fmt"
	"strings"
	"time"

	"tdkt/data/vn"
)

// listNote is the bracketed line under a list's subtitle: custom when it
// is given, else "(Kèm theo <doc> số <number> ngày 24/6/2021 của <by>)",
// the date written as lists write it, without leading zeros.
func listNote(w *writer, custom, doc, number string, date time.Time, by string) string {
	n := w.clean(custom)
	if n == "" {
		n = "Kèm theo " + doc + " số " + number + " ngày " + fmt.Sprintf("%d/%d/%d", date.Day(), int(date.Month()), date.Year())
		if by = w.clean(by); by != "" {
			n += " của " + by
		}
	}
	if !strings.HasPrefix(n, "(") {
		n = "(" + n + ")"
	}
	return n
}

// startList starts a list on new pages numbered on their own (the decree
// numbers a list's pages separately): its title ("DANH SÁCH" when empty)
// and subtitle in capitals, the note in italics with a short rule under it.
func (w *writer) startList(title, subtitle, note string) {
	w.page = 0
	w.newPage()
	textW := w.textWidth()
	if title = w.clean(title); title == "" {
		title = "DANH SÁCH"
	}
	y, _ := w.heading([]string{upper(title)}, bold, sizeBody, w.left, textW, w.y)
	y, _ = w.heading(w.lines(upper(subtitle)), bold, sizeBody, w.left, textW, y)
	y, noteW := w.heading([]string{note}, italic, sizeBody, w.left, textW, y)
	rule := min(max(noteW*0.3, 25), 50)
	w.hline(w.left+(textW-rule)/2, w.left+(textW+rule)/2, y+ruleGap, ruleWidth)
	w.y = y + 5
}

// table is a list's table being drawn: its columns and header row, which
// every page repeats.
type table struct {
	w      *writer
	cols   []column
	header tableRow
	all    []int   // one column a cell
	aligns []align // the columns' own alignments
}

// newTable draws the header row of a table of cols and returns the table.
func (w *writer) newTable(cols []column) *table {
	t := &table{w: w, cols: cols, all: make([]int, len(cols)), aligns: make([]align, len(cols))}
	titles := make([]string, len(cols))
	centres := make([]align, len(cols))
	for i, c := range cols {
		t.all[i], titles[i], centres[i], t.aligns[i] = 1, c.title, alignCenter, c.align
	}
	t.header = w.row(cols, titles, t.all, centres, bold)
	w.drawRow(t.header)
	return t
}

// ensure starts a new page, with the header row, unless h fits on this one.
func (t *table) ensure(h float64) {
	if t.w.y+h > t.w.limit()+1e-6 {
		t.w.newPage()
		t.w.drawRow(t.header)
	}
}

// body lays out a row of the table's cells, one a column.
func (t *table) body(cells []string) tableRow {
	return t.w.row(t.cols, cells, t.all, t.aligns, regular)
}

// heading lays out a group's heading over the whole width.
func (t *table) heading(text string) tableRow {
	return t.w.row(t.cols, []string{text}, []int{len(t.cols)}, []align{alignLeft}, bold)
}

// countsLabel is a list's total line: "Tổng cộng: 3 tập thể", or with two
// groups or more "Tổng cộng: 6 (3 tập thể, 3 cá nhân)". parts are the
// groups' counts with their words, n their sum.
func countsLabel(parts []string, n int) string {
	if len(parts) > 1 {
		return fmt.Sprintf("Tổng cộng: %s (%s)", vn.Int(int64(n)), strings.Join(parts, ", "))
	}
	return "Tổng cộng: " + strings.Join(parts, "")
}
