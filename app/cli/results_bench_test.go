package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"tdkt/data"
)

// BenchmarkExportResultsNational runs `tdkt export results FILE.xlsx` on
// the generated 2021 election of the whole country (63 provinces, 85.190
// polling areas, 340.760 tallies): the results computed under the law,
// the summary of every province (toàn quốc) and the workbook written.
// Goal: under 5 s and 300 MB. The database is the file TDKT_BENCH_FULL_DB
// or TDKT_BENCH_DB names (built by the app and data/sample benchmarks),
// else one built here first (about a minute). MB-heap-peak is the largest
// Go heap seen during the command.
func BenchmarkExportResultsNational(b *testing.B) {
	db := os.Getenv("TDKT_BENCH_FULL_DB")
	if db == "" {
		db = os.Getenv("TDKT_BENCH_DB")
	}
	if db == "" {
		db = filepath.Join(b.TempDir(), "national.db")
		st, err := data.Open(db)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if _, err := scale.NationalByProvince(1, func(_ string, in data.ElectionImport) error {
			_, err := st.ImportElection(context.Background(), in, data.ImportOptions{})
			return err
		}); err != nil {
			b.Fatal(err)
		}
		st.Close()
		b.Logf("imported the national election in %v", time.Since(start).Round(time.Second))
	}
	out := filepath.Join(b.TempDir(), "tonghop.xlsx")
	var peak uint64
	for b.Loop() {
		runtime.GC()
		done := make(chan struct{})
		sampled := make(chan uint64)
		go func() {
			var p uint64
			var m runtime.MemStats
			for {
				runtime.ReadMemStats(&m)
				p = max(p, m.HeapInuse)
				select {
				case <-done:
					sampled <- p
					return
				case <-time.After(5 * time.Millisecond):
				}
			}
		}()
		var stdout, stderr bytes.Buffer
		code := Run(context.Background(), Env{DBPath: db, Stdout: &stdout, Stderr: &stderr}, []string{"export", "results", out})
		close(done)
		peak = max(peak, <-sampled)
		if code != 0 || !strings.Contains(stdout.String(), "toàn quốc") {
			b.Fatalf("export results: %d %s %s", code, stdout.String(), stderr.String())
		}
	}
	fi, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(peak)/(1<<20), "MB-heap-peak")
	b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
}
