package awards

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	"tdkt/data"
)

// scaleHost is a window over a store holding a generated campaign of n
// nominations: the file TDKT_BENCH_AWARDS_DB names when set and n is
// 100.000 (built once, reused), else a new one.
func scaleHost(t *testing.T, n int) *uitest.Host {
	t.Helper()
	path := ""
	if n == 100_000 {
		path = os.Getenv("TDKT_BENCH_AWARDS_DB")
	}
	if path == "" {
		path = filepath.Join(t.TempDir(), "scale.db")
	}
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := st.CampaignByName(ctx, scale.GeneratedCampaign(n).Name); err != nil {
		start := time.Now()
		if _, err := scale.LoadGenerated(ctx, st, n, nil); err != nil {
			t.Fatal(err)
		}
		t.Logf("generated %d nominations in %v", n, time.Since(start))
	}
	st.Close()
	h := uitest.NewHost(t, nil)
	if st, err = data.Open(path); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h.St = st
	return h
}

// tableCells counts the cell widgets the table has made.
func tableCells(w fyne.Window) int {
	n := 0
	for _, l := range uitest.FindAll[*widget.Label](w) {
		if l.Truncation == fyne.TextTruncateClip {
			n++
		}
	}
	return n
}

// scrollThrough scrolls the table to rows spread over the list and
// returns the slowest and the mean time of one scroll (the cells of the
// new rows filled, their pages read from the store).
func scrollThrough(v *view, steps int) (worst, mean time.Duration) {
	n := len(v.rows.ids)
	var total time.Duration
	for i := 0; i < steps; i++ {
		row := (i * 7919) % n
		start := time.Now()
		v.table.ScrollTo(widget.TableCellID{Row: row, Col: colName})
		d := time.Since(start)
		total += d
		worst = max(worst, d)
	}
	return worst, total / time.Duration(steps)
}

// The table makes widgets for the visible cells only: with thousands of
// rows it holds a few dozen, and scrolling reads the rows a page at a time.
func TestNominationTableIsVirtual(t *testing.T) {
	const n = 3000
	h := scaleHost(t, n)
	v := open(h)
	if len(v.rows.ids) != n {
		t.Fatalf("%d rows, want %d", len(v.rows.ids), n)
	}
	cells := tableCells(h.Win)
	if cells == 0 || cells > 400 {
		t.Errorf("%d cell widgets for %d rows: the table is not virtual", cells, n)
	}
	scrollThrough(v, 20)
	v.table.ScrollToBottom()
	v.table.Refresh()
	if len(v.rows.pages) > pagesKept {
		t.Errorf("%d pages kept, want at most %d", len(v.rows.pages), pagesKept)
	}
	if after := tableCells(h.Win); after > 2*cells {
		t.Errorf("%d cell widgets after scrolling, %d before", after, cells)
	}
	last, ok := v.row(n - 1)
	if !ok || last.Nominee.Name == "" {
		t.Errorf("last row not read: %+v", last)
	}
}

// TestNominationTableScale measures the table with 100.000 rows: the time
// to open the screen, to scroll, to search, and the memory it takes. It
// runs when TDKT_SCALE is set (generating the data takes about 25 s).
func TestNominationTableScale(t *testing.T) {
	if os.Getenv("TDKT_SCALE") == "" {
		t.Skip("set TDKT_SCALE=1 (and TDKT_BENCH_AWARDS_DB to reuse the data) to measure the table at 100.000 rows")
	}
	const n = 100_000
	h := scaleHost(t, n)
	before := uitest.HeapMB()
	start := time.Now()
	v := open(h)
	open := time.Since(start)
	if len(v.rows.ids) != n {
		t.Fatalf("%d rows, want %d", len(v.rows.ids), n)
	}
	start = time.Now()
	h.Win.Canvas().Capture()
	paint := time.Since(start)
	heapOpen := uitest.HeapMB()
	worst, mean := scrollThrough(v, 200)
	start = time.Now()
	v.table.ScrollToBottom()
	v.table.Refresh()
	bottom := time.Since(start)
	heapScrolled := uitest.HeapMB()
	var typing []time.Duration
	for _, q := range []string{"n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen ", "nguyen v", "nguyen va", "nguyen van"} {
		start = time.Now()
		v.search.SetText(q)
		uitest.Settle()
		typing = append(typing, time.Since(start))
	}
	var worstKey time.Duration
	for _, d := range typing {
		worstKey = max(worstKey, d)
	}
	t.Logf("100.000 rows: open screen %v (ids + first page + layout), first paint %v", open.Round(time.Millisecond), paint.Round(time.Millisecond))
	t.Logf("scroll to 200 places: mean %v, worst %v; to the bottom %v", mean.Round(time.Microsecond), worst.Round(time.Microsecond), bottom.Round(time.Microsecond))
	t.Logf("typing in the search box: slowest keystroke %v (store off the UI goroutine + table refresh)", worstKey.Round(time.Microsecond))
	t.Logf("heap: %.1f MB before, %.1f MB with the screen open, %.1f MB after scrolling; %d cell widgets",
		before, heapOpen, heapScrolled, tableCells(h.Win))
	uitest.Capture(t, h.Win, "awards-100k")
}

// BenchmarkNominationTableMemory measures the Go heap the window holds
// with the nominations screen open on 100.000 rows, after scrolling to 200
// places over the list and to its end: the table keeps widgets for the
// visible cells and a few pages of rows, never all of them. Reported as
// MB-open and MB-scrolled over the heap of the window on an empty screen.
func BenchmarkNominationTableMemory(b *testing.B) {
	path := uitest.FullDB(b)
	h := uitest.NewHost(b, nil)
	st, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h.St = st
	var base, open, scrolled, worst float64 // MB
	cells := 0
	for b.Loop() {
		h.Show(func() fyne.CanvasObject { return widget.NewLabel("") })
		base += uitest.HeapMB()
		var v *view
		h.Show(func() fyne.CanvasObject {
			v = newView(h)
			return v.root
		})
		uitest.Settle()
		if len(v.rows.ids) != 100_000 {
			b.Fatalf("%d rows", len(v.rows.ids))
		}
		h.Win.Canvas().Capture()
		cells = tableCells(h.Win)
		h1 := uitest.HeapMB()
		open += h1
		n := len(v.rows.ids)
		for i := 0; i < 200; i++ {
			v.table.ScrollTo(widget.TableCellID{Row: (i * 7919) % n, Col: colName})
		}
		v.table.ScrollToBottom()
		v.table.Refresh()
		h2 := uitest.HeapMB()
		scrolled += h2
		worst = max(worst, h2)
	}
	n := float64(b.N)
	b.ReportMetric(base/n, "MB-heap-other-screen")
	b.ReportMetric((open-base)/n, "MB-open")
	b.ReportMetric((scrolled-base)/n, "MB-scrolled")
	b.ReportMetric(worst-base/n, "MB-scrolled-worst")
	b.ReportMetric(float64(cells), "cell-widgets")
}
