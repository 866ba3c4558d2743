package data

import (
	"sort"
	"strconv"
	"strings"
)

// The sums that results read (constituencies.areas … invalid,
// candidates.votes, commune_totals) are derived from the tallies and
// links. Every write that changes a tally or a link records what it
// touched in a touched set and calls refreshTotals before its transaction
// ends, so the sums are never stale; TestTotalsStayExact recomputes them
// after every kind of write.

// touched is what a write changed: constituencies whose sums and
// candidates' totals must be recomputed, communes whose totals must be.
type touched struct {
	election       int64
	constituencies map[int64]bool
	communes       map[int64]bool
}

func newTouched(election int64) *touched {
	return &touched{election: election, constituencies: map[int64]bool{}, communes: map[int64]bool{}}
}

// area records a polling area's commune and constituencies as touched.
func (x *touched) area(commune int64, constituencies ...int64) {
	x.communes[commune] = true
	for _, c := range constituencies {
		if c != 0 {
			x.constituencies[c] = true
		}
	}
}

// idList writes ids as a JSON array for json_each.
func idList(ids map[int64]bool) string {
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	parts := make([]string, len(list))
	for i, id := range list {
		parts[i] = strconv.FormatInt(id, 10)
	}
	return "[" + strings.Join(parts, ",") + "]"
}

// refreshTotals recomputes the sums of what x touched.
func (t *Tx) refreshTotals(x *touched) error {
	if len(x.constituencies) > 0 {
		ids := idList(x.constituencies)
		if _, err := t.exec(`UPDATE constituencies SET (areas, tallied, voters, voted, valid, invalid) =
			(SELECT COUNT(*), COUNT(t.race), COALESCE(SUM(t.voters), 0), COALESCE(SUM(t.voted), 0), COALESCE(SUM(t.valid), 0), COALESCE(SUM(t.invalid), 0)
			 FROM polling_area_constituencies pac
			 LEFT JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
			 WHERE pac.constituency_id = constituencies.id)
			WHERE id IN (SELECT value FROM json_each(?))`, ids); err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE candidates SET votes = (SELECT COALESCE(SUM(v.votes), 0) FROM votes v WHERE v.candidate_id = candidates.id)
			WHERE constituency_id IN (SELECT value FROM json_each(?))`, ids); err != nil {
			return err
		}
	}
	if len(x.communes) > 0 {
		ids := idList(x.communes)
		if _, err := t.exec(`DELETE FROM commune_totals WHERE election_id = ? AND commune_id IN (SELECT value FROM json_each(?))`, x.election, ids); err != nil {
			return err
		}
		if _, err := t.exec(`INSERT INTO commune_totals(election_id, commune_id, race, voters, voted)
			SELECT p.election_id, p.commune_id, t.race, SUM(t.voters), SUM(t.voted)
			FROM polling_areas p JOIN tallies t ON t.polling_area_id = p.id
			WHERE p.election_id = ? AND p.commune_id IN (SELECT value FROM json_each(?))
			GROUP BY p.commune_id, t.race`, x.election, ids); err != nil {
			return err
		}
	}
	return nil
}

// touchArea records as touched a stored polling area's commune and every
// constituency it belongs to now.
func (t *Tx) touchArea(x *touched, areaID int64) error {
	rows, err := t.tx.Query(`SELECT p.commune_id, COALESCE(pac.constituency_id, 0) FROM polling_areas p
		LEFT JOIN polling_area_constituencies pac ON pac.polling_area_id = p.id WHERE p.id = ?`, areaID)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var commune, c int64
		if err := rows.Scan(&commune, &c); err != nil {
			return err
		}
		x.area(commune, c)
	}
	return rows.Err()
}
