package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"tdkt/data/vn"
)

// Appendix is the list that goes with a decision ("Danh sách kèm theo"):
// the collectives and the individuals granted the award, each group in the
// order given. The caller orders them as DOMAIN.md says — collectives in
// the order the user set, individuals by given name (SortIndividuals).
type Appendix struct {
	// Title is the list's title; empty means "DANH SÁCH". Set in capitals.
	Title string
	// Subtitle follows the title, e.g. "TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG
	// KHEN CỦA CHỦ TỊCH UBND TỈNH". Set in capitals.
	Subtitle string
	// Note is the line in brackets under the subtitle; empty means
	// "(Kèm theo Quyết định số <number> ngày <date> của <issuer>)" from the
	// decision.
	Note string
	// Collectives, Households and Individuals are the rows of the groups
	// "I. Tập thể", "II. Hộ gia đình" and "III. Cá nhân", numbered in that
	// order; an empty group is left out.
	Collectives []Row
	Households  []Row
	Individuals []Row
	// ShowRank adds the column "Hạng" even when no row has a rank; it is
	// shown anyway when one has.
	ShowRank bool
}

// Row is one collective or individual of the list.
type Row struct {
	// Name is the person's full name or the collective's name.
	Name string
	// Detail is the position and unit ("Chuyên viên Phòng Nội vụ huyện Ba
	// Bể"), for a collective its parent unit; may be empty.
	Detail string
	// Rank is the rank when the award has ranks ("Nhất", "Nhì", "Ba").
	Rank string
	// Money is the prize in đồng.
	Money int64
}

// SortIndividuals orders people the Vietnamese way, by given name then by
// full name (vn.NameSortKey); people with the same name keep their order.
func SortIndividuals(rows []Row) {
	keys := make(map[string][]byte, len(rows))
	for _, r := range rows {
		if _, ok := keys[r.Name]; !ok {
			keys[r.Name] = vn.NameSortKey(r.Name)
		}
	}
	slices.SortStableFunc(rows, func(a, b Row) int { return bytes.Compare(keys[a.Name], keys[b.Name]) })
}

// Totals returns the number of collectives and individuals and the money
// of each group.
func (a *Appendix) Totals() (collectives, individuals int, collectiveMoney, individualMoney int64) {
	for _, r := range a.Collectives {
		collectiveMoney += r.Money
	}
	for _, r := range a.Individuals {
		individualMoney += r.Money
	}
	return len(a.Collectives), len(a.Individuals), collectiveMoney, individualMoney
}

// errNoRows is returned for an appendix without any row.
var errNoRows = errors.New("danh sách kèm theo quyết định không có tập thể, cá nhân nào")

// check refuses rows without a name or with negative money.
func (a *Appendix) check() error {
	if len(a.Collectives)+len(a.Households)+len(a.Individuals) == 0 {
		return errNoRows
	}
	var problems []string
	for _, g := range []struct {
		name string
		rows []Row
	}{{"Tập thể", a.Collectives}, {"Hộ gia đình", a.Households}, {"Cá nhân", a.Individuals}} {
		for i, r := range g.rows {
			if vn.Clean(r.Name) == "" {
				problems = append(problems, fmt.Sprintf("phần %s, dòng %d: thiếu tên", g.name, i+1))
			}
			if r.Money < 0 {
				problems = append(problems, fmt.Sprintf("phần %s, dòng %d (%s): số tiền âm", g.name, i+1, vn.Clean(r.Name)))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("danh sách kèm theo quyết định có lỗi: %s", strings.Join(problems, "; "))
	}
	return nil
}

// The appendix table's type size and cell padding.
const (
	sizeTable = 13
	padX      = 1.5
	padY      = 1.0
)

// column is one column of the table.
type column struct {
	title string
	width float64
	align align
}

// columns returns the table's columns for the text width.
func (a *Appendix) columns(textW float64) []column {
	rank := a.ShowRank
	for _, r := range slices.Concat(a.Collectives, a.Households, a.Individuals) {
		if vn.Clean(r.Rank) != "" {
			rank = true
		}
	}
	stt := column{"STT", 12, alignCenter}
	name := column{"Họ và tên / Tên tập thể", 60, alignLeft}
	money := column{"Số tiền (đồng)", 28, alignRight}
	detail := column{"Chức vụ, đơn vị", textW - stt.width - name.width - money.width, alignLeft}
	if !rank {
		return []column{stt, name, detail, money}
	}
	r := column{"Hạng", 16, alignCenter}
	detail.width -= r.width
	return []column{stt, name, detail, r, money}
}

// cell is one laid-out cell of a table row: its box and lines.
type cell struct {
	x, width float64
	lines    [][]word
	align    align
	st       style
}

// tableRow is a laid-out row of the table.
type tableRow struct {
	cells  []cell
	height float64
}

// row lays out a row whose cells span the given columns: spans[i] columns
// for texts[i].
func (w *writer) row(cols []column, texts []string, spans []int, aligns []align, st style) tableRow {
	lh := lineHeight(sizeTable)
	var r tableRow
	x := w.left
	c := 0
	maxLines := 1
	for i, t := range texts {
		width := 0.0
		for range spans[i] {
			width += cols[c].width
			c++
		}
		lines := w.wrap(w.words([]span{{w.clean(t), st}}, sizeTable), sizeTable, width-2*padX, width-2*padX)
		maxLines = max(maxLines, len(lines))
		r.cells = append(r.cells, cell{x: x, width: width, lines: lines, align: aligns[i], st: st})
		x += width
	}
	r.height = float64(maxLines)*lh + 2*padY
	return r
}

// drawRow draws a row at the current y: each cell's border and its lines,
// centred vertically.
func (w *writer) drawRow(r tableRow) {
	lh := lineHeight(sizeTable)
	w.pdf.SetLineWidth(0.2)
	for _, c := range r.cells {
		w.pdf.Rect(c.x, w.y, c.width, r.height, "D")
		top := w.y + (r.height-float64(len(c.lines))*lh)/2
		for i, line := range c.lines {
			w.drawLine(line, sizeTable, c.x+padX, c.width-2*padX, baseline(top+float64(i)*lh, lh, sizeTable), c.align, true)
		}
	}
	w.y += r.height
}

// romans numbers the groups.
var romans = []string{"I", "II", "III"}

// draw draws the appendix on new pages numbered on their own (the decree
// numbers an appendix's pages separately): title, subtitle, note, then the
// table with its header row on every page, rows never split, each group
// with its subtotal when there are two, the grand total and the total in
// words.
func (a *Appendix) draw(w *writer, d Decision) {
	w.startList(a.Title, a.Subtitle, listNote(w, a.Note, "Quyết định", d.shownNumber(w), d.Date, d.Issuer))
	cols := a.columns(w.textWidth())
	a.fitMoney(w, cols)
	t := w.newTable(cols)
	ensure := t.ensure

	// Merged rows: a label over every column but the money, and the money.
	labelSpan := []int{len(cols) - 1, 1}
	total := func(label string, money int64) tableRow {
		return w.row(cols, []string{label, vn.Money(money)}, labelSpan, []align{alignCenter, alignRight}, bold)
	}

	nc, ni, mc, mi := a.Totals()
	type group struct {
		name  string
		unit  string
		rows  []Row
		money int64
	}
	var groups []group
	if nc > 0 {
		groups = append(groups, group{"Tập thể", "tập thể", a.Collectives, mc})
	}
	if len(a.Households) > 0 {
		var mh int64
		for _, r := range a.Households {
			mh += r.Money
		}
		groups = append(groups, group{"Hộ gia đình", "hộ gia đình", a.Households, mh})
	}
	if ni > 0 {
		groups = append(groups, group{"Cá nhân", "cá nhân", a.Individuals, mi})
	}
	// The grand total and the amount in words, which must not stand alone
	// on a page: the last row (and its group's subtotal) goes with them.
	var sum int64
	var parts []string
	n := 0
	for _, g := range groups {
		sum += g.money
		n += len(g.rows)
		parts = append(parts, vn.Int(int64(len(g.rows)))+" "+g.unit)
	}
	grand := total(countsLabel(parts, n), sum)
	words := para{spans: []span{{"Bằng chữ: " + vn.MoneyWords(sum) + ".", italic}}, size: sizeBody, before: 2}
	for gi, g := range groups {
		head := t.heading(romans[gi] + ". " + g.name)
		var sub tableRow
		if len(groups) > 1 {
			sub = total(fmt.Sprintf("Cộng %s: %s %s", romans[gi], vn.Int(int64(len(g.rows))), g.unit), g.money)
		}
		for i, r := range g.rows {
			cells := []string{strconv.Itoa(i + 1), r.Name, r.Detail}
			if len(cols) == 5 {
				cells = append(cells, r.Rank)
			}
			cells = append(cells, vn.Money(r.Money))
			body := t.body(cells)
			need := body.height
			if i == len(g.rows)-1 {
				need += sub.height // a group's subtotal stays with its last row
				if gi == len(groups)-1 {
					need += grand.height + w.height(words)
				}
			}
			if i == 0 && len(groups) > 1 {
				// A group's heading (only when there are two groups or
				// more) never ends a page.
				ensure(head.height + need)
				w.drawRow(head)
			}
			ensure(need)
			w.drawRow(body)
		}
		if len(groups) > 1 {
			ensure(sub.height)
			w.drawRow(sub)
		}
	}
	ensure(grand.height + w.height(words))
	w.drawRow(grand)
	w.flow(words, 0)
}

// fitMoney widens the money column, at the expense of the position
// column, so that the largest amount (the grand total) fits on one line.
func (a *Appendix) fitMoney(w *writer, cols []column) {
	var sum int64
	for _, r := range slices.Concat(a.Collectives, a.Households, a.Individuals) {
		sum += r.Money
	}
	need := w.measure(bold, sizeTable, vn.Money(sum)) + 2*padX + 1
	money := &cols[len(cols)-1]
	if need <= money.width {
		return
	}
	extra := need - money.width
	money.width = need
	for i := range cols {
		if cols[i].title == "Chức vụ, đơn vị" {
			cols[i].width -= extra
		}
	}
}
