package widget

import (
	"errors"
	"log"
	"strings"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// FormEntry is an entry of an edit dialog: Enter saves (OnSubmitted), Esc
// cancels (OnEsc).
type FormEntry struct {
	widget.Entry
	// OnEsc is called when the user presses Esc in the entry.
	OnEsc func()
}

// NewFormEntry is an empty single-line FormEntry with a placeholder.
func NewFormEntry(placeholder string) *FormEntry {
	e := &FormEntry{}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	return e
}

// TypedKey cancels on Esc and otherwise types as an entry does.
func (e *FormEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.OnEsc != nil {
		e.OnEsc()
		return
	}
	e.Entry.TypedKey(k)
}

// Field is one field of an EditDialog.
type Field struct {
	// Name is the field as the store names it in a refusal (data.Field*
	// of a problem.Problem or problem.Problem); "" for none.
	Name  string
	Label string // with " *" when the field is required
	// Widget is what the user fills in: a *FormEntry, a select, or a box
	// around an entry (then Entry is that entry).
	Widget   fyne.CanvasObject
	Entry    *FormEntry
	Required bool   // an empty entry is refused before the store is asked
	Hint     string // a line under the field
}

// EditDialog is a form in a dialog: Enter in any entry saves, Esc
// cancels, required fields are marked with *, and a rule the store
// refuses shows beside its field and under the form.
type EditDialog struct {
	win     fyne.Window
	title   string
	form    *widget.Form
	side    fyne.CanvasObject
	d       dialog.Dialog
	entries map[string]*FormEntry
	errs    map[string]string // field -> the store's complaint
	msg     *widget.Label
	buttons fyne.CanvasObject
	save    func() error
	done    func()
	size    fyne.Size   // as shown; a height of 0 fits the form
	dirty   func() bool // unsaved edits (AskBeforeCancel); nil: never
	locked  bool        // ReadOnly: shown, not editable
}

// ReadOnly shows the record without letting it change: every field
// disabled and as dark as normal text, the reason above the one button
// Đóng, which Enter and Esc press too. Call before Show.
func (e *EditDialog) ReadOnly(reason string) {
	e.locked = true
	for _, it := range e.form.Items {
		DisableAll(it.Widget)
	}
	msg := Wrapped(reason)
	msg.Importance = widget.WarningImportance
	e.buttons = container.NewVBox(msg, widget.NewButtonWithIcon("Đóng", theme.CancelIcon(), e.Hide))
}

// DisableAll disables every widget in o's tree that can be disabled.
func DisableAll(o fyne.CanvasObject) {
	if d, ok := o.(fyne.Disableable); ok {
		d.Disable()
	}
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			DisableAll(x)
		}
	}
}

// NewEditDialog builds the dialog titled title whose button action (e.g.
// "Lưu") calls save; a nil error closes the dialog and calls done (when
// not nil), an error keeps it open with the reason.
func NewEditDialog(win fyne.Window, title, action string, fields []Field, save func() error, done func()) *EditDialog {
	e := &EditDialog{win: win, title: title, entries: map[string]*FormEntry{}, errs: map[string]string{}, save: save, done: done}
	e.form = widget.NewForm()
	for _, f := range fields {
		if fe := f.Entry; fe != nil || isFormEntry(f.Widget) {
			if fe == nil {
				fe = f.Widget.(*FormEntry)
			}
			e.watch(f, fe)
		}
		item := widget.NewFormItem(f.Label, f.Widget)
		item.HintText = f.Hint
		e.form.AppendItem(item)
	}
	e.msg = Wrapped("")
	e.msg.Importance = widget.DangerImportance
	btn := widget.NewButtonWithIcon(action, theme.ConfirmIcon(), e.Submit)
	btn.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon("Hủy", theme.CancelIcon(), e.Cancel)
	e.buttons = container.NewVBox(e.msg, container.NewGridWithColumns(2, cancel, btn))
	return e
}

func isFormEntry(o fyne.CanvasObject) bool {
	_, ok := o.(*FormEntry)
	return ok
}

// watch makes fe save on Enter, cancel on Esc, and show beside itself
// what is missing, its own check, or the store's complaint.
func (e *EditDialog) watch(f Field, fe *FormEntry) {
	if f.Name != "" {
		e.entries[f.Name] = fe
	} else {
		e.entries[fe.PlaceHolder+"\x00"+f.Label] = fe
	}
	fe.OnEsc = e.Cancel
	fe.OnSubmitted = func(string) { e.Submit() }
	fe.AlwaysShowValidationError = true
	own := fe.Validator // the field's own check, e.g. a number
	fe.Validator = func(s string) error {
		if f.Required && strings.TrimSpace(s) == "" {
			return errors.New("cần nhập")
		}
		if own != nil {
			if err := own(s); err != nil {
				return err
			}
		}
		if msg := e.errs[f.Name]; f.Name != "" && msg != "" {
			return errors.New(msg)
		}
		return nil
	}
	prev := fe.OnChanged
	fe.OnChanged = func(s string) {
		delete(e.errs, f.Name) // typing clears the store's complaint
		if prev != nil {
			prev(s)
		}
	}
}

// SetSide puts a panel beside the form, such as what the store would
// refuse and the history of the person typed (call before Show).
func (e *EditDialog) SetSide(side fyne.CanvasObject) { e.side = side }

// Show opens the dialog at size, a height of 0 fitting the form, and
// focuses first so that typing, Enter and Esc work at once.
func (e *EditDialog) Show(size fyne.Size, first fyne.Focusable) {
	var body fyne.CanvasObject = e.form
	if e.locked {
		body = ReadOnly(e.form)
	}
	if e.side != nil {
		split := container.NewHSplit(container.NewVScroll(e.form), container.NewVScroll(container.NewPadded(e.side)))
		split.Offset = 0.6
		body = split
	}
	e.d = dialog.NewCustomWithoutButtons(e.title, container.NewBorder(nil, e.buttons, nil, nil, body), e.win)
	e.size = size
	e.d.Resize(fyne.NewSize(size.Width, max(size.Height, e.d.MinSize().Height)))
	DialogKeys(e.win, e.d, e.Submit, e.Cancel)
	e.d.Show()
	if first != nil {
		e.win.Canvas().Focus(first)
	}
}

// AskBeforeCancel makes Hủy and Esc ask before closing the dialog while
// dirty reports unsaved edits; saving closes it without asking.
func (e *EditDialog) AskBeforeCancel(dirty func() bool) { e.dirty = dirty }

// Cancel closes the dialog without saving, after asking when it holds
// unsaved edits (AskBeforeCancel).
func (e *EditDialog) Cancel() {
	if e.locked || e.dirty == nil || !e.dirty() {
		e.Hide()
		return
	}
	Confirm(e.win, "Bỏ các thay đổi chưa lưu?",
		"Những gì vừa nhập chưa được lưu. Đóng mà không lưu thì các thay đổi này sẽ mất.", "Bỏ thay đổi", e.Hide)
}

// Hide closes the dialog without saving.
func (e *EditDialog) Hide() {
	if e.d != nil {
		e.d.Hide()
	}
}

// Submit saves; a refused save keeps the dialog open with the reason. A
// read-only dialog just closes.
func (e *EditDialog) Submit() {
	if e.locked {
		e.Hide()
		return
	}
	for _, fe := range e.entries {
		if fe.Validate() != nil {
			e.Say("Còn ô bắt buộc chưa nhập hoặc chưa đúng (đánh dấu đỏ).")
			return
		}
	}
	err := e.save()
	if err == nil {
		e.Hide()
		if e.done != nil {
			e.done()
		}
		return
	}
	probs, refused := problem.Of(err)
	switch {
	case refused && len(probs) == 1:
		e.mark(probs[0].Field, "chưa đúng – xem lý do bên dưới")
		e.Say(probs[0].Message)
	case refused:
		var lines []string
		for _, p := range probs {
			e.mark(p.Field, p.Message)
			lines = append(lines, p.Message)
		}
		e.Say(strings.Join(lines, "\n"))
	default: // not a refused value: the store could not do it
		log.Printf("%s: %v", e.title, err)
		e.Say(err.Error())
	}
}

// mark shows msg beside the entry of field, if the form has one.
func (e *EditDialog) mark(field, msg string) {
	if entry, ok := e.entries[field]; ok && e.errs[field] == "" {
		e.errs[field] = msg
		entry.Validate()
	}
}

// SetProblems shows beside each entry what the store would refuse in it
// (field -> message), replacing what was shown before; for checks made as
// the user types.
func (e *EditDialog) SetProblems(problems map[string]string) {
	e.errs = map[string]string{}
	for field, msg := range problems {
		if _, ok := e.entries[field]; ok {
			e.errs[field] = msg
		}
	}
	for _, fe := range e.entries {
		fe.Validate()
	}
}

// Relayout lays the form out again after a widget in it was shown,
// hidden or grew (a warning under a field), the dialog growing to fit.
func (e *EditDialog) Relayout() {
	e.form.Refresh()
	if e.d != nil {
		e.d.Resize(fyne.NewSize(e.size.Width, max(e.size.Height, e.d.MinSize().Height)))
	}
}

// Say shows why the form cannot be saved, the dialog growing to fit it.
func (e *EditDialog) Say(msg string) {
	e.msg.SetText(msg)
	if e.d != nil {
		e.d.Resize(fyne.NewSize(e.size.Width, max(e.size.Height, e.d.MinSize().Height)))
	}
}
