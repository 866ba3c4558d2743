package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"tdkt/data/problem"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// PollingArea is a khu vực bỏ phiếu of a commune: its number there, its
// name, the villages it covers and its constituency in each race.
type PollingArea struct {
	ID          int64
	ElectionID  int64
	CommuneID   int64
	CommuneCode string // filled when read
	CommuneName string // filled when read
	Number      int
	Name        string
	Villages    []int64                 // ids of the thôn, tổ dân phố it covers
	In          map[election.Race]int64 // constituency id per race
	Tallied     map[election.Race]bool  // races whose tally is saved (filled when read)
}

// Label names the polling area: "Khu vực bỏ phiếu số 6 (Tổ 06 Thiện Phong)".
func (a PollingArea) Label() string {
	if a.Name == "" {
		return fmt.Sprintf("Khu vực bỏ phiếu số %d", a.Number)
	}
	return fmt.Sprintf("Khu vực bỏ phiếu số %d (%s)", a.Number, a.Name)
}

// councilUnit is the unit whose council a race elects for a commune, from
// its chain of units (province first): election.CouncilIndex. 0 when the
// chain has no such unit.
func councilUnit(race election.Race, chain []Unit) int64 {
	if i := election.CouncilIndex(race, len(chain)); i >= 0 {
		return chain[i].ID
	}
	return 0
}

// checkAreaConstituency is the rule that ties a polling area to a
// constituency: same race, and the council of the commune's own unit.
func checkAreaConstituency(race election.Race, chain []Unit, c Constituency) *problem.Problem {
	want := councilUnit(race, chain)
	if c.Race != race || c.UnitID != want {
		commune := chain[len(chain)-1]
		return fieldErr(election.ConstituencyField(race), problem.ConstituencyMismatch, "%s không phải đơn vị bầu cử %s của %s",
			c.Label(), race.Label(), commune.Name)
	}
	return nil
}

// PollingAreas lists an election's polling areas in the subtree of a unit
// (0: all of them), by commune code and number.
func (s *Store) PollingAreas(ctx context.Context, electionID, underUnit int64) ([]PollingArea, error) {
	q := `SELECT p.id, p.election_id, p.commune_id, COALESCE(u.code, ''), u.name, p.number, p.name FROM polling_areas p JOIN units u ON u.id = p.commune_id WHERE p.election_id = ?`
	args := []any{electionID}
	if underUnit != 0 {
		q += ` AND p.commune_id IN (WITH RECURSIVE t(id) AS (SELECT ? UNION ALL SELECT c.id FROM units c JOIN t ON c.parent_id = t.id) SELECT id FROM t)`
		args = append(args, underUnit)
	}
	rows, err := s.db.QueryContext(ctx, q+` ORDER BY u.code, p.number`, args...)
	if err != nil {
		return nil, err
	}
	var out []PollingArea
	index := map[int64]int{}
	for rows.Next() {
		var a PollingArea
		if err := rows.Scan(&a.ID, &a.ElectionID, &a.CommuneID, &a.CommuneCode, &a.CommuneName, &a.Number, &a.Name); err != nil {
			rows.Close()
			return nil, err
		}
		a.In, a.Tallied = map[election.Race]int64{}, map[election.Race]bool{}
		index[a.ID] = len(out)
		out = append(out, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	links, err := s.db.QueryContext(ctx, `SELECT pac.polling_area_id, pac.race, pac.constituency_id, t.race IS NOT NULL
		FROM polling_area_constituencies pac JOIN polling_areas p ON p.id = pac.polling_area_id
		LEFT JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE p.election_id = ?`, electionID)
	if err != nil {
		return nil, err
	}
	for links.Next() {
		var id, k int64
		var race string
		var tallied bool
		if err := links.Scan(&id, &race, &k, &tallied); err != nil {
			links.Close()
			return nil, err
		}
		if i, ok := index[id]; ok {
			out[i].In[election.Race(race)] = k
			out[i].Tallied[election.Race(race)] = tallied
		}
	}
	links.Close()
	if err := links.Err(); err != nil {
		return nil, err
	}
	vil, err := s.db.QueryContext(ctx, `SELECT v.polling_area_id, v.village_id FROM polling_area_villages v
		JOIN polling_areas p ON p.id = v.polling_area_id JOIN units u ON u.id = v.village_id
		WHERE p.election_id = ? ORDER BY v.polling_area_id, u.name`, electionID)
	if err != nil {
		return nil, err
	}
	defer vil.Close()
	for vil.Next() {
		var id, v int64
		if err := vil.Scan(&id, &v); err != nil {
			return nil, err
		}
		if i, ok := index[id]; ok {
			out[i].Villages = append(out[i].Villages, v)
		}
	}
	return out, vil.Err()
}

// PollingArea finds one polling area by id.
func (s *Store) PollingArea(ctx context.Context, id int64) (PollingArea, error) {
	var electionID, commune int64
	if err := s.db.QueryRowContext(ctx, `SELECT election_id, commune_id FROM polling_areas WHERE id = ?`, id).Scan(&electionID, &commune); err != nil {
		return PollingArea{}, fmt.Errorf("khu vực bỏ phiếu %d: %w", id, ErrNotFound)
	}
	list, err := s.PollingAreas(ctx, electionID, commune)
	if err != nil {
		return PollingArea{}, err
	}
	for _, a := range list {
		if a.ID == id {
			return a, nil
		}
	}
	return PollingArea{}, fmt.Errorf("khu vực bỏ phiếu %d: %w", id, ErrNotFound)
}

// SavePollingArea adds a polling area (ID 0) or changes one. It must name
// one constituency for every race of the election, each of the council of
// its own commune, district or province; a constituency with a saved
// tally for the area cannot be changed (delete the tally first).
func (s *Store) SavePollingArea(ctx context.Context, a PollingArea) (PollingArea, error) {
	e, err := s.Election(ctx, a.ElectionID)
	if err != nil {
		return PollingArea{}, err
	}
	commune, err := s.Unit(ctx, a.CommuneID)
	if err != nil {
		return PollingArea{}, fieldErr(election.FieldCommune, problem.Unit, "Chưa chọn xã, phường, thị trấn của khu vực bỏ phiếu")
	}
	if fe := election.CheckAreaCommune(e.Structure, commune.ruleUnit(), a.Number); fe != nil {
		return PollingArea{}, fe
	}
	chain, err := s.Ancestors(ctx, commune.ID)
	if err != nil {
		return PollingArea{}, err
	}
	if ps := election.CheckAreaRaces(e.rules(), a.In); len(ps) > 0 {
		return PollingArea{}, &ps[0]
	}
	for _, race := range e.Races {
		c, err := s.Constituency(ctx, a.In[race])
		if err != nil {
			return PollingArea{}, err
		}
		if fe := checkAreaConstituency(race, chain, c); fe != nil {
			return PollingArea{}, fe
		}
	}
	kids, err := s.Children(ctx, commune.ID)
	if err != nil {
		return PollingArea{}, err
	}
	ofCommune := map[string]bool{}
	for _, k := range kids {
		ofCommune[strconv.FormatInt(k.ID, 10)] = true
	}
	villages := make([]string, len(a.Villages))
	for i, v := range a.Villages {
		villages[i] = strconv.FormatInt(v, 10)
	}
	if p := election.CheckAreaVillages(commune.Name, villages, func(v string) bool { return ofCommune[v] }); p != nil {
		return PollingArea{}, p
	}
	a.Name = vn.Clean(a.Name)
	id := a.ID
	err = s.write(ctx, func(t *Tx) error {
		var dup int64
		err := t.queryRow(`SELECT id FROM polling_areas WHERE election_id = ? AND commune_id = ? AND number = ? AND id <> ?`, a.ElectionID, a.CommuneID, a.Number, a.ID).Scan(&dup)
		if err == nil {
			return fieldErr(election.FieldArea, problem.Duplicate, "%s đã có khu vực bỏ phiếu số %d", commune.Name, a.Number)
		} else if err != sql.ErrNoRows {
			return err
		}
		vals := map[string]any{"commune": commune.Code, "number": a.Number, "name": a.Name, "constituencies": a.In, "villages": a.Villages}
		if a.ID == 0 {
			r, err := t.exec(`INSERT INTO polling_areas(election_id, commune_id, number, name, search) VALUES (?,?,?,?,?)`,
				a.ElectionID, a.CommuneID, a.Number, a.Name, vn.Fold(a.Name))
			if err != nil {
				return err
			}
			id, _ = r.LastInsertId()
			if err := t.setAreaLinks(id, a.In, a.Villages); err != nil {
				return err
			}
			x := newTouched(a.ElectionID)
			if err := t.touchArea(x, id); err != nil {
				return err
			}
			if err := t.refreshTotals(x); err != nil {
				return err
			}
			return t.audit("polling_areas", id, "insert", nil, vals)
		}
		var oldCommune int64
		var oldNumber int
		var oldName string
		if err := t.queryRow(`SELECT commune_id, number, name FROM polling_areas WHERE id = ?`, a.ID).Scan(&oldCommune, &oldNumber, &oldName); err != nil {
			return fmt.Errorf("khu vực bỏ phiếu %d: %w", a.ID, ErrNotFound)
		}
		rows, err := t.tx.Query(`SELECT pac.race, pac.constituency_id FROM polling_area_constituencies pac
			JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race WHERE pac.polling_area_id = ?`, a.ID)
		if err != nil {
			return err
		}
		var changed []string
		for rows.Next() {
			var race string
			var k int64
			if err := rows.Scan(&race, &k); err != nil {
				rows.Close()
				return err
			}
			if a.In[election.Race(race)] != k || oldCommune != a.CommuneID {
				changed = append(changed, race)
			}
		}
		rows.Close()
		if len(changed) > 0 {
			return fieldErr(election.ConstituencyField(election.Race(changed[0])), problem.HasTallies,
				"Khu vực bỏ phiếu đã có biên bản kiểm phiếu cấp %s: không đổi được xã hay đơn vị bầu cử (xóa biên bản trước)", strings.Join(changed, ", "))
		}
		x := newTouched(a.ElectionID)
		if err := t.touchArea(x, a.ID); err != nil { // as it was
			return err
		}
		if _, err := t.exec(`UPDATE polling_areas SET commune_id = ?, number = ?, name = ?, search = ? WHERE id = ?`,
			a.CommuneID, a.Number, a.Name, vn.Fold(a.Name), a.ID); err != nil {
			return err
		}
		if err := t.setAreaLinks(a.ID, a.In, a.Villages); err != nil {
			return err
		}
		if err := t.touchArea(x, a.ID); err != nil { // as it is now
			return err
		}
		if err := t.refreshTotals(x); err != nil {
			return err
		}
		return t.audit("polling_areas", a.ID, "update", map[string]any{"commune_id": oldCommune, "number": oldNumber, "name": oldName}, vals)
	})
	if err != nil {
		return PollingArea{}, err
	}
	return s.PollingArea(ctx, id)
}

// setAreaLinks makes a polling area's constituencies and villages exactly
// the given ones, leaving unchanged links (and so their tallies) alone.
func (t *Tx) setAreaLinks(id int64, in map[election.Race]int64, villages []int64) error {
	races := make([]string, 0, len(in))
	for r := range in {
		races = append(races, string(r))
	}
	sort.Strings(races)
	for _, r := range races {
		if _, err := t.exec(`INSERT INTO polling_area_constituencies(polling_area_id, race, constituency_id) VALUES (?,?,?)
			ON CONFLICT(polling_area_id, race) DO UPDATE SET constituency_id = excluded.constituency_id
			WHERE constituency_id <> excluded.constituency_id`, id, r, in[election.Race(r)]); err != nil {
			return err
		}
	}
	if _, err := t.exec(`DELETE FROM polling_area_constituencies WHERE polling_area_id = ? AND race NOT IN (SELECT value FROM json_each(?))`,
		id, jsonList(races)); err != nil {
		return err
	}
	if _, err := t.exec(`DELETE FROM polling_area_villages WHERE polling_area_id = ?`, id); err != nil {
		return err
	}
	for _, v := range villages {
		if _, err := t.exec(`INSERT OR IGNORE INTO polling_area_villages(polling_area_id, village_id) VALUES (?,?)`, id, v); err != nil {
			return err
		}
	}
	return nil
}

// jsonList writes strings as a JSON array for json_each.
func jsonList(ss []string) string {
	b, _ := json.Marshal(ss)
	return string(b)
}

// DeletePollingArea removes a polling area with its tallies and votes.
func (s *Store) DeletePollingArea(ctx context.Context, id int64) error {
	a, err := s.PollingArea(ctx, id)
	if err != nil {
		return err
	}
	return s.write(ctx, func(t *Tx) error {
		x := newTouched(a.ElectionID)
		if err := t.touchArea(x, id); err != nil {
			return err
		}
		if _, err := t.exec(`DELETE FROM polling_areas WHERE id = ?`, id); err != nil {
			return err
		}
		if err := t.refreshTotals(x); err != nil {
			return err
		}
		return t.audit("polling_areas", id, "delete", map[string]any{"commune": a.CommuneCode, "number": a.Number, "name": a.Name}, nil)
	})
}
