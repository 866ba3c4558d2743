package electiondocs

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/problem"
	"tdkt/data/sample"
)

// A commune's by-election with a bầu thêm and a bầu lại goes through the
// workbook and gives the results the law gives, in `results --json` as
// FORMATS.md writes the rounds.
func TestDieu79_80_RoundsThroughTheWorkbook(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	path := filepath.Join(t.TempDir(), "bau-bo-sung.xlsx")
	if err := Fill(path, sample.ByElection()); err != nil {
		t.Fatal(err)
	}
	res, err := Import(ctx, st, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Election.Races; len(got) != 1 || got[0] != election.RaceCommune {
		t.Fatalf("races %v, want only HĐND xã", got)
	}
	if res.Tallies != 6 {
		t.Errorf("%d tallies imported, want 6 (3 first, 2 bầu thêm, 1 bầu lại)", res.Tallies)
	}
	r, err := st.Results(ctx, res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Constituencies []struct {
			Number       int    `json:"number"`
			Status       string `json:"status"`
			Round        string `json:"round"`
			Voters       int64  `json:"voters"`
			Voted        int64  `json:"voted"`
			Turnout      json.Number
			ElectedCount int `json:"elected_count"`
			Candidates   []struct {
				Name    string `json:"name"`
				Votes   int64  `json:"votes"`
				Elected bool   `json:"elected"`
			} `json:"candidates"`
			Rounds []struct {
				Round      string `json:"round"`
				Voters     int64  `json:"voters"`
				Voted      int64  `json:"voted"`
				Valid      int64  `json:"valid"`
				Status     string `json:"status"`
				Candidates []struct {
					Name    string `json:"name"`
					Votes   int64  `json:"votes"`
					Elected bool   `json:"elected"`
				} `json:"candidates"`
			} `json:"rounds"`
		} `json:"constituencies"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Constituencies) != 2 {
		t.Fatalf("%d constituencies", len(doc.Constituencies))
	}
	// Constituency 1: An elected first (600 of 810 valid), then Bình and
	// Cường in the bầu thêm (550 and 450 of 750): 3 of 3.
	c1 := doc.Constituencies[0]
	if c1.Round != "bau_them" || c1.Status != "ok" || c1.ElectedCount != 3 || c1.Voters != 900 || c1.Voted != 780 || len(c1.Rounds) != 2 {
		t.Fatalf("constituency 1: %+v", c1)
	}
	if r0, r1 := c1.Rounds[0], c1.Rounds[1]; r0.Round != "lan_dau" || r0.Status != "bau_them" || r0.Valid != 810 || len(r0.Candidates) != 5 ||
		r1.Round != "bau_them" || r1.Status != "ok" || r1.Valid != 750 || len(r1.Candidates) != 4 {
		t.Errorf("rounds of constituency 1: %+v", c1.Rounds)
	}
	elected := map[string]bool{}
	for _, k := range c1.Candidates {
		elected[k.Name] = k.Elected
	}
	if len(c1.Candidates) != 5 || !elected["Lê Văn An"] || !elected["Trần Thị Bình"] || !elected["Nguyễn Văn Cường"] || elected["Phạm Thị Dung"] {
		t.Errorf("candidates of constituency 1: %+v", c1.Candidates)
	}
	for i := 1; i < len(c1.Candidates); i++ {
		if c1.Candidates[i].Votes > c1.Candidates[i-1].Votes {
			t.Errorf("candidates not by votes: %+v", c1.Candidates)
		}
	}
	// Constituency 2: 290 of 600 voted, bầu lại; 500 of 600 then, both elected.
	c2 := doc.Constituencies[1]
	if c2.Round != "bau_lai" || c2.Status != "ok" || c2.ElectedCount != 2 || c2.Voted != 500 || len(c2.Rounds) != 2 ||
		c2.Rounds[0].Status != "bau_lai" || c2.Rounds[0].Voted != 290 || c2.Rounds[1].Status != "ok" {
		t.Errorf("constituency 2: %+v", c2)
	}

	// The composition columns were stored.
	cands, err := st.Candidates(ctx, r.Constituencies[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var comp election.Composition
	for _, k := range cands {
		comp.Add(k.Person(), res.Election.PollingDay)
	}
	if comp.Total != 5 || comp.Women != 2 || comp.Minority != 2 || comp.NonParty != 2 || comp.Education[election.University] != 5 {
		t.Errorf("composition %+v", comp)
	}
}

// A round the law does not call for is refused at its "Lần bầu" cell, and
// nothing of the workbook is written.
func TestDieu79_RoundNotCalledIsRefused(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	in := sample.ByElection()
	for i := range in.Tallies {
		if in.Tallies[i].Area == 3 && in.Tallies[i].Round == election.Repeat {
			in.Tallies[i].Round = election.Additional // a bầu thêm where the turnout calls for a bầu lại
		}
	}
	path := filepath.Join(t.TempDir(), "sai.xlsx")
	if err := Fill(path, in); err != nil {
		t.Fatal(err)
	}
	_, err := Import(ctx, st, path, nil)
	var ps problem.List
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("err = %v, want one problem", err)
	}
	if p := ps[0]; p.Sheet != SheetTallies || p.Column != ColRound || p.Rule != problem.RoundNotCalled || !strings.Contains(p.Message, "phải bầu lại") {
		t.Errorf("problem %+v", p)
	}
	if es, _ := st.Elections(ctx); len(es) != 0 {
		t.Error("a refused workbook wrote an election")
	}
}

// `election lock`: refused while minutes are missing, naming them; once
// locked, the database itself refuses changes to tallies and rounds, and
// an import into the election is refused with the reason.
func TestLockedElectionIsReadOnly(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	in := sample.ByElection()
	in.Tallies = in.Tallies[:len(in.Tallies)-1] // the bầu lại of area 3 not yet in: the round is recorded later
	path := filepath.Join(t.TempDir(), "bau.xlsx")
	if err := Fill(path, in); err != nil {
		t.Fatal(err)
	}
	res, err := Import(ctx, st, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	c2, err := st.Constituencies(ctx, res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.StartRound(ctx, data.SecondRound{ConstituencyID: c2[1].ID, Kind: election.Repeat}); err != nil {
		t.Fatal(err)
	}
	_, err = st.LockElection(ctx, res.Election.ID)
	if err == nil || !strings.Contains(err.Error(), "Khu vực bỏ phiếu số 3 (Tân Bình)") || !strings.Contains(err.Error(), "bầu lại") {
		t.Fatalf("lock with a missing bầu lại: %v", err)
	}
	full := filepath.Join(t.TempDir(), "du.xlsx")
	if err := Fill(full, sample.ByElection()); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(ctx, st, full, nil); err != nil {
		t.Fatal(err)
	}
	e, err := st.LockElection(ctx, res.Election.ID)
	if err != nil || !e.Locked() {
		t.Fatalf("lock: %v %+v", err, e)
	}
	for _, q := range []string{
		`UPDATE tallies SET voters = voters + 1`,
		`DELETE FROM votes`,
		`UPDATE round_votes SET votes = 0`,
		`DELETE FROM rounds`,
		`UPDATE candidates SET name = 'X'`,
		`DELETE FROM elections`,
	} {
		if _, err := st.DB().Exec(q); err == nil || !strings.Contains(err.Error(), "đã khóa") {
			t.Errorf("%s: %v, want the lock to refuse it", q, err)
		}
	}
	_, err = Import(ctx, st, full, nil)
	var ps problem.List
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Rule != problem.ElectionLocked || ps[0].Sheet != SheetElection ||
		!strings.Contains(ps[0].Message, "Bầu cử bổ sung đại biểu HĐND xã Thiệu Ngọc") {
		t.Errorf("import into a locked election: %v", err)
	}
	// The store's own writes say so before the database does.
	areas, err := st.PollingAreas(ctx, res.Election.ID, 0)
	if err != nil || len(areas) != 3 {
		t.Fatalf("areas %v %v", areas, err)
	}
	if err := st.DeleteTally(ctx, areas[0].ID, election.RaceCommune); !errors.Is(err, data.ErrElectionLocked) {
		t.Errorf("delete a tally of a locked election: %v", err)
	}
}
