package electiondocs

import (
	"context"
	"strings"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// StatisticsOf fills the statistics form of a unit (0: the unit the
// results' data lies in, else the whole country) from the results, the
// polling areas' tallies and the candidates' composition. The form is the
// final one (chính thức) once the election is locked, the preliminary one
// (sơ bộ) before. Figures tdkt does not hold stay blank for the officer.
func StatisticsOf(ctx context.Context, st *data.Store, r *data.Results, unit int64, place string) (Statistics, error) {
	e := r.Election
	if unit == 0 {
		unit = r.Root()
	}
	s := Statistics{Final: e.Locked(), Election: electionPhrase(e.Name), Place: place,
		Unnumbered: FormNumber(election.RaceQH, e.PollingDay) == ""}
	if unit != 0 {
		s.Unit = r.Unit(unit).Name
	} else {
		s.Unit = "Toàn quốc"
	}
	for _, race := range e.Races {
		rs, err := raceStatistics(ctx, st, r, unit, race)
		if err != nil {
			return s, err
		}
		s.Races = append(s.Races, rs)
	}
	return s, nil
}

// electionPhrase is the election as the form's title continues "KẾT QUẢ
// BẦU CỬ …": its name without the leading "Bầu cử".
func electionPhrase(name string) string {
	if f := vn.Fold(name); strings.HasPrefix(f, "bau cu ") {
		return strings.TrimSpace(string([]rune(name)[len([]rune("Bầu cử ")):]))
	}
	return name
}

func raceStatistics(ctx context.Context, st *data.Store, r *data.Results, unit int64, race election.Race) (RaceStatistics, error) {
	e := r.Election
	rs := RaceStatistics{Race: race}
	t := r.Totals(unit, race)
	rs.Voters, rs.Voted = N(t.Voters), N(t.Voted)
	var cc, ac struct{ total, one, low, annulled, repeat, additional int64 }
	var issued, received, valid, invalid, seats int64
	var cands, elected election.Composition
	for _, c := range r.Constituencies {
		if c.Race != race || (unit != 0 && !inTree(r, unit, c.UnitID)) {
			continue
		}
		first := c.Rounds[0]
		sr := c.SecondRound
		annulled := sr != nil && sr.Annulled()
		repeat := first.Status == election.StatusRepeat || (sr != nil && sr.Kind == election.Repeat)
		additional := first.Status == election.StatusAdditional || (sr != nil && sr.Kind == election.Additional)
		low := first.Tallied > 0 && first.Voted*2 <= first.Voters
		cc.total++
		if first.Areas == 1 {
			cc.one++
		}
		cc.low += b2i(low)
		cc.annulled += b2i(annulled)
		cc.repeat += b2i(repeat)
		cc.additional += b2i(additional)
		seats += int64(c.Seats)
		valid += first.Valid
		invalid += first.Invalid

		areas, err := st.ConstituencyTallies(ctx, c.ID, false)
		if err != nil {
			return rs, err
		}
		for _, a := range areas {
			ac.total++
			issued += a.Issued
			received += a.Received
			ac.low += b2i(a.Saved && a.Voted*2 <= a.Voters)
			ac.annulled += b2i(annulled)
			ac.repeat += b2i(repeat)
			ac.additional += b2i(additional)
		}

		people, err := st.Candidates(ctx, c.ID)
		if err != nil {
			return rs, err
		}
		won := map[int64]bool{}
		for _, k := range c.Ranked {
			if k.Elected {
				won[k.ID] = true
			}
		}
		for _, p := range people {
			cands.Add(p.Person(), e.PollingDay)
			if won[p.ID] {
				elected.Add(p.Person(), e.PollingDay)
			}
		}
	}
	rs.Constituencies = ConstituencyCounts{Total: N(cc.total), OneArea: N(cc.one), LowTurnout: N(cc.low), Annulled: N(cc.annulled),
		Repeat: N(cc.repeat), Additional: N(cc.additional)}
	rs.Areas = AreaCounts{Total: N(ac.total), LowTurnout: N(ac.low), Annulled: N(ac.annulled), Repeat: N(ac.repeat), Additional: N(ac.additional)}
	rs.Issued, rs.Received, rs.Valid, rs.Invalid, rs.Seats = N(issued), N(received), N(valid), N(invalid), N(seats)
	rs.Elected = composition(elected)
	rs.Candidates = composition(cands)
	return rs, nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// composition turns counts into the form's cells. A kind that no one's
// data speaks of (no education, no workplace given) is left blank rather
// than written as a misleading 0.
func composition(c election.Composition) Composition {
	n := func(v int) Num { return N(int64(v)) }
	out := Composition{Total: n(c.Total), Women: n(c.Women), Young: n(c.Under40)}
	if c.Profiled == 0 {
		return out // the optional columns were never filled in
	}
	known := func(v, unknown int) Num {
		if c.Total > 0 && unknown == c.Total {
			return Num{}
		}
		return n(v)
	}
	out.Minority = n(c.Minority)
	partyKnown := c.NonParty + c.Party
	out.NonParty = known(c.NonParty, c.Total-partyKnown)
	out.Reelected = n(c.Reelected)
	out.Religious = n(c.Religious)
	out.SelfNominated = n(c.SelfNominated)
	eu := c.Education[election.EducationUnknown]
	out.BelowUniversity = known(c.Education[election.BelowUniversity], eu)
	out.University = known(c.Education[election.University], eu)
	out.Postgraduate = known(c.Education[election.AboveUniversity], eu)
	tn := c.Theory[election.TheoryNone] + c.Theory[election.TheoryElementary]
	out.TheoryIntermediate = known(c.Theory[election.TheoryIntermediate], tn)
	out.TheoryAdvanced = known(c.Theory[election.TheoryAdvanced], tn)
	out.TheoryBachelor = known(c.Theory[election.TheoryBachelor], tn)
	su := c.Sectors[election.SectorUnknown]
	out.Party = known(c.Sectors[election.SectorParty], su)
	out.Government = known(c.Sectors[election.SectorGovernment], su)
	out.Front = known(c.Sectors[election.SectorFront], su)
	out.Court = known(c.Sectors[election.SectorCourt], su)
	out.Procuracy = known(c.Sectors[election.SectorProcuracy], su)
	out.ArmedForces = known(c.Sectors[election.SectorArmedForces], su)
	out.Other = known(c.Sectors[election.SectorOther], su)
	return out
}

// ExportStatistics writes the statistics form of a unit (0: the results'
// own unit) to path.
func ExportStatistics(ctx context.Context, st *data.Store, r *data.Results, unit int64, path string) (Statistics, error) {
	set, err := st.Settings(ctx)
	if err != nil {
		return Statistics{}, err
	}
	s, err := StatisticsOf(ctx, st, r, unit, set.Place)
	if err != nil {
		return s, err
	}
	return s, WriteStatistics(path, s)
}
