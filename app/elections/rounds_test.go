package elections

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
	"tdkt/data/vn"
)

// fillTally types a tally row's numbers and votes into the form.
func fillTally(t *testing.T, f *tallyForm, r data.TallyRow) {
	t.Helper()
	for i, n := range []int64{r.Voters, r.Voted, r.Issued, r.Received, r.Valid, r.Invalid} {
		f.nums[i].SetText(vn.Int(n))
	}
	votes := map[string]int64{}
	for _, x := range r.Votes {
		votes[x.Name] = x.Votes
	}
	if len(votes) != len(f.ts.Candidates) {
		t.Fatalf("the form asks the votes of %d candidates, the row has %d", len(f.ts.Candidates), len(votes))
	}
	for i, c := range f.ts.Candidates {
		v, ok := votes[c.Name]
		if !ok {
			t.Fatalf("%s stands in the form's round but not in the row", c.Name)
		}
		f.votes[i].SetText(vn.Int(v))
	}
}

// A commune's by-election through the window: the results say a bầu thêm
// and a bầu lại are needed, the officer records them, enters their minutes
// choosing the round, sees the rounds side by side, and confirms the
// results, after which the minutes open read-only.
func TestDieu79_80_RoundsInTheWindow(t *testing.T) {
	in := sample.ByElection()
	var first, second []data.TallyRow
	for _, r := range in.Tallies {
		if r.Round == election.Regular {
			first = append(first, r)
		} else {
			second = append(second, r)
		}
	}
	in.Tallies = first
	h := uitest.NewHost(t, func(st *data.Store) {
		if _, err := st.ImportElection(context.Background(), in, data.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	})
	h.Win.Resize(fyne.NewSize(1352, 690))
	v := open(h)
	if len(v.cur.Races) != 1 || v.cur.Races[0] != election.RaceCommune {
		t.Fatalf("the by-election holds %v", v.cur.Races)
	}
	ctx := context.Background()

	// Record a round from the results tab, as the law calls for it.
	record := func(row int, button string, status election.Status) {
		t.Helper()
		v.tabs.SelectIndex(2)
		v.results.table.Select(widget.TableCellID{Row: row, Col: 0})
		if v.results.cur.Status != status {
			t.Fatalf("constituency %d: status %s, want %s", v.results.cur.Number, v.results.cur.Status, status)
		}
		uitest.Button(t, h.Win, button).OnTapped()
		uitest.Type(uitest.FormEntry(t, h.Win, "dd/mm/yyyy"), "22/10/2023")
		uitest.PressKey(h.Win, fyne.KeyReturn)
		uitest.Settle()
	}
	record(0, "Ghi bầu thêm…", election.StatusAdditional)
	record(1, "Ghi bầu lại…", election.StatusRepeat)
	for i, want := range []election.Round{election.Additional, election.Repeat} {
		c := v.res.Constituencies[i]
		if c.SecondRound == nil || c.SecondRound.Kind != want || c.SecondRound.Day.Day() != 22 {
			t.Fatalf("constituency %d: second round %+v, want %v on 22/10/2023", c.Number, c.SecondRound, want)
		}
	}

	// The minutes of the second rounds, entered in the tally form.
	v.tabs.SelectIndex(1)
	for _, r := range second {
		var area data.PollingArea
		for _, a := range v.areas.areas {
			if a.Number == r.Area {
				area = a
			}
		}
		f := openTallyForm(v, area, election.RaceCommune)
		if !f.roundRow.Visible() {
			t.Fatalf("area %d: no choice of round", r.Area)
		}
		f.switchRound(r.Round.Word())
		if f.ts.Round != r.Round {
			t.Fatalf("area %d: the form shows round %v, want %v", r.Area, f.ts.Round, r.Round)
		}
		fillTally(t, f, r)
		if f.save.Disabled() {
			t.Fatalf("area %d: %s refused: %s", r.Area, r.Round.Word(), f.problems.Text)
		}
		if r.Area == 1 {
			uitest.Capture(t, h.Win, "elections-tally-bau-them")
		}
		f.submit()
		uitest.Settle()
	}

	// The results: 3 of 3 after the bầu thêm, 2 of 2 after the bầu lại,
	// each round's figures side by side.
	c1, c2 := v.res.Constituencies[0], v.res.Constituencies[1]
	if c1.Round != election.Additional || c1.Status != election.StatusOK || c1.Elected != 3 || len(c1.Rounds) != 2 {
		t.Errorf("constituency 1: %s %s, %d elected, %d rounds", c1.Round.Word(), c1.Status, c1.Elected, len(c1.Rounds))
	}
	if c2.Round != election.Repeat || c2.Status != election.StatusOK || c2.Elected != 2 {
		t.Errorf("constituency 2: %s %s, %d elected", c2.Round.Word(), c2.Status, c2.Elected)
	}
	v.tabs.SelectIndex(2)
	v.results.table.Select(widget.TableCellID{Row: 0, Col: 0})
	for _, want := range []string{"Lần đầu – Phải bầu thêm, trúng cử 1", "Bầu thêm – Hợp lệ, trúng cử 2", "Hợp lệ – trúng cử 3/3", "Trúng cử (bầu thêm)"} {
		if !uitest.Shows(h.Win, want) {
			t.Errorf("the results do not show %q", want)
		}
	}
	uitest.Capture(t, h.Win, "elections-rounds")

	// Confirm the results: the tally form opens read-only.
	uitest.Button(t, h.Win, "Xác nhận kết quả…").OnTapped()
	uitest.PressKey(h.Win, fyne.KeyReturn)
	uitest.Settle()
	if !v.cur.Locked() || !v.lockBtn.Disabled() {
		t.Fatalf("not locked: %+v", v.cur)
	}
	if e, _ := h.St.Election(ctx, v.cur.ID); !e.Locked() {
		t.Fatal("the store has not locked the election")
	}
	v.tabs.SelectIndex(1)
	f := openTallyForm(v, v.areas.areas[0], election.RaceCommune)
	if !f.save.Disabled() || !f.del.Disabled() || !f.nums[0].Disabled() || !uitest.Shows(h.Win, "đã được xác nhận") {
		t.Errorf("the minutes of a locked election are editable")
	}
	uitest.Capture(t, h.Win, "elections-locked-tally")
	f.d.Hide()
	if v.lockBtn.Text != "Đã xác nhận kết quả" || !strings.Contains(h.Status, "chỉ xem") {
		t.Errorf("status %q does not say the election is read-only", h.Status)
	}
}
