package app

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
)

// scaleShell opens the main window on a store holding a generated
// campaign of n nominations: the file TDKT_BENCH_AWARDS_DB names when set
// and n is 100.000 (built once, reused), else a new one.
func scaleShell(t *testing.T, n int) *Shell {
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
	a := test.NewTempApp(t)
	a.Settings().SetTheme(Theme())
	st, err = data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s := NewShell(a, st)
	s.Win.Resize(fyne.NewSize(1200, 760))
	s.Win.Show()
	return s
}

func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// tableCells counts the cell widgets the table has made.
func tableCells(s *Shell) int {
	n := 0
	for _, l := range findAll[*widget.Label](s.Win) {
		if l.Truncation == fyne.TextTruncateClip {
			n++
		}
	}
	return n
}

// scrollThrough scrolls the table to rows spread over the list and
// returns the slowest and the mean time of one scroll (the cells of the
// new rows filled, their pages read from the store).
func scrollThrough(v *awardsView, steps int) (worst, mean time.Duration) {
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
	s := scaleShell(t, n)
	v := openAwards(t, s)
	if len(v.rows.ids) != n {
		t.Fatalf("%d rows, want %d", len(v.rows.ids), n)
	}
	cells := tableCells(s)
	if cells == 0 || cells > 400 {
		t.Errorf("%d cell widgets for %d rows: the table is not virtual", cells, n)
	}
	scrollThrough(v, 20)
	v.table.ScrollToBottom()
	v.table.Refresh()
	if len(v.rows.pages) > pagesKept {
		t.Errorf("%d pages kept, want at most %d", len(v.rows.pages), pagesKept)
	}
	if after := tableCells(s); after > 2*cells {
		t.Errorf("%d cell widgets after scrolling, %d before", after, cells)
	}
	last, ok := v.rows.row(n-1, v)
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
	s := scaleShell(t, n)
	before := heapMB()
	start := time.Now()
	v := openAwards(t, s)
	open := time.Since(start)
	if len(v.rows.ids) != n {
		t.Fatalf("%d rows, want %d", len(v.rows.ids), n)
	}
	start = time.Now()
	s.Win.Canvas().Capture()
	paint := time.Since(start)
	heapOpen := heapMB()
	worst, mean := scrollThrough(v, 200)
	start = time.Now()
	v.table.ScrollToBottom()
	v.table.Refresh()
	bottom := time.Since(start)
	heapScrolled := heapMB()
	var typing []time.Duration
	for _, q := range []string{"n", "ng", "ngu", "nguy", "nguye", "nguyen", "nguyen ", "nguyen v", "nguyen va", "nguyen van"} {
		start = time.Now()
		v.search.SetText(q)
		typing = append(typing, time.Since(start))
	}
	var worstKey time.Duration
	for _, d := range typing {
		worstKey = max(worstKey, d)
	}
	t.Logf("100.000 rows: open screen %v (ids + first page + layout), first paint %v", open.Round(time.Millisecond), paint.Round(time.Millisecond))
	t.Logf("scroll to 200 places: mean %v, worst %v; to the bottom %v", mean.Round(time.Microsecond), worst.Round(time.Microsecond), bottom.Round(time.Microsecond))
	t.Logf("typing in the search box: slowest keystroke %v (store + table refresh)", worstKey.Round(time.Microsecond))
	t.Logf("heap: %.1f MB before, %.1f MB with the screen open, %.1f MB after scrolling; %d cell widgets",
		before, heapOpen, heapScrolled, tableCells(s))
	capture(t, s.Win, "awards-100k")
}
