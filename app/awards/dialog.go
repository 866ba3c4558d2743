package awards

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// keyDialog is a dialog of this screen with its fields above a message
// and the buttons Hủy and the main action: Enter does the action, Esc
// cancels (see keys), and an action refused keeps the dialog open with
// the reason wrapped in full above the buttons. Make it, build the
// fields with its keys, then show it.
type keyDialog struct {
	keys
	win    fyne.Window
	d      dialog.Dialog
	msg    *widget.Label
	action *keyButton
	cancel *keyButton
	width  float32
	height float32 // at least; 0: as high as the content needs
	closed bool
	// act does the main action; an error keeps the dialog open and
	// shows it.
	act func() error
	// leave, when set, is asked before the dialog closes without its
	// action (it calls close to close it).
	leave func(close func())
}

func newKeyDialog(win fyne.Window) *keyDialog {
	k := &keyDialog{win: win}
	k.enter, k.esc = k.submit, k.tryCancel
	return k
}

// show opens the dialog titled title over content, with the action's
// button labelled action (nil act: a dialog only to look at, whose one
// button closes it), width wide, focusing first (may be nil).
func (k *keyDialog) show(title, action string, content fyne.CanvasObject, width float32, first fyne.Focusable) {
	k.msg = tw.Wrapped("")
	k.msg.Importance = widget.DangerImportance
	k.msg.Hide()
	var buttons fyne.CanvasObject
	if k.act == nil {
		k.enter = k.close
		k.cancel = newKeyButton(&k.keys, action, theme.CancelIcon(), k.close)
		k.cancel.Importance = widget.HighImportance
		buttons = container.NewHBox(layout.NewSpacer(), k.cancel)
	} else {
		k.action = newKeyButton(&k.keys, action, theme.ConfirmIcon(), k.submit)
		k.action.Importance = widget.HighImportance
		k.cancel = newKeyButton(&k.keys, "Hủy (Esc)", theme.CancelIcon(), k.tryCancel)
		buttons = container.NewGridWithColumns(2, k.cancel, k.action)
	}
	k.width = width
	body := container.NewBorder(nil, container.NewVBox(k.msg, buttons), nil, nil, content)
	k.d = dialog.NewCustomWithoutButtons(title, body, k.win)
	tw.DialogKeys(k.win, k.d, func() { k.enter() }, func() { k.esc() })
	k.fit()
	k.d.Show()
	if first != nil {
		k.win.Canvas().Focus(first)
	}
}

// fit gives the dialog its width and the height it needs.
func (k *keyDialog) fit() {
	k.d.Resize(fyne.NewSize(k.width, max(k.height, k.d.MinSize().Height)))
}

// say shows why the action was refused, in full; "" hides it.
func (k *keyDialog) say(msg string) {
	k.msg.SetText(msg)
	if msg == "" {
		k.msg.Hide()
	} else {
		k.msg.Show()
	}
	k.fit()
}

// submit does the action; a refusal stays on the dialog.
func (k *keyDialog) submit() {
	if k.act == nil {
		k.close()
		return
	}
	if err := k.act(); err != nil {
		k.say(err.Error())
		return
	}
	k.close()
}

// tryCancel closes the dialog, asking first when leave says so.
func (k *keyDialog) tryCancel() {
	if k.leave != nil {
		k.leave(k.close)
		return
	}
	k.close()
}

// close hides the dialog (its keys go back to what is under it).
func (k *keyDialog) close() {
	if k.closed {
		return
	}
	k.closed = true
	if k.d != nil {
		k.d.Hide()
	}
}

// confirmKeys asks a question in a dialog of this screen: Enter (or the
// action's button) answers yes, Esc (or Hủy) no.
func confirmKeys(win fyne.Window, title, message, action string, yes func()) {
	k := newKeyDialog(win)
	k.act = func() error {
		k.close() // first: yes may close the dialog under this one
		yes()
		return nil
	}
	k.show(title, action, tw.Wrapped(message), 520, nil)
	win.Canvas().Focus(k.action)
}
