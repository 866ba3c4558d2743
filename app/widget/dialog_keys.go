package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// DialogKeys makes a shown dialog answer the keyboard as every dialog of
// the program does: Enter performs its main action (enter; nil closes
// the dialog, as its only button would), Esc closes it without acting.
// The keys reach it when no entry has the focus (a dialog opens without
// one); the entries of a dialog are FormEntry, whose OnSubmitted and
// OnEsc the caller points at the same actions. The window's previous key
// handler comes back when the dialog closes (dialogs over dialogs close
// in turn). Call it before d.Show.
func DialogKeys(win fyne.Window, d dialog.Dialog, enter func()) {
	c := win.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyEscape:
			d.Hide()
		case fyne.KeyReturn, fyne.KeyEnter:
			if enter != nil {
				enter()
			} else {
				d.Hide()
			}
		default:
			if prev != nil {
				prev(k)
			}
		}
	})
	d.SetOnClosed(func() { c.SetOnTypedKey(prev) })
}

// FormDialogKeys makes a form dialog answer Enter (its main action) and
// Esc (cancel), in its entries as well as elsewhere. Call it before
// d.Show.
func FormDialogKeys(win fyne.Window, d *dialog.FormDialog, entries ...*FormEntry) {
	for _, e := range entries {
		e.OnEsc = d.Hide
		e.OnSubmitted = func(string) { d.Submit() }
	}
	DialogKeys(win, d, d.Submit)
}

// PressKey sends a key to the window as the keyboard does when no entry
// has the focus (tests press Enter and Esc in dialogs with it); a
// focused entry gets it instead.
func PressKey(win fyne.Window, name fyne.KeyName) {
	c := win.Canvas()
	if f := c.Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: name})
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(&fyne.KeyEvent{Name: name})
	}
}
