package uitest

import (
	"fyne.io/fyne/v2"
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
