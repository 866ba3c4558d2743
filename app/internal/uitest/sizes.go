package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The room a section's screen has in the main window, for tests that
// check what a screen shows on an office PC (app's TestWindowFitsAnOfficeScreen
// keeps these in step with the shell): SmallArea in the smallest window
// (1280×680, on a 1366×768 screen), LargeArea in a maximised window on a
// 1920×1080 screen. The shell takes the navigation on the left, the
// menu bar above (drawn by Fyne on Windows and Linux, MenuHeight) and
// the status line below.
var (
	SmallArea = fyne.NewSize(1066, 626-MenuHeight)
	LargeArea = fyne.NewSize(1920-214, 1050-54-MenuHeight)
)

// MenuHeight is the height of the menu bar Fyne draws in the window on
// Windows and Linux (the test driver draws none).
const MenuHeight = 28

// AtSize resizes the test window to the area given (SmallArea,
// LargeArea) and lets the screen lay itself out again.
func (h *Host) AtSize(size fyne.Size) {
	h.Win.Resize(size)
	Settle()
}

// WhollyInView fails the test when o is not wholly inside the window's
// canvas: cut off at an edge, or scrolled out of it.
func WhollyInView(t testing.TB, w fyne.Window, o fyne.CanvasObject) {
	t.Helper()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	end := pos.Add(o.Size())
	c := w.Canvas().Size()
	if pos.X < 0 || pos.Y < 0 || end.X > c.Width+0.5 || end.Y > c.Height+0.5 || !o.Visible() {
		t.Errorf("%T %s at %v–%v is not wholly inside the window %v", o, describe(o), pos, end, c)
	}
}

// describe names a widget in a message: a button by its text.
func describe(o fyne.CanvasObject) string {
	if b, ok := o.(*widget.Button); ok {
		return "«" + b.Text + "»"
	}
	return ""
}
