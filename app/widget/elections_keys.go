package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// DialogKeys is an invisible widget put in a dialog and given the focus
// when nothing else in it takes the keyboard (a confirmation, a choice of
// selects): Enter performs the dialog's main action, Esc cancels. Fyne's
// own dialogs ignore both keys.
type DialogKeys struct {
	widget.BaseWidget
	OnEnter, OnEsc func()
}

// NewDialogKeys is a DialogKeys calling enter on Enter and esc on Esc.
func NewDialogKeys(enter, esc func()) *DialogKeys {
	k := &DialogKeys{OnEnter: enter, OnEsc: esc}
	k.ExtendBaseWidget(k)
	return k
}

// CreateRenderer draws nothing.
func (k *DialogKeys) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// FocusGained is part of fyne.Focusable.
func (k *DialogKeys) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (k *DialogKeys) FocusLost() {}

// TypedRune ignores characters.
func (k *DialogKeys) TypedRune(rune) {}

// TypedKey performs the main action on Enter, cancels on Esc.
func (k *DialogKeys) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if k.OnEnter != nil {
			k.OnEnter()
		}
	case fyne.KeyEscape:
		if k.OnEsc != nil {
			k.OnEsc()
		}
	}
}

// ConfirmKeys is Confirm whose Enter confirms and Esc cancels; the
// keyboard goes back to where it was when a dialog under it stays open.
func ConfirmKeys(w fyne.Window, title, message, action string, yes func()) *dialog.ConfirmDialog {
	prev := w.Canvas().Focused()
	var d *dialog.ConfirmDialog
	keys := NewDialogKeys(func() { d.Confirm() }, func() { d.Hide() })
	body := container.NewStack(keys, container.NewGridWrap(fyne.NewSize(460, 90), Wrapped(message)))
	d = dialog.NewCustomConfirm(title, action, "Hủy", body, func(ok bool) {
		if ok {
			yes()
		}
	}, w)
	d.SetOnClosed(func() {
		if prev != nil && len(w.Canvas().Overlays().List()) > 0 {
			w.Canvas().Focus(prev)
		}
	})
	d.Show()
	w.Canvas().Focus(keys)
	return d
}
