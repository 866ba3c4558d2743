package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"tdkt/data/problem"

	"tdkt/data/election"
)

// TallySheet is the vote-count minutes of one polling area for one race,
// as a form shows it: the six numbers and the votes of every candidate of
// the area's constituency in that race (zero while nothing is saved).
type TallySheet struct {
	Area         PollingArea
	Race         election.Race
	Constituency Constituency
	Saved        bool // a tally is stored
	// Round is the round the minutes belong to; in a bầu thêm only the
	// candidates not elected stand, for the seats left (Seats).
	Round election.Round
	Seats int
	election.Tally
	Candidates []Candidate
	Votes      []int64 // Votes[i] is the votes of Candidates[i]
}

// TallySheet reads the minutes of a polling area for a race.
func (s *Store) TallySheet(ctx context.Context, areaID int64, race election.Race) (TallySheet, error) {
	return s.tallySheet(ctx, areaID, race, false)
}

// tallyTables are the tables of a round's minutes and votes.
func tallyTables(second bool) (tallies, votes string) {
	if second {
		return "round_tallies", "round_votes"
	}
	return "tallies", "votes"
}

// tallySheet reads the minutes of the first round, or of the second.
func (s *Store) tallySheet(ctx context.Context, areaID int64, race election.Race, second bool) (TallySheet, error) {
	a, err := s.PollingArea(ctx, areaID)
	if err != nil {
		return TallySheet{}, err
	}
	k, ok := a.In[race]
	if !ok {
		return TallySheet{}, fieldErr(election.FieldRace, problem.NoConstituency, "%s chưa thuộc đơn vị bầu cử %s nào", a.Label(), race.Label())
	}
	c, err := s.Constituency(ctx, k)
	if err != nil {
		return TallySheet{}, err
	}
	ts := TallySheet{Area: a, Race: race, Constituency: c, Seats: c.Seats}
	tallies, votesTable := tallyTables(second)
	err = s.db.QueryRowContext(ctx, `SELECT voters, voted, issued, received, valid, invalid FROM `+tallies+` WHERE polling_area_id = ? AND race = ?`,
		areaID, string(race)).Scan(&ts.Voters, &ts.Voted, &ts.Issued, &ts.Received, &ts.Valid, &ts.Invalid)
	switch {
	case err == nil:
		ts.Saved = true
	case err != sql.ErrNoRows:
		return TallySheet{}, err
	}
	if ts.Candidates, err = s.Candidates(ctx, k); err != nil {
		return TallySheet{}, err
	}
	if second {
		r, ok, err := s.SecondRound(ctx, k)
		if err != nil {
			return TallySheet{}, err
		}
		if !ok {
			return TallySheet{}, fieldErr(election.FieldRound, problem.RoundNotCalled, "%s không có lần bầu thêm hay bầu lại", c.Label())
		}
		e, err := s.Election(ctx, a.ElectionID)
		if err != nil {
			return TallySheet{}, err
		}
		_, first, err := firstRound(ctx, s.db, c, e.PollingDay)
		if err != nil {
			return TallySheet{}, err
		}
		ts.Round = r.Kind
		ts.Candidates, ts.Seats = roundCandidates(ts.Candidates, r.Kind, first, c.Seats)
	}
	votes := map[int64]int64{}
	rows, err := s.db.QueryContext(ctx, `SELECT candidate_id, votes FROM `+votesTable+` WHERE polling_area_id = ? AND race = ?`, areaID, string(race))
	if err != nil {
		return TallySheet{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, v int64
		if err := rows.Scan(&id, &v); err != nil {
			return TallySheet{}, err
		}
		votes[id] = v
	}
	ts.Votes = make([]int64, len(ts.Candidates))
	for i, cand := range ts.Candidates {
		ts.Votes[i] = votes[cand.ID]
	}
	return ts, rows.Err()
}

// SaveTally stores the minutes of a polling area for a race, replacing
// what was saved before. votes has one entry per candidate of the area's
// constituency, in the order of TallySheet.Candidates. A tally that breaks
// a consistency rule (election.CheckTally) is refused with a problem.List.
func (s *Store) SaveTally(ctx context.Context, areaID int64, race election.Race, t election.Tally, votes []int64) error {
	return s.saveTally(ctx, areaID, race, t, votes, false)
}

func (s *Store) saveTally(ctx context.Context, areaID int64, race election.Race, t election.Tally, votes []int64, second bool) error {
	ts, err := s.tallySheet(ctx, areaID, race, second)
	if err != nil {
		return err
	}
	if err := s.checkOpen(ctx, ts.Area.ElectionID); err != nil {
		return err
	}
	if len(votes) != len(ts.Candidates) {
		return fieldErr(election.FieldVotes, problem.CandidateMissing, "Cần số phiếu bầu của đủ %d người ứng cử, có %d", len(ts.Candidates), len(votes))
	}
	if vs := election.CheckTally(t, votes, ts.Seats); len(vs) > 0 {
		return problem.List(vs)
	}
	ids := make([]int64, len(ts.Candidates))
	for i, c := range ts.Candidates {
		ids[i] = c.ID
	}
	return s.write(ctx, func(tx *Tx) error {
		w, err := tx.newTallyWriter(second)
		if err != nil {
			return err
		}
		defer w.close()
		if err := w.write(areaID, race, t, ids, votes, ts.Saved); err != nil {
			return err
		}
		if !second {
			x := newTouched(ts.Area.ElectionID)
			x.area(ts.Area.CommuneID, ts.Constituency.ID)
			if err := tx.refreshTotals(x); err != nil {
				return err
			}
		}
		action := "insert"
		if ts.Saved {
			action = "update"
		}
		table, _ := tallyTables(second)
		return tx.audit(table, areaID, action, nil, map[string]any{"race": race, "tally": t, "votes": votes})
	})
}

// DeleteTally removes the minutes of a polling area for a race.
func (s *Store) DeleteTally(ctx context.Context, areaID int64, race election.Race) error {
	return s.deleteTally(ctx, areaID, race, false)
}

func (s *Store) deleteTally(ctx context.Context, areaID int64, race election.Race, second bool) error {
	a, err := s.PollingArea(ctx, areaID)
	if err != nil {
		return err
	}
	if err := s.checkOpen(ctx, a.ElectionID); err != nil {
		return err
	}
	table, _ := tallyTables(second)
	return s.write(ctx, func(t *Tx) error {
		x := newTouched(a.ElectionID)
		if err := t.touchArea(x, areaID); err != nil {
			return err
		}
		r, err := t.exec(`DELETE FROM `+table+` WHERE polling_area_id = ? AND race = ?`, areaID, string(race))
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return fmt.Errorf("biên bản kiểm phiếu: %w", ErrNotFound)
		}
		if !second {
			if err := t.refreshTotals(x); err != nil {
				return err
			}
		}
		return t.audit(table, areaID, "delete", map[string]any{"race": race}, nil)
	})
}

// tallyWriter writes tallies and their votes with prepared statements,
// for one form or a whole country's import: the votes of a tally go in
// one statement.
type tallyWriter struct {
	tx         *sql.Tx
	votesTable string
	del, ins   *sql.Stmt
	votes      map[int]*sql.Stmt // by number of candidates
	args       []any
}

func (t *Tx) newTallyWriter(second bool) (*tallyWriter, error) {
	tallies, votes := tallyTables(second)
	w := &tallyWriter{tx: t.tx, votes: map[int]*sql.Stmt{}, votesTable: votes}
	var err error
	if w.del, err = t.tx.Prepare(`DELETE FROM ` + tallies + ` WHERE polling_area_id = ? AND race = ?`); err != nil {
		return nil, err
	}
	if w.ins, err = t.tx.Prepare(`INSERT INTO ` + tallies + `(polling_area_id, race, voters, voted, issued, received, valid, invalid) VALUES (?,?,?,?,?,?,?,?)`); err != nil {
		w.close()
		return nil, err
	}
	return w, nil
}

func (w *tallyWriter) close() {
	for _, st := range []*sql.Stmt{w.del, w.ins} {
		if st != nil {
			st.Close()
		}
	}
	for _, st := range w.votes {
		st.Close()
	}
}

// write stores one tally (already checked) and the votes of candidates
// ids; replace deletes the stored one first, with its votes.
func (w *tallyWriter) write(areaID int64, race election.Race, t election.Tally, ids, votes []int64, replace bool) error {
	r := string(race)
	if replace {
		if _, err := w.del.Exec(areaID, r); err != nil {
			return err
		}
	}
	if _, err := w.ins.Exec(areaID, r, t.Voters, t.Voted, t.Issued, t.Received, t.Valid, t.Invalid); err != nil {
		return failed(err, "không lưu được biên bản kiểm phiếu")
	}
	if len(ids) == 0 {
		return nil
	}
	st, ok := w.votes[len(ids)]
	if !ok {
		q := `INSERT INTO ` + w.votesTable + `(candidate_id, polling_area_id, race, votes) VALUES ` + strings.TrimSuffix(strings.Repeat("(?,?,?,?),", len(ids)), ",")
		var err error
		if st, err = w.tx.Prepare(q); err != nil {
			return err
		}
		w.votes[len(ids)] = st
	}
	w.args = w.args[:0]
	for i, id := range ids {
		w.args = append(w.args, id, areaID, r, votes[i])
	}
	if _, err := st.Exec(w.args...); err != nil {
		return failed(err, "không lưu được số phiếu bầu")
	}
	return nil
}
