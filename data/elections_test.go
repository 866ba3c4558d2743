package data_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"tdkt/data/problem"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
)

func openStore(t *testing.T) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// thieuNgoc opens a store with the Thiệu Ngọc sample loaded.
func thieuNgoc(t *testing.T) (*data.Store, data.Election) {
	t.Helper()
	st := openStore(t)
	res, err := sample.LoadThieuNgoc(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	return st, res.Election
}

func results(t *testing.T, st *data.Store, e data.Election) *data.Results {
	t.Helper()
	r, err := st.Results(context.Background(), e.ID)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func unitCode(t *testing.T, st *data.Store, code string) data.Unit {
	t.Helper()
	u, err := st.UnitByCode(context.Background(), "2025-03", code)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// The sample reproduces seed 002: 3 QH, 3 HĐND tỉnh, 4 HĐND huyện and 24
// of 25 HĐND xã elected, one short in Tổ 06 Thiện Phong with status ok,
// 3,722 voters and a turnout of 99,81%.
func TestThieuNgocSampleResults(t *testing.T) {
	st, e := thieuNgoc(t)
	r := results(t, st, e)
	commune := unitCode(t, st, sample.ThieuNgocCode)
	want := map[election.Race][2]int64{
		election.RaceQH: {3, 3}, election.RaceProvince: {3, 3}, election.RaceDistrict: {4, 4}, election.RaceCommune: {25, 24},
	}
	elected := map[election.Race][2]int64{}
	for _, c := range r.Constituencies {
		if c.Status != election.StatusOK {
			t.Errorf("%s: status %s, want ok (%s)", c.Label(), c.Status, c.Next)
		}
		x := elected[c.Race]
		elected[c.Race] = [2]int64{x[0] + int64(c.Seats), x[1] + int64(c.Elected)}
		if c.Race == election.RaceCommune && c.Number == 6 {
			if c.Missing != 1 || !strings.Contains(c.Next, "không bầu thêm") {
				t.Errorf("Tổ 06 Thiện Phong: missing %d, next %q; want one seat short, no bầu thêm", c.Missing, c.Next)
			}
		} else if c.Missing != 0 {
			t.Errorf("%s: %d seats short", c.Label(), c.Missing)
		}
	}
	for race, w := range want {
		if elected[race] != w {
			t.Errorf("%s: seats/elected %v, want %v", race, elected[race], w)
		}
	}
	tot := r.Totals(commune.ID, election.RaceCommune)
	if tot.Voters != 3722 || tot.Voted != 3715 || tot.Turnout() != 9981 || tot.Seats != 25 || tot.Elected != 24 {
		t.Errorf("Thiệu Ngọc HĐND xã totals = %+v (turnout %d)", tot, tot.Turnout())
	}
	if r.Root() != unitCode(t, st, sample.ThanhHoaCode).ID {
		t.Errorf("root = %d, want Thanh Hóa", r.Root())
	}
	// The unit rows cover the province, the district and the commune in
	// every race, in tree order.
	var got []string
	for _, u := range r.Units {
		if u.Race == election.RaceQH {
			got = append(got, u.Unit.Code)
		}
	}
	if strings.Join(got, ",") != "38,398,15775" {
		t.Errorf("QH unit rows %v", got)
	}
	if len(r.Units) != 12 {
		t.Errorf("%d unit rows, want 3 units × 4 races", len(r.Units))
	}
	// The villages were created under the commune.
	kids, _ := st.Children(context.Background(), commune.ID)
	names := map[string]bool{}
	for _, k := range kids {
		names[k.Name] = true
	}
	if len(kids) != 6 || !names["Thôn Thiện Phong"] || !names["Thôn Chẩn Xuyên 1"] {
		t.Errorf("villages of Thiệu Ngọc: %+v", kids)
	}
	areas, _ := st.PollingAreas(context.Background(), e.ID, commune.ID)
	if len(areas) != 6 || len(areas[5].Villages) != 1 || areas[5].Name != "Tổ 06 Thiện Phong" {
		t.Errorf("polling areas %+v", areas)
	}
}

// A summary of the commune has a row per polling area; of the province a
// row per district with data; the totals are the unit's own.
func TestResultsSummary(t *testing.T) {
	st, e := thieuNgoc(t)
	ctx := context.Background()
	r := results(t, st, e)
	sum, err := st.ResultsSummary(ctx, r, unitCode(t, st, sample.ThieuNgocCode).ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Rows) != 6 || sum.Rows[5].Label != "Tổ 06 Thiện Phong" || sum.Rows[5].Totals[election.RaceQH].Voters != 542 {
		t.Errorf("commune summary rows %+v", sum.Rows)
	}
	prov, err := st.ResultsSummary(ctx, r, unitCode(t, st, sample.ThanhHoaCode).ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(prov.Rows) != 1 || prov.Rows[0].Code != sample.ThieuHoaCode {
		t.Fatalf("province summary rows %+v", prov.Rows)
	}
	// QH seats are counted at the province: in its total, not in the district's row.
	if q := prov.Total.Totals[election.RaceQH]; q.Seats != 3 || q.Elected != 3 || q.Voters != 3722 {
		t.Errorf("province QH total %+v", q)
	}
	if q := prov.Rows[0].Totals[election.RaceQH]; q.Seats != 0 || q.Voters != 3722 {
		t.Errorf("district QH row %+v", q)
	}
	all, err := st.ResultsSummary(ctx, r, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Rows) != 1 || all.Total.Totals[election.RaceCommune].Elected != 24 {
		t.Errorf("country summary %+v", all)
	}
}

// breakTally makes the first HĐND xã tally of polling area 6 inconsistent.
func breakTally(in *data.ElectionImport) *data.TallyRow {
	for i := range in.Tallies {
		tr := &in.Tallies[i]
		if tr.Area == 6 && tr.Race == election.RaceCommune {
			tr.Invalid++ // valid + invalid no longer equals received
			return tr
		}
	}
	panic("no tally of area 6")
}

// An inconsistent tally refuses the whole import, naming its part, row,
// field and rule, and nothing is written, not even the election.
func TestImportRefusesInconsistentTallyWhole(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	in := sample.ThieuNgoc()
	bad := breakTally(&in)
	_, err := st.ImportElection(ctx, in, data.ImportOptions{})
	var ps problem.List
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v, want problem.List", err)
	}
	if len(ps) != 1 {
		t.Fatalf("%d problems, want 1: %v", len(ps), ps)
	}
	p := ps[0]
	if p.Part != int(data.PartTallies) || p.Row != bad.Row || p.Rule != problem.ValidInvalidSum || p.Field != election.FieldInvalid {
		t.Errorf("problem %+v", p)
	}
	if !strings.Contains(p.Message, "phải bằng số phiếu thu vào") {
		t.Errorf("message %q", p.Message)
	}
	if es, _ := st.Elections(ctx); len(es) != 0 {
		t.Errorf("elections written by a refused import: %+v", es)
	}
	if has, _ := st.HasUnits(ctx); has {
		t.Error("the province was loaded by a refused import")
	}
}

// Every problem of a workbook is reported in one pass.
func TestImportReportsEveryProblem(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	in := sample.ThieuNgoc()
	in.Constituencies[3].Seats = 6 // HĐND xã of Tổ 01: at most 5
	in.Constituencies = append(in.Constituencies, data.ConstituencyRow{Row: 99, Race: election.RaceCommune, Unit: "15775", Number: 7, Seats: 5})
	in.Constituencies = append(in.Constituencies, data.ConstituencyRow{Row: 100, Race: election.RaceCommune, Unit: "398", Number: 1, Seats: 3}) // a district is no commune
	in.PollingAreas[1].In[election.RaceCommune] = 9                                                                                             // no such constituency
	in.Tallies[len(in.Tallies)-1].Votes[0].Name = "Người Không Có"
	in.Tallies[len(in.Tallies)-2].Votes[1].Votes = in.Tallies[len(in.Tallies)-2].Valid + 1
	in.Tallies[len(in.Tallies)-3].Votes = in.Tallies[len(in.Tallies)-3].Votes[1:]
	_, err := st.ImportElection(ctx, in, data.ImportOptions{})
	var ps problem.List
	if !errors.As(err, &ps) {
		t.Fatalf("err = %v", err)
	}
	rules := map[problem.Rule]int{}
	for _, p := range ps {
		rules[p.Rule]++
		if p.Message == "" || p.Row == 0 {
			t.Errorf("problem without row or message: %+v", p)
		}
	}
	for _, r := range []problem.Rule{problem.Seats, problem.Unit, problem.ConstituencyUnknown, problem.CandidateUnknown,
		problem.VotesLEValid, problem.CandidateMissing} {
		if rules[r] == 0 {
			t.Errorf("no problem %s in %v", r, ps)
		}
	}
	// The seats problem of Tổ 01's constituency does not cascade into its
	// candidates, its polling area or its tallies.
	if rules[problem.ConstituencyUnknown] != 1 {
		t.Errorf("%d constituency_unknown problems, want only polling area 2's: %v", rules[problem.ConstituencyUnknown], ps)
	}
	// The vote problem names the candidate and sits on the vote's row.
	for _, p := range ps {
		if p.Rule == problem.VotesLEValid && (p.Part != int(data.PartVotes) || !strings.Contains(p.Message, "người ứng cử "+in.Tallies[len(in.Tallies)-2].Votes[1].Name)) {
			t.Errorf("votes problem %+v", p)
		}
	}
	if es, _ := st.Elections(ctx); len(es) != 0 {
		t.Error("something was written")
	}
}

// Re-importing a corrected workbook replaces the polling area's tally and
// votes; importing the same one again changes nothing.
func TestReimportReplacesTally(t *testing.T) {
	st, e := thieuNgoc(t)
	ctx := context.Background()
	count := func(table string) int {
		var n int
		st.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n)
		return n
	}
	tallies, votes, cands := count("tallies"), count("votes"), count("candidates")

	again, err := st.ImportElection(ctx, sample.ThieuNgoc(), data.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if again.Constituencies != 0 || again.Candidates != 0 || again.Areas != 0 {
		t.Errorf("the same workbook again changed %+v", again)
	}

	in := sample.ThieuNgoc()
	// Tổ 06 corrected: one more vote for its fourth candidate, who now
	// has more than half of the valid ballots.
	in.Election, in.Constituencies, in.Candidates, in.PollingAreas = nil, nil, nil, nil
	var only []data.TallyRow
	for _, tr := range in.Tallies {
		if tr.Area == 6 && tr.Race == election.RaceCommune {
			tr.Votes[3].Votes = tr.Valid/2 + 1
			only = append(only, tr)
		}
	}
	in.Tallies = only
	res, err := st.ImportElection(ctx, in, data.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Tallies != 1 || res.Election.ID != e.ID {
		t.Errorf("result %+v", res)
	}
	if count("tallies") != tallies || count("votes") != votes || count("candidates") != cands {
		t.Errorf("re-import duplicated rows: tallies %d→%d, votes %d→%d", tallies, count("tallies"), votes, count("votes"))
	}
	r := results(t, st, e)
	for _, c := range r.Constituencies {
		if c.Race == election.RaceCommune && c.Number == 6 && c.Elected != 4 {
			t.Errorf("after the correction Tổ 06 elects %d, want 4", c.Elected)
		}
	}
	checkTotals(t, st)
}

// A dry run checks and writes nothing; a cancelled import writes nothing.
func TestImportDryRunAndCancel(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	res, err := st.ImportElection(ctx, sample.ThieuNgoc(), data.ImportOptions{DryRun: true})
	if err != nil || res.Tallies != 24 {
		t.Fatalf("dry run: %+v, %v", res, err)
	}
	if es, _ := st.Elections(ctx); len(es) != 0 {
		t.Error("a dry run wrote an election")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	in, _, err := scale.National(3)
	if err != nil {
		t.Fatal(err)
	}
	in.Constituencies = in.Constituencies[:3000]
	_, err = st.ImportElection(cctx, in, data.ImportOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled import: %v", err)
	}
	if es, _ := st.Elections(ctx); len(es) != 0 {
		t.Error("a cancelled import wrote an election")
	}
}

// The store's methods apply the same rules as the import.
func TestElectionRulesInStoreMethods(t *testing.T) {
	st, e := thieuNgoc(t)
	ctx := context.Background()
	commune := unitCode(t, st, sample.ThieuNgocCode)
	province := unitCode(t, st, sample.ThanhHoaCode)
	var fe *problem.Problem

	_, err := st.SaveConstituency(ctx, data.Constituency{ElectionID: e.ID, Race: election.RaceQH, UnitID: province.ID, Number: 9, Seats: 4})
	if !errors.As(err, &fe) || fe.Rule != problem.Seats || fe.Field != election.FieldSeats {
		t.Errorf("QH with 4 seats: %v", err)
	}
	_, err = st.SaveConstituency(ctx, data.Constituency{ElectionID: e.ID, Race: election.RaceCommune, UnitID: commune.ID, Number: 9, Seats: 6})
	if !errors.As(err, &fe) || fe.Rule != problem.Seats {
		t.Errorf("HĐND with 6 seats: %v", err)
	}
	_, err = st.SaveConstituency(ctx, data.Constituency{ElectionID: e.ID, Race: election.RaceCommune, UnitID: province.ID, Number: 9, Seats: 3})
	if !errors.As(err, &fe) || fe.Rule != problem.Unit {
		t.Errorf("HĐND xã constituency of a province: %v", err)
	}
	_, err = st.SaveConstituency(ctx, data.Constituency{ElectionID: e.ID, Race: election.RaceCommune, UnitID: commune.ID, Number: 1, Seats: 3})
	if !errors.As(err, &fe) || fe.Rule != problem.Duplicate {
		t.Errorf("second constituency number 1: %v", err)
	}
	// The schema refuses it too, whatever path writes it.
	if _, err := st.DB().Exec(`UPDATE constituencies SET seats = 4 WHERE race = 'QH'`); err == nil {
		t.Error("the schema accepts a QH constituency with 4 seats")
	}

	cs, _ := st.Constituencies(ctx, e.ID)
	k := cs[len(cs)-1] // HĐND xã number 6, with tallies
	_, err = st.SaveCandidate(ctx, data.Candidate{ConstituencyID: k.ID, Name: "trần thị mới", Birth: time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), Sex: "nữ"})
	if !errors.As(err, &fe) || fe.Rule != problem.HasTallies {
		t.Errorf("candidate added to a tallied constituency: %v", err)
	}
	cands, _ := st.Candidates(ctx, k.ID)
	if err := st.DeleteCandidate(ctx, cands[0].ID); !errors.As(err, &fe) || fe.Rule != problem.HasTallies {
		t.Errorf("delete a candidate with votes: %v", err)
	}
	young := data.Candidate{ConstituencyID: k.ID, Name: "Lê Văn Trẻ", Birth: time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := st.SaveCandidate(ctx, young); !errors.As(err, &fe) || fe.Field != election.FieldBirth {
		t.Errorf("a candidate under 21: %v", err)
	}

	areas, _ := st.PollingAreas(ctx, e.ID, commune.ID)
	a := areas[5]
	a.In[election.RaceCommune] = cs[len(cs)-2].ID // Tổ 05's constituency
	if _, err := st.SavePollingArea(ctx, a); !errors.As(err, &fe) || fe.Rule != problem.HasTallies {
		t.Errorf("moving a tallied polling area: %v", err)
	}
	a.In[election.RaceCommune] = cs[0].ID // the QH constituency
	if _, err := st.SavePollingArea(ctx, a); !errors.As(err, &fe) || fe.Rule != problem.ConstituencyMismatch {
		t.Errorf("a QH constituency as HĐND xã: %v", err)
	}

	// A tally that breaks a rule is refused naming it; nothing changes.
	ts, err := st.TallySheet(ctx, a.ID, election.RaceCommune)
	if err != nil || !ts.Saved {
		t.Fatalf("tally sheet: %+v, %v", ts, err)
	}
	bad := ts.Tally
	bad.Voted = bad.Voters + 1
	err = st.SaveTally(ctx, a.ID, election.RaceCommune, bad, ts.Votes)
	var te problem.List
	if !errors.As(err, &te) || te[0].Rule != problem.VotedLEVoters || !strings.Contains(err.Error(), "không được lớn hơn tổng số cử tri") {
		t.Errorf("inconsistent tally: %v", err)
	}
	if got, _ := st.TallySheet(ctx, a.ID, election.RaceCommune); got.Tally != ts.Tally {
		t.Error("a refused tally changed the stored one")
	}
	votes := append([]int64(nil), ts.Votes...)
	votes[0] = ts.Valid + 1
	err = st.SaveTally(ctx, a.ID, election.RaceCommune, ts.Tally, votes)
	if !errors.As(err, &te) || te[0].Rule != problem.VotesLEValid || te[0].Item != 1 {
		t.Errorf("votes above valid: %v (%+v)", err, te)
	}
}

// Every write that touches tallies keeps the sums results read exact.
func TestTotalsStayExact(t *testing.T) {
	st, e := thieuNgoc(t)
	ctx := context.Background()
	checkTotals(t, st)
	commune := unitCode(t, st, sample.ThieuNgocCode)
	areas, _ := st.PollingAreas(ctx, e.ID, commune.ID)

	ts, _ := st.TallySheet(ctx, areas[0].ID, election.RaceQH)
	tl := ts.Tally
	tl.Voters += 10
	if err := st.SaveTally(ctx, areas[0].ID, election.RaceQH, tl, ts.Votes); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st)
	if err := st.DeleteTally(ctx, areas[1].ID, election.RaceCommune); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st)
	r := results(t, st, e)
	for _, c := range r.Constituencies {
		if c.Race == election.RaceCommune && c.Number == 2 && c.Status != election.StatusIncomplete {
			t.Errorf("constituency 2 without its tally: %s", c.Status)
		}
	}
	if err := st.DeletePollingArea(ctx, areas[2].ID); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st)
	cs, _ := st.Constituencies(ctx, e.ID)
	if err := st.DeleteConstituency(ctx, cs[len(cs)-1].ID); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st)
	// A new polling area in constituency 1 with no tally yet.
	a := areas[0]
	a.ID, a.Number, a.Name, a.Villages = 0, 7, "Tổ 07 Mới", nil
	if _, err := st.SavePollingArea(ctx, a); err != nil {
		t.Fatal(err)
	}
	checkTotals(t, st)
	r = results(t, st, e)
	if r.Constituencies[0].Status != election.StatusIncomplete || r.Constituencies[0].Areas != 6 {
		t.Errorf("QH with an untallied polling area: %s, %d areas", r.Constituencies[0].Status, r.Constituencies[0].Areas)
	}
	if err := st.DeleteElection(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	var n int
	st.DB().QueryRow(`SELECT (SELECT COUNT(*) FROM votes) + (SELECT COUNT(*) FROM commune_totals) + (SELECT COUNT(*) FROM candidates)`).Scan(&n)
	if n != 0 {
		t.Errorf("%d rows left after deleting the election", n)
	}
}

// checkTotals compares the kept sums with sums recomputed from scratch.
func checkTotals(t *testing.T, st *data.Store) {
	t.Helper()
	for _, q := range []string{
		`SELECT COUNT(*) FROM constituencies c WHERE (c.areas, c.tallied, c.voters, c.voted, c.valid, c.invalid) IS NOT
			(SELECT COUNT(*), COUNT(t.race), COALESCE(SUM(t.voters), 0), COALESCE(SUM(t.voted), 0), COALESCE(SUM(t.valid), 0), COALESCE(SUM(t.invalid), 0)
			 FROM polling_area_constituencies pac LEFT JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
			 WHERE pac.constituency_id = c.id)`,
		`SELECT COUNT(*) FROM candidates c WHERE c.votes <> (SELECT COALESCE(SUM(votes), 0) FROM votes v WHERE v.candidate_id = c.id)`,
		`SELECT (SELECT COUNT(*) FROM (SELECT p.election_id, p.commune_id, t.race, SUM(t.voters), SUM(t.voted) FROM polling_areas p
			JOIN tallies t ON t.polling_area_id = p.id GROUP BY 1, 2, 3 EXCEPT SELECT * FROM commune_totals))
			+ (SELECT COUNT(*) FROM (SELECT * FROM commune_totals EXCEPT SELECT p.election_id, p.commune_id, t.race, SUM(t.voters), SUM(t.voted)
			FROM polling_areas p JOIN tallies t ON t.polling_area_id = p.id GROUP BY 1, 2, 3))`,
	} {
		var n int
		if err := st.DB().QueryRow(q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d stale sums: %s", n, q[:60])
		}
	}
}

// Elections: structure and races follow the polling day; a 2026 election
// has no HĐND huyện.
func TestElectionStructure(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	e, err := st.SaveElection(ctx, data.Election{Name: "Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031", PollingDay: time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if e.Structure != "2025-07" || len(e.Races) != 3 || e.HasRace(election.RaceDistrict) {
		t.Errorf("2026 election %+v", e)
	}
	_, err = st.SaveElection(ctx, data.Election{Name: "Khác", PollingDay: time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC), Races: []election.Race{election.RaceDistrict}})
	var fe *problem.Problem
	if !errors.As(err, &fe) || fe.Rule != problem.Race {
		t.Errorf("HĐND huyện in 2026: %v", err)
	}
	if _, err := st.SaveElection(ctx, data.Election{Name: "bầu cử đại biểu quốc hội khóa xvi và đại biểu hđnd các cấp nhiệm kỳ 2026-2031", PollingDay: time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)}); !errors.As(err, &fe) || fe.Rule != problem.Duplicate {
		t.Errorf("same name twice: %v", err)
	}
	old, err := st.SaveElection(ctx, data.Election{Name: sample.Election2021Name, PollingDay: sample.Election2021Day})
	if err != nil {
		t.Fatal(err)
	}
	if old.Structure != "2025-03" || len(old.Races) != 4 {
		t.Errorf("2021 election %+v", old)
	}
	latest, _ := st.LatestElection(ctx)
	if latest.ID != e.ID {
		t.Errorf("latest = %q", latest.Name)
	}
}

// A workbook naming units not yet in the database loads their province
// from the official list in the same transaction.
func TestImportLoadsProvince(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	res, err := st.ImportElection(ctx, sample.ThieuNgoc(), data.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(res.Provinces, ",") != "38" {
		t.Errorf("provinces loaded: %v", res.Provinces)
	}
	if _, err := st.UnitByCode(ctx, "2025-03", "15775"); err != nil {
		t.Error(err)
	}
}

// A refused constituency does not hide the inconsistency of a tally of
// its polling areas: the minutes' own numbers are still checked.
func TestImportChecksMinutesOfRefusedAreas(t *testing.T) {
	st := openStore(t)
	in := sample.ThieuNgoc()
	in.Constituencies[0].Seats = 4 // QH: at most 3; every polling area refers to it
	bad := breakTally(&in)
	_, err := st.ImportElection(context.Background(), in, data.ImportOptions{})
	var ps problem.List
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("want the seats problem and the tally's: %v", err)
	}
	if ps[0].Rule != problem.Seats || ps[1].Rule != problem.ValidInvalidSum || ps[1].Row != bad.Row {
		t.Errorf("problems %v", ps)
	}
}
