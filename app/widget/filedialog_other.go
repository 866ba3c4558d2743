//go:build !windows

package widget

import "fyne.io/fyne/v2"

func askFile(win fyne.Window, r FileRequest, done func(path string)) { askFyne(win, r, done) }
