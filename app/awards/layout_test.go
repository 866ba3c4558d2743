package awards

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
)

// shownButton is a visible button: Fyne's, or one of this screen's
// dialogs (keyButton).
type shownButton struct {
	obj fyne.CanvasObject // as placed on the window
	*widget.Button
}

// buttons lists the visible buttons, dialogs' first.
func buttons(w fyne.Window) []shownButton {
	var out []shownButton
	for _, o := range uitest.Objects(w) {
		switch b := o.(type) {
		case *widget.Button:
			out = append(out, shownButton{b, b})
		case *keyButton:
			out = append(out, shownButton{b, &b.Button})
		}
	}
	return out
}

// button finds a visible button labelled text, or else one whose label
// starts with text; dialogs' first.
func button(t *testing.T, w fyne.Window, text string) shownButton {
	t.Helper()
	all := buttons(w)
	for _, b := range all {
		if b.Text == text {
			return b
		}
	}
	for _, b := range all {
		if strings.HasPrefix(b.Text, text) {
			return b
		}
	}
	t.Fatalf("no button %q on screen", text)
	return shownButton{}
}

// tap taps the button labelled text (see button).
func tap(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	test.Tap(button(t, w, text).obj.(fyne.Tappable))
}

// tableButtons are the header buttons of the nomination table (they
// scroll with it and may lie beyond its edge).
func tableButtons(v *view, h *uitest.Host) map[*widget.Button]bool {
	out := map[*widget.Button]bool{}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.table)
	size := v.table.Size()
	for _, b := range buttons(h.Win) {
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b.obj)
		if p.Y >= pos.Y && p.Y < pos.Y+size.Height && p.X >= pos.X-1 && b.Importance == widget.LowImportance && b.Alignment == widget.ButtonAlignLeading {
			out[b.Button] = true
		}
	}
	return out
}

// checkButtons fails unless every visible button of the screen (but the
// table's headers) lies wholly inside the window, at least as large as
// it needs to show its text, and over no other button.
func checkButtons(t *testing.T, v *view, h *uitest.Host) {
	t.Helper()
	win := h.Win.Canvas().Size()
	skip := tableButtons(v, h)
	type rect struct {
		b    *widget.Button
		p, s fyne.Size
	}
	var seen []rect
	for _, sb := range buttons(h.Win) {
		b := sb.Button
		if skip[b] {
			continue
		}
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(sb.obj)
		s := b.Size()
		if p.X < 0 || p.Y < 0 || p.X+s.Width > win.Width+0.5 || p.Y+s.Height > win.Height+0.5 {
			t.Errorf("button %q at %v size %v lies outside the window %v", b.Text, p, s, win)
		}
		if m := b.MinSize(); s.Width+0.5 < m.Width || s.Height+0.5 < m.Height {
			t.Errorf("button %q squeezed to %v, needs %v", b.Text, s, m)
		}
		r := rect{b, fyne.NewSize(p.X, p.Y), s}
		for _, o := range seen {
			if r.p.Width < o.p.Width+o.s.Width-0.5 && o.p.Width < r.p.Width+r.s.Width-0.5 &&
				r.p.Height < o.p.Height+o.s.Height-0.5 && o.p.Height < r.p.Height+r.s.Height-0.5 {
				t.Errorf("buttons %q and %q overlap", r.b.Text, o.b.Text)
			}
		}
		seen = append(seen, r)
	}
}

func TestAwardsAtOfficeSizes(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	for _, c := range []struct {
		name string
		size fyne.Size
	}{{"1366", uitest.SmallArea}, {"1920", uitest.LargeArea}} {
		h.AtSize(c.size)
		cols, rows := v.table.InView()
		t.Logf("%s: cols %q, rows %d, table %v width %v", c.name, cols, rows, v.table.Size(), v.table.Width())
		checkButtons(t, v, h)
		uitest.Capture(t, h.Win, "awards-"+c.name+"-list")
	}
}
