package uitest

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// Objects lists every visible object on the window, dialogs first (they
// are on top, and what the user acts on), depth first.
func Objects(w fyne.Window) []fyne.CanvasObject {
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
	overlays := w.Canvas().Overlays().List()
	for i := len(overlays) - 1; i >= 0; i-- {
		walk(overlays[i])
	}
	walk(w.Content())
	return out
}

// FindAll returns the visible widgets of type T.
func FindAll[T fyne.CanvasObject](w fyne.Window) []T {
	var out []T
	for _, o := range Objects(w) {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
	}
	return out
}

// Button finds a visible button labelled text, or else one whose label
// starts with text; buttons of dialogs come first.
func Button(t testing.TB, w fyne.Window, text string) *widget.Button {
	t.Helper()
	buttons := FindAll[*widget.Button](w)
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

// Entry finds a visible entry whose placeholder starts with prefix.
func Entry(t testing.TB, w fyne.Window, prefix string) *widget.Entry {
	t.Helper()
	for _, e := range FindAll[*widget.Entry](w) {
		if strings.HasPrefix(e.PlaceHolder, prefix) {
			return e
		}
	}
	t.Fatalf("no entry with placeholder %q", prefix)
	return nil
}

// FormEntry finds a visible entry of an edit dialog by its placeholder's
// start.
func FormEntry(t testing.TB, w fyne.Window, prefix string) *tw.FormEntry {
	t.Helper()
	for _, e := range FindAll[*tw.FormEntry](w) {
		if strings.HasPrefix(e.PlaceHolder, prefix) {
			return e
		}
	}
	t.Fatalf("no entry %q", prefix)
	return nil
}

// Shows reports whether some visible label or rich text contains text.
func Shows(w fyne.Window, text string) bool {
	for _, o := range Objects(w) {
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

// Capture saves the window as testdata/<name>.png for people to look at.
func Capture(t testing.TB, w fyne.Window, name string) {
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

// Settle waits until every background job of the window has ended and
// its result is on the window.
func Settle() { tw.Wait() }

// Type types text into o a character at a time, as a user does, letting
// the work each key starts finish before the next key.
func Type(o fyne.Focusable, text string) {
	for _, r := range text {
		test.Type(o, string(r))
		Settle()
	}
}

// Entries returns the visible entries, plain ones and the FormEntry of
// dialogs (as their entry), in the order FindAll finds them.
func Entries(w fyne.Window) []*widget.Entry {
	var out []*widget.Entry
	for _, o := range Objects(w) {
		switch e := o.(type) {
		case *widget.Entry:
			out = append(out, e)
		case *tw.FormEntry:
			out = append(out, &e.Entry)
		}
	}
	return out
}
