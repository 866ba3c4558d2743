package data

import (
	"tdkt/data/election"
	"tdkt/data/problem"
)

// roundTallyRows imports the minutes of second rounds (column "Lần bầu":
// Bầu thêm, Bầu lại) once the first round's rows are written: the law
// decides from the first round whether the round is called for
// (election.CheckRound), a bầu thêm carries only the candidates not
// elected, for the seats left, and a constituency has one kind of second
// round. The round is recorded when its first minutes come.
func (im *importer) roundTallyRows(res *ImportResult) error {
	var rows []TallyRow
	for _, r := range im.in.Tallies {
		if r.Round != election.Regular {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 || len(im.problems) > 0 {
		// With problems already found nothing is written: check the
		// second rounds' own numbers only.
		for _, r := range rows {
			if !r.Refused {
				im.checkMinutes(r)
			}
		}
		return nil
	}
	// The first round as the rows leave it decides the second.
	if err := im.t.refreshTotals(im.touched); err != nil {
		return err
	}
	w, err := im.t.newTallyWriter(true)
	if err != nil {
		return err
	}
	defer w.close()
	rounds := map[int64]*roundStanding{}
	seen := map[tallyKey]int{}
	for _, r := range rows {
		a, _, cid, ok := im.tallyTarget(r, seen)
		if !ok {
			continue
		}
		c := im.constByID[cid]
		st, known := rounds[cid]
		if !known {
			if st, err = im.startRound(r, c); err != nil {
				return err
			}
			rounds[cid] = st
		}
		if !st.ok {
			continue
		}
		if st.kind != r.Round {
			im.add(PartTallies, r.Row, fieldErr(election.FieldRound, problem.RoundMismatch, "%s có %s, không có %s", c.Label(), lower(st.kind.Word()), lower(r.Round.Word())))
			continue
		}
		votes, srcRows, ok := im.matchVotes(r, c, st.cands)
		names := make([]string, len(st.cands))
		ids := make([]int64, len(st.cands))
		for i, x := range st.cands {
			names[i], ids[i] = x.name, x.id
		}
		vs := election.NameCandidates(election.CheckTally(r.Tally, votes, st.seats), names)
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
		var stored int
		if err := im.t.queryRow(`SELECT COUNT(*) FROM round_tallies WHERE polling_area_id = ? AND race = ?`, a.id, string(r.Race)).Scan(&stored); err != nil {
			return err
		}
		if err := w.write(a.id, r.Race, r.Tally, ids, votes, stored > 0); err != nil {
			return failed(err, "kiểm phiếu %s dòng %d", lower(r.Round.Word()), r.Row)
		}
		res.Tallies++
		res.Votes += len(ids)
	}
	return nil
}

// roundStanding is a constituency's second round as an import sees it:
// its kind, the candidates who stand and the seats it fills; ok is false
// when the law does not call for it (reported once, at its first row).
type roundStanding struct {
	kind  election.Round
	cands []candRef
	seats int
	ok    bool
}

// startRound finds or records the second round of c that row r brings.
func (im *importer) startRound(r TallyRow, c Constituency) (*roundStanding, error) {
	st := &roundStanding{kind: r.Round}
	old, had, err := secondRound(im.ctx, im.t.tx, c.ID)
	if err != nil {
		return nil, err
	}
	_, first, err := firstRound(im.ctx, im.t.tx, c, im.e.PollingDay)
	if err != nil {
		return nil, err
	}
	switch {
	case had:
		st.kind = old.Kind
	default:
		if p := election.CheckRound(c.Label(), r.Round, first, false); p != nil {
			im.add(PartTallies, r.Row, fieldErr(election.FieldRound, p.Rule, "%s", p.Message))
			return st, nil
		}
		if _, err := im.t.exec(`INSERT INTO rounds(constituency_id, kind) VALUES (?, ?)`, c.ID, r.Round.Code()); err != nil {
			return nil, failed(err, "không ghi được lần %s", lower(r.Round.Word()))
		}
		if err := im.t.audit("rounds", c.ID, "insert", nil, map[string]any{"kind": r.Round.Code()}); err != nil {
			return nil, err
		}
	}
	st.ok, st.seats = true, c.Seats
	st.cands = im.cands[c.ID]
	if st.kind == election.Additional {
		elected := map[int64]bool{}
		for _, x := range first.Ranked {
			if x.Elected {
				elected[x.ID] = true
			}
		}
		st.cands = nil
		for _, x := range im.cands[c.ID] {
			if !elected[x.id] {
				st.cands = append(st.cands, x)
			}
		}
		st.seats = first.Missing
	}
	return st, nil
}
