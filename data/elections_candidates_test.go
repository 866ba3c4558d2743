package data_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/problem"
	"tdkt/data/sample"
)

// dropLastCandidate removes the last candidate of a constituency of the
// sample, with the votes of every tally for them, and returns the name.
func dropLastCandidate(in *data.ElectionImport, race election.Race, number int) string {
	last := -1
	for i, c := range in.Candidates {
		if c.Race == race && c.Number == number {
			last = i
		}
	}
	name := in.Candidates[last].Name
	in.Candidates = append(in.Candidates[:last], in.Candidates[last+1:]...)
	for i, t := range in.Tallies {
		var votes []data.VoteRow
		for _, v := range t.Votes {
			if t.Race != race || v.Name != name {
				votes = append(votes, v)
			}
		}
		in.Tallies[i].Votes = votes
	}
	return name
}

// The sample's lists are as long as the law asks: no warning.
func TestSampleCandidateListsAreLawful(t *testing.T) {
	st := openStore(t)
	res, err := st.ImportElection(context.Background(), sample.ThieuNgoc(), data.ImportOptions{})
	if err != nil || len(res.Warnings) != 0 {
		t.Fatalf("sample import: %v, warnings %v", err, res.Warnings)
	}
	r, err := st.Results(context.Background(), res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Constituencies {
		if len(c.Warnings) != 0 || len(c.Ranked) < election.MinCandidates(c.Race, c.Seats) {
			t.Errorf("%s: %d candidates, warnings %v", c.Label(), len(c.Ranked), c.Warnings)
		}
	}
}

// Điều 57.6 / 58.3: a list shorter than the law asks for is imported with
// a warning at the constituency's row, never refused, and the results
// carry the warning too.
func TestDieu57_58_ShortListImportedWithWarning(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	in := sample.ThieuNgoc()
	dropLastCandidate(&in, election.RaceQH, 4)      // 4 for 3 seats, needs 5
	dropLastCandidate(&in, election.RaceCommune, 2) // 6 for 4 seats, needs 7
	res, err := st.ImportElection(ctx, in, data.ImportOptions{})
	if err != nil {
		t.Fatalf("a short list refused the import: %v", err)
	}
	if len(res.Warnings) != 2 {
		t.Fatalf("warnings %v, want 2", res.Warnings)
	}
	for i, want := range []struct {
		row  int
		text string
	}{
		{2, "Đơn vị bầu cử số 4 – Đại biểu Quốc hội Tỉnh Thanh Hóa có 4 người ứng cử cho 3 đại biểu được bầu, ít hơn quy định: " +
			"danh sách chính thức cần ít nhất 5 người (khoản 6 Điều 57 Luật Bầu cử)"},
		{6, "có 6 người ứng cử cho 4 đại biểu được bầu, ít hơn quy định: danh sách chính thức cần ít nhất 7 người (khoản 3 Điều 58 Luật Bầu cử)"},
	} {
		w := res.Warnings[i]
		if w.Part != int(data.PartConstituencies) || w.Row != want.row || w.Rule != problem.CandidateListShort ||
			w.Field != election.FieldSeats || !strings.Contains(w.Message, want.text) {
			t.Errorf("warning %d = %+v, want row %d and %q", i, w, want.row, want.text)
		}
	}
	r, err := st.Results(ctx, res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	warned := 0
	for _, c := range r.Constituencies {
		if len(c.Warnings) > 0 {
			warned++
			if c.Warnings[0].Rule != problem.CandidateListShort {
				t.Errorf("%s: %+v", c.Label(), c.Warnings)
			}
		}
	}
	if warned != 2 {
		t.Errorf("%d constituencies with a warning in the results, want 2", warned)
	}
	// Importing the tallies alone again warns of nothing: the warning
	// belongs to the lists the rows bring.
	again, err := st.ImportElection(ctx, data.ElectionImport{Tallies: in.Tallies}, data.ImportOptions{})
	if err != nil || len(again.Warnings) != 0 {
		t.Errorf("tallies again: %v, warnings %v", err, again.Warnings)
	}
}

// The official list gives every candidate's date of birth: a candidate
// without one is refused on import and in the form, nothing written.
func TestDieu57_58_CandidateBirthRequiredOnImportAndSave(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	in := sample.ThieuNgoc()
	in.Candidates[2].Birth = time.Time{}
	_, err := st.ImportElection(ctx, in, data.ImportOptions{})
	var ps problem.List
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("err = %v, want one problem", err)
	}
	if p := ps[0]; p.Part != int(data.PartCandidates) || p.Row != in.Candidates[2].Row || p.Rule != problem.Required || p.Field != election.FieldBirth {
		t.Errorf("problem %+v", p)
	}
	if es, _ := st.Elections(ctx); len(es) != 0 {
		t.Error("a refused import wrote the election")
	}

	res, err := st.ImportElection(ctx, sample.ThieuNgoc(), data.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cs, err := st.Constituencies(ctx, res.Election.ID)
	if err != nil {
		t.Fatal(err)
	}
	var k data.Constituency
	for _, c := range cs {
		if c.Race == election.RaceCommune && c.Number == 1 {
			k = c
		}
	}
	cands, _ := st.Candidates(ctx, k.ID)
	c := cands[0]
	c.Birth = time.Time{}
	if _, err := st.SaveCandidate(ctx, c); err == nil {
		t.Error("a candidate saved without a date of birth")
	} else if p, ok := problem.Of(err); !ok || p[0].Rule != problem.Required || p[0].Field != election.FieldBirth {
		t.Errorf("save without birth: %v", err)
	}
}
