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
		if m := b.MinSize(); b.Text != "" && (s.Width+0.5 < m.Width || s.Height+0.5 < m.Height) {
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
	all := make([]int, len(nominationColumns)-1)
	for i := range all {
		all[i] = i + 1
	}
	for _, c := range []struct {
		name string
		size fyne.Size
		cols []int // wholly in view
		rows int   // at least
	}{
		{"1366", uitest.SmallArea, []int{colSTT, colName, colForm, colStatus, colMoney}, 8},
		{"1920", uitest.LargeArea, all, 15},
	} {
		h.AtSize(c.size)
		cols, rows := v.table.InView()
		t.Logf("%s: cols %q, rows %d, table %v width %v", c.name, cols, rows, v.table.Size(), v.table.Width())
		in := strings.Join(cols, "|")
		for _, col := range c.cols {
			if !strings.Contains(in, nominationColumns[col].Title) {
				t.Errorf("%s: column %q not in view: %q", c.name, nominationColumns[col].Title, cols)
			}
		}
		if rows < c.rows {
			t.Errorf("%s: %d rows in view, want at least %d", c.name, rows, c.rows)
		}
		if w := v.table.Width(); c.size == uitest.LargeArea && w > v.table.Size().Width {
			t.Errorf("%s: the columns need %v, the table has %v", c.name, w, v.table.Size().Width)
		}
		checkButtons(t, v, h)
		uitest.Capture(t, h.Win, "awards-"+c.name+"-list")
	}
}

// The list with the campaign's details shown, and the dialogs, at both
// sizes: everything in the window.
func TestAwardsDetailsAndDialogsAtOfficeSizes(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	var v *view
	h.Show(func() fyne.CanvasObject {
		v = newView(h)
		return v.root
	})
	uitest.Settle()
	for _, c := range []struct {
		name    string
		size    fyne.Size
		minRows int
	}{{"1366", uitest.SmallArea, 5}, {"1920", uitest.LargeArea, 15}} {
		h.AtSize(c.size)
		tap(t, h.Win, "Hiện thông tin đợt")
		uitest.Settle()
		if !uitest.Shows(h.Win, "Theo trạng thái") && len(uitest.FindAll[*widget.RadioGroup](h.Win)) == 0 {
			t.Errorf("%s: the chart is not shown", c.name)
		}
		_, rows := v.table.InView()
		if rows < c.minRows {
			t.Errorf("%s: %d rows in view with the details shown, want at least %d", c.name, rows, c.minRows)
		}
		checkButtons(t, v, h)
		uitest.Capture(t, h.Win, "awards-"+c.name+"-details")
		if !fyne.CurrentApp().Preferences().Bool(prefDetails) {
			t.Error("showing the details is not remembered")
		}
		// Built again (the user comes back to the screen), as left.
		h.Refresh()
		uitest.Settle()
		h.AtSize(c.size)
		if !uitest.Shows(h.Win, "Ẩn thông tin đợt") {
			t.Fatal("the details are not shown again")
		}
		tap(t, h.Win, "Ẩn thông tin đợt")
		uitest.Settle()

		h.Keys["new"]()
		uitest.Settle()
		checkButtons(t, v, h)
		uitest.Capture(t, h.Win, "awards-"+c.name+"-form")
		focusedKey(h, fyne.KeyEscape)
	}
}
