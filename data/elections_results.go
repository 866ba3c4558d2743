package data

import (
	"context"
	"database/sql"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"tdkt/data/election"
	"tdkt/data/problem"
)

// ConstituencyResult is a constituency with the sums of its polling areas'
// tallies and its result under Điều 78–80.
type ConstituencyResult struct {
	Constituency
	Voters, Voted, Valid, Invalid int64
	Areas                         int // polling areas that belong to it
	Tallied                       int // of which have their tally for its race
	// The sums above and Result are of the latest round counted; Round
	// names it. Result combines the rounds (see election.DecideRounds).
	election.Result
	Round election.Round
	// Rounds lists every round counted, in order: one entry when there was
	// one round. A second round recorded but without minutes yet is not
	// counted; SecondRound still shows it.
	Rounds      []RoundResult
	SecondRound *SecondRound
	// Warnings are what the law asks for and the data does not show, but
	// which never refuse anything: a list of candidates shorter than
	// Điều 57.6 / 58.3 ask for (rule candidate_list_short).
	Warnings []problem.Problem
}

// RoundResult is one round of a constituency: the sums of its minutes and
// its own result (for a bầu thêm: its candidates and seats only).
type RoundResult struct {
	Round                         election.Round
	Voters, Voted, Valid, Invalid int64
	Areas, Tallied                int
	election.Result
}

// UnitResult is one race summed over a unit and the units below it:
// voters and voted from the tallies of its polling areas, seats and
// elected from the constituencies of its councils.
type UnitResult struct {
	Unit Unit
	Race election.Race
	election.Totals
}

// Results are an election's results: every constituency decided under the
// law and the totals of every unit and race up the tree.
type Results struct {
	Election       Election
	Constituencies []ConstituencyResult // by race, unit code and number
	Units          []UnitResult         // in tree order, races in the order of election.Races

	units  map[int64]Unit // every official unit of the structure
	totals map[election.UnitRace]election.Totals
}

// Results computes an election's results from its tallies. It reads the
// sums the store keeps (see refreshTotals) with a few queries run side by
// side, so the results of a whole country take under a second.
func (s *Store) Results(ctx context.Context, electionID int64) (*Results, error) {
	e, err := s.Election(ctx, electionID)
	if err != nil {
		return nil, err
	}
	res := &Results{Election: e}

	// Sizes, and whether other elections share the tables.
	var nConst, nCand, others, minID, maxID int64
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM constituencies WHERE election_id = ?1),
		(SELECT COUNT(*) FROM elections WHERE id <> ?1), (SELECT COUNT(*) FROM candidates),
		(SELECT COALESCE(MIN(id), 0) FROM candidates), (SELECT COALESCE(MAX(id), 0) FROM candidates)`, electionID).
		Scan(&nConst, &others, &nCand, &minID, &maxID); err != nil {
		return nil, err
	}
	var (
		rs          = make([]ConstituencyResult, 0, nConst)
		communeSums []election.Contribution
	)
	queries := []func() error{
		func() error {
			return s.eachRow(ctx, func(sc scanner) error {
				rs = append(rs, ConstituencyResult{})
				r := &rs[len(rs)-1]
				var race string
				if err := sc.Scan(&r.ID, &r.ElectionID, &race, &r.UnitID, &r.Number, &r.Seats, &r.Description,
					&r.Areas, &r.Tallied, &r.Voters, &r.Voted, &r.Valid, &r.Invalid); err != nil {
					return err
				}
				r.Race = election.Race(race)
				return nil
			}, `SELECT id, election_id, race, unit_id, number, seats, description, areas, tallied, voters, voted, valid, invalid
				FROM constituencies WHERE election_id = ?`, electionID)
		},
		func() error {
			return s.eachRow(ctx, func(sc scanner) error {
				var c election.Contribution
				var race string
				if err := sc.Scan(&c.Unit, &race, &c.Voters, &c.Voted); err != nil {
					return err
				}
				c.Race = election.Race(race)
				communeSums = append(communeSums, c)
				return nil
			}, `SELECT commune_id, race, voters, voted FROM commune_totals WHERE election_id = ?`, electionID)
		},
		func() error {
			res.units = map[int64]Unit{}
			return s.eachRow(ctx, func(sc scanner) error {
				var u Unit
				if err := sc.Scan(&u.ID, &u.Structure, &u.Code, &u.Name, &u.Type, &u.Level, &u.ParentID); err != nil {
					return err
				}
				u.Official = true
				res.units[u.ID] = u
				return nil
			}, `SELECT id, structure, code, name, type, level, COALESCE(parent_id, 0) FROM units WHERE structure = ? AND official = 1`, e.Structure)
		},
	}
	// Candidates are most of the rows: read them in id ranges side by side.
	// With one election in the file (the usual case) no filter is needed;
	// otherwise + keeps SQLite from seeking each row through an index.
	parts := int64(min(runtime.GOMAXPROCS(0), 4))
	chunks := make([]candidateChunk, parts)
	q := `SELECT id, constituency_id, name, birth_date, votes FROM candidates WHERE id BETWEEN ? AND ?`
	if others > 0 {
		q += ` AND +constituency_id IN (SELECT id FROM constituencies WHERE election_id = ?)`
	}
	step := (maxID-minID)/parts + 1
	for i := range chunks {
		c := &chunks[i]
		lo := minID + int64(i)*step
		queries = append(queries, func() error { return c.read(ctx, s, q, nCand/parts+16, lo, lo+step-1, electionID) })
	}
	errs := make([]error, len(queries))
	var wg sync.WaitGroup
	for i, q := range queries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = q()
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}

	cands := groupCandidates(chunks)
	rounds, roundSums, roundVotes, err := s.roundSumsOf(ctx, electionID)
	if err != nil {
		return nil, err
	}
	contribs := communeSums
	for i := range rs {
		r := &rs[i]
		u := res.units[r.UnitID]
		r.UnitCode, r.UnitName = u.Code, u.Name
		first := election.Constituency{
			Race: r.Race, Seats: r.Seats, Round: election.Regular,
			Voters: r.Voters, Voted: r.Voted, Valid: r.Valid, Invalid: r.Invalid,
			Complete:   r.Areas > 0 && r.Tallied == r.Areas,
			Candidates: cands[r.ID],
			PollingDay: e.PollingDay,
		}
		sr, has := rounds[r.ID]
		if has {
			r.SecondRound = &sr
		}
		decideRounds(r, first, sr, has, roundSums[r.ID], roundVotes)
		if n := len(cands[r.ID]); n < election.MinCandidates(r.Race, r.Seats) {
			r.Warnings = append(r.Warnings, *election.CheckCandidateList(r.Label(), r.Race, r.Seats, n))
		}
		contribs = append(contribs, election.Contribution{Unit: r.UnitID, Race: r.Race,
			Totals: election.Totals{Seats: int64(r.Seats), Elected: int64(r.Elected)}})
	}
	// Sort small keys, then move each (large) result once.
	type key struct {
		race   int
		code   string
		number int
		i      int
	}
	keys := make([]key, len(rs))
	for i, r := range rs {
		keys[i] = key{raceOrder(r.Race), r.UnitCode, r.Number, i}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.race != b.race {
			return a.race < b.race
		}
		if a.code != b.code {
			return a.code < b.code
		}
		return a.number < b.number
	})
	res.Constituencies = make([]ConstituencyResult, len(rs))
	for i, k := range keys {
		res.Constituencies[i] = rs[k.i]
	}
	parent := make(map[int64]int64, len(res.units))
	for id, u := range res.units {
		if u.ParentID != 0 {
			parent[id] = u.ParentID
		}
	}
	res.totals = election.Rollup(parent, contribs)
	res.Units = make([]UnitResult, 0, len(res.totals))
	for k, t := range res.totals {
		res.Units = append(res.Units, UnitResult{Unit: res.units[k.Unit], Race: k.Race, Totals: t})
	}
	paths := map[int64]string{}
	for _, u := range res.Units {
		paths[u.Unit.ID] = res.path(u.Unit.ID)
	}
	sort.Slice(res.Units, func(i, j int) bool {
		a, b := res.Units[i], res.Units[j]
		if pa, pb := paths[a.Unit.ID], paths[b.Unit.ID]; pa != pb {
			return pa < pb
		}
		return raceOrder(a.Race) < raceOrder(b.Race)
	})
	return res, nil
}

// decideRounds fills a constituency's result over its rounds: the first
// round, and its second (sr, when has) once any of its minutes is counted.
func decideRounds(r *ConstituencyResult, first election.Constituency, sr SecondRound, has bool, sums roundSums, votes map[int64]int64) {
	one := election.DecideRounds(first, nil, has && sr.Annulled())
	r.Rounds = []RoundResult{{Round: election.Regular, Voters: r.Voters, Voted: r.Voted, Valid: r.Valid, Invalid: r.Invalid,
		Areas: r.Areas, Tallied: r.Tallied, Result: one.First}}
	r.Result, r.Round = one.Result, election.Regular
	if !has || sums.tallied == 0 {
		return
	}
	var second election.Constituency
	if sr.Kind == election.Additional {
		second = election.AdditionalRound(first, one.First, votes)
	} else {
		second = election.Constituency{Race: first.Race, Seats: first.Seats, Round: election.Repeat, PollingDay: first.PollingDay}
		for _, c := range first.Candidates {
			c.Votes = votes[c.ID]
			second.Candidates = append(second.Candidates, c)
		}
	}
	second.Voters, second.Voted, second.Valid, second.Invalid = sums.voters, sums.voted, sums.valid, sums.invalid
	second.Complete = sums.areas > 0 && sums.tallied == sums.areas
	both := election.DecideRounds(first, &second, sr.Annulled())
	r.Rounds = append(r.Rounds, RoundResult{Round: sr.Kind, Voters: sums.voters, Voted: sums.voted, Valid: sums.valid, Invalid: sums.invalid,
		Areas: sums.areas, Tallied: sums.tallied, Result: *both.Second})
	r.Result, r.Round = both.Result, sr.Kind
	r.Voters, r.Voted, r.Valid, r.Invalid = sums.voters, sums.voted, sums.valid, sums.invalid
	r.Areas, r.Tallied = sums.areas, sums.tallied
}

// path is a unit's codes from the province down, for tree order.
func (r *Results) path(id int64) string {
	var parts []string
	for i := 0; id != 0 && i < 5; i++ {
		u := r.units[id]
		parts = append(parts, u.Code)
		id = u.ParentID
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "/")
}

// Totals are a unit's totals in a race (unit 0: every province together).
func (r *Results) Totals(unitID int64, race election.Race) election.Totals {
	if unitID != 0 {
		return r.totals[election.UnitRace{Unit: unitID, Race: race}]
	}
	var t election.Totals
	for k, x := range r.totals {
		if k.Race == race && r.units[k.Unit].ParentID == 0 {
			t = t.Add(x)
		}
	}
	return t
}

// HasData reports whether anything of the election lies in a unit's tree.
func (r *Results) HasData(unitID int64) bool {
	for _, race := range r.Election.Races {
		if _, ok := r.totals[election.UnitRace{Unit: unitID, Race: race}]; ok {
			return true
		}
	}
	return false
}

// Root is the lowest unit whose tree holds all of the election's data:
// the province for a province's election, 0 when several provinces have
// data (or none has).
func (r *Results) Root() int64 {
	var provinces []int64
	for k := range r.totals {
		if u := r.units[k.Unit]; u.ParentID == 0 {
			provinces = append(provinces, u.ID)
		}
	}
	sort.Slice(provinces, func(i, j int) bool { return provinces[i] < provinces[j] })
	provinces = compactIDs(provinces)
	if len(provinces) != 1 {
		return 0
	}
	return provinces[0]
}

func compactIDs(ids []int64) []int64 {
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}

// Unit is an official unit of the election's structure (the zero Unit
// when unknown).
func (r *Results) Unit(id int64) Unit { return r.units[id] }

// ResultsRow is one line of a summary: a unit (or a polling area) and its
// totals per race.
type ResultsRow struct {
	UnitID int64  // 0 for a polling area
	Code   string // GSO code; empty for a polling area
	Label  string // the unit's name, or the polling area's label
	Totals map[election.Race]election.Totals
}

// ResultsSummary is what a unit sends up: a row per unit directly under it that
// has data (a row per polling area for a commune) and its own totals.
// Seats and elected count at the unit whose council is elected, so the
// total holds seats of the unit's own councils that no row holds.
type ResultsSummary struct {
	Unit  Unit // the zero Unit for the whole country
	Races []election.Race
	Rows  []ResultsRow
	Total ResultsRow
}

// ResultsSummary builds the summary of a unit (0: the whole country, a row per
// province).
func (s *Store) ResultsSummary(ctx context.Context, r *Results, unitID int64) (ResultsSummary, error) {
	sum := ResultsSummary{Unit: r.units[unitID], Races: r.Election.Races}
	row := func(id int64) ResultsRow {
		u := r.units[id]
		sr := ResultsRow{UnitID: id, Code: u.Code, Label: u.Name, Totals: map[election.Race]election.Totals{}}
		for _, race := range sum.Races {
			sr.Totals[race] = r.Totals(id, race)
		}
		return sr
	}
	sum.Total = row(unitID)
	sum.Total.Label = "Tổng cộng"
	if unitID == 0 {
		sum.Total.Code = ""
	}
	if u := r.units[unitID]; unitID != 0 && election.IsCommuneType(u.Type) {
		var last int64
		err := s.eachRow(ctx, func(sc scanner) error {
			var id int64
			var number int
			var name, race string
			var t election.Totals
			if err := sc.Scan(&id, &number, &name, &race, &t.Voters, &t.Voted); err != nil {
				return err
			}
			if id != last {
				last = id
				label := name // the column is headed "Khu vực bỏ phiếu"
				if label == "" {
					label = "Số " + strconv.Itoa(number)
				}
				sum.Rows = append(sum.Rows, ResultsRow{Label: label, Totals: map[election.Race]election.Totals{}})
			}
			if race != "" {
				sum.Rows[len(sum.Rows)-1].Totals[election.Race(race)] = t
			}
			return nil
		}, `SELECT p.id, p.number, p.name, COALESCE(t.race, ''), COALESCE(t.voters, 0), COALESCE(t.voted, 0)
			FROM polling_areas p LEFT JOIN tallies t ON t.polling_area_id = p.id
			WHERE p.election_id = ? AND p.commune_id = ? ORDER BY p.number`, r.Election.ID, unitID)
		return sum, err
	}
	var kids []Unit
	for _, u := range r.units {
		if u.ParentID == unitID && r.HasData(u.ID) {
			kids = append(kids, u)
		}
	}
	sort.Slice(kids, func(i, j int) bool { return kids[i].Code < kids[j].Code })
	for _, k := range kids {
		sum.Rows = append(sum.Rows, row(k.ID))
	}
	return sum, nil
}

// parseISODate reads YYYY-MM-DD without allocating; anything else is the
// zero time (unknown).
func parseISODate(b []byte) time.Time {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return time.Time{}
	}
	n := func(p []byte) int {
		v := 0
		for _, c := range p {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, m, d := n(b[:4]), n(b[5:7]), n(b[8:])
	if y < 0 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
}

// candidateChunk is the candidates of one id range, in id order, with
// the constituency of each.
type candidateChunk struct {
	cands []election.Candidate
	ks    []int64
}

func (c *candidateChunk) read(ctx context.Context, s *Store, q string, size, lo, hi, electionID int64) error {
	c.cands = make([]election.Candidate, 0, size)
	c.ks = make([]int64, 0, size)
	var birth sql.RawBytes
	args := []any{lo, hi}
	if strings.Count(q, "?") == 3 {
		args = append(args, electionID)
	}
	return s.eachRow(ctx, func(sc scanner) error {
		c.cands = append(c.cands, election.Candidate{})
		x := &c.cands[len(c.cands)-1]
		var k int64
		if err := sc.Scan(&x.ID, &k, &x.Name, &birth, &x.Votes); err != nil {
			return err
		}
		x.Birth = parseISODate(birth)
		c.ks = append(c.ks, k)
		return nil
	}, q, args...)
}

// groupCandidates maps each constituency to its candidates. Rows come
// grouped by constituency (candidates are added a constituency at a
// time), so most groups are a slice of a chunk, not a copy.
func groupCandidates(chunks []candidateChunk) map[int64][]election.Candidate {
	out := map[int64][]election.Candidate{}
	for _, ch := range chunks {
		for i := 0; i < len(ch.cands); {
			j := i + 1
			for j < len(ch.cands) && ch.ks[j] == ch.ks[i] {
				j++
			}
			k := ch.ks[i]
			if prev, ok := out[k]; ok {
				out[k] = append(prev[:len(prev):len(prev)], ch.cands[i:j]...)
			} else {
				out[k] = ch.cands[i:j:j]
			}
			i = j
		}
	}
	return out
}

// StatusLabel is a constituency's status in Vietnamese, as screens and
// reports show it.
func StatusLabel(s election.Status) string {
	switch s {
	case election.StatusOK:
		return "Hợp lệ"
	case election.StatusIncomplete:
		return "Chưa đủ biên bản"
	case election.StatusAdditional:
		return "Phải bầu thêm"
	case election.StatusRepeat:
		return "Phải bầu lại"
	case election.StatusTie:
		return "Số phiếu bằng nhau"
	}
	return string(s)
}
