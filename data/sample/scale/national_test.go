package scale_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"tdkt/assets"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample/scale"
	"tdkt/data/vn"
)

var national struct {
	once sync.Once
	in   data.ElectionImport
	size scale.NationalSize
	err  error
}

func nationalData(tb testing.TB) (data.ElectionImport, scale.NationalSize) {
	tb.Helper()
	national.once.Do(func() { national.in, national.size, national.err = scale.National(1) })
	if national.err != nil {
		tb.Fatal(national.err)
	}
	return national.in, national.size
}

// TestNationalIsNationalScale checks the generator against the 2021
// figures and every tally against the rules of the law, without the
// database (the benchmarks import it).
func TestNationalIsNationalScale(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a national election")
	}
	in, size := nationalData(t)
	t.Log(size)
	near := func(what string, got, want int) {
		if got < want*85/100 || got > want*115/100 {
			t.Errorf("%s = %d, want about %d", what, got, want)
		}
	}
	near("polling areas", size.Areas, 85000)
	near("QH constituencies", size.Constituencies[election.RaceQH], 184)
	near("QH seats", size.Seats[election.RaceQH], 500)
	near("HĐND tỉnh seats", size.Seats[election.RaceProvince], 3726)
	near("HĐND huyện seats", size.Seats[election.RaceDistrict], 22952)
	near("HĐND xã seats", size.Seats[election.RaceCommune], 242312)
	if size.Tallies != 4*size.Areas {
		t.Errorf("%d tallies for %d polling areas, want 4 each", size.Tallies, size.Areas)
	}
	seats := map[[3]any]int{}
	for _, c := range in.Constituencies {
		seats[[3]any{c.Race, c.Unit, c.Number}] = c.Seats
		if c.Seats > c.Race.MaxSeats() {
			t.Fatalf("constituency with %d seats for %s", c.Seats, c.Race)
		}
	}
	for _, tr := range in.Tallies {
		votes := make([]int64, len(tr.Votes))
		for i, v := range tr.Votes {
			votes[i] = v.Votes
		}
		// Any constituency's seats bound the sum; the importer checks the
		// exact constituency, here the smallest seat count is enough.
		if vs := election.CheckTally(tr.Tally, votes, 0); len(vs) > 0 {
			t.Fatalf("tally row %d breaks %v", tr.Row, vs)
		}
	}
}

// openWithUnits opens a fresh store at path with the 63 provinces of the
// 2025-03 list loaded, as a province's office would have them.
func openWithUnits(tb testing.TB, path string) *data.Store {
	tb.Helper()
	st, err := data.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	provs, err := assets.Provinces(assets.Source202503)
	if err != nil {
		tb.Fatal(err)
	}
	for _, p := range provs {
		if _, err := st.LoadOfficial(context.Background(), assets.Source202503, p.Code); err != nil {
			tb.Fatal(err)
		}
	}
	return st
}

// BenchmarkImportNational imports the generated national election
// province by province, as the 63 provinces would send it (63
// transactions with every check of the law), into a database that has
// the units. Each province's rows are also written by a raw insert into
// bare tables of a second database (no constraint, index or lookup, ids
// worked out beforehand, prepared statements): the floor the import is
// measured against. The two run interleaved, so that a busy machine
// slows both alike; x-raw is import time over raw time. Generating the
// rows is not timed.
func BenchmarkImportNational(b *testing.B) {
	var imp, raw time.Duration
	for b.Loop() {
		b.StopTimer()
		st := openWithUnits(b, filepath.Join(b.TempDir(), "import.db"))
		rawSt := openWithUnits(b, filepath.Join(b.TempDir(), "raw.db"))
		ri := newRawInserter(b, rawSt.DB())
		tallies := 0
		size, err := scale.NationalByProvince(1, func(p string, in data.ElectionImport) error {
			raw += ri.insert(b, in)
			start := time.Now()
			b.StartTimer()
			res, err := st.ImportElection(context.Background(), in, data.ImportOptions{})
			b.StopTimer()
			imp += time.Since(start)
			tallies += res.Tallies
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		if tallies != size.Tallies {
			b.Fatalf("imported %d tallies of %d", tallies, size.Tallies)
		}
		st.Close()
		rawSt.Close()
		b.StartTimer()
	}
	b.ReportMetric(raw.Seconds()/float64(b.N), "raw-s/op")
	b.ReportMetric(imp.Seconds()/raw.Seconds(), "x-raw")
}

// BenchmarkImportNationalOneBatch imports the whole country in one
// transaction: the stress case (the rows alone take about 190 MB). Its
// raw insert runs just before it.
func BenchmarkImportNationalOneBatch(b *testing.B) {
	in, size := nationalData(b)
	var imp, raw time.Duration
	for b.Loop() {
		b.StopTimer()
		rawSt := openWithUnits(b, filepath.Join(b.TempDir(), "raw.db"))
		raw += newRawInserter(b, rawSt.DB()).insert(b, in)
		rawSt.Close()
		st := openWithUnits(b, filepath.Join(b.TempDir(), "import.db"))
		start := time.Now()
		b.StartTimer()
		res, err := st.ImportElection(context.Background(), in, data.ImportOptions{})
		b.StopTimer()
		imp += time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		if res.Tallies != size.Tallies {
			b.Fatalf("imported %d tallies of %d", res.Tallies, size.Tallies)
		}
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(raw.Seconds()/float64(b.N), "raw-s/op")
	b.ReportMetric(imp.Seconds()/raw.Seconds(), "x-raw")
}

// rawInserter writes import rows into bare tables with ids worked out
// before the timer starts.
type rawInserter struct {
	db                           *sql.DB
	units, parent                map[string]int64
	codes                        map[int64]string
	nextC, nextN, nextA          int64
	constituencies, candidatesOf map[[3]any]int64
}

func newRawInserter(b *testing.B, db *sql.DB) *rawInserter {
	for _, q := range []string{
		`CREATE TABLE r_elections(id INTEGER PRIMARY KEY, name, search, polling_day, structure)`,
		`CREATE TABLE r_constituencies(id INTEGER PRIMARY KEY, election_id, race, unit_id, number, seats, description)`,
		`CREATE TABLE r_candidates(id INTEGER PRIMARY KEY, constituency_id, name, search, birth_date, sex)`,
		`CREATE TABLE r_polling_areas(id INTEGER PRIMARY KEY, election_id, commune_id, number, name, search)`,
		`CREATE TABLE r_links(polling_area_id, race, constituency_id)`,
		`CREATE TABLE r_tallies(polling_area_id, race, voters, voted, issued, received, valid, invalid)`,
		`CREATE TABLE r_votes(candidate_id, polling_area_id, race, votes)`,
	} {
		if _, err := db.Exec(q); err != nil {
			b.Fatal(err)
		}
	}
	r := &rawInserter{db: db, units: map[string]int64{}, parent: map[string]int64{}, codes: map[int64]string{},
		constituencies: map[[3]any]int64{}, candidatesOf: map[[3]any]int64{}}
	rows, err := db.Query(`SELECT id, code, COALESCE(parent_id, 0) FROM units WHERE code IS NOT NULL`)
	if err != nil {
		b.Fatal(err)
	}
	for rows.Next() {
		var id, p int64
		var code string
		rows.Scan(&id, &code, &p)
		r.units[code], r.parent[code], r.codes[id] = id, p, code
	}
	rows.Close()
	return r
}

// council is the unit code whose council a race elects for a commune.
func (r *rawInserter) council(race election.Race, commune string) string {
	switch race {
	case election.RaceCommune:
		return commune
	case election.RaceDistrict:
		return r.codes[r.parent[commune]]
	}
	return r.codes[r.parent[r.codes[r.parent[commune]]]]
}

// insert writes the rows and returns how long the writing took.
func (r *rawInserter) insert(b *testing.B, in data.ElectionImport) time.Duration {
	// Every id, beforehand.
	cid := make([]int64, len(in.Constituencies))
	for i, c := range in.Constituencies {
		r.nextC++
		cid[i] = r.nextC
		r.constituencies[[3]any{c.Race, c.Unit, c.Number}] = r.nextC
	}
	nid := make([]int64, len(in.Candidates))
	ncid := make([]int64, len(in.Candidates))
	for i, c := range in.Candidates {
		r.nextN++
		nid[i] = r.nextN
		ncid[i] = r.constituencies[[3]any{c.Race, c.Unit, c.Number}]
		r.candidatesOf[[3]any{ncid[i], c.Name, 0}] = r.nextN
	}
	aid := make([]int64, len(in.PollingAreas))
	areaOf := map[[2]any]int{}
	links := make([][]int64, len(in.PollingAreas))
	for i, a := range in.PollingAreas {
		r.nextA++
		aid[i] = r.nextA
		areaOf[[2]any{a.Commune, a.Number}] = i
		for _, race := range election.Races {
			links[i] = append(links[i], r.constituencies[[3]any{race, r.council(race, a.Commune), a.In[race]}])
		}
	}
	tallyArea := make([]int64, len(in.Tallies))
	voteCand := make([][]int64, len(in.Tallies))
	for i, t := range in.Tallies {
		ai := areaOf[[2]any{t.Commune, t.Area}]
		tallyArea[i] = aid[ai]
		k := r.constituencies[[3]any{t.Race, r.council(t.Race, t.Commune), in.PollingAreas[ai].In[t.Race]}]
		for _, v := range t.Votes {
			voteCand[i] = append(voteCand[i], r.candidatesOf[[3]any{k, v.Name, 0}])
		}
	}
	start := time.Now()
	tx, err := r.db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	prep := func(q string) *sql.Stmt {
		s, err := tx.Prepare(q)
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	exec := func(st *sql.Stmt, args ...any) {
		if _, err := st.Exec(args...); err != nil {
			b.Fatal(err)
		}
	}
	tx.Exec(`INSERT OR IGNORE INTO r_elections VALUES (1, ?, ?, '2021-05-23', '2025-03')`, in.Election.Name, vn.Fold(in.Election.Name))
	insC := prep(`INSERT INTO r_constituencies VALUES (?,1,?,?,?,?,?)`)
	for i, c := range in.Constituencies {
		exec(insC, cid[i], string(c.Race), r.units[c.Unit], c.Number, c.Seats, c.Description)
	}
	insN := prep(`INSERT INTO r_candidates VALUES (?,?,?,?,?,?)`)
	for i, c := range in.Candidates {
		exec(insN, nid[i], ncid[i], c.Name, vn.Fold(c.Name), c.Birth.Format("2006-01-02"), c.Sex)
	}
	insA := prep(`INSERT INTO r_polling_areas VALUES (?,1,?,?,?,?)`)
	insL := prep(`INSERT INTO r_links VALUES (?,?,?)`)
	for i, a := range in.PollingAreas {
		exec(insA, aid[i], r.units[a.Commune], a.Number, a.Name, vn.Fold(a.Name))
		for k, race := range election.Races {
			exec(insL, aid[i], string(race), links[i][k])
		}
	}
	insT := prep(`INSERT INTO r_tallies VALUES (?,?,?,?,?,?,?,?)`)
	insV := prep(`INSERT INTO r_votes VALUES (?,?,?,?)`)
	for i, t := range in.Tallies {
		exec(insT, tallyArea[i], string(t.Race), t.Voters, t.Voted, t.Issued, t.Received, t.Valid, t.Invalid)
		for k, v := range t.Votes {
			exec(insV, voteCand[i][k], tallyArea[i], string(t.Race), v.Votes)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	return time.Since(start)
}

// benchDB is a database holding the national election: the file named by
// TDKT_BENCH_DB when set (built once, reused by later runs), else a
// temporary one.
func benchDB(b *testing.B) *data.Store {
	b.Helper()
	path := os.Getenv("TDKT_BENCH_DB")
	if path != "" {
		if _, err := os.Stat(path); err == nil {
			st, err := data.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			return st
		}
	} else {
		path = filepath.Join(b.TempDir(), "national.db")
	}
	st := openWithUnits(b, path)
	if _, err := scale.NationalByProvince(1, func(p string, in data.ElectionImport) error {
		_, err := st.ImportElection(context.Background(), in, data.ImportOptions{})
		return err
	}); err != nil {
		b.Fatal(err)
	}
	return st
}

// BenchmarkResultsNational computes the results of the whole country:
// every constituency decided, every unit's totals rolled up.
func BenchmarkResultsNational(b *testing.B) {
	st := benchDB(b)
	defer st.Close()
	ctx := context.Background()
	e, err := st.LatestElection(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var r *data.Results
	cpu0 := cpuTime()
	for b.Loop() {
		if r, err = st.Results(ctx, e.ID); err != nil {
			b.Fatal(err)
		}
	}
	// CPU time of the process per result: unlike wall time, it does not
	// grow when other programs share the machine.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	statuses := map[election.Status]int{}
	for _, c := range r.Constituencies {
		statuses[c.Status]++
	}
	b.Logf("%d constituencies %v, %d unit rows", len(r.Constituencies), statuses, len(r.Units))
}

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
