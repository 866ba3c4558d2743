package widget

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data/vn"
)

// Column is a column of a Table.
type Column struct {
	Title string  // the header's text
	Width float32 // at the start; the user may drag it wider
	Right bool    // numbers, aligned right
	// Check makes the column a check box on every row (Table.Checked).
	Check bool
	// NoSort leaves the column's header without action.
	NoSort bool
	// Num is the sort key of a number column of a table sorted in
	// memory; nil sorts by the text shown, ignoring case and diacritics.
	Num func(row int) int64
}

// Table is the table of every screen: a header of buttons that sort by
// the column tapped (tapped again: descending), numbers aligned right, a
// row count, selection of a row, and an optional check column to act on
// many rows. It is virtualised: only the visible cells are widgets, and
// the caller keeps the data, giving the table the numbers of its rows
// (SetRows); cells ask for their text by those numbers.
//
// By default the table sorts its rows itself, in memory. A table over
// more rows than the window should sort sets OnSort and SortMark: the
// caller sorts (in the store) and gives the rows again.
type Table struct {
	widget.BaseWidget

	// OnSort, when set, is called for a tap on a sortable header instead
	// of the table sorting its rows; SortMark then tells which column the
	// rows are sorted by, for the header's arrow.
	OnSort   func(col int)
	SortMark func(col int) (sorted, desc bool)
	// Checked tells whether a row's box is checked (Check columns);
	// OnCheck is called when the user taps it.
	Checked func(row int) bool
	OnCheck func(row int)
	// AllChecked and OnCheckAll are the check column's header: it shows
	// whether every row is checked, and a tap checks all or none.
	AllChecked func() bool
	OnCheckAll func()

	inner     *widget.Table
	cols      []Column
	cell      func(row, col int) string
	onSelect  func(row int)
	order     []int // the data row of each table row
	sortCol   int   // -1: the order given
	desc      bool
	selected  int  // data row, -1 when none
	restoring bool // SetRows selects the row again: not the user's choice
	fit       *textFit
	large     bool // no rows until laid out (see Sized)
	sized     bool
}

// NewTable builds a table of cols whose cells show cell(row, col) of
// the data rows given with SetRows; onSelect (may be nil) is told the
// data row the user selects.
func NewTable(cols []Column, cell func(row, col int) string, onSelect func(row int)) *Table {
	t := &Table{cols: cols, cell: cell, onSelect: onSelect, sortCol: -1, selected: -1}
	t.inner = widget.NewTable(t.length, newCell, t.updateCell)
	t.inner.ShowHeaderRow = true
	t.inner.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	t.inner.UpdateHeader = t.updateHeader
	for i, c := range cols {
		t.inner.SetColumnWidth(i, c.Width)
	}
	t.inner.OnSelected = t.selectedCell
	t.ExtendBaseWidget(t)
	return t
}

// NewLargeTable is a NewTable for lists of up to hundreds of thousands of
// rows scrolled quickly: texts are shortened to their column with a
// measure kept for the next time (Fyne's own ellipsis measures afresh at
// every refresh), the first sticky columns stay when scrolling sideways,
// and the table has no rows until it is first laid out (a Fyne table
// refreshed before it has a size lays out a divider for every row).
func NewLargeTable(cols []Column, sticky int, cell func(row, col int) string, onSelect func(row int)) *Table {
	t := NewTable(cols, cell, onSelect)
	t.fit = newTextFit()
	t.large = true
	t.inner.StickyColumnCount = sticky
	return t
}

// CreateRenderer shows the table, noticing when it is first laid out.
func (t *Table) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(&sizedLayout{t: t}, t.inner))
}

func newCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(container.NewCenter(widget.NewIcon(theme.CheckButtonIcon())), l)
}

func (t *Table) length() (int, int) {
	if t.large && !t.sized {
		return 0, len(t.cols)
	}
	return len(t.order), len(t.cols)
}

func (t *Table) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	center, l := box.Objects[0].(*fyne.Container), box.Objects[1].(*widget.Label)
	c := t.cols[id.Col]
	if c.Check {
		l.Hide()
		center.Show()
		icon := theme.CheckButtonIcon()
		if id.Row < len(t.order) && t.Checked != nil && t.Checked(t.order[id.Row]) {
			icon = theme.CheckButtonCheckedIcon()
		}
		center.Objects[0].(*widget.Icon).SetResource(icon)
		return
	}
	center.Hide()
	l.Show()
	l.Alignment = fyne.TextAlignLeading
	if c.Right {
		l.Alignment = fyne.TextAlignTrailing
	}
	if id.Row >= len(t.order) {
		l.SetText("")
		return
	}
	text := t.cell(t.order[id.Row], id.Col)
	if t.fit != nil {
		l.Truncation = fyne.TextTruncateClip // fit has shortened the text already
		text = t.fit.shorten(text, c.Width)
	}
	l.SetText(text)
}

func (t *Table) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Row >= 0 || id.Col < 0 {
		b.SetIcon(nil)
		b.SetText("")
		b.OnTapped = nil
		return
	}
	c := t.cols[id.Col]
	if c.Check {
		icon := theme.CheckButtonIcon()
		if t.AllChecked != nil && t.AllChecked() {
			icon = theme.CheckButtonCheckedIcon()
		}
		b.SetText("")
		b.SetIcon(icon)
		b.OnTapped = t.OnCheckAll
		return
	}
	b.Icon = nil
	if sorted, desc := t.sortedBy(id.Col); sorted {
		b.Icon = theme.MoveUpIcon()
		if desc {
			b.Icon = theme.MoveDownIcon()
		}
	}
	b.SetText(c.Title)
	b.OnTapped = nil
	if !c.NoSort {
		col := id.Col
		b.OnTapped = func() { t.sortBy(col) }
	}
}

// sortedBy tells whether the rows are sorted by col, and which way.
func (t *Table) sortedBy(col int) (sorted, desc bool) {
	if t.OnSort != nil {
		if t.SortMark == nil {
			return false, false
		}
		return t.SortMark(col)
	}
	return col == t.sortCol, t.desc
}

func (t *Table) selectedCell(id widget.TableCellID) {
	if id.Row < 0 || id.Row >= len(t.order) || id.Col < 0 {
		return
	}
	row := t.order[id.Row]
	if t.cols[id.Col].Check {
		if t.OnCheck != nil {
			t.OnCheck(row)
		}
		t.inner.Unselect(id)
		return
	}
	t.selected = row
	if t.onSelect != nil && !t.restoring {
		t.onSelect(row)
	}
}

// SetRows shows the data rows given (in the sort chosen), keeping the
// selection when its row is still there, without acting on it again.
func (t *Table) SetRows(rows []int) {
	t.order = rows
	t.sort()
	t.inner.UnselectAll()
	t.inner.Refresh()
	for i, r := range t.order {
		if r == t.selected {
			t.restoring = true
			t.inner.Select(widget.TableCellID{Row: i, Col: t.firstTextColumn()})
			t.restoring = false
			return
		}
	}
	t.selected = -1
}

func (t *Table) firstTextColumn() int {
	for i, c := range t.cols {
		if !c.Check {
			return i
		}
	}
	return 0
}

// Rows are the data rows shown, in the table's order.
func (t *Table) Rows() []int { return t.order }

// Selected is the data row selected, -1 when none.
func (t *Table) Selected() int { return t.selected }

// ClearSelection forgets the selection, for rows of another kind.
func (t *Table) ClearSelection() { t.selected = -1 }

// Count says how many rows are shown, for the status line: "9 đơn vị".
func (t *Table) Count(what string) string {
	return vn.Int(int64(len(t.order))) + " " + what
}

// Sized reports whether the table has been laid out with a height.
func (t *Table) Sized() bool { return t.sized }

func (t *Table) sortBy(col int) {
	if t.OnSort != nil {
		t.OnSort(col)
		return
	}
	if t.sortCol == col {
		t.desc = !t.desc
	} else {
		t.sortCol, t.desc = col, false
	}
	t.sort()
	t.inner.Refresh()
}

// sort orders the rows by the sort column, its keys worked out once.
func (t *Table) sort() {
	if t.sortCol < 0 || t.OnSort != nil {
		return
	}
	c := t.cols[t.sortCol]
	type key struct {
		row int
		n   int64
		s   string
	}
	keys := make([]key, len(t.order))
	for i, r := range t.order {
		keys[i].row = r
		if c.Num != nil {
			keys[i].n = c.Num(r)
		} else {
			keys[i].s = vn.Fold(t.cell(r, t.sortCol))
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if t.desc {
			a, b = b, a
		}
		if c.Num != nil {
			return a.n < b.n
		}
		return a.s < b.s
	})
	for i, k := range keys {
		t.order[i] = k.row
	}
}

// Select selects a cell (its row's data row goes to onSelect; a check
// column's cell toggles the box), scrolling it into view.
func (t *Table) Select(id widget.TableCellID) { t.inner.Select(id) }

// UnselectAll leaves no cell selected.
func (t *Table) UnselectAll() { t.inner.UnselectAll() }

// ScrollTo scrolls a cell into view.
func (t *Table) ScrollTo(id widget.TableCellID) { t.inner.ScrollTo(id) }

// ScrollToTop scrolls to the first row.
func (t *Table) ScrollToTop() { t.inner.ScrollToTop() }

// ScrollToBottom scrolls to the last row.
func (t *Table) ScrollToBottom() { t.inner.ScrollToBottom() }

// Refresh redraws the visible cells and the header.
func (t *Table) Refresh() { t.inner.Refresh() }

// AllRows is 0..n-1, the rows of a table showing all of n data rows.
func AllRows(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// sizedLayout fills its space with the table and notes the first time
// that space has a height: a large table shows its rows from then on.
type sizedLayout struct{ t *Table }

// MinSize is the table's.
func (l *sizedLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// Layout gives the table all the room.
func (l *sizedLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if t := l.t; !t.sized && size.Height > 0 {
		t.sized = true
		if t.large {
			t.inner.Refresh()
		}
	}
}
