package elections

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
)

// thieuNgoc shows the election screen on the Thiệu Ngọc sample.
func thieuNgoc(t *testing.T) (*uitest.Host, *view) {
	t.Helper()
	h := uitest.NewHost(t, func(st *data.Store) {
		if _, err := sample.LoadThieuNgoc(context.Background(), st); err != nil {
			t.Fatal(err)
		}
	})
	return h, open(h)
}

// open shows the election section and returns its view once its
// background work is done.
func open(h *uitest.Host) *view {
	var v *view
	h.Show(func() fyne.CanvasObject {
		v = newView(h)
		return v.root
	})
	uitest.Settle()
	return v
}

func TestElectionScreenSample(t *testing.T) {
	h, v := thieuNgoc(t)
	if len(v.body.Objects) != 1 || v.body.Objects[0] != v.tabs || v.cur.Name != sample.Election2021Name {
		t.Fatalf("election screen does not show the sample election (%q)", v.cur.Name)
	}
	if len(v.consts.table.Rows()) != 9 {
		t.Errorf("%d constituencies listed, want 9", len(v.consts.table.Rows()))
	}
	// Choose the HĐND xã constituency of Tổ 06: its 6 candidates.
	v.consts.race.SetSelected(string(election.RaceCommune))
	v.consts.table.Select(widget.TableCellID{Row: 5, Col: 1})
	if len(v.consts.cands) != 7 || !uitest.Shows(h.Win, "7 người ứng cử cho 4 ghế") {
		t.Errorf("candidates of constituency 6: %d", len(v.consts.cands))
	}
	uitest.Capture(t, h.Win, "elections-constituencies")

	v.tabs.SelectIndex(1)
	if len(v.areas.table.Rows()) != 6 || !uitest.Shows(h.Win, "Nhập kết quả kiểm phiếu…") {
		t.Errorf("polling areas listed: %d", len(v.areas.table.Rows()))
	}
	uitest.Capture(t, h.Win, "elections-areas")

	v.tabs.SelectIndex(2)
	v.results.race.SetSelected(string(election.RaceCommune))
	v.results.table.Select(widget.TableCellID{Row: 5, Col: 0})
	if v.results.cur.Number != 6 || !uitest.Shows(h.Win, "không bầu thêm") || !uitest.Shows(h.Win, "Hợp lệ – trúng cử 3/4") {
		t.Errorf("result of Tổ 06 not shown: %+v", v.results.cur.Constituency)
	}
	uitest.Capture(t, h.Win, "elections-results")

	v.tabs.SelectIndex(3)
	if v.summary.sum.Unit.Code != sample.ThanhHoaCode || len(v.summary.sum.Rows) != 1 {
		t.Errorf("summary of %q with %d rows", v.summary.sum.Unit.Name, len(v.summary.sum.Rows))
	}
	// Down to the district, then to the commune: a row per polling area.
	v.summary.table.Select(widget.TableCellID{Row: 0, Col: 0})
	uitest.Settle()
	v.summary.table.Select(widget.TableCellID{Row: 0, Col: 0})
	uitest.Settle()
	if v.summary.sum.Unit.Code != sample.ThieuNgocCode || len(v.summary.sum.Rows) != 6 {
		t.Fatalf("drill down reached %q with %d rows", v.summary.sum.Unit.Name, len(v.summary.sum.Rows))
	}
	if !uitest.Shows(h.Win, "bầu được 24/25 đại biểu HĐND xã") || !uitest.Shows(h.Win, "99,81%") {
		t.Error("commune totals not shown")
	}
	if n := len(v.summary.chart.Bars()); n != 6 || !strings.HasPrefix(v.summary.chart.Note(), "Thang đo từ") { // the scale and six bars
		t.Errorf("chart has %d bars under %q", n, v.summary.chart.Note())
	}
	uitest.Capture(t, h.Win, "elections-summary")
	test.Tap(v.summary.up)
	uitest.Settle()
	if v.summary.sum.Unit.Code != sample.ThieuHoaCode {
		t.Errorf("up went to %q", v.summary.sum.Unit.Name)
	}
}

// The tally form checks as the user types, names the rule, refuses to
// save an inconsistent tally and saves a consistent one; the results are
// then recomputed off the UI goroutine.
func TestTallyForm(t *testing.T) {
	h, v := thieuNgoc(t)
	v.tabs.SelectIndex(1)
	v.areas.table.Select(widget.TableCellID{Row: 5, Col: 0})
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
	uitest.Capture(t, h.Win, "elections-tally-invalid")
	f.submit() // refused: nothing changes
	if ts, _ := h.St.TallySheet(context.Background(), f.area.ID, election.RaceCommune); ts.Voted != 540 {
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
	uitest.Capture(t, h.Win, "elections-tally")
	f.votes[fourth].TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	f.votes[fourth].OnSubmitted(f.votes[fourth].Text)
	ts, _ := h.St.TallySheet(context.Background(), f.area.ID, election.RaceCommune)
	if ts.Votes[fourth] != half {
		t.Fatalf("tally not saved: %v", ts.Votes)
	}
	uitest.Settle()
	last := v.res.Constituencies[len(v.res.Constituencies)-1]
	if last.Elected != 4 {
		t.Errorf("after the correction Tổ 06 elects %d", last.Elected)
	}
	if !strings.HasPrefix(h.Status, "Đã lưu biên bản kiểm phiếu") {
		t.Errorf("status after saving: %q", h.Status)
	}
}

// Results recomputed after an edit never overwrite those of a later
// edit: only the latest refresh is shown.
func TestElectionRefreshKeepsTheLatest(t *testing.T) {
	h, v := thieuNgoc(t)
	ctx := context.Background()
	v.refresh(func() { h.SetStatus("older") })
	cs, _ := h.St.Constituencies(ctx, v.cur.ID)
	c := cs[0]
	c.Description = "đã sửa"
	if _, err := h.St.SaveConstituency(ctx, c); err != nil {
		t.Fatal(err)
	}
	v.refresh(func() { h.SetStatus("newer") })
	uitest.Settle()
	if h.Status != "newer" {
		t.Errorf("status %q: an older refresh was applied last", h.Status)
	}
	found := false
	for _, r := range v.res.Constituencies {
		found = found || r.ID == c.ID && r.Description == "đã sửa"
	}
	if !found {
		t.Error("the latest refresh's results are not shown")
	}
}

// The constituency form shows the store's refusal beside the field and
// keeps the dialog open; Esc cancels.
func TestConstituencyFormRefusesSeats(t *testing.T) {
	h, v := thieuNgoc(t)
	v.consts.race.SetSelected(string(election.RaceQH))
	v.consts.table.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Tap(uitest.Button(t, h.Win, "Thêm đơn vị bầu cử"))
	number := uitest.FormEntry(t, h.Win, "1")
	seats := uitest.FormEntry(t, h.Win, "tối đa 3")
	test.Type(number, "9")
	test.Type(seats, "4")
	test.Tap(uitest.Button(t, h.Win, "Thêm"))
	if seats.Validate() == nil || !uitest.Shows(h.Win, "phải từ 1 đến 3, không phải 4") {
		t.Error("4 QH seats not refused beside the field")
	}
	uitest.Capture(t, h.Win, "elections-constituency-refused")
	seats.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) // asks first: the numbers typed would be lost
	uitest.PressKey(h.Win, fyne.KeyReturn)
	if len(h.Win.Canvas().Overlays().List()) != 0 {
		t.Error("Esc did not close the form")
	}
	cs, _ := h.St.Constituencies(context.Background(), v.cur.ID)
	if len(cs) != 9 {
		t.Errorf("%d constituencies after a refused add", len(cs))
	}
}

// The unit typed in the constituency form is looked up off the UI
// goroutine; the latest answer is the one shown.
func TestConstituencyFormLooksUpTheUnit(t *testing.T) {
	h, _ := thieuNgoc(t)
	test.Tap(uitest.Button(t, h.Win, "Thêm đơn vị bầu cử"))
	unit := uitest.FormEntry(t, h.Win, "mã, ví dụ")
	unit.SetText("")
	test.Type(unit, sample.ThieuNgocCode)
	uitest.Settle()
	if !uitest.Shows(h.Win, "Xã Thiệu Ngọc ("+sample.ThieuNgocCode+")") {
		t.Error("the unit typed is not found")
	}
	unit.SetText("99999")
	uitest.Settle()
	if !uitest.Shows(h.Win, "Không tìm thấy đơn vị hành chính này") {
		t.Error("an unknown code is not said to be unknown")
	}
}

// A refused workbook shows every problem; nothing changes.
func TestElectionImportShowsProblems(t *testing.T) {
	h, v := thieuNgoc(t)
	in := sample.ThieuNgoc()
	in.Tallies[0].Received = in.Tallies[0].Issued + 1
	path := filepath.Join(t.TempDir(), "sai.xlsx")
	if err := electiondocs.Fill(path, in); err != nil {
		t.Fatal(err)
	}
	v.importPath(path)
	uitest.Settle()
	if !uitest.Shows(h.Win, "Không có gì được ghi") {
		t.Fatal("the problem list is not shown")
	}
	uitest.Capture(t, h.Win, "elections-import-errors")
	found := false
	for _, l := range uitest.FindAll[*widget.List](h.Win) {
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
	h := uitest.NewHost(t, uitest.BacKan)
	open(h)
	if !uitest.Shows(h.Win, "Chưa có cuộc bầu cử nào") {
		t.Fatal("empty election screen does not say so")
	}
	uitest.Capture(t, h.Win, "elections-empty")
	test.Tap(uitest.Button(t, h.Win, "Tải dữ liệu mẫu Thiệu Ngọc"))
	uitest.Settle()
	if !strings.Contains(h.Status, "9 đơn vị bầu cử") {
		t.Errorf("after the sample the status line says %q", h.Status)
	}
}

// Điều 57.6 / 58.3 in the window: a workbook with a short list is
// imported and its warning shown; the constituency list and the result
// say it; a candidate without a date of birth is refused beside the field.
func TestShortListAndBirthInTheWindow(t *testing.T) {
	h, v := thieuNgoc(t)
	in := sample.ThieuNgoc()
	in.Election = nil
	in.PollingAreas, in.Tallies = nil, nil
	in.Constituencies = []data.ConstituencyRow{{Row: 2, Race: election.RaceCommune, Unit: sample.ThieuNgocCode, Number: 7, Seats: 3}}
	in.Candidates = []data.CandidateRow{
		{Row: 2, Race: election.RaceCommune, Unit: sample.ThieuNgocCode, Number: 7, Name: "Lê Văn Một", Birth: in.Candidates[0].Birth},
		{Row: 3, Race: election.RaceCommune, Unit: sample.ThieuNgocCode, Number: 7, Name: "Lê Văn Hai", Birth: in.Candidates[1].Birth},
		{Row: 4, Race: election.RaceCommune, Unit: sample.ThieuNgocCode, Number: 7, Name: "Lê Văn Ba", Birth: in.Candidates[2].Birth},
		{Row: 5, Race: election.RaceCommune, Unit: sample.ThieuNgocCode, Number: 7, Name: "Lê Văn Bốn", Birth: in.Candidates[3].Birth},
	}
	path := filepath.Join(t.TempDir(), "ds.xlsx")
	if err := electiondocs.Fill(path, in); err != nil {
		t.Fatal(err)
	}
	v.importPath(path)
	uitest.Settle()
	if !uitest.Shows(h.Win, "dữ liệu vẫn được ghi") || !uitest.Shows(h.Win, "có 4 người ứng cử cho 3 đại biểu được bầu") {
		t.Fatal("the import's warning is not shown")
	}
	uitest.Capture(t, h.Win, "elections-import-warnings")
	for _, o := range h.Win.Canvas().Overlays().List() {
		h.Win.Canvas().Overlays().Remove(o)
	}
	v.consts.race.SetSelected(string(election.RaceCommune))
	row := -1
	for i, r := range v.consts.table.Rows() {
		if v.consts.rows[r].Number == 7 {
			row = i
		}
	}
	if row < 0 {
		t.Fatal("constituency 7 not listed")
	}
	v.consts.table.Select(widget.TableCellID{Row: row, Col: 1})
	if !uitest.Shows(h.Win, "4 (cần 5)") || !uitest.Shows(h.Win, "4 người ứng cử cho 3 ghế") || !uitest.Shows(h.Win, "Ít hơn quy định: cần 5 người ứng cử (khoản 3 Điều 58 Luật Bầu cử)") {
		t.Error("the constituency list does not warn of the short list")
	}
	v.tabs.SelectIndex(2)
	v.results.race.SetSelected(string(election.RaceCommune))
	for i, r := range v.results.table.Rows() {
		if v.results.rows[r].Number == 7 {
			v.results.table.Select(widget.TableCellID{Row: i, Col: 0})
		}
	}
	if v.results.cur.Number != 7 || !uitest.Shows(h.Win, "Cảnh báo: Đơn vị bầu cử số 7") {
		t.Error("the result does not show the warning")
	}

	// A candidate without a date of birth: refused beside the field.
	v.tabs.SelectIndex(0)
	v.consts.table.Select(widget.TableCellID{Row: row, Col: 1})
	test.Tap(uitest.Button(t, h.Win, "Thêm người"))
	name := uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ")
	test.Type(name, "Lê Văn Năm")
	test.Tap(uitest.Button(t, h.Win, "Thêm"))
	uitest.Settle()
	if cands, _ := h.St.Candidates(context.Background(), v.consts.rows[v.consts.table.Rows()[row]].ID); len(cands) != 4 {
		t.Errorf("%d candidates after saving one without a date of birth", len(cands))
	}
	birth := uitest.FormEntry(t, h.Win, "dd/mm/yyyy")
	if err := birth.Validate(); err == nil || !uitest.Shows(h.Win, "Còn ô bắt buộc chưa nhập") {
		t.Errorf("the missing date of birth is not marked beside its field: %v", err)
	}
	uitest.Capture(t, h.Win, "elections-candidate-birth-required")
}
