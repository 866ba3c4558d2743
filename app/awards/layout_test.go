package awards

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
)

// tableButtons are the header buttons of the nomination table (they
// scroll with it and may lie beyond its edge).
func tableButtons(v *view, h *uitest.Host) map[*widget.Button]bool {
	out := map[*widget.Button]bool{}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(v.table)
	size := v.table.Size()
	for _, b := range uitest.FindAll[*widget.Button](h.Win) {
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		if p.Y >= pos.Y && p.Y < pos.Y+size.Height && p.X >= pos.X-1 && b.Importance == widget.LowImportance && b.Alignment == widget.ButtonAlignLeading {
			out[b] = true
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
	for _, b := range uitest.FindAll[*widget.Button](h.Win) {
		if skip[b] {
			continue
		}
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
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
