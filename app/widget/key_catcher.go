package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// KeyCatcher is an invisible widget put in a dialog whose other widgets
// may hold the focus without handling Enter and Esc (choices): focused,
// Enter performs the dialog's main action and Esc cancels.
type KeyCatcher struct {
	widget.BaseWidget
	OnEnter, OnEsc func()
}

// NewKeyCatcher is a KeyCatcher calling enter on Enter and esc on Esc.
func NewKeyCatcher(enter, esc func()) *KeyCatcher {
	k := &KeyCatcher{OnEnter: enter, OnEsc: esc}
	k.ExtendBaseWidget(k)
	return k
}

// CreateRenderer draws nothing.
func (k *KeyCatcher) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// FocusGained is part of fyne.Focusable.
func (k *KeyCatcher) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (k *KeyCatcher) FocusLost() {}

// TypedRune ignores characters.
func (k *KeyCatcher) TypedRune(rune) {}

// TypedKey performs the main action on Enter, cancels on Esc.
func (k *KeyCatcher) TypedKey(e *fyne.KeyEvent) {
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
