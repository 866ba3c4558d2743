package data

import (
	"strings"

	"tdkt/data/problem"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// This file holds the second half of ImportElection: polling areas,
// their villages, tallies and votes.

func (im *importer) pollingAreas(res *ImportResult) error {
	t := im.t
	insA, err := t.tx.Prepare(`INSERT INTO polling_areas(election_id, commune_id, number, name, search) VALUES (?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer insA.Close()
	updA, err := t.tx.Prepare(`UPDATE polling_areas SET name = ?1, search = ?2 WHERE id = ?3 AND name <> ?1`)
	if err != nil {
		return err
	}
	defer updA.Close()
	insL, err := t.tx.Prepare(`INSERT INTO polling_area_constituencies(polling_area_id, race, constituency_id) VALUES (?,?,?)`)
	if err != nil {
		return err
	}
	defer insL.Close()
	// The links of a new polling area, one statement for all its races.
	insLs, err := t.tx.Prepare(`INSERT INTO polling_area_constituencies(polling_area_id, race, constituency_id) VALUES ` +
		strings.TrimSuffix(strings.Repeat("(?,?,?),", len(im.e.Races)), ","))
	if err != nil {
		return err
	}
	defer insLs.Close()
	var args []any
	updL, err := t.tx.Prepare(`UPDATE polling_area_constituencies SET constituency_id = ? WHERE polling_area_id = ? AND race = ?`)
	if err != nil {
		return err
	}
	defer updL.Close()

	seen := map[areaKey]int{}
	for _, r := range im.in.PollingAreas {
		if err := im.step(); err != nil {
			return err
		}
		rk := rowKey{code: r.Commune, number: r.Number}
		if r.Refused {
			im.refusedA[rk] = true
			continue
		}
		u, ok := im.unit(PartPollingAreas, r.Row, election.FieldCommune, r.Commune)
		if !ok {
			im.refusedA[rk] = true
			continue
		}
		if fe := election.CheckAreaCommune(im.e.Structure, u.ruleUnit(), r.Number); fe != nil {
			im.add(PartPollingAreas, r.Row, fe)
			im.refusedA[rk] = true
			continue
		}
		k := areaKey{u.ID, r.Number}
		if first, dup := seen[k]; dup {
			im.add(PartPollingAreas, r.Row, fieldErr(election.FieldArea, problem.Duplicate, "Khu vực bỏ phiếu số %d của %s trùng với dòng %d", r.Number, u.Name, first))
			continue
		}
		seen[k] = r.Row
		in, ok := im.areaConstituencies(r, u)
		if !ok {
			im.refusedA[rk] = true
			continue
		}
		name := vn.Clean(r.Name)
		a, exists := im.areas[k]
		changed := false
		if exists {
			x, err := updA.Exec(name, vn.Fold(name), a.id)
			if err != nil {
				return err
			}
			n, _ := x.RowsAffected()
			changed = n > 0
			for _, race := range im.e.Races {
				old, had := a.in[race]
				cid := in[race]
				switch {
				case had && old == cid:
					continue
				case had:
					if _, tallied := im.tallies[tallyKey{a.id, race}]; tallied && !im.newTallies[rk][race] {
						im.add(PartPollingAreas, r.Row, fieldErr(election.ConstituencyField(race), problem.HasTallies,
							"Khu vực bỏ phiếu số %d của %s đã có biên bản kiểm phiếu %s theo đơn vị bầu cử cũ: muốn đổi đơn vị bầu cử thì nhập lại biên bản đó trong sheet Kiểm phiếu",
							r.Number, u.Name, race.Label()))
						continue
					}
					if _, err := updL.Exec(cid, a.id, string(race)); err != nil {
						return err
					}
					im.touched.area(u.ID, old)
				default:
					if _, err := insL.Exec(a.id, string(race), cid); err != nil {
						return err
					}
				}
				a.in[race] = cid
				im.touched.area(u.ID, cid)
				changed = true
			}
		} else {
			x, err := insA.Exec(im.e.ID, u.ID, r.Number, name, vn.Fold(name))
			if err != nil {
				return failed(err, "khu vực bỏ phiếu dòng %d", r.Row)
			}
			a = &areaRef{in: in}
			a.id, _ = x.LastInsertId()
			args = args[:0]
			for _, race := range im.e.Races {
				args = append(args, a.id, string(race), in[race])
			}
			if _, err := insLs.Exec(args...); err != nil {
				return failed(err, "khu vực bỏ phiếu dòng %d", r.Row)
			}
			for _, race := range im.e.Races {
				im.touched.area(u.ID, in[race])
			}
			im.areas[k] = a
			changed = true
		}
		if r.Villages != nil {
			ch, err := im.setVillages(u, a.id, r.Villages, r.Row)
			if err != nil {
				return err
			}
			changed = changed || ch
		}
		if changed {
			res.Areas++
		}
	}
	return nil
}

// areaConstituencies resolves a polling area row's constituency numbers.
func (im *importer) areaConstituencies(r PollingAreaRow, commune Unit) (map[election.Race]int64, bool) {
	ok := true
	numbers := map[election.Race]int64{}
	for race, n := range r.In {
		numbers[race] = int64(n)
	}
	for _, p := range election.CheckAreaRaces(im.e.rules(), numbers) {
		im.add(PartPollingAreas, r.Row, &p)
		ok = false
	}
	chain := im.chain(commune)
	in := map[election.Race]int64{}
	for _, race := range im.e.Races {
		n := r.In[race]
		if n == 0 {
			continue
		}
		council := councilUnit(race, chain)
		c, found := im.constituencyOf(PartPollingAreas, r.Row, election.ConstituencyField(race), race, council, im.unitByID[council].Code, n)
		if !found {
			ok = false
			continue
		}
		in[race] = c.ID
	}
	return in, ok
}

// setVillages makes the villages of a polling area the named ones,
// creating those the commune does not have yet (as "Thôn" unless the name
// starts with another type word). It reports whether anything changed.
func (im *importer) setVillages(commune Unit, areaID int64, names []string, row int) (bool, error) {
	t := im.t
	rows, err := t.tx.Query(`SELECT id, name, type FROM units WHERE parent_id = ? AND official = 0`, commune.ID)
	if err != nil {
		return false, err
	}
	type kid struct {
		id         int64
		full, bare string // folded, with and without the type word
	}
	var kids []kid
	for rows.Next() {
		var k kid
		var name, typ string
		if err := rows.Scan(&k.id, &name, &typ); err != nil {
			rows.Close()
			return false, err
		}
		k.full = vn.Fold(name)
		k.bare = strings.TrimPrefix(k.full, vn.Fold(typ)+" ")
		kids = append(kids, k)
	}
	rows.Close()
	var before []int64
	old, err := t.tx.Query(`SELECT village_id FROM polling_area_villages WHERE polling_area_id = ? ORDER BY village_id`, areaID)
	if err != nil {
		return false, err
	}
	for old.Next() {
		var id int64
		if err := old.Scan(&id); err != nil {
			old.Close()
			return false, err
		}
		before = append(before, id)
	}
	old.Close()

	var ids []int64
	for _, name := range names {
		name = vn.Clean(name)
		if name == "" {
			continue
		}
		typ := "Thôn"
		for _, vt := range VillageTypes {
			if strings.HasPrefix(vn.Fold(name), vn.Fold(vt)+" ") {
				typ = vt
				break
			}
		}
		full, err := checkVillage(typ, name)
		if err != nil {
			im.add(PartPollingAreas, row, fieldErr(election.FieldVillages, problem.VillageUnknown, "%v", err))
			continue
		}
		f, bare := vn.Fold(full), vn.Fold(name)
		var id int64
		for _, k := range kids {
			if k.full == f || k.bare == bare || k.full == bare {
				id = k.id
				break
			}
		}
		if id == 0 {
			if id, err = t.addVillage(commune, typ, full); err != nil {
				im.add(PartPollingAreas, row, fieldErr(election.FieldVillages, problem.VillageUnknown, "%v", err))
				continue
			}
			kids = append(kids, kid{id: id, full: f, bare: strings.TrimPrefix(f, vn.Fold(typ)+" ")})
		}
		ids = append(ids, id)
	}
	same := len(ids) == len(before)
	for i := 0; same && i < len(ids); i++ {
		same = ids[i] == before[i]
	}
	if same {
		return false, nil
	}
	if _, err := t.exec(`DELETE FROM polling_area_villages WHERE polling_area_id = ?`, areaID); err != nil {
		return false, err
	}
	for _, id := range ids {
		if _, err := t.exec(`INSERT OR IGNORE INTO polling_area_villages(polling_area_id, village_id) VALUES (?,?)`, areaID, id); err != nil {
			return false, err
		}
	}
	return true, nil
}

func (im *importer) tallyRows(res *ImportResult) error {
	w, err := im.t.newTallyWriter(false)
	if err != nil {
		return err
	}
	defer w.close()
	seen := map[tallyKey]int{}
	for _, r := range im.in.Tallies {
		if err := im.step(); err != nil {
			return err
		}
		if r.Round != election.Regular {
			continue // roundTallyRows, once the first round is written
		}
		a, u, cid, ok := im.tallyTarget(r, seen)
		if !ok {
			continue
		}
		tk := tallyKey{a.id, r.Race}
		c := im.constByID[cid]
		votes, srcRows, ok := im.matchVotes(r, c, im.cands[cid])
		names := make([]string, len(im.cands[cid]))
		for i, x := range im.cands[cid] {
			names[i] = x.name
		}
		vs := election.NameCandidates(election.CheckTally(r.Tally, votes, c.Seats), names)
		for _, v := range vs {
			if v.Item > 0 {
				im.add(PartVotes, srcRows[v.Item-1], &v)
				continue
			}
			im.add(PartTallies, r.Row, &v)
		}
		if !ok || len(vs) > 0 {
			continue
		}
		cands := im.cands[cid]
		candIDs := make([]int64, len(cands))
		for i, x := range cands {
			candIDs[i] = x.id
		}
		_, replace := im.tallies[tk]
		if err := w.write(a.id, r.Race, r.Tally, candIDs, votes, replace); err != nil {
			return failed(err, "kiểm phiếu dòng %d", r.Row)
		}
		im.written[cid]++
		im.touched.area(u.ID, cid)
		res.Tallies++
		res.Votes += len(candIDs)
	}
	return nil
}

// tallyTarget finds the polling area, commune and constituency of a tally
// row, reporting why when it cannot; seen holds the rows of the same
// round read so far, for duplicates.
func (im *importer) tallyTarget(r TallyRow, seen map[tallyKey]int) (*areaRef, Unit, int64, bool) {
	if r.Refused {
		return nil, Unit{}, 0, false
	}
	if im.refusedA[rowKey{code: r.Commune, number: r.Area}] {
		// Without its polling area the votes cannot be matched, but
		// the minutes' own numbers can still be checked.
		im.checkMinutes(r)
		return nil, Unit{}, 0, false
	}
	u, ok := im.unit(PartTallies, r.Row, election.FieldCommune, r.Commune)
	if !ok {
		return nil, u, 0, false
	}
	a, ok := im.areas[areaKey{u.ID, r.Area}]
	if !ok {
		p := election.AreaUnknown(r.Area, u.Name)
		im.add(PartTallies, r.Row, &p)
		im.checkMinutes(r)
		return nil, u, 0, false
	}
	if !im.e.HasRace(r.Race) {
		im.add(PartTallies, r.Row, fieldErr(election.FieldRace, problem.Race, "Cuộc bầu cử %q không có cấp %s", im.e.Name, r.Race))
		return nil, u, 0, false
	}
	cid, ok := a.in[r.Race]
	if !ok {
		im.add(PartTallies, r.Row, fieldErr(election.FieldRace, problem.NoConstituency, "Khu vực bỏ phiếu số %d của %s chưa thuộc đơn vị bầu cử %s nào", r.Area, u.Name, r.Race.Label()))
		return nil, u, 0, false
	}
	tk := tallyKey{a.id, r.Race}
	if first, dup := seen[tk]; dup {
		what := "Biên bản kiểm phiếu"
		if r.Round != election.Regular {
			what += " " + lower(r.Round.Word())
		}
		im.add(PartTallies, r.Row, fieldErr(election.FieldRace, problem.Duplicate, "%s %s của khu vực bỏ phiếu số %d, %s trùng với dòng %d", what, r.Race.Label(), r.Area, u.Name, first))
		return nil, u, 0, false
	}
	seen[tk] = r.Row
	return a, u, cid, true
}

// checkMinutes reports the rules a tally's own six numbers break, for a
// tally whose constituency is unknown.
func (im *importer) checkMinutes(r TallyRow) {
	for _, v := range election.CheckTally(r.Tally, nil, 0) {
		im.add(PartTallies, r.Row, &v)
	}
}

// matchVotes puts a tally row's votes in the order of the constituency's
// candidates. It returns the votes (nil when a name is wrong, so that only
// the tally's own numbers are checked), the source row of each candidate's
// votes and whether every candidate has exactly one.
func (im *importer) matchVotes(r TallyRow, c Constituency, cands []candRef) ([]int64, []int, bool) {
	votes := make([]int64, len(cands))
	rows := make([]int, len(cands))
	ok := true
	for _, v := range r.Votes {
		f := im.fold(v.Name)
		i := -1
		for j, x := range cands {
			if x.fold == f {
				i = j
				break
			}
		}
		switch {
		case i < 0 && im.refusedN[candKey{c.ID, f}]:
			ok = false // the candidate's own row is refused, and reported
		case i < 0:
			im.add(PartVotes, v.Row, fieldErr(election.FieldName, problem.CandidateUnknown, "%s không phải người ứng cử của %s", vn.Clean(v.Name), c.Label()))
			ok = false
		case rows[i] != 0:
			im.add(PartVotes, v.Row, fieldErr(election.FieldName, problem.Duplicate, "Số phiếu bầu của %s đã có ở dòng %d", cands[i].name, rows[i]))
			ok = false
		default:
			rows[i] = max(v.Row, 1)
			votes[i] = v.Votes
		}
	}
	var missing []string
	for i, x := range cands {
		if rows[i] == 0 {
			missing = append(missing, x.name)
		}
	}
	if len(missing) > 0 {
		im.add(PartTallies, r.Row, fieldErr(election.FieldVotes, problem.CandidateMissing, "Thiếu số phiếu bầu của %s (%s) trong sheet Phiếu bầu", strings.Join(missing, ", "), c.Label()))
		ok = false
	}
	if !ok {
		return nil, rows, false
	}
	return votes, rows, true
}

// checkNewCandidates refuses candidates added to a constituency whose
// saved tallies (not written by this import) lack their votes.
func (im *importer) checkNewCandidates() error {
	for cid, row := range im.newCand {
		var n int
		if err := im.t.queryRow(`SELECT COUNT(*) FROM polling_area_constituencies pac
			JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
			WHERE pac.constituency_id = ?`, cid).Scan(&n); err != nil {
			return err
		}
		if stale := n - im.written[cid]; stale > 0 {
			im.add(PartCandidates, row, fieldErr(election.FieldName, problem.HasTallies,
				"%s đã có %d biên bản kiểm phiếu không có số phiếu của người ứng cử mới: nhập lại các biên bản đó trong sheet Kiểm phiếu và Phiếu bầu",
				im.constByID[cid].Label(), stale))
		}
	}
	return nil
}
