package awards

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
)

// dialogs is how many dialogs are open on the window.
func dialogs(h *uitest.Host) int { return len(h.Win.Canvas().Overlays().List()) }

// Every dialog of the screen: Enter does its main action, Esc cancels,
// with the focus in a field, on a choice or a button, or nowhere.
func TestAwardsDialogsEnterAndEsc(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	h.AtSize(uitest.SmallArea)
	ctx := context.Background()
	esc := func(what string) {
		t.Helper()
		focusedKey(h, fyne.KeyEscape)
		if dialogs(h) != 0 {
			t.Fatalf("%s: Esc did not close the dialog", what)
		}
	}

	// The campaign dialog: Esc leaves it unsaved, Enter saves.
	tap(t, h.Win, "Sửa đợt")
	number := uitest.FormEntry(t, h.Win, "53/KH-UBND")
	number.SetText("99/KH-UBND")
	esc("campaign")
	if c, _ := h.St.OnlyCampaign(ctx); c.PlanNumber != "53/KH-UBND" {
		t.Errorf("Esc saved the campaign: %q", c.PlanNumber)
	}
	tap(t, h.Win, "Sửa đợt")
	number = uitest.FormEntry(t, h.Win, "53/KH-UBND")
	number.SetText("54/KH-UBND")
	h.Win.Canvas().Focus(number)
	focusedKey(h, fyne.KeyReturn)
	if c, _ := h.St.OnlyCampaign(ctx); c.PlanNumber != "54/KH-UBND" || dialogs(h) != 0 {
		t.Errorf("Enter did not save the campaign: %q, %d dialogs", c.PlanNumber, dialogs(h))
	}
	// Nothing focused: the window passes the keys to the dialog.
	tap(t, h.Win, "Sửa đợt")
	h.Win.Canvas().Unfocus()
	esc("campaign, nothing focused")

	// The nomination form (Ctrl+N): Esc closes an untouched form at once.
	h.Keys["new"]()
	uitest.Settle()
	esc("new nomination")
	// Filled in, Enter on a choice saves it.
	before := len(v.rows.ids)
	h.Keys["new"]()
	uitest.Settle()
	uitest.Type(uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ"), "Lò Văn Bàn")
	uitest.FormEntry(t, h.Win, "30/04/1975").SetText("1985")
	form := formChoice(t, h)
	form.SetSelected(award.FormGiayKhen)
	uitest.Settle()
	h.Win.Canvas().Focus(form)
	focusedKey(h, fyne.KeyReturn)
	if len(v.rows.ids) != before+1 || dialogs(h) != 0 {
		t.Fatalf("Enter on the form's choice: %d rows (had %d), %d dialogs", len(v.rows.ids), before, dialogs(h))
	}
	// Edited, Esc asks first; Esc on the question goes back to the form,
	// Enter on it drops the edit.
	h.Keys["new"]()
	uitest.Settle()
	name := uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ")
	uitest.Type(name, "Hà Thị Chưa Lưu")
	focusedKey(h, fyne.KeyEscape)
	if !uitest.Shows(h.Win, "chưa được lưu") || dialogs(h) != 2 {
		t.Fatalf("Esc on an edited form did not ask (%d dialogs)", dialogs(h))
	}
	uitest.Capture(t, h.Win, "awards-1366-unsaved")
	focusedKey(h, fyne.KeyEscape)
	if dialogs(h) != 1 || name.Text != "Hà Thị Chưa Lưu" {
		t.Fatalf("Esc on the question: %d dialogs, name %q", dialogs(h), name.Text)
	}
	tap(t, h.Win, "Hủy") // the form's own Hủy asks too
	if !uitest.Shows(h.Win, "chưa được lưu") {
		t.Fatal("Hủy on an edited form did not ask")
	}
	focusedKey(h, fyne.KeyReturn)
	if dialogs(h) != 0 || len(v.rows.ids) != before+1 {
		t.Fatalf("Enter on the question: %d dialogs, %d rows", dialogs(h), len(v.rows.ids))
	}

	// The status dialog: Esc leaves the rows, Enter moves them.
	v.status.SetSelected(string(award.Verified))
	uitest.Settle()
	v.toggle(0)
	id := v.rows.ids[0]
	tap(t, h.Win, "Chuyển trạng thái…")
	uitest.Settle()
	esc("status")
	tap(t, h.Win, "Chuyển trạng thái…")
	uitest.Settle()
	to := statusChoice(t, h)
	to.SetSelected(string(award.Submitted))
	focusedKey(h, fyne.KeyReturn)
	uitest.Settle()
	if n, _ := h.St.Nomination(ctx, id, time.Now()); n.Status != award.Submitted || dialogs(h) != 0 {
		t.Errorf("Enter in the status dialog: %q, %d dialogs", n.Status, dialogs(h))
	}

	// The export, with a filter it does not follow, says so first.
	h.Keys["print"]()
	if !uitest.Shows(h.Win, "không áp dụng") || !uitest.Shows(h.Win, "trạng thái Đã thẩm định") {
		t.Fatal("the export does not say that the status filter does not apply")
	}
	uitest.Capture(t, h.Win, "awards-1366-export")
	esc("export")
	if len(h.Saved) != 0 {
		t.Fatal("Esc exported")
	}
	h.Keys["print"]()
	focusedKey(h, fyne.KeyReturn)
	uitest.Settle()
	if len(h.Saved) != 1 || !strings.Contains(h.Status, "(cả đợt)") {
		t.Errorf("Enter did not export the whole campaign: %v, status %q", h.Saved, h.Status)
	}

	// Deleting asks: Esc keeps the row.
	v.toggle(0)
	id = v.rows.ids[0]
	tap(t, h.Win, "Xóa")
	esc("delete")
	if _, err := h.St.Nomination(ctx, id, time.Now()); err != nil {
		t.Errorf("Esc deleted the row: %v", err)
	}
}

// formChoice is the nomination form's choice of award form.
func formChoice(t *testing.T, h *uitest.Host) *keySelect {
	t.Helper()
	for _, sel := range uitest.FindAll[*keySelect](h.Win) {
		if sel.PlaceHolder == "Chọn hình thức khen thưởng" {
			return sel
		}
	}
	t.Fatal("no award form choice in the form")
	return nil
}

// A nomination granted by an issued decision opens read-only: the reason
// at the top, its fields as plain text (no entry, no Save), and Enter or
// Esc closes it.
func TestAwardsAwardedNominationOpensReadOnly(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	ctx := context.Background()
	c, err := h.St.OnlyCampaign(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := h.St.CreateDecision(ctx, data.NewDecision{CampaignID: c.ID, Form: award.FormBangKhenTinh, Number: "45/QĐ-UBND",
		Date: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.St.IssueDecision(ctx, d.Number); err != nil {
		t.Fatal(err)
	}
	v := open(h)
	h.AtSize(uitest.SmallArea)
	v.status.SetSelected(string(award.Awarded))
	uitest.Settle()
	if len(v.rows.ids) == 0 {
		t.Fatal("no awarded nomination")
	}
	n, _ := v.row(0)
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		v.pick(0)
		tap(t, h.Win, "Sửa…")
		if !uitest.Shows(h.Win, "Đã có trong Quyết định số 45/QĐ-UBND đã ban hành: chỉ xem, không sửa được.") {
			t.Fatal("the reason is not shown")
		}
		if len(uitest.FindAll[*tw.FormEntry](h.Win)) != 0 || len(uitest.FindAll[*widget.Entry](h.Win)) != 1 { // the search box only
			t.Error("an awarded nomination opens with entries")
		}
		for _, b := range buttons(h.Win) {
			if strings.HasPrefix(b.Text, "Lưu") {
				t.Error("an awarded nomination has a Save button")
			}
		}
		found := false
		for _, l := range uitest.FindAll[*widget.Label](h.Win) {
			if l.Text == n.Nominee.Name {
				found = true
				if l.Importance != widget.MediumImportance {
					t.Errorf("the name is drawn as %v, not as normal text", l.Importance)
				}
			}
		}
		if !found {
			t.Error("the name is not shown")
		}
		if key == fyne.KeyReturn {
			uitest.Capture(t, h.Win, "awards-1366-readonly")
		}
		focusedKey(h, key)
		if dialogs(h) != 0 {
			t.Errorf("%s did not close the read-only nomination", key)
		}
	}
	// One not yet awarded opens to edit.
	v.status.SetSelected(allStatuses)
	uitest.Settle()
	for i := range v.rows.ids {
		if r, _ := v.row(i); r.Status != award.Awarded {
			v.pick(i)
			break
		}
	}
	tap(t, h.Win, "Sửa…")
	if uitest.Shows(h.Win, "chỉ xem") || len(uitest.FindAll[*tw.FormEntry](h.Win)) == 0 {
		t.Error("a nomination not yet awarded does not open to edit")
	}
}
