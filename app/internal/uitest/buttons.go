package uitest

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// ButtonsOutside lists the labels of the visible buttons of the window
// (dialogs included, tables' header buttons not: they scroll with their
// table) that do not lie wholly inside it or are squeezed below their
// own width.
func ButtonsOutside(w fyne.Window) []string {
	d := fyne.CurrentApp().Driver()
	room := w.Canvas().Size()
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *tw.Table:
			return
		case *widget.Button:
			p, s := d.AbsolutePositionForObject(x), x.Size()
			if p.X < 0 || p.Y < 0 || p.X+s.Width > room.Width+0.5 || p.Y+s.Height > room.Height+0.5 || s.Width < x.MinSize().Width-0.5 {
				out = append(out, x.Text)
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	for _, o := range w.Canvas().Overlays().List() {
		walk(o)
	}
	walk(w.Content())
	return out
}

// PressKey sends a key as the keyboard does: to whatever has the focus,
// else to the window (and so to the dialog on top), see tw.PressKey.
func PressKey(w fyne.Window, key fyne.KeyName) { tw.PressKey(w, key) }
