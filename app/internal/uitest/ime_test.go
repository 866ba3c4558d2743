package uitest

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestReplayIsWhatTheInputMethodSends pins the replay itself: Telex
// "Paif" reaches the widget as P, a, i, then two Backspaces and "ài".
func TestReplayIsWhatTheInputMethodSends(t *testing.T) {
	rec := &recorder{}
	w := test.NewTempWindow(t, rec)
	w.Canvas().Focus(rec)
	IME{t, w.Canvas()}.TypePhrase(Phrase{{"P", "Pa", "Pai", "Pài"}})
	want := []string{"down P", "key P", "rune P", "up P", "down A", "key A", "rune a", "up A",
		"down I", "key I", "rune i", "up I",
		"down BackSpace", "key BackSpace", "up BackSpace", "down BackSpace", "key BackSpace", "up BackSpace",
		"rune à", "rune i"}
	if len(rec.events) != len(want) {
		t.Fatalf("events %q,\nwant %q", rec.events, want)
	}
	for i := range want {
		if rec.events[i] != want[i] {
			t.Fatalf("event %d = %q, want %q (all: %q)", i, rec.events[i], want[i], rec.events)
		}
	}
}

// recorder is a focusable widget that records the key events it gets.
type recorder struct {
	widget.BaseWidget
	events []string
}

func (r *recorder) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	return widget.NewSimpleRenderer(widget.NewLabel(""))
}
func (r *recorder) FocusGained()              {}
func (r *recorder) FocusLost()                {}
func (r *recorder) TypedRune(c rune)          { r.events = append(r.events, "rune "+string(c)) }
func (r *recorder) TypedKey(e *fyne.KeyEvent) { r.events = append(r.events, "key "+string(e.Name)) }
func (r *recorder) KeyDown(e *fyne.KeyEvent)  { r.events = append(r.events, "down "+string(e.Name)) }
func (r *recorder) KeyUp(e *fyne.KeyEvent)    { r.events = append(r.events, "up "+string(e.Name)) }
