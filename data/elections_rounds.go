package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"tdkt/data/election"
	"tdkt/data/problem"
	"tdkt/data/vn"
)

// SecondRound is the bầu thêm or bầu lại of a constituency (at most one):
// its kind, its polling day and, for a bầu lại after an annulment, the
// annulment's reason and decision.
type SecondRound struct {
	ConstituencyID int64
	Kind           election.Round // Additional or Repeat
	Day            time.Time      // the zero time when not set
	Annulment      election.Annulment
}

// Annulled reports whether the first round was annulled.
func (r SecondRound) Annulled() bool { return r.Annulment.Recorded() }

// querier is what reads run on: the database or a transaction.
type querier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// secondRound reads a constituency's second round; ok is false when none.
func secondRound(ctx context.Context, q querier, constituencyID int64) (r SecondRound, ok bool, err error) {
	var kind, day string
	err = q.QueryRowContext(ctx, `SELECT kind, polling_day, annulled_reason, annulled_by FROM rounds WHERE constituency_id = ?`, constituencyID).
		Scan(&kind, &day, &r.Annulment.Reason, &r.Annulment.Decision)
	if err == sql.ErrNoRows {
		return SecondRound{ConstituencyID: constituencyID}, false, nil
	}
	if err != nil {
		return r, false, err
	}
	r.ConstituencyID, r.Kind = constituencyID, election.RoundFromCode(kind)
	if day != "" {
		r.Day, _ = time.Parse(isoDate, day)
	}
	return r, true, nil
}

// SecondRound reads a constituency's second round; ok is false when it has
// none.
func (s *Store) SecondRound(ctx context.Context, constituencyID int64) (SecondRound, bool, error) {
	return secondRound(ctx, s.db, constituencyID)
}

// firstRound is a constituency's first round as the law decides it, from
// the sums the store keeps.
func firstRound(ctx context.Context, q querier, c Constituency, day time.Time) (election.Constituency, election.Result, error) {
	fc := election.Constituency{Race: c.Race, Seats: c.Seats, Round: election.Regular, PollingDay: day}
	var areas, tallied int
	if err := q.QueryRowContext(ctx, `SELECT areas, tallied, voters, voted, valid, invalid FROM constituencies WHERE id = ?`, c.ID).
		Scan(&areas, &tallied, &fc.Voters, &fc.Voted, &fc.Valid, &fc.Invalid); err != nil {
		return fc, election.Result{}, err
	}
	fc.Complete = areas > 0 && tallied == areas
	rows, err := q.QueryContext(ctx, `SELECT id, name, birth_date, votes FROM candidates WHERE constituency_id = ? ORDER BY id`, c.ID)
	if err != nil {
		return fc, election.Result{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var k election.Candidate
		var birth string
		if err := rows.Scan(&k.ID, &k.Name, &birth, &k.Votes); err != nil {
			return fc, election.Result{}, err
		}
		k.Birth = parseBirth(birth)
		fc.Candidates = append(fc.Candidates, k)
	}
	if err := rows.Err(); err != nil {
		return fc, election.Result{}, err
	}
	return fc, election.Decide(fc), nil
}

// roundCandidates are the candidates who stand in a second round of kind:
// every candidate in a bầu lại, the ones not elected in a bầu thêm; and
// the seats the round fills.
func roundCandidates(all []Candidate, kind election.Round, first election.Result, seats int) ([]Candidate, int) {
	if kind != election.Additional {
		return all, seats
	}
	elected := map[int64]bool{}
	for _, r := range first.Ranked {
		if r.Elected {
			elected[r.ID] = true
		}
	}
	var out []Candidate
	for _, c := range all {
		if !elected[c.ID] {
			out = append(out, c)
		}
	}
	return out, first.Missing
}

// StartRound records a constituency's second round where the law calls for
// it (election.CheckRound): a bầu thêm or a bầu lại after the first
// round's result, or a bầu lại after an annulment, which must name its
// reason and decision. A constituency that already has its second round
// keeps its kind (another kind is refused while the round has minutes);
// its day and annulment are updated.
func (s *Store) StartRound(ctx context.Context, r SecondRound) (SecondRound, error) {
	c, err := s.Constituency(ctx, r.ConstituencyID)
	if err != nil {
		return r, err
	}
	e, err := s.Election(ctx, c.ElectionID)
	if err != nil {
		return r, err
	}
	if e.Locked() {
		return r, lockedErr(e)
	}
	r.Annulment.Reason, r.Annulment.Decision = vn.Clean(r.Annulment.Reason), vn.Clean(r.Annulment.Decision)
	annulled := r.Annulment.Reason != "" || r.Annulment.Decision != ""
	if annulled {
		if p := election.CheckAnnulment(r.Annulment); p != nil {
			return r, p
		}
	}
	err = s.write(ctx, func(t *Tx) error {
		return t.startRound(ctx, c, e, r, annulled)
	})
	if err != nil {
		return r, err
	}
	out, _, err := s.SecondRound(ctx, r.ConstituencyID)
	return out, err
}

func (t *Tx) startRound(ctx context.Context, c Constituency, e Election, r SecondRound, annulled bool) error {
	_, res, err := firstRound(ctx, t.tx, c, e.PollingDay)
	if err != nil {
		return err
	}
	if p := election.CheckRound(c.Label(), r.Kind, res, annulled); p != nil {
		return p
	}
	old, had, err := secondRound(ctx, t.tx, c.ID)
	if err != nil {
		return err
	}
	if had && old.Kind != r.Kind {
		var n int
		if err := t.queryRow(`SELECT COUNT(*) FROM round_tallies rt JOIN polling_area_constituencies pac
			ON pac.polling_area_id = rt.polling_area_id AND pac.race = rt.race WHERE pac.constituency_id = ?`, c.ID).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fieldErr(election.FieldRound, problem.RoundMismatch, "%s đã có %d biên bản %s: không đổi sang %s được (xóa các biên bản đó trước)",
				c.Label(), n, lower(old.Kind.Word()), lower(r.Kind.Word()))
		}
	}
	day := ""
	if !r.Day.IsZero() {
		day = r.Day.Format(isoDate)
	}
	if _, err := t.exec(`INSERT INTO rounds(constituency_id, kind, polling_day, annulled_reason, annulled_by) VALUES (?,?,?,?,?)
		ON CONFLICT (constituency_id) DO UPDATE SET kind = excluded.kind, polling_day = excluded.polling_day,
			annulled_reason = excluded.annulled_reason, annulled_by = excluded.annulled_by`,
		c.ID, r.Kind.Code(), day, r.Annulment.Reason, r.Annulment.Decision); err != nil {
		return err
	}
	action := "insert"
	var before map[string]any
	if had {
		action = "update"
		before = map[string]any{"kind": old.Kind.Code(), "annulled_reason": old.Annulment.Reason, "annulled_by": old.Annulment.Decision}
	}
	return t.audit("rounds", c.ID, action, before, map[string]any{"kind": r.Kind.Code(), "polling_day": day,
		"annulled_reason": r.Annulment.Reason, "annulled_by": r.Annulment.Decision})
}

// DeleteRound removes a constituency's second round with its minutes.
func (s *Store) DeleteRound(ctx context.Context, constituencyID int64) error {
	c, err := s.Constituency(ctx, constituencyID)
	if err != nil {
		return err
	}
	if err := s.checkOpen(ctx, c.ElectionID); err != nil {
		return err
	}
	return s.write(ctx, func(t *Tx) error {
		if _, err := t.exec(`DELETE FROM round_tallies WHERE (polling_area_id, race) IN
			(SELECT polling_area_id, race FROM polling_area_constituencies WHERE constituency_id = ?)`, constituencyID); err != nil {
			return err
		}
		r, err := t.exec(`DELETE FROM rounds WHERE constituency_id = ?`, constituencyID)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return fmt.Errorf("lần bầu thứ hai của %s: %w", c.Label(), ErrNotFound)
		}
		return t.audit("rounds", constituencyID, "delete", nil, nil)
	})
}

func lower(s string) string {
	r := []rune(s)
	if len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
		r[0] += 'a' - 'A'
	}
	return string(r)
}

// RoundTallySheet reads the minutes of a polling area for a race in its
// constituency's second round: the candidates who stand in it (all of them
// in a bầu lại, those not elected in a bầu thêm) and the seats it fills.
func (s *Store) RoundTallySheet(ctx context.Context, areaID int64, race election.Race) (TallySheet, error) {
	return s.tallySheet(ctx, areaID, race, true)
}

// SaveRoundTally stores the minutes of a polling area for a race in its
// constituency's second round, as SaveTally does for the first.
func (s *Store) SaveRoundTally(ctx context.Context, areaID int64, race election.Race, t election.Tally, votes []int64) error {
	return s.saveTally(ctx, areaID, race, t, votes, true)
}

// DeleteRoundTally removes the second round's minutes of a polling area
// for a race.
func (s *Store) DeleteRoundTally(ctx context.Context, areaID int64, race election.Race) error {
	return s.deleteTally(ctx, areaID, race, true)
}

// roundSums are the sums of a second round's minutes over a constituency.
type roundSums struct {
	areas, tallied                int
	voters, voted, valid, invalid int64
}

// roundSumsOf sums the second rounds of an election's constituencies.
func (s *Store) roundSumsOf(ctx context.Context, electionID int64) (map[int64]SecondRound, map[int64]roundSums, map[int64]int64, error) {
	rounds := map[int64]SecondRound{}
	sums := map[int64]roundSums{}
	votes := map[int64]int64{}
	err := s.eachRow(ctx, func(sc scanner) error {
		var r SecondRound
		var kind, day string
		if err := sc.Scan(&r.ConstituencyID, &kind, &day, &r.Annulment.Reason, &r.Annulment.Decision); err != nil {
			return err
		}
		r.Kind = election.RoundFromCode(kind)
		if day != "" {
			r.Day, _ = time.Parse(isoDate, day)
		}
		rounds[r.ConstituencyID] = r
		return nil
	}, `SELECT r.constituency_id, r.kind, r.polling_day, r.annulled_reason, r.annulled_by FROM rounds r
		JOIN constituencies c ON c.id = r.constituency_id WHERE c.election_id = ?`, electionID)
	if err != nil || len(rounds) == 0 {
		return rounds, sums, votes, err
	}
	err = s.eachRow(ctx, func(sc scanner) error {
		var id int64
		var x roundSums
		if err := sc.Scan(&id, &x.areas, &x.tallied, &x.voters, &x.voted, &x.valid, &x.invalid); err != nil {
			return err
		}
		sums[id] = x
		return nil
	}, `SELECT pac.constituency_id, COUNT(*), COUNT(t.race), COALESCE(SUM(t.voters), 0), COALESCE(SUM(t.voted), 0),
			COALESCE(SUM(t.valid), 0), COALESCE(SUM(t.invalid), 0)
		FROM rounds r JOIN constituencies c ON c.id = r.constituency_id
		JOIN polling_area_constituencies pac ON pac.constituency_id = r.constituency_id
		LEFT JOIN round_tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE c.election_id = ? GROUP BY pac.constituency_id`, electionID)
	if err != nil {
		return nil, nil, nil, err
	}
	err = s.eachRow(ctx, func(sc scanner) error {
		var id, v int64
		if err := sc.Scan(&id, &v); err != nil {
			return err
		}
		votes[id] = v
		return nil
	}, `SELECT v.candidate_id, SUM(v.votes) FROM round_votes v JOIN candidates k ON k.id = v.candidate_id
		JOIN rounds r ON r.constituency_id = k.constituency_id JOIN constituencies c ON c.id = r.constituency_id
		WHERE c.election_id = ? GROUP BY v.candidate_id`, electionID)
	return rounds, sums, votes, err
}

// AreaTally is a polling area of a constituency with its minutes of one
// round: the six numbers and the votes by candidate ID; Saved is false
// while they have not come in.
type AreaTally struct {
	Area  PollingArea // with its CommuneName
	Saved bool
	election.Tally
	Votes map[int64]int64
}

// ConstituencyTallies lists a constituency's polling areas, by commune
// code and number, with their minutes of the first round or (second) of
// the second.
func (s *Store) ConstituencyTallies(ctx context.Context, constituencyID int64, second bool) ([]AreaTally, error) {
	tallies, votes := tallyTables(second)
	var out []AreaTally
	index := map[int64]int{}
	err := s.eachRow(ctx, func(sc scanner) error {
		var a AreaTally
		var v [6]sql.NullInt64
		if err := sc.Scan(&a.Area.ID, &a.Area.ElectionID, &a.Area.CommuneID, &a.Area.Number, &a.Area.Name, &a.Area.CommuneName,
			&v[0], &v[1], &v[2], &v[3], &v[4], &v[5]); err != nil {
			return err
		}
		a.Saved = v[0].Valid
		a.Tally = election.Tally{Voters: v[0].Int64, Voted: v[1].Int64, Issued: v[2].Int64, Received: v[3].Int64, Valid: v[4].Int64, Invalid: v[5].Int64}
		a.Votes = map[int64]int64{}
		index[a.Area.ID] = len(out)
		out = append(out, a)
		return nil
	}, `SELECT p.id, p.election_id, p.commune_id, p.number, p.name, u.name, t.voters, t.voted, t.issued, t.received, t.valid, t.invalid
		FROM polling_area_constituencies pac JOIN polling_areas p ON p.id = pac.polling_area_id JOIN units u ON u.id = p.commune_id
		LEFT JOIN `+tallies+` t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE pac.constituency_id = ? ORDER BY u.code, p.number`, constituencyID)
	if err != nil {
		return nil, err
	}
	err = s.eachRow(ctx, func(sc scanner) error {
		var area, cand, v int64
		if err := sc.Scan(&area, &cand, &v); err != nil {
			return err
		}
		if i, ok := index[area]; ok {
			out[i].Votes[cand] = v
		}
		return nil
	}, `SELECT v.polling_area_id, v.candidate_id, v.votes FROM `+votes+` v
		JOIN polling_area_constituencies pac ON pac.polling_area_id = v.polling_area_id AND pac.race = v.race
		WHERE pac.constituency_id = ?`, constituencyID)
	return out, err
}
