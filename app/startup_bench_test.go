package app

import (
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
)

// fullDB is a database of national size: the generated 2021 election of
// the whole country (63 provinces and their units, 85.190 polling areas,
// 340.760 tallies, 1,9 million vote rows) and a campaign of 100.000
// nominations. TDKT_BENCH_FULL_DB names a file to build once and reuse;
// without it one is built in a temporary folder (about 1–2 minutes).
var fullDB = struct {
	once sync.Once
	path string
	err  error
}{}

func fullBenchDB(b *testing.B) string {
	b.Helper()
	fullDB.once.Do(func() {
		path := os.Getenv("TDKT_BENCH_FULL_DB")
		if path == "" {
			dir, err := os.MkdirTemp("", "tdkt-full-")
			if err != nil {
				fullDB.err = err
				return
			}
			path = filepath.Join(dir, "full.db")
		}
		fullDB.path, fullDB.err = path, buildFullDB(b, path)
	})
	if fullDB.err != nil {
		b.Fatal(fullDB.err)
	}
	return fullDB.path
}

// buildFullDB fills path with the national election and the 100.000
// nominations, unless they are there already.
func buildFullDB(b *testing.B, path string) error {
	st, err := data.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := st.LatestElection(ctx); err != nil {
		start := time.Now()
		if _, err := scale.NationalByProvince(1, func(_ string, in data.ElectionImport) error {
			_, err := st.ImportElection(ctx, in, data.ImportOptions{})
			return err
		}); err != nil {
			return err
		}
		b.Logf("imported the national election in %v", time.Since(start).Round(time.Second))
	}
	if _, err := st.CampaignByName(ctx, scale.GeneratedCampaign(100_000).Name); err != nil {
		start := time.Now()
		if _, err := scale.LoadGenerated(ctx, st, 100_000, nil); err != nil {
			return err
		}
		b.Logf("imported 100.000 nominations in %v", time.Since(start).Round(time.Second))
	}
	if fi, err := os.Stat(path); err == nil {
		b.Logf("database %s: %d MB", path, fi.Size()>>20)
	}
	return nil
}

// BenchmarkOpenFirstScreen measures what a user waits for when the
// program starts on a national-size database: opening the store
// (migrations checked, WAL recovered) and building and drawing the first
// screen (the unit tree of 63 provinces) on Fyne's test driver. Goal:
// under 1 s. The day's automatic backup runs after the window shows, on
// another goroutine (BenchmarkAutoBackup in data measures it).
func BenchmarkOpenFirstScreen(b *testing.B) {
	path := fullBenchDB(b)
	a := test.NewTempApp(b)
	a.Settings().SetTheme(Theme())
	var open, build time.Duration
	var shot image.Image
	for b.Loop() {
		start := time.Now()
		st, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		open += time.Since(start)
		start = time.Now()
		s := NewShell(a, st)
		s.Win.Resize(fyne.NewSize(1200, 760))
		s.Win.Show()
		shot = s.Win.Canvas().Capture()
		build += time.Since(start)
		if s.cur != SecUnits {
			b.Fatalf("first screen %d, want the unit tree", s.cur)
		}
		s.Win.Close()
		st.Close()
	}
	// The first screen on the national data, for people to look at.
	if f, err := os.Create(filepath.Join("testdata", "startup-national.png")); err == nil {
		png.Encode(f, shot)
		f.Close()
	}
	b.ReportMetric(float64(open.Milliseconds())/float64(b.N), "ms-open-store")
	b.ReportMetric(float64(build.Milliseconds())/float64(b.N), "ms-first-screen")
}

// BenchmarkNominationTableMemory measures the Go heap the window holds
// with the nominations screen open on 100.000 rows, after scrolling to 200
// places over the list and to its end: the table keeps widgets for the
// visible cells and a few pages of rows, never all of them. Reported as
// MB-open and MB-scrolled over the heap of the window on another screen.
func BenchmarkNominationTableMemory(b *testing.B) {
	path := fullBenchDB(b)
	a := test.NewTempApp(b)
	a.Settings().SetTheme(Theme())
	st, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	s := NewShell(a, st)
	s.Win.Resize(fyne.NewSize(1200, 760))
	s.Win.Show()
	var base, open, scrolled, worst float64 // MB
	cells := 0
	for b.Loop() {
		s.Select(SecUnits)
		base += heapMB()
		s.nav.UnselectAll()
		s.keys = map[string]func(){}
		v := newAwardsView(s)
		s.setBody(v.root)
		if len(v.rows.ids) != 100_000 {
			b.Fatalf("%d rows", len(v.rows.ids))
		}
		s.Win.Canvas().Capture()
		cells = tableCells(s)
		h := heapMB()
		open += h
		n := len(v.rows.ids)
		for i := 0; i < 200; i++ {
			v.table.ScrollTo(widget.TableCellID{Row: (i * 7919) % n, Col: colName})
		}
		v.table.ScrollToBottom()
		v.table.Refresh()
		h2 := heapMB()
		scrolled += h2
		worst = max(worst, h2)
	}
	n := float64(b.N)
	b.ReportMetric(base/n, "MB-heap-other-screen")
	b.ReportMetric((open-base)/n, "MB-open")
	b.ReportMetric((scrolled-base)/n, "MB-scrolled")
	b.ReportMetric(worst-base/n, "MB-scrolled-worst")
	b.ReportMetric(float64(cells), "cell-widgets")
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.Sys)/(1<<20), "MB-sys")
}
