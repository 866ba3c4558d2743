package app

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tdkt/app/internal/uitest"
	"tdkt/data"
)

// BenchmarkOpenFirstScreen measures what a user waits for when the
// program starts on a national-size database: opening the store
// (migrations checked, WAL recovered) and building and drawing the first
// screen (the unit tree of 63 provinces) on Fyne's test driver. Goal:
// under 1 s. The day's automatic backup runs after the window shows, on
// another goroutine (BenchmarkAutoBackup in data measures it).
func BenchmarkOpenFirstScreen(b *testing.B) {
	path := uitest.FullDB(b)
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
