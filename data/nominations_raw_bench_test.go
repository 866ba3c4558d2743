package data_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// rawNomination is a generated nomination with every value the tables
// hold worked out beforehand.
type rawNomination struct {
	in       award.Entry
	search   string
	sortKey  []byte
	formID   int64
	proposer int
}

// BenchmarkImportVsRawInsert100k imports GenerateNominations(100.000)
// through the store (Store.ImportNominations: every row cleaned and
// checked against the campaign, nominees looked up, proposers found or
// created, the collectives' order, one audit line, one transaction) and,
// interleaved so that a busy machine slows both alike, writes the same
// rows into the same schema (same indexes and constraints) of another
// fresh database by a raw insert: prepared statements, ids and every
// derived value worked out before the clock starts, one transaction. The
// raw insert is the floor SQLite itself sets; x-raw is import over raw.
// Generating the rows is not timed.
func BenchmarkImportVsRawInsert100k(b *testing.B) {
	const n = 100_000
	rows := scale.GenerateNominations(n)
	ctx := context.Background()
	var imp, raw time.Duration
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		st, err := data.Open(filepath.Join(dir, "import.db"))
		if err != nil {
			b.Fatal(err)
		}
		rawSt, err := data.Open(filepath.Join(dir, "raw.db"))
		if err != nil {
			b.Fatal(err)
		}
		prepared := prepareRaw(b, rawSt, rows)
		start := time.Now()
		b.StartTimer()
		res, err := st.ImportNominations(ctx, data.NominationBatch{Campaign: scale.GeneratedCampaign(n), Rows: rows, Source: "benchmark"}, data.ImportOptions{})
		b.StopTimer()
		imp += time.Since(start)
		if err != nil || res.Added != n {
			b.Fatalf("import: %+v, %v", res, err)
		}
		raw += insertRaw(b, rawSt.DB(), prepared)
		var got int
		rawSt.DB().QueryRow(`SELECT COUNT(*) FROM nominations`).Scan(&got)
		if got != n {
			b.Fatalf("raw insert wrote %d rows", got)
		}
		if fi, err := os.Stat(filepath.Join(dir, "import.db")); err == nil {
			b.ReportMetric(float64(fi.Size())/(1<<20), "MB-db")
		}
		st.Close()
		rawSt.Close()
		b.StartTimer()
	}
	b.ReportMetric(imp.Seconds()/float64(b.N), "s-import")
	b.ReportMetric(raw.Seconds()/float64(b.N), "s-raw")
	b.ReportMetric(imp.Seconds()/raw.Seconds(), "x-raw")
}

// prepareRaw works out every value of the rows for the raw insert.
func prepareRaw(b *testing.B, st *data.Store, rows []award.Entry) []rawNomination {
	forms, err := st.AwardForms(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	formIDs := map[string]int64{}
	for _, f := range forms {
		formIDs[vn.Fold(f.Name)] = f.ID
	}
	proposers := map[string]int{}
	out := make([]rawNomination, len(rows))
	for i, in := range rows {
		key := vn.SortKey(in.Name)
		if in.Kind == award.Individual {
			key = vn.NameSortKey(in.Name)
		}
		p, ok := proposers[in.Proposer]
		if !ok {
			p = len(proposers) + 1
			proposers[in.Proposer] = p
		}
		out[i] = rawNomination{in: in, search: vn.Fold(in.Name), sortKey: key, formID: formIDs[vn.Fold(in.Form)], proposer: p}
		if out[i].formID == 0 {
			b.Fatalf("form %q", in.Form)
		}
	}
	return out
}

// insertRaw writes the prepared rows in one transaction and returns the
// time it took.
func insertRaw(b *testing.B, db *sql.DB, rows []rawNomination) time.Duration {
	start := time.Now()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	must := func(_ sql.Result, err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	prepare := func(q string) *sql.Stmt {
		st, err := tx.Prepare(q)
		if err != nil {
			b.Fatal(err)
		}
		return st
	}
	// The page cache the importer sets for a big batch.
	must(tx.Exec(`PRAGMA cache_size = -65536`))
	must(tx.Exec(`INSERT INTO campaigns(id, name, search) VALUES (1, 'Đợt thử', 'dot thu')`))
	prop := prepare(`INSERT INTO proposers(id, name, kind, search) VALUES (?, ?, 'Cơ quan', ?)`)
	nominee := prepare(`INSERT INTO nominees(id, kind, name, birth, sex, position, workplace, collective_kind, search, sort_key) VALUES (?,?,?,?,?,?,?,?,?,?)`)
	nomination := prepare(`INSERT INTO nominations(campaign_id, nominee_id, proposer_id, form_id, achievement, position, workplace, ord, kind, search, sort_key)
		VALUES (1,?,?,?,?,?,?,?,?,?,?)`)
	seen := map[int]bool{}
	ord := 0
	for i, r := range rows {
		if !seen[r.proposer] {
			seen[r.proposer] = true
			must(prop.Exec(r.proposer, r.in.Proposer, vn.Fold(r.in.Proposer)))
		}
		in := r.in
		must(nominee.Exec(i+1, string(in.Kind), in.Name, in.Birth, in.Sex, in.Position, in.Workplace, in.CollectiveKind, r.search, r.sortKey))
		o := 0
		if in.Kind == award.Collective {
			ord++
			o = ord
		}
		must(nomination.Exec(i+1, r.proposer, r.formID, in.Achievement, in.Position, in.Workplace, o, string(in.Kind), r.search, r.sortKey))
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}
