package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
)

func thieuNgocShell(t *testing.T) (*Shell, *electionView) {
	t.Helper()
	s := newTestShell(t, func(st *data.Store) {
		if _, err := sample.LoadThieuNgoc(context.Background(), st); err != nil {
			t.Fatal(err)
		}
	})
	return s, openElections(s)
}

// openElections shows the election section and returns its view.
func openElections(s *Shell) *electionView {
	s.nav.UnselectAll()
	s.keys = map[string]func(){}
	v := newElectionView(s)
	s.setBody(v.root)
	return v
}

// formEntryWith finds a visible form entry by its placeholder's start.
func formEntryWith(t *testing.T, w fyne.Window, prefix string) *formEntry {
	t.Helper()
	for _, e := range findAll[*formEntry](w) {
		if strings.HasPrefix(e.PlaceHolder, prefix) {
			return e
		}
	}
	t.Fatalf("no entry %q", prefix)
	return nil
}

func TestElectionScreenSample(t *testing.T) {
	s, v := thieuNgocShell(t)
	if len(v.body.Objects) != 1 || v.body.Objects[0] != v.tabs || v.cur.Name != sample.Election2021Name {
		t.Fatalf("election screen does not show the sample election (%q)", v.cur.Name)
	}
	if len(v.consts.table.order) != 9 {
		t.Errorf("%d constituencies listed, want 9", len(v.consts.table.order))
	}
	// Choose the HĐND xã constituency of Tổ 06: its 6 candidates.
	v.consts.race.SetSelected(string(election.RaceCommune))
	v.consts.table.table.Select(widget.TableCellID{Row: 5, Col: 1})
	if len(v.consts.cands) != 6 || !shows(s.Win, "6 người ứng cử cho 4 ghế") {
		t.Errorf("candidates of constituency 6: %d", len(v.consts.cands))
	}
	capture(t, s.Win, "elections-constituencies")

	v.tabs.SelectIndex(1)
	if len(v.areas.table.order) != 6 || !shows(s.Win, "Nhập kết quả kiểm phiếu…") {
		t.Errorf("polling areas listed: %d", len(v.areas.table.order))
	}
	capture(t, s.Win, "elections-areas")

	v.tabs.SelectIndex(2)
	v.results.race.SetSelected(string(election.RaceCommune))
	v.results.table.table.Select(widget.TableCellID{Row: 5, Col: 0})
	if v.results.cur.Number != 6 || !shows(s.Win, "không bầu thêm") || !shows(s.Win, "Hợp lệ – trúng cử 3/4") {
		t.Errorf("result of Tổ 06 not shown: %+v", v.results.cur.Constituency)
	}
	capture(t, s.Win, "elections-results")

	v.tabs.SelectIndex(3)
	if v.summary.sum.Unit.Code != sample.ThanhHoaCode || len(v.summary.sum.Rows) != 1 {
		t.Errorf("summary of %q with %d rows", v.summary.sum.Unit.Name, len(v.summary.sum.Rows))
	}
	// Down to the district, then to the commune: a row per polling area.
	v.summary.table.table.Select(widget.TableCellID{Row: 0, Col: 0})
	v.summary.table.table.Select(widget.TableCellID{Row: 0, Col: 0})
	if v.summary.sum.Unit.Code != sample.ThieuNgocCode || len(v.summary.sum.Rows) != 6 {
		t.Fatalf("drill down reached %q with %d rows", v.summary.sum.Unit.Name, len(v.summary.sum.Rows))
	}
	if !shows(s.Win, "bầu được 24/25 đại biểu HĐND xã") || !shows(s.Win, "99,81%") {
		t.Error("commune totals not shown")
	}
	if len(v.summary.chart.box.Objects) != 7 { // the scale and six bars
		t.Errorf("chart has %d lines", len(v.summary.chart.box.Objects))
	}
	capture(t, s.Win, "elections-summary")
	test.Tap(v.summary.up)
	if v.summary.sum.Unit.Code != sample.ThieuHoaCode {
		t.Errorf("up went to %q", v.summary.sum.Unit.Name)
	}
}

// The tally form checks as the user types, names the rule, refuses to
// save an inconsistent tally and saves a consistent one.
func TestTallyForm(t *testing.T) {
	s, v := thieuNgocShell(t)
	v.tabs.SelectIndex(1)
	v.areas.table.table.Select(widget.TableCellID{Row: 5, Col: 0})
	f := openTallyForm(v, v.areas.areas[v.areas.sel], election.RaceCommune)
	if f.ts.Constituency.Number != 6 || !f.ts.Saved || f.save.Disabled() {
		t.Fatalf("the saved tally of Tổ 06 does not load as consistent: %+v", f.ts.Tally)
	}
	// Two more voters than on the list: the rule is named and marked.
	f.nums[1].SetText("544")
	if !f.save.Disabled() || !strings.Contains(f.problems.Text, "Số cử tri đã bỏ phiếu (544) không được lớn hơn tổng số cử tri (542)") {
		t.Fatalf("voted > voters not refused: %q", f.problems.Text)
	}
	if f.nums[1].Validate() == nil {
		t.Error("the voted field is not marked")
	}
	capture(t, s.Win, "elections-tally-invalid")
	f.submit() // refused: nothing changes
	if ts, _ := s.Store.TallySheet(context.Background(), f.area.ID, election.RaceCommune); ts.Voted != 540 {
		t.Fatalf("an inconsistent tally was saved: %+v", ts.Tally)
	}
	// A candidate's votes above the valid ballots names the candidate.
	f.nums[1].SetText("540")
	f.votes[0].SetText("9999")
	if !f.save.Disabled() || !strings.Contains(f.problems.Text, "người ứng cử "+f.ts.Candidates[0].Name) {
		t.Errorf("votes above valid: %q", f.problems.Text)
	}
	// Corrected: the fourth candidate of Tổ 06 now has more than half of
	// the valid ballots; Enter saves.
	f.votes[0].SetText(vn.Int(f.ts.Votes[0]))
	fourth := -1
	r := v.res.Constituencies[len(v.res.Constituencies)-1]
	for i, c := range f.ts.Candidates {
		if c.ID == r.Ranked[3].ID {
			fourth = i
		}
	}
	half := f.ts.Valid/2 + 1
	f.votes[fourth].SetText(vn.Int(half))
	if f.save.Disabled() {
		t.Fatalf("a consistent tally cannot be saved: %q", f.problems.Text)
	}
	capture(t, s.Win, "elections-tally")
	f.votes[fourth].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.votes[fourth].OnSubmitted(f.votes[fourth].Text)
	ts, _ := s.Store.TallySheet(context.Background(), f.area.ID, election.RaceCommune)
	if ts.Votes[fourth] != half {
		t.Fatalf("tally not saved: %v", ts.Votes)
	}
	last := v.res.Constituencies[len(v.res.Constituencies)-1]
	if last.Elected != 4 {
		t.Errorf("after the correction Tổ 06 elects %d", last.Elected)
	}
}

// The constituency form shows the store's refusal beside the field and
// keeps the dialog open; Esc cancels.
func TestConstituencyFormRefusesSeats(t *testing.T) {
	s, v := thieuNgocShell(t)
	v.consts.race.SetSelected(string(election.RaceQH))
	v.consts.table.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Tap(button(t, s.Win, "Thêm đơn vị bầu cử"))
	number := formEntryWith(t, s.Win, "1")
	seats := formEntryWith(t, s.Win, "tối đa 3")
	test.Type(number, "9")
	test.Type(seats, "4")
	test.Tap(button(t, s.Win, "Thêm"))
	if seats.Validate() == nil || !shows(s.Win, "phải từ 1 đến 3, không phải 4") {
		t.Error("4 QH seats not refused beside the field")
	}
	capture(t, s.Win, "elections-constituency-refused")
	seats.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if len(s.Win.Canvas().Overlays().List()) != 0 {
		t.Error("Esc did not close the form")
	}
	cs, _ := s.Store.Constituencies(context.Background(), v.cur.ID)
	if len(cs) != 9 {
		t.Errorf("%d constituencies after a refused add", len(cs))
	}
}

// A refused workbook shows every problem; nothing changes.
func TestElectionImportShowsProblems(t *testing.T) {
	s, v := thieuNgocShell(t)
	in := sample.ThieuNgoc()
	in.Tallies[0].Received = in.Tallies[0].Issued + 1
	path := filepath.Join(t.TempDir(), "sai.xlsx")
	if err := electiondocs.Fill(path, in); err != nil {
		t.Fatal(err)
	}
	v.importPath(path)
	waitFor(t, "the problem list", func() bool { return shows(s.Win, "Không có gì được ghi") })
	capture(t, s.Win, "elections-import-errors")
	found := false
	for _, l := range findAll[*widget.List](s.Win) {
		if l.Length() > 0 {
			found = true
		}
	}
	if !found {
		t.Error("no problem listed")
	}
}

// With no election the screen says what to do, and the sample button on
// it loads Thiệu Ngọc.
func TestElectionScreenEmpty(t *testing.T) {
	s := newTestShell(t, bacKan)
	openElections(s)
	if !shows(s.Win, "Chưa có cuộc bầu cử nào") {
		t.Fatal("empty election screen does not say so")
	}
	capture(t, s.Win, "elections-empty")
	test.Tap(button(t, s.Win, "Tải dữ liệu mẫu Thiệu Ngọc"))
	// The status line is written last, when the screen is rebuilt: the
	// background job is over and nothing draws behind the next test.
	waitFor(t, "the sample", func() bool { return strings.Contains(s.status.Text, "9 đơn vị bầu cử") })
}

// The welcome screen offers the sample.
func TestWelcomeOffersElectionSample(t *testing.T) {
	s := newTestShell(t, nil)
	test.Tap(button(t, s.Win, "Tải dữ liệu mẫu: bầu cử xã Thiệu Ngọc"))
	waitFor(t, "the unit screen after the sample", func() bool {
		return s.cur == SecUnits && len(s.Win.Canvas().Overlays().List()) == 0 && shows(s.Win, "Tỉnh Thanh Hóa (38)")
	})
	es, _ := s.Store.Elections(context.Background())
	if len(es) != 1 || es[0].Name != sample.Election2021Name {
		t.Errorf("elections after the sample: %+v", es)
	}
}
