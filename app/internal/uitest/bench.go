package uitest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"tdkt/data"
)

// fullDB is a database of national size: the generated 2021 election of
// the whole country (63 provinces and their units, 85.190 polling areas,
// 340.760 tallies, 1,9 million vote rows) and a campaign of 100.000
// nominations.
var fullDB = struct {
	once sync.Once
	path string
	err  error
}{}

// FullDB is the path of the national-size database of the benchmarks.
// TDKT_BENCH_FULL_DB names a file to build once and reuse; without it
// one is built in a temporary folder (about 1–2 minutes).
func FullDB(b *testing.B) string {
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

// HeapMB is the Go heap in use after a collection, in MB.
func HeapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// BacKan fills a store with Tỉnh Bắc Kạn (three levels, 117 units) as the
// user's own province.
func BacKan(st *data.Store) {
	if _, err := st.SetupProvince(context.Background(), "2025-03", "06"); err != nil {
		panic(err)
	}
}
