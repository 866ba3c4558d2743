package data_test

import (
	"context"
	"os"
	"testing"
	"time"

	"tdkt/data"
)

// BenchmarkAutoBackup measures the day's automatic backup (VACUUM INTO a
// new file, then the 14 newest kept) of a large database: the file
// TDKT_BENCH_FULL_DB names (the national election and 100.000
// nominations, built by the app benchmarks), else the 100.000
// nominations of awardsBenchDB. It runs when the window opens, on its own
// goroutine, while the user can already work.
func BenchmarkAutoBackup(b *testing.B) {
	var st *data.Store
	if path := os.Getenv("TDKT_BENCH_FULL_DB"); path != "" {
		var err error
		if st, err = data.Open(path); err != nil {
			b.Fatal(err)
		}
	} else {
		st, _ = awardsBenchDB(b)
	}
	defer st.Close()
	dir := b.TempDir()
	day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var size int64
	for b.Loop() {
		made, err := st.AutoBackup(context.Background(), dir, day, 14)
		if err != nil || made == "" {
			b.Fatalf("%q, %v", made, err)
		}
		fi, err := os.Stat(made)
		if err != nil {
			b.Fatal(err)
		}
		size = fi.Size()
		day = day.AddDate(0, 0, 1)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) > 14 {
		b.Fatalf("%d backups kept", len(entries))
	}
	b.ReportMetric(float64(size)/(1<<20), "MB-backup")
	b.ReportMetric(float64(size)/(1<<20)/(b.Elapsed().Seconds()/float64(b.N)), "MB/s")
}
