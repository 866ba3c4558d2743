package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"tdkt/data/problem"

	"tdkt/assets"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// Election is a cuộc bầu cử: its name, polling day, the official unit list
// its units come from and the races it holds.
type Election struct {
	ID         int64
	Name       string
	PollingDay time.Time
	Structure  string          // assets.Source202503 before 1/7/2025, else assets.Source202507
	Races      []election.Race // in the order of election.Races
	// LockedAt is when its results were confirmed (`election lock`); the
	// zero time while open. A locked election is read-only.
	LockedAt time.Time
}

// Locked reports whether the election's results are confirmed.
func (e Election) Locked() bool { return !e.LockedAt.IsZero() }

// HasRace reports whether the election holds the race.
func (e Election) HasRace(r election.Race) bool {
	for _, x := range e.Races {
		if x == r {
			return true
		}
	}
	return false
}

// twoLevelsFrom is the day the district level was abolished (Luật 72/2025/QH15).
var twoLevelsFrom = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

// StructureOn is the official unit list in force on a polling day:
// three levels (2025-03) before 1/7/2025, two levels (2025-07) from then.
func StructureOn(day time.Time) string {
	if day.Before(twoLevelsFrom) {
		return assets.Source202503
	}
	return assets.Source202507
}

// RacesOn are the races held on a polling day: four until the district
// level was abolished, three (no HĐND huyện) from 1/7/2025.
func RacesOn(day time.Time) []election.Race {
	if StructureOn(day) == assets.Source202503 {
		return append([]election.Race(nil), election.Races...)
	}
	return []election.Race{election.RaceQH, election.RaceProvince, election.RaceCommune}
}

// fieldErr makes the problem of a field of election data.
func fieldErr(field string, rule problem.Rule, format string, args ...any) *problem.Problem {
	p := problem.New(field, rule, format, args...)
	return &p
}

// checkElection validates an election's name and polling day and returns
// the cleaned name.
func checkElection(name string, day time.Time) (string, error) {
	name = vn.Clean(name)
	if name == "" {
		return "", fieldErr(election.FieldName, problem.Required, "Tên cuộc bầu cử không được để trống")
	}
	if len([]rune(name)) > 300 {
		return "", fieldErr(election.FieldName, problem.Required, "Tên cuộc bầu cử quá dài (tối đa 300 ký tự)")
	}
	if day.IsZero() {
		return "", fieldErr(election.FieldDay, problem.Required, "Chưa có ngày bầu cử")
	}
	if day.Year() < 1946 || day.Year() > 2200 {
		return "", fieldErr(election.FieldDay, problem.Day, "Ngày bầu cử %s không hợp lệ", vn.DMY(day))
	}
	return name, nil
}

const electionCols = `id, name, polling_day, structure,
	(SELECT group_concat(race, '|') FROM election_races r WHERE r.election_id = elections.id), locked_at`

func scanElection(sc interface{ Scan(...any) error }) (Election, error) {
	var e Election
	var day string
	var races sql.NullString
	var locked string
	err := sc.Scan(&e.ID, &e.Name, &day, &e.Structure, &races, &locked)
	if err != nil {
		return e, err
	}
	if locked != "" {
		if e.LockedAt, err = time.Parse(time.RFC3339, locked); err != nil {
			return e, fmt.Errorf("cuộc bầu cử %d có thời điểm khóa hỏng (%q): %w", e.ID, locked, err)
		}
	}
	if e.PollingDay, err = time.Parse(isoDate, day); err != nil {
		return e, fmt.Errorf("cuộc bầu cử %d có ngày bầu cử hỏng (%q): %w", e.ID, day, err)
	}
	have := map[string]bool{}
	for _, r := range strings.Split(races.String, "|") {
		have[r] = true
	}
	for _, r := range election.Races {
		if have[string(r)] {
			e.Races = append(e.Races, r)
		}
	}
	return e, nil
}

// Elections lists the elections, the latest polling day first.
func (s *Store) Elections(ctx context.Context) ([]Election, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+electionCols+` FROM elections ORDER BY polling_day DESC, id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Election
	for rows.Next() {
		e, err := scanElection(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Election finds an election by id.
func (s *Store) Election(ctx context.Context, id int64) (Election, error) {
	e, err := scanElection(s.db.QueryRowContext(ctx, `SELECT `+electionCols+` FROM elections WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return e, fmt.Errorf("cuộc bầu cử %d: %w", id, ErrNotFound)
	}
	return e, err
}

// ElectionByName finds an election by name, ignoring case and diacritics.
func (s *Store) ElectionByName(ctx context.Context, name string) (Election, error) {
	e, err := scanElection(s.db.QueryRowContext(ctx, `SELECT `+electionCols+` FROM elections WHERE search = ?`, vn.Fold(name)))
	if err == sql.ErrNoRows {
		return e, fmt.Errorf("cuộc bầu cử %q: %w", name, ErrNotFound)
	}
	return e, err
}

// LatestElection is the election with the latest polling day, the one
// commands and screens work on unless told otherwise.
func (s *Store) LatestElection(ctx context.Context) (Election, error) {
	e, err := scanElection(s.db.QueryRowContext(ctx, `SELECT `+electionCols+` FROM elections ORDER BY polling_day DESC, id DESC LIMIT 1`))
	if err == sql.ErrNoRows {
		return e, fmt.Errorf("chưa có cuộc bầu cử nào: %w", ErrNotFound)
	}
	return e, err
}

// SaveElection creates an election (ID 0) or renames an existing one and
// changes its polling day. A new election's structure and races follow
// from its polling day unless Races is given; an existing election keeps
// its structure, since its constituencies and polling areas are units of it.
func (s *Store) SaveElection(ctx context.Context, e Election) (Election, error) {
	var id int64
	err := s.write(ctx, func(t *Tx) error {
		var err error
		id, err = t.saveElection(e)
		return err
	})
	if err != nil {
		return Election{}, err
	}
	return s.Election(ctx, id)
}

func (t *Tx) saveElection(e Election) (int64, error) {
	name, err := checkElection(e.Name, e.PollingDay)
	if err != nil {
		return 0, err
	}
	var dup int64
	err = t.queryRow(`SELECT id FROM elections WHERE search = ? AND id <> ?`, vn.Fold(name), e.ID).Scan(&dup)
	if err == nil {
		return 0, fieldErr(election.FieldName, problem.Duplicate, "Đã có cuộc bầu cử %q", name)
	} else if err != sql.ErrNoRows {
		return 0, err
	}
	day := e.PollingDay.Format(isoDate)
	if e.ID == 0 {
		structure := StructureOn(e.PollingDay)
		races := e.Races
		if len(races) == 0 {
			races = RacesOn(e.PollingDay)
		}
		for _, r := range races {
			if r == election.RaceDistrict && structure == assets.Source202507 {
				return 0, fieldErr(election.FieldRace, problem.Race, "Từ ngày 01/7/2025 không còn cấp huyện: cuộc bầu cử ngày %s không bầu HĐND huyện", vn.DMY(e.PollingDay))
			}
		}
		r, err := t.exec(`INSERT INTO elections(name, search, polling_day, structure) VALUES (?,?,?,?)`, name, vn.Fold(name), day, structure)
		if err != nil {
			return 0, err
		}
		id, _ := r.LastInsertId()
		for _, race := range races {
			if _, err := t.exec(`INSERT INTO election_races(election_id, race) VALUES (?,?)`, id, string(race)); err != nil {
				return 0, fmt.Errorf("cấp bầu cử %q: %w", race, err)
			}
		}
		return id, t.audit("elections", id, "insert", nil, map[string]any{"name": name, "polling_day": day, "structure": structure, "races": races})
	}
	var oldName, oldDay, structure string
	if err := t.queryRow(`SELECT name, polling_day, structure FROM elections WHERE id = ?`, e.ID).Scan(&oldName, &oldDay, &structure); err != nil {
		if err == sql.ErrNoRows {
			return 0, fmt.Errorf("cuộc bầu cử %d: %w", e.ID, ErrNotFound)
		}
		return 0, err
	}
	if StructureOn(e.PollingDay) != structure {
		return 0, fieldErr(election.FieldDay, problem.Day, "Không đổi được ngày bầu cử sang %s: cuộc bầu cử này dùng danh mục đơn vị hành chính %s", vn.DMY(e.PollingDay), structure)
	}
	if oldName == name && oldDay == day {
		return e.ID, nil
	}
	if _, err := t.exec(`UPDATE elections SET name = ?, search = ?, polling_day = ? WHERE id = ?`, name, vn.Fold(name), day, e.ID); err != nil {
		return 0, err
	}
	return e.ID, t.audit("elections", e.ID, "update", map[string]any{"name": oldName, "polling_day": oldDay}, map[string]any{"name": name, "polling_day": day})
}

// DeleteElection removes an election with everything in it: constituencies,
// candidates, polling areas, tallies and votes.
func (s *Store) DeleteElection(ctx context.Context, id int64) error {
	e, err := s.Election(ctx, id)
	if err != nil {
		return err
	}
	return s.write(ctx, func(t *Tx) error {
		if _, err := t.exec(`DELETE FROM elections WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit("elections", id, "delete", map[string]any{"name": e.Name, "polling_day": e.PollingDay.Format(isoDate)}, nil)
	})
}

// SetElectionRaces makes an election hold exactly the given races (a
// by-election or a commune-only election holds fewer than its structure
// has). A race that already has constituencies is not dropped.
func (s *Store) SetElectionRaces(ctx context.Context, id int64, races []election.Race) (Election, error) {
	if err := s.checkOpen(ctx, id); err != nil {
		return Election{}, err
	}
	if err := s.write(ctx, func(t *Tx) error { return t.setRaces(id, races) }); err != nil {
		return Election{}, err
	}
	return s.Election(ctx, id)
}

func (t *Tx) setRaces(id int64, races []election.Race) error {
	if len(races) == 0 {
		return fieldErr(election.FieldRace, problem.Race, "Cuộc bầu cử phải bầu ít nhất một cấp")
	}
	var structure, day string
	if err := t.queryRow(`SELECT structure, polling_day FROM elections WHERE id = ?`, id).Scan(&structure, &day); err != nil {
		return fmt.Errorf("cuộc bầu cử %d: %w", id, ErrNotFound)
	}
	want := map[election.Race]bool{}
	for _, r := range races {
		if r == election.RaceDistrict && structure == assets.Source202507 {
			return fieldErr(election.FieldRace, problem.Race, "Từ ngày 01/7/2025 không còn cấp huyện: cuộc bầu cử này không bầu HĐND huyện")
		}
		want[r] = true
	}
	e, err := scanElection(t.queryRow(`SELECT `+electionCols+` FROM elections WHERE id = ?`, id))
	if err != nil {
		return err
	}
	have := map[election.Race]bool{}
	for _, r := range e.Races {
		have[r] = true
		if want[r] {
			continue
		}
		var n int
		if err := t.queryRow(`SELECT COUNT(*) FROM constituencies WHERE election_id = ? AND race = ?`, id, string(r)).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fieldErr(election.FieldRace, problem.Race, "Cuộc bầu cử %q đã có %d đơn vị bầu cử %s: không bỏ cấp này được (xóa các đơn vị bầu cử đó trước)", e.Name, n, r.Label())
		}
		if _, err := t.exec(`DELETE FROM election_races WHERE election_id = ? AND race = ?`, id, string(r)); err != nil {
			return err
		}
	}
	changed := len(e.Races) != len(want)
	for _, r := range election.Races {
		if want[r] && !have[r] {
			changed = true
			if _, err := t.exec(`INSERT INTO election_races(election_id, race) VALUES (?,?)`, id, string(r)); err != nil {
				return err
			}
		}
	}
	if !changed {
		return nil
	}
	return t.audit("elections", id, "update", map[string]any{"races": e.Races}, map[string]any{"races": races})
}
