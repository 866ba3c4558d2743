package app

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
)

// newTestShell opens a fresh store and the main window on Fyne's test driver.
func newTestShell(t *testing.T, prepare func(*data.Store)) *Shell {
	t.Helper()
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
	t.Cleanup(settle) // no background job may outlive its test
	s.Win.Resize(fyne.NewSize(1200, 760))
	s.Win.Show()
	return s
}

// objects lists every object on the window, dialogs included, depth first.
func objects(w fyne.Window) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		out = append(out, o)
		switch x := o.(type) {
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
	// Dialogs first: they are on top, and what the user acts on.
	overlays := w.Canvas().Overlays().List()
	for i := len(overlays) - 1; i >= 0; i-- {
		walk(overlays[i])
	}
	walk(w.Content())
	return out
}

// button finds a visible button labelled text, or else one whose label
// starts with text; buttons of dialogs come first.
func button(t *testing.T, w fyne.Window, text string) *widget.Button {
	t.Helper()
	buttons := findAll[*widget.Button](w)
	for _, b := range buttons {
		if b.Text == text {
			return b
		}
	}
	for _, b := range buttons {
		if strings.HasPrefix(b.Text, text) {
			return b
		}
	}
	t.Fatalf("no button %q on screen", text)
	return nil
}

// findAll returns the visible widgets of type T.
func findAll[T fyne.CanvasObject](w fyne.Window) []T {
	var out []T
	for _, o := range objects(w) {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

// shows reports whether some visible label or rich text contains text.
func shows(w fyne.Window, text string) bool {
	for _, o := range objects(w) {
		switch x := o.(type) {
		case *widget.Label:
			if strings.Contains(x.Text, text) {
				return true
			}
		case *widget.RichText:
			if strings.Contains(x.String(), text) {
				return true
			}
		}
	}
	return false
}

// settle waits until every job started with runLong has finished, done
// callback included; call it at the end of a test that started one.
func settle() { longJobs.Wait() }

// waitFor polls until cond holds (work started by runLong ends on its own goroutine).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// capture saves the window as testdata/<name>.png for people to look at.
func capture(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	img := w.Canvas().Capture()
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join("testdata", name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}
