package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// DialogKeys makes a shown dialog answer the keyboard as every dialog of
// the program does: Enter performs its main action (enter; nil closes
// the dialog, as its only button would), Esc cancels (esc; nil closes it
// without acting). The keys reach it when no entry has the focus (a
// dialog opens without one); the entries of a dialog are FormEntry, whose
// OnSubmitted and OnEsc the caller points at the same actions. Dialogs
// over dialogs each have their keys while on top, in whatever order they
// close. Call it before d.Show.
func DialogKeys(win fyne.Window, d dialog.Dialog, enter, esc func()) {
	c := win.Canvas()
	s := keyStacks[c]
	if s == nil {
		s = &keyStack{base: c.OnTypedKey()}
		keyStacks[c] = s
	}
	h := &keyHandler{enter: enter, esc: esc, d: d}
	s.open = append(s.open, h)
	c.SetOnTypedKey(s.typed)
	d.SetOnClosed(func() {
		for i, o := range s.open {
			if o == h {
				s.open = append(s.open[:i], s.open[i+1:]...)
				break
			}
		}
		if len(s.open) == 0 {
			c.SetOnTypedKey(s.base)
			delete(keyStacks, c)
		}
	})
}

// keyStacks are the dialogs open over each window, the last on top.
var keyStacks = map[fyne.Canvas]*keyStack{}

type keyStack struct {
	base func(*fyne.KeyEvent) // the window's own handler
	open []*keyHandler
}

type keyHandler struct {
	enter, esc func()
	d          dialog.Dialog
}

// typed gives Enter and Esc to the dialog on top; other keys go to the
// window's own handler.
func (s *keyStack) typed(k *fyne.KeyEvent) {
	if len(s.open) == 0 {
		if s.base != nil {
			s.base(k)
		}
		return
	}
	h := s.open[len(s.open)-1]
	switch k.Name {
	case fyne.KeyEscape:
		if h.esc != nil {
			h.esc()
		} else {
			h.d.Hide()
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		if h.enter != nil {
			h.enter()
		} else {
			h.d.Hide()
		}
	default:
		if s.base != nil {
			s.base(k)
		}
	}
}

// FormDialogKeys makes a form dialog answer Enter (its main action) and
// Esc (cancel), in its entries as well as elsewhere. Call it before
// d.Show.
func FormDialogKeys(win fyne.Window, d *dialog.FormDialog, entries ...*FormEntry) {
	for _, e := range entries {
		e.OnEsc = d.Hide
		e.OnSubmitted = func(string) { d.Submit() }
	}
	DialogKeys(win, d, d.Submit, nil)
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
