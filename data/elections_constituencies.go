package data

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"sort"
	"time"

	"tdkt/data/problem"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// Constituency is an đơn vị bầu cử of one race: the unit whose council it
// elects (the province for Quốc hội), its number there and its seats.
type Constituency struct {
	ID          int64
	ElectionID  int64
	Race        election.Race
	UnitID      int64
	UnitCode    string // filled when read
	UnitName    string // filled when read
	Number      int
	Seats       int
	Description string
}

// Label names the constituency as documents do:
// "Đơn vị bầu cử số 2 – HĐND xã Xã Thiệu Ngọc".
func (c Constituency) Label() string {
	return fmt.Sprintf("Đơn vị bầu cử số %d – %s %s", c.Number, c.Race.Label(), c.UnitName)
}

// raceOrder is the position of a race in election.Races, for sorting.
func raceOrder(r election.Race) int {
	for i, x := range election.Races {
		if x == r {
			return i
		}
	}
	return len(election.Races)
}

// raceOrderSQL sorts a race column as election.Races does.
const raceOrderSQL = `CASE race WHEN 'QH' THEN 0 WHEN 'HĐND tỉnh' THEN 1 WHEN 'HĐND huyện' THEN 2 ELSE 3 END`

// rules is the election as the constituency rules of package election
// see it.
func (e Election) rules() election.ConstituencyRules {
	return election.ConstituencyRules{Election: e.Name, Structure: e.Structure, Races: e.Races}
}

// ruleUnit is the unit as the rules of package election see it.
func (u Unit) ruleUnit() election.Unit {
	return election.Unit{Code: u.Code, Name: u.Name, Type: u.Type, Level: u.Level, Structure: u.Structure, Official: u.Official}
}

const constituencyCols = `c.id, c.election_id, c.race, c.unit_id, COALESCE(u.code, ''), u.name, c.number, c.seats, c.description`

func scanConstituency(sc interface{ Scan(...any) error }) (Constituency, error) {
	var c Constituency
	var race string
	err := sc.Scan(&c.ID, &c.ElectionID, &race, &c.UnitID, &c.UnitCode, &c.UnitName, &c.Number, &c.Seats, &c.Description)
	c.Race = election.Race(race)
	return c, err
}

// Constituencies lists an election's constituencies by race (Quốc hội
// first), unit code and number.
func (s *Store) Constituencies(ctx context.Context, electionID int64) ([]Constituency, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+constituencyCols+` FROM constituencies c JOIN units u ON u.id = c.unit_id
		WHERE c.election_id = ? ORDER BY `+raceOrderSQL+`, u.code, c.number`, electionID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Constituency
	for rows.Next() {
		c, err := scanConstituency(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Constituency finds a constituency by id.
func (s *Store) Constituency(ctx context.Context, id int64) (Constituency, error) {
	c, err := scanConstituency(s.db.QueryRowContext(ctx, `SELECT `+constituencyCols+` FROM constituencies c JOIN units u ON u.id = c.unit_id WHERE c.id = ?`, id))
	if err == sql.ErrNoRows {
		return c, fmt.Errorf("đơn vị bầu cử %d: %w", id, ErrNotFound)
	}
	return c, err
}

// SaveConstituency adds a constituency (ID 0) or changes one. Its race and
// unit cannot change once polling areas belong to it, and its seats cannot
// drop below what a saved tally's votes need.
func (s *Store) SaveConstituency(ctx context.Context, c Constituency) (Constituency, error) {
	e, err := s.Election(ctx, c.ElectionID)
	if err != nil {
		return Constituency{}, err
	}
	u, err := s.Unit(ctx, c.UnitID)
	if err != nil {
		return Constituency{}, fieldErr(election.FieldUnit, problem.Unit, "Chưa chọn đơn vị hành chính của đơn vị bầu cử")
	}
	if fe := election.CheckConstituency(e.rules(), c.Race, u.ruleUnit(), c.Number, c.Seats); fe != nil {
		return Constituency{}, fe
	}
	c.Description = vn.Clean(c.Description)
	id := c.ID
	err = s.write(ctx, func(t *Tx) error {
		var dup int64
		err := t.queryRow(`SELECT id FROM constituencies WHERE election_id = ? AND race = ? AND unit_id = ? AND number = ? AND id <> ?`,
			c.ElectionID, string(c.Race), c.UnitID, c.Number, c.ID).Scan(&dup)
		if err == nil {
			return fieldErr(election.FieldNumber, problem.Duplicate, "%s đã có đơn vị bầu cử %s số %d", u.Name, c.Race.Label(), c.Number)
		} else if err != sql.ErrNoRows {
			return err
		}
		newVals := map[string]any{"race": c.Race, "unit": u.Code, "number": c.Number, "seats": c.Seats, "description": c.Description}
		if c.ID == 0 {
			r, err := t.exec(`INSERT INTO constituencies(election_id, race, unit_id, number, seats, description) VALUES (?,?,?,?,?,?)`,
				c.ElectionID, string(c.Race), c.UnitID, c.Number, c.Seats, c.Description)
			if err != nil {
				return err
			}
			id, _ = r.LastInsertId()
			return t.audit("constituencies", id, "insert", nil, newVals)
		}
		var old Constituency
		var race string
		if err := t.queryRow(`SELECT race, unit_id, number, seats, description FROM constituencies WHERE id = ?`, c.ID).
			Scan(&race, &old.UnitID, &old.Number, &old.Seats, &old.Description); err != nil {
			return fmt.Errorf("đơn vị bầu cử %d: %w", c.ID, ErrNotFound)
		}
		old.Race = election.Race(race)
		if old.Race != c.Race || old.UnitID != c.UnitID {
			var areas int
			if err := t.queryRow(`SELECT COUNT(*) FROM polling_area_constituencies WHERE constituency_id = ?`, c.ID).Scan(&areas); err != nil {
				return err
			}
			if areas > 0 {
				return fieldErr(election.FieldUnit, problem.HasTallies, "Đơn vị bầu cử đã có %d khu vực bỏ phiếu: không đổi được cấp bầu cử hay đơn vị hành chính", areas)
			}
		}
		if fe := t.checkSeatsFitTallies(c.ID, c.Seats); fe != nil {
			return fe
		}
		if _, err := t.exec(`UPDATE constituencies SET race = ?, unit_id = ?, number = ?, seats = ?, description = ? WHERE id = ?`,
			string(c.Race), c.UnitID, c.Number, c.Seats, c.Description, c.ID); err != nil {
			return err
		}
		return t.audit("constituencies", c.ID, "update",
			map[string]any{"race": old.Race, "unit_id": old.UnitID, "number": old.Number, "seats": old.Seats, "description": old.Description}, newVals)
	})
	if err != nil {
		return Constituency{}, err
	}
	return s.Constituency(ctx, id)
}

// checkSeatsFitTallies refuses seats that a saved tally of the constituency
// already exceeds (Σ votes ≤ valid × seats).
func (t *Tx) checkSeatsFitTallies(constituencyID int64, seats int) *problem.Problem {
	var n int
	err := t.queryRow(`SELECT COUNT(*) FROM polling_area_constituencies pac
		JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE pac.constituency_id = ? AND
		(SELECT COALESCE(SUM(v.votes), 0) FROM votes v WHERE v.polling_area_id = t.polling_area_id AND v.race = t.race) > t.valid * ?`,
		constituencyID, seats).Scan(&n)
	if err != nil || n == 0 {
		return nil
	}
	return fieldErr(election.FieldSeats, problem.VotesSumLEValidSeats,
		"%d biên bản kiểm phiếu đã lưu có tổng số phiếu bầu lớn hơn số phiếu hợp lệ nhân %d đại biểu: không giảm được số đại biểu được bầu", n, seats)
}

// ConstituencyUse counts what belongs to a constituency, to name what a
// removal would take with it.
type ConstituencyUse struct {
	Candidates, Areas, Tallies int
}

// ConstituencyUse counts the candidates, polling areas and tallies of a constituency.
func (s *Store) ConstituencyUse(ctx context.Context, id int64) (ConstituencyUse, error) {
	var u ConstituencyUse
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM candidates WHERE constituency_id = ?1),
		(SELECT COUNT(*) FROM polling_area_constituencies WHERE constituency_id = ?1),
		(SELECT COUNT(*) FROM polling_area_constituencies pac JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		 WHERE pac.constituency_id = ?1)`, id).Scan(&u.Candidates, &u.Areas, &u.Tallies)
	return u, err
}

// DeleteConstituency removes a constituency with its candidates, its
// polling areas' membership of it and their tallies for its race. The
// polling areas themselves stay.
func (s *Store) DeleteConstituency(ctx context.Context, id int64) error {
	c, err := s.Constituency(ctx, id)
	if err != nil {
		return err
	}
	return s.write(ctx, func(t *Tx) error {
		// Its polling areas lose their tallies for its race: their
		// communes' totals change.
		x := newTouched(c.ElectionID)
		rows, err := t.tx.Query(`SELECT DISTINCT p.commune_id FROM polling_area_constituencies pac
			JOIN polling_areas p ON p.id = pac.polling_area_id WHERE pac.constituency_id = ?`, id)
		if err != nil {
			return err
		}
		for rows.Next() {
			var commune int64
			if err := rows.Scan(&commune); err != nil {
				rows.Close()
				return err
			}
			x.area(commune)
		}
		rows.Close()
		if _, err := t.exec(`DELETE FROM constituencies WHERE id = ?`, id); err != nil {
			return err
		}
		if err := t.refreshTotals(x); err != nil {
			return err
		}
		return t.audit("constituencies", id, "delete", map[string]any{"race": c.Race, "unit": c.UnitCode, "number": c.Number, "seats": c.Seats}, nil)
	})
}

// Candidate is a người ứng cử of a constituency.
type Candidate struct {
	ID             int64
	ConstituencyID int64
	Name           string
	Birth          time.Time // the zero time when unknown
	Sex            string    // "Nam", "Nữ" or "" when unknown
	election.Profile
}

// Person is the candidate as the composition counts them.
func (c Candidate) Person() election.Person {
	return election.Person{Sex: c.Sex, Birth: c.Birth, Profile: c.Profile}
}

const candidateCols = `id, constituency_id, name, birth_date, sex, ethnicity, religion, party, reelected, self_nominated, education, theory, occupation, workplace`

func scanCandidate(sc scanner) (Candidate, error) {
	var c Candidate
	var birth string
	p := &c.Profile
	err := sc.Scan(&c.ID, &c.ConstituencyID, &c.Name, &birth, &c.Sex,
		&p.Ethnicity, &p.Religion, &p.Party, &p.Reelected, &p.SelfNominated, &p.Education, &p.Theory, &p.Occupation, &p.Workplace)
	c.Birth = parseBirth(birth)
	return c, err
}

func birthText(b time.Time) string {
	if b.IsZero() {
		return ""
	}
	return b.Format(isoDate)
}

// parseBirth reads a stored candidate's birth ("" when unknown); a value
// that is not a date is logged and read as unknown.
func parseBirth(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(isoDate, s)
	if err != nil {
		log.Printf("store: candidate birth %q: %v", s, err)
	}
	return t
}

// Candidates lists a constituency's candidates in Vietnamese order of
// their given names.
func (s *Store) Candidates(ctx context.Context, constituencyID int64) ([]Candidate, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+candidateCols+` FROM candidates WHERE constituency_id = ?`, constituencyID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Candidate
	for rows.Next() {
		c, err := scanCandidate(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return vn.CompareNames(out[i].Name, out[j].Name) < 0 })
	return out, rows.Err()
}

// SaveCandidate adds a candidate (ID 0) or changes one. A candidate cannot
// be added to a constituency that already has tallies: those minutes
// would lack the new candidate's votes.
func (s *Store) SaveCandidate(ctx context.Context, c Candidate) (Candidate, error) {
	k, err := s.Constituency(ctx, c.ConstituencyID)
	if err != nil {
		return Candidate{}, err
	}
	e, err := s.Election(ctx, k.ElectionID)
	if err != nil {
		return Candidate{}, err
	}
	name, sex, fe := election.CheckCandidate(c.Name, c.Birth, c.Sex, e.PollingDay)
	if fe != nil {
		return Candidate{}, fe
	}
	c.Name, c.Sex = name, sex
	if e.Locked() {
		return Candidate{}, lockedErr(e)
	}
	prof, fe := election.CheckProfile(c.Profile)
	if fe != nil {
		return Candidate{}, fe
	}
	c.Profile = prof
	err = s.write(ctx, func(t *Tx) error {
		var dup int64
		err := t.queryRow(`SELECT id FROM candidates WHERE constituency_id = ? AND search = ? AND id <> ?`, c.ConstituencyID, vn.Fold(name), c.ID).Scan(&dup)
		if err == nil {
			return fieldErr(election.FieldName, problem.Duplicate, "%s đã có người ứng cử %s", k.Label(), name)
		} else if err != sql.ErrNoRows {
			return err
		}
		vals := map[string]any{"constituency_id": c.ConstituencyID, "name": name, "birth_date": birthText(c.Birth), "sex": sex, "profile": c.Profile}
		if c.ID == 0 {
			var tallies int
			if err := t.queryRow(`SELECT COUNT(*) FROM polling_area_constituencies pac JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
				WHERE pac.constituency_id = ?`, c.ConstituencyID).Scan(&tallies); err != nil {
				return err
			}
			if tallies > 0 {
				return fieldErr(election.FieldName, problem.HasTallies, "%s đã có %d biên bản kiểm phiếu: không thêm được người ứng cử (xóa các biên bản đó trước)", k.Label(), tallies)
			}
			r, err := t.exec(`INSERT INTO candidates(constituency_id, name, search, birth_date, sex) VALUES (?,?,?,?,?)`,
				c.ConstituencyID, name, vn.Fold(name), birthText(c.Birth), sex)
			if err != nil {
				return err
			}
			c.ID, _ = r.LastInsertId()
			if err := t.saveProfile(c); err != nil {
				return err
			}
			return t.audit("candidates", c.ID, "insert", nil, vals)
		}
		var oldName, oldBirth, oldSex string
		if err := t.queryRow(`SELECT name, birth_date, sex FROM candidates WHERE id = ? AND constituency_id = ?`, c.ID, c.ConstituencyID).
			Scan(&oldName, &oldBirth, &oldSex); err != nil {
			return fmt.Errorf("người ứng cử %d: %w", c.ID, ErrNotFound)
		}
		if _, err := t.exec(`UPDATE candidates SET name = ?, search = ?, birth_date = ?, sex = ? WHERE id = ?`,
			name, vn.Fold(name), birthText(c.Birth), sex, c.ID); err != nil {
			return err
		}
		if err := t.saveProfile(c); err != nil {
			return err
		}
		return t.audit("candidates", c.ID, "update", map[string]any{"name": oldName, "birth_date": oldBirth, "sex": oldSex}, vals)
	})
	if err != nil {
		return Candidate{}, err
	}
	return c, nil
}

// saveProfile writes a candidate's profile (already checked).
func (t *Tx) saveProfile(c Candidate) error {
	p := c.Profile
	_, err := t.exec(`UPDATE candidates SET ethnicity = ?, religion = ?, party = ?, reelected = ?, self_nominated = ?,
		education = ?, theory = ?, occupation = ?, workplace = ? WHERE id = ?`,
		p.Ethnicity, p.Religion, p.Party, p.Reelected, p.SelfNominated, p.Education, p.Theory, p.Occupation, p.Workplace, c.ID)
	return err
}

// DeleteCandidate removes a candidate who has no votes in any saved tally.
func (s *Store) DeleteCandidate(ctx context.Context, id int64) error {
	return s.write(ctx, func(t *Tx) error {
		var name string
		var k int64
		if err := t.queryRow(`SELECT name, constituency_id FROM candidates WHERE id = ?`, id).Scan(&name, &k); err != nil {
			return fmt.Errorf("người ứng cử %d: %w", id, ErrNotFound)
		}
		var n int
		if err := t.queryRow(`SELECT COUNT(*) FROM votes WHERE candidate_id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return fieldErr(election.FieldName, problem.HasTallies, "%s đã có số phiếu bầu trong %d biên bản kiểm phiếu: không xóa được (xóa các biên bản đó trước)", name, n)
		}
		if _, err := t.exec(`DELETE FROM candidates WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit("candidates", id, "delete", map[string]any{"name": name, "constituency_id": k}, nil)
	})
}
