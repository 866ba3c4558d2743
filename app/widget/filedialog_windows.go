//go:build windows

package widget

import (
	"errors"
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"github.com/sqweek/dialog"
)

// askFile shows the system's own Open or Save dialog. It blocks the
// thread that shows it, so it runs on a goroutine locked to its thread;
// the answer comes back to the UI goroutine.
func askFile(win fyne.Window, r FileRequest, done func(path string)) {
	b := dialog.File().Title(r.Title)
	if len(r.Exts) > 0 {
		exts := make([]string, len(r.Exts))
		for i, e := range r.Exts {
			exts[i] = strings.TrimPrefix(e, ".")
		}
		b = b.Filter(firstNonEmpty(r.Kind, "Tệp "+strings.Join(r.Exts, ", ")), exts...)
	}
	b = b.Filter("Mọi tệp", "*")
	if r.Folder != "" {
		b = b.SetStartDir(r.Folder)
	}
	if r.Save && r.Name != "" {
		b = b.SetStartFile(r.Name)
	}
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		var path string
		var err error
		if r.Save {
			path, err = b.Save()
		} else {
			path, err = b.Load()
		}
		fyne.Do(func() {
			switch {
			case errors.Is(err, dialog.ErrCancelled):
			case err != nil: // the system's dialog failed: Fyne's instead
				askFyne(win, r, done)
			default:
				done(path)
			}
		})
	}()
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
