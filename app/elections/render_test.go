package elections

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	"tdkt/data"
	"tdkt/data/sample"
)

// labelsIn lists the visible labels drawn inside o (a table's cells),
// with where they are on the window.
func labelsIn(o fyne.CanvasObject) map[string]fyne.Position {
	out := map[string]fyne.Position{}
	d := fyne.CurrentApp().Driver()
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Label:
			if _, seen := out[x.Text]; !seen && x.Text != "" {
				out[x.Text] = d.AbsolutePositionForObject(x)
			}
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
	walk(o)
	return out
}

// Issue 13, item 5: the results list, filled while its tab was hidden
// (before it had a size), opened scrolled sideways with its first rows
// (QH, HĐND tỉnh, HĐND huyện) blank. Its first row is drawn in place,
// its first column in view, at both office sizes.
func TestResultsDrawTheirFirstRows(t *testing.T) {
	for _, size := range []fyne.Size{uitest.SmallArea, uitest.LargeArea} {
		h := uitest.NewHost(t, func(st *data.Store) {
			if _, err := sample.LoadThieuNgoc(context.Background(), st); err != nil {
				t.Fatal(err)
			}
		})
		h.Win.Resize(size)
		v := open(h)
		v.tabs.SelectIndex(2)
		uitest.Settle()
		tbl := v.results.table
		top := fyne.CurrentApp().Driver().AbsolutePositionForObject(tbl)
		labels := labelsIn(tbl)
		first := v.results.rows[tbl.Rows()[0]]
		for _, text := range []string{string(first.Race), first.UnitName} {
			pos, ok := labels[text]
			if !ok {
				t.Errorf("at %v the results list does not draw its first row's %q", size, text)
				continue
			}
			if pos.X < top.X || pos.Y < top.Y+30 || pos.Y > top.Y+120 {
				t.Errorf("at %v the first row's %q is drawn at %v, the table at %v: scrolled away", size, text, pos, top)
			}
		}
		if cols, _ := tbl.InView(); len(cols) == 0 || cols[0] != "Cấp" {
			t.Errorf("at %v the results list shows columns %v", size, cols)
		}
		if v.results.cur.ID != first.ID {
			t.Errorf("at %v the result shown is not the first row's", size)
		}
	}
}
