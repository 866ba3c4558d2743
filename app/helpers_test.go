package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data"
)

// newTestShell opens a fresh store and the main window on Fyne's test
// driver, background results applied when the test settles.
func newTestShell(t *testing.T, prepare func(*data.Store)) *Shell {
	t.Helper()
	tw.ApplyInWait()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(Theme())
	st, err := data.Open(filepath.Join(t.TempDir(), "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if prepare != nil {
		prepare(st)
	}
	s := NewShell(a, st)
	t.Cleanup(uitest.Settle) // no background job may outlive its test
	s.Win.Resize(fyne.NewSize(1200, 760))
	s.Win.Show()
	uitest.Settle()
	return s
}

// button finds a visible button labelled text (see uitest.Button).
func button(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	return uitest.Button(t, w, text)
}

// findAll returns the visible widgets of type T.
func findAll[T fyne.CanvasObject](w fyne.Window) []T { return uitest.FindAll[T](w) }

// shows reports whether some visible label or rich text contains text.
func shows(w fyne.Window, text string) bool { return uitest.Shows(w, text) }

// capture saves the window as testdata/<name>.png for people to look at.
func capture(t *testing.T, w fyne.Window, name string) { uitest.Capture(t, w, name) }
