package data_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"tdkt/data"
)

// benchSize is the number of nominees of the generated campaign.
const benchSize = 100_000

// awardsBenchDB is a store holding GeneratedCampaign(benchSize): the file
// named by TDKT_BENCH_AWARDS_DB when set (built once, reused by later
// runs), else a temporary one built for the benchmark.
func awardsBenchDB(b *testing.B) (*data.Store, data.Campaign) {
	b.Helper()
	path := os.Getenv("TDKT_BENCH_AWARDS_DB")
	reuse := path != ""
	if !reuse {
		path = filepath.Join(b.TempDir(), "awards.db")
	}
	st, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	c, err := st.CampaignByName(ctx, scale.GeneratedCampaign(benchSize).Name)
	if err != nil {
		start := time.Now()
		if c, err = scale.LoadGenerated(ctx, st, benchSize, nil); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated and imported %d nominations in %v", benchSize, time.Since(start))
	}
	return st, c
}

// typed are searches as a user types them, one query a keystroke: a
// family name narrowing down to a person, a given name, and text that
// matches nothing (the slowest case: every step scans).
var typed = []string{"nguyen van thanh", "thu", "xyz ab"}

// BenchmarkSearchAsYouType100k measures one keystroke of the search box
// over 100.000 nominees: the ids of the first 500 matches in list order
// and the first page of 100 rows the table shows. Goal: under 30 ms.
func BenchmarkSearchAsYouType100k(b *testing.B) {
	st, c := awardsBenchDB(b)
	defer st.Close()
	ctx := context.Background()
	var queries []string
	for _, word := range typed {
		for i := 1; i <= len(word); i++ {
			queries = append(queries, word[:i])
		}
	}
	b.ResetTimer()
	var worst time.Duration
	for i := 0; i < b.N; i++ {
		for _, q := range queries {
			start := time.Now()
			ids, _, err := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID, Query: q}, data.NominationOrder{})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := st.NominationsByID(ctx, ids[:min(100, len(ids))], c.To); err != nil {
				b.Fatal(err)
			}
			worst = max(worst, time.Since(start))
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N*len(queries)), "ms/keystroke")
	b.ReportMetric(float64(worst.Microseconds())/1000, "ms-worst-keystroke")
}

// BenchmarkListIDs100k measures reading the ids of a whole campaign of
// 100.000 in the department's order (a filter change with no search).
func BenchmarkListIDs100k(b *testing.B) {
	st, c := awardsBenchDB(b)
	defer st.Close()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ids, _, err := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID}, data.NominationOrder{})
		if err != nil || len(ids) != benchSize {
			b.Fatalf("%d ids, %v", len(ids), err)
		}
	}
}

// BenchmarkSortByWorkplace100k measures a column sort of 100.000 rows.
func BenchmarkSortByWorkplace100k(b *testing.B) {
	st, c := awardsBenchDB(b)
	defer st.Close()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID}, data.NominationOrder{By: data.SortWorkplace}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPage100k measures reading one page of 100 rows for the table,
// with their prize money, somewhere in the middle of 100.000.
func BenchmarkPage100k(b *testing.B) {
	st, c := awardsBenchDB(b)
	defer st.Close()
	ctx := context.Background()
	ids, _, err := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID}, data.NominationOrder{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		lo := (i * 7919 * 100) % (len(ids) - 100)
		if _, err := st.NominationsByID(ctx, ids[lo:lo+100], c.To); err != nil {
			b.Fatal(err)
		}
	}
}
