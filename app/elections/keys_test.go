package elections

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data/election"
)

// Issue 13, items 3 and 4: in every dialog of the screen Enter performs
// the main action and Esc cancels; a tally, candidate, constituency or
// polling area closed with unsaved changes asks first.
func TestElectionDialogsEnterAndEsc(t *testing.T) {
	h, v := thieuNgoc(t)
	h.AtSize(uitest.SmallArea)
	ctx := context.Background()
	overlays := func() int { return len(h.Win.Canvas().Overlays().List()) }
	key := func(k fyne.KeyName) { uitest.PressKey(h.Win, k); uitest.Settle() }
	closed := func(what string) {
		t.Helper()
		if n := overlays(); n != 0 {
			t.Fatalf("%s: %d dialogs still open", what, n)
		}
	}

	// The election dialog: Esc cancels, Enter saves.
	test.Tap(uitest.Button(t, h.Win, "Sửa…"))
	key(fyne.KeyEscape)
	closed("Esc in the election dialog")
	test.Tap(uitest.Button(t, h.Win, "Sửa…"))
	key(fyne.KeyReturn)
	closed("Enter in the election dialog")

	// A candidate: Esc with nothing typed closes; with a name typed it
	// asks, Esc keeps the dialog, Enter on the question drops the name.
	v.consts.race.SetSelected(string(election.RaceCommune))
	v.consts.table.Select(widget.TableCellID{Row: 5, Col: 1})
	before := len(v.consts.cands)
	test.Tap(uitest.Button(t, h.Win, "Thêm người"))
	key(fyne.KeyEscape)
	closed("Esc in an untouched candidate dialog")
	test.Tap(uitest.Button(t, h.Win, "Thêm người"))
	uitest.Type(uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ"), "Lê Văn Năm")
	key(fyne.KeyEscape)
	if overlays() != 2 || !uitest.Shows(h.Win, "chưa được lưu") {
		t.Fatal("Esc with a name typed does not ask first")
	}
	key(fyne.KeyEscape) // no: back to the form
	if overlays() != 1 || uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ").Text != "Lê Văn Năm" {
		t.Fatal("Esc on the question does not go back to the form as it was")
	}
	test.Tap(uitest.Button(t, h.Win, "Hủy")) // Hủy asks too
	if overlays() != 2 {
		t.Fatal("Hủy with a name typed does not ask first")
	}
	key(fyne.KeyReturn) // yes: drop it
	closed("Enter on the question")
	// Enter submits a complete candidate: here the store refuses (the
	// constituency has tallies) and the dialog stays with the reason.
	test.Tap(uitest.Button(t, h.Win, "Thêm người"))
	uitest.Type(uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ"), "Lê Văn Năm")
	uitest.FormEntry(t, h.Win, "dd/mm/yyyy").SetText("01/02/1980")
	h.Win.Canvas().Focus(uitest.FormEntry(t, h.Win, "dd/mm/yyyy"))
	key(fyne.KeyReturn)
	if overlays() != 1 || !uitest.Shows(h.Win, "không thêm được người ứng cử") {
		t.Fatal("Enter in the candidate dialog does not submit it")
	}
	key(fyne.KeyEscape)
	key(fyne.KeyReturn)
	closed("dropping the candidate")
	if cands, _ := h.St.Candidates(ctx, v.consts.rows[v.consts.sel].ID); len(cands) != before {
		t.Fatalf("%d candidates", len(cands))
	}

	// Removing a candidate: Esc keeps it.
	v.consts.candTable.Select(widget.TableCellID{Row: 0, Col: 0})
	test.Tap(v.consts.delC)
	key(fyne.KeyEscape)
	closed("Esc in the candidate removal")

	// A constituency: typed then Esc asks; removal: Esc keeps.
	test.Tap(uitest.Button(t, h.Win, "Thêm đơn vị bầu cử"))
	uitest.Type(uitest.FormEntry(t, h.Win, "1"), "9")
	key(fyne.KeyEscape)
	if overlays() != 2 {
		t.Fatal("Esc in a constituency typed into does not ask first")
	}
	key(fyne.KeyReturn)
	closed("dropping a constituency")
	test.Tap(v.consts.del)
	key(fyne.KeyEscape)
	closed("Esc in the constituency removal")

	// Polling areas: the area dialog, the removal and the tally form.
	v.tabs.SelectIndex(1)
	uitest.Settle()
	v.areas.table.Select(widget.TableCellID{Row: 5, Col: 0})
	test.Tap(v.areas.edit)
	key(fyne.KeyEscape)
	closed("Esc in the polling area dialog")
	test.Tap(v.areas.edit)
	key(fyne.KeyReturn)
	closed("Enter in the polling area dialog")
	test.Tap(v.areas.del)
	key(fyne.KeyEscape)
	closed("Esc in the polling area removal")

	test.Tap(v.areas.tally)
	f := v.areas.lastTally
	key(fyne.KeyEscape)
	closed("Esc in an untouched tally form")
	test.Tap(v.areas.tally)
	f = v.areas.lastTally
	h.Win.Canvas().Focus(f.nums[1])
	f.nums[1].SetText("539")
	f.nums[2].SetText("539")
	f.nums[3].SetText("539")
	f.nums[4].SetText("536")
	key(fyne.KeyEscape)
	if overlays() != 2 || !uitest.Shows(h.Win, "chưa được lưu") {
		t.Fatal("Esc in a tally form typed into does not ask first")
	}
	key(fyne.KeyEscape)
	if overlays() != 1 {
		t.Fatal("Esc on the question closed the tally form")
	}
	// Another race with unsaved numbers asks too, and stays on the race.
	race := f.ts.Race
	for _, r := range v.cur.Races {
		if r != race {
			f.race.SetSelected(string(r))
			break
		}
	}
	if overlays() != 2 || f.ts.Race != race || f.race.Selected != string(race) {
		t.Fatal("switching race with unsaved numbers does not ask first")
	}
	key(fyne.KeyEscape)
	if !f.dirty() {
		t.Fatal("the numbers typed were lost")
	}
	// Enter in the form (the numbers as saved, consistent) saves.
	for i, e := range append(append([]*tw.FormEntry{}, f.nums...), f.votes...) {
		e.SetText(f.was[i])
	}
	h.Win.Canvas().Focus(f.nums[1])
	if f.save.Disabled() {
		t.Fatalf("tally not consistent: %s", f.problems.Text)
	}
	key(fyne.KeyReturn)
	closed("Enter in the tally form")
	// The tally removal: Esc keeps.
	test.Tap(v.areas.tally)
	test.Tap(v.areas.lastTally.del)
	key(fyne.KeyEscape)
	if overlays() != 1 {
		t.Fatal("Esc in the tally removal")
	}
	key(fyne.KeyEscape)
	closed("Esc after the tally removal")
}
