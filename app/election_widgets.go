package app

import (
	"errors"
	"sort"
	"strings"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data/vn"
)

// formEntry is an entry of a form dialog: Enter saves (OnSubmitted), Esc
// cancels (onEsc).
type formEntry struct {
	widget.Entry
	onEsc func()
}

func newFormEntry(placeholder string) *formEntry {
	e := &formEntry{}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	return e
}

// TypedKey cancels on Esc and otherwise types as an entry does.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(k)
}

// formField is one field of an editDialog.
type formField struct {
	field    string // data.Field* the store's FieldError names; "" for none
	label    string // with " *" when required
	widget   fyne.CanvasObject
	entry    *formEntry // the entry inside widget, when widget is a box around it
	required bool
	hint     string
}

// editDialog is a form in a dialog: Enter in any entry saves, Esc
// cancels, required fields are marked with *, and a rule the store
// refuses shows beside its field (problem.Problem) or under the form.
type editDialog struct {
	win     fyne.Window
	d       dialog.Dialog
	entries map[string]*formEntry
	errs    map[string]string // field -> the store's message
	msg     *widget.Label
	save    func() error
	done    func()
	btn     *widget.Button
	width   float32
}

func newEditDialog(win fyne.Window, title, action string, fields []formField, save func() error, done func()) *editDialog {
	e := &editDialog{win: win, entries: map[string]*formEntry{}, errs: map[string]string{}, save: save, done: done}
	form := widget.NewForm()
	for _, f := range fields {
		f := f
		fe := f.entry
		if fe == nil {
			fe, _ = f.widget.(*formEntry)
		}
		if fe != nil {
			e.entries[f.field] = fe
			fe.onEsc = e.cancel
			fe.OnSubmitted = func(string) { e.submit() }
			fe.AlwaysShowValidationError = true
			own := fe.Validator // the field's own check, e.g. a number
			fe.Validator = func(s string) error {
				if f.required && strings.TrimSpace(s) == "" {
					return errors.New("cần nhập")
				}
				if own != nil {
					if err := own(s); err != nil {
						return err
					}
				}
				if msg := e.errs[f.field]; msg != "" {
					return errors.New(msg)
				}
				return nil
			}
			prev := fe.OnChanged
			fe.OnChanged = func(s string) {
				delete(e.errs, f.field) // typing clears the store's complaint
				if prev != nil {
					prev(s)
				}
			}
		}
		item := widget.NewFormItem(f.label, f.widget)
		item.HintText = f.hint
		form.AppendItem(item)
	}
	e.msg = wrapped("")
	e.msg.Importance = widget.DangerImportance
	e.btn = widget.NewButtonWithIcon(action, theme.ConfirmIcon(), e.submit)
	e.btn.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon("Hủy", theme.CancelIcon(), e.cancel)
	content := container.NewBorder(nil, container.NewVBox(e.msg, container.NewGridWithColumns(2, cancel, e.btn)), nil, nil, form)
	e.d = dialog.NewCustomWithoutButtons(title, content, win)
	return e
}

// show opens the dialog at a width that fits the form, focusing the
// first entry so that typing, Enter and Esc work at once.
func (e *editDialog) show(width float32, first *formEntry) {
	e.width = width
	e.d.Resize(fyne.NewSize(width, e.d.MinSize().Height))
	e.d.Show()
	if first != nil {
		e.win.Canvas().Focus(first)
	}
}

func (e *editDialog) cancel() { e.d.Hide() }

// submit saves; a refused save keeps the dialog open with the reason.
func (e *editDialog) submit() {
	for _, fe := range e.entries {
		if fe.Validate() != nil {
			e.say("Còn ô bắt buộc chưa nhập hoặc chưa đúng (đánh dấu đỏ).")
			return
		}
	}
	err := e.save()
	if err == nil {
		e.d.Hide()
		if e.done != nil {
			e.done()
		}
		return
	}
	if ps, ok := problem.Of(err); ok {
		for _, p := range ps {
			if entry, ok := e.entries[p.Field]; ok {
				e.errs[p.Field] = "chưa đúng – xem lý do bên dưới"
				entry.Validate()
			}
		}
	}
	e.say(err.Error())
}

// say shows why the form cannot be saved, the dialog growing to fit it.
func (e *editDialog) say(msg string) {
	e.msg.SetText(msg)
	if e.width > 0 {
		e.d.Resize(fyne.NewSize(e.width, e.d.MinSize().Height))
	}
}

// parseCount reads a whole non-negative number by vn.ParseCount, the rule
// the workbooks follow too ("1.952" is 1952, "54.2" is refused); ok is
// false when it is not one (empty included).
func parseCount(s string) (int64, bool) {
	n, err := vn.ParseCount(s)
	return n, err == nil
}

// countValidator checks a number field as the user types.
func countValidator(required bool) fyne.StringValidator {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if required {
				return errors.New("cần nhập")
			}
			return nil
		}
		if _, ok := parseCount(s); !ok {
			return errors.New("cần một số nguyên không âm")
		}
		return nil
	}
}

// gridColumn is a column of a gridTable. Tapping its header sorts by it:
// by num when set, else by its text ignoring case and diacritics.
type gridColumn struct {
	title string
	width float32
	right bool // numbers, aligned right
	num   func(row int) int64
}

// gridTable is a virtualised table over rows held by the caller: a header
// that sorts by the column tapped (again: descending), a row count, and
// selection of a row. Only visible cells are widgets.
type gridTable struct {
	table     *widget.Table
	cols      []gridColumn
	order     []int // data row of each table row
	cell      func(row, col int) string
	onSelect  func(row int)
	sortCol   int
	desc      bool
	selected  int  // data row, -1 when none
	restoring bool // setRows selects the row again: not a user's choice
}

func newGridTable(cols []gridColumn, cell func(row, col int) string, onSelect func(row int)) *gridTable {
	g := &gridTable{cols: cols, cell: cell, onSelect: onSelect, sortCol: -1, selected: -1}
	g.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(g.order), len(g.cols) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row >= len(g.order) {
				l.SetText("")
				return
			}
			l.Alignment = fyne.TextAlignLeading
			if g.cols[id.Col].right {
				l.Alignment = fyne.TextAlignTrailing
			}
			l.SetText(g.cell(g.order[id.Row], id.Col))
		})
	g.table.ShowHeaderColumn = false
	g.table.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	g.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 {
			return
		}
		c := g.cols[id.Col]
		text := c.title
		b.Icon = nil
		if id.Col == g.sortCol {
			b.Icon = theme.MoveUpIcon()
			if g.desc {
				b.Icon = theme.MoveDownIcon()
			}
		}
		b.SetText(text)
		b.OnTapped = func() { g.sortBy(id.Col) }
	}
	for i, c := range cols {
		g.table.SetColumnWidth(i, c.width)
	}
	g.table.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 || id.Row >= len(g.order) {
			return
		}
		g.selected = g.order[id.Row]
		if g.onSelect != nil && !g.restoring {
			g.onSelect(g.selected)
		}
	}
	return g
}

// setRows shows the data rows given (in the sort chosen), keeping the
// selection when its row is still there, without acting on it again.
func (g *gridTable) setRows(rows []int) {
	g.order = rows
	g.sort()
	g.table.UnselectAll()
	g.table.Refresh()
	for i, r := range g.order {
		if r == g.selected {
			g.restoring = true
			g.table.Select(widget.TableCellID{Row: i, Col: 0})
			g.restoring = false
			return
		}
	}
	g.selected = -1
}

// clear forgets the selection, for rows of another kind.
func (g *gridTable) clear() { g.selected = -1 }

func (g *gridTable) sortBy(col int) {
	if g.sortCol == col {
		g.desc = !g.desc
	} else {
		g.sortCol, g.desc = col, false
	}
	g.sort()
	g.table.Refresh()
}

// sort orders the rows by the sort column, its keys worked out once.
func (g *gridTable) sort() {
	if g.sortCol < 0 {
		return
	}
	c := g.cols[g.sortCol]
	type key struct {
		row int
		n   int64
		s   string
	}
	keys := make([]key, len(g.order))
	for i, r := range g.order {
		keys[i].row = r
		if c.num != nil {
			keys[i].n = c.num(r)
		} else {
			keys[i].s = vn.Fold(g.cell(r, g.sortCol))
		}
	}
	sort.SliceStable(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if g.desc {
			a, b = b, a
		}
		if c.num != nil {
			return a.n < b.n
		}
		return a.s < b.s
	})
	for i, k := range keys {
		g.order[i] = k.row
	}
}

// count says how many rows are shown, for the status line.
func (g *gridTable) count(what string) string {
	return vn.Int(int64(len(g.order))) + " " + what
}

// allRows is 0..n-1.
func allRows(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// wrapped is a label that wraps.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
