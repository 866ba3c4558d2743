package awards

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// The dialogs of this screen answer the keyboard the same way whatever
// has the focus: Enter does the dialog's main action, Esc cancels. A
// focused entry, choice or button passes the two keys to the dialog (a
// multi-line entry keeps Enter for a new line); with nothing focused the
// window passes them while the dialog is open (tw.DialogKeys).

// keys are a dialog's answers to Enter and Esc.
type keys struct {
	enter, esc func()
}

// typed handles Enter and Esc, reporting whether it did.
func (k *keys) typed(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if k.enter != nil {
			k.enter()
			return true
		}
	case fyne.KeyEscape:
		if k.esc != nil {
			k.esc()
			return true
		}
	}
	return false
}

// keyEntry is an entry of a dialog (see tw.FormEntry): Enter submits,
// Esc cancels.
func keyEntry(k *keys, placeholder string) *tw.FormEntry {
	e := tw.NewFormEntry(placeholder)
	bindEntry(k, e)
	return e
}

// keyMultiLine is a multi-line entry of a dialog: Enter starts a new
// line, Esc cancels.
func keyMultiLine(k *keys, placeholder string, rows int) *tw.FormEntry {
	e := tw.NewFormEntry(placeholder)
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(rows)
	e.OnEsc = func() { k.esc() }
	return e
}

// bindEntry makes a single-line entry submit on Enter and cancel on Esc.
func bindEntry(k *keys, e *tw.FormEntry) {
	e.OnEsc = func() { k.esc() }
	e.OnSubmitted = func(string) { k.enter() }
}

// keySelect is a choice of a dialog: Enter submits, Esc cancels; space
// and the arrows choose as in any choice.
type keySelect struct {
	widget.Select
	k *keys
}

func newKeySelect(k *keys, options []string, changed func(string)) *keySelect {
	s := &keySelect{k: k}
	s.Options = options
	s.OnChanged = changed
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes Enter and Esc to the dialog.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if !s.k.typed(ev) {
		s.Select.TypedKey(ev)
	}
}

// keySelectEntry is an entry with a list of choices of a dialog: Enter
// submits, Esc cancels.
type keySelectEntry struct {
	widget.SelectEntry
	k *keys
}

func newKeySelectEntry(k *keys, options []string) *keySelectEntry {
	e := &keySelectEntry{k: k}
	e.ExtendBaseWidget(e)
	e.SetOptions(options)
	e.OnSubmitted = func(string) { k.enter() }
	return e
}

// TypedKey cancels on Esc and otherwise types as an entry does (Enter
// submits through OnSubmitted).
func (e *keySelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.k.esc()
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// keyButton is a button of a dialog: Enter and space press it, Esc
// cancels the dialog.
type keyButton struct {
	widget.Button
	k *keys
}

func newKeyButton(k *keys, text string, icon fyne.Resource, tapped func()) *keyButton {
	b := &keyButton{k: k}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter and cancels on Esc.
func (b *keyButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() && b.OnTapped != nil {
			b.OnTapped()
		}
	case fyne.KeyEscape:
		b.k.esc()
	default:
		b.Button.TypedKey(ev)
	}
}
