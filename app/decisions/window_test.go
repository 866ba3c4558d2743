package decisions

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
)

// withDraft is campaignWithNominations plus a draft decision 123/QĐ-UBND.
func withDraft(st *data.Store) {
	campaignWithNominations(st)
	ctx := context.Background()
	camps, _ := st.Campaigns(ctx)
	if _, err := st.CreateDecision(ctx, data.NewDecision{CampaignID: camps[0].ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND",
		Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC), SignerName: "Đỗ Thị Minh Hoa"}); err != nil {
		panic(err)
	}
}

// openFirst shows the screen and selects the register's first decision.
func openFirst(t *testing.T, h *uitest.Host) *widget.Table {
	t.Helper()
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	uitest.Settle()
	tables := uitest.FindAll[*widget.Table](h.Win)
	tables[0].Select(widget.TableCellID{Row: 0, Col: 0})
	uitest.Settle()
	return tables[0]
}

// On the smallest window and on a large screen, the register shows every
// column and the actions on the decision selected are wholly in view.
func TestDecisionsAtOfficeSizes(t *testing.T) {
	for _, c := range []struct {
		name string
		size fyne.Size
	}{{"1366", uitest.SmallArea}, {"1920", uitest.LargeArea}} {
		h := uitest.NewHost(t, withDraft)
		h.AtSize(c.size)
		openFirst(t, h)
		for _, label := range []string{"Soạn quyết định mới", "Mở PDF", "In", "In Bằng khen", "Ban hành", "Đính chính", "Xóa dự thảo", "Lưu dự thảo (Ctrl+S)"} {
			if label == "Lưu dự thảo (Ctrl+S)" {
				continue // at the foot of the form, reached by scrolling
			}
			uitest.WhollyInView(t, h.Win, uitest.Button(t, h.Win, label))
		}
		register := uitest.FindAll[*widget.Table](h.Win)[0]
		if w := register.Size().Width; w < 130+100+360+70+70+140+110 {
			t.Errorf("%s: the register is %v wide, narrower than its columns", c.name, w)
		}
		uitest.Capture(t, h.Win, "decisions-"+c.name)
	}
}

// An issued decision is shown read-only, with the reason, its text as
// dark as any text.
func TestIssuedDecisionIsReadOnlyWithTheReason(t *testing.T) {
	h := uitest.NewHost(t, withDraft)
	if _, err := h.St.IssueDecision(context.Background(), "123/QĐ-UBND"); err != nil {
		t.Fatal(err)
	}
	openFirst(t, h)
	if !uitest.Shows(h.Win, "chỉ xem, không sửa được") {
		t.Error("the issued decision does not say why it cannot be edited")
	}
	for _, e := range entries(h.Win) {
		if !e.Disabled() {
			t.Errorf("an issued decision's field is editable: %q", e.Text)
		}
	}
	for _, b := range uitest.FindAll[*widget.Button](h.Win) {
		if strings.HasPrefix(b.Text, "Lưu dự thảo") {
			t.Error("an issued decision offers to save")
		}
	}
	uitest.Capture(t, h.Win, "decision-issued-readonly")
}

// Leaving a draft with unsaved edits asks; Esc stays, "Lưu rồi tiếp tục"
// saves, "Bỏ thay đổi" drops them.
func TestUnsavedDraftAsksBeforeLeaving(t *testing.T) {
	h := uitest.NewHost(t, withDraft)
	openFirst(t, h)
	var recipients *widget.Entry
	for _, e := range entries(h.Win) {
		if strings.HasPrefix(e.Text, "Như Điều") {
			recipients = e
		}
	}
	recipients.SetText(recipients.Text + "\nSở Tài chính")
	left := 0
	h.Leave(func() { left++ })
	if left != 0 || !uitest.Shows(h.Win, "có thay đổi chưa lưu") {
		t.Fatal("leaving with an unsaved edit does not ask")
	}
	tw.PressKey(h.Win, fyne.KeyEscape)
	if left != 0 || uitest.Shows(h.Win, "có thay đổi chưa lưu") {
		t.Fatal("Esc does not keep the user on the draft")
	}
	h.Leave(func() { left++ })
	tw.PressKey(h.Win, fyne.KeyReturn) // Enter: save, then go
	d, _ := h.St.DecisionByNumber(context.Background(), "123/QĐ-UBND")
	if left != 1 || d.Recipients[len(d.Recipients)-1] != "Sở Tài chính" {
		t.Errorf("Enter left %d times with recipients %q, want the edit saved", left, d.Recipients)
	}
	h.Leave(func() { left++ })
	if left != 2 {
		t.Error("a saved draft still asks before leaving")
	}
}

// Every dialog of the screen answers Enter and Esc.
func TestDecisionDialogsAnswerEnterAndEsc(t *testing.T) {
	h := uitest.NewHost(t, withDraft)
	openFirst(t, h)
	open := func(button, shown string) {
		t.Helper()
		test.Tap(uitest.Button(t, h.Win, button))
		uitest.Settle()
		if !uitest.Shows(h.Win, shown) {
			t.Fatalf("%q did not open %q", button, shown)
		}
	}
	// Esc closes each without acting.
	for _, c := range []struct{ button, shown string }{
		{"Soạn quyết định mới", "Soạn quyết định khen thưởng"},
		{"Ban hành", "Ban hành quyết định 123/QĐ-UBND?"},
		{"Xóa dự thảo", "Xóa dự thảo quyết định 123/QĐ-UBND?"},
	} {
		open(c.button, c.shown)
		tw.PressKey(h.Win, fyne.KeyEscape)
		if uitest.Shows(h.Win, c.shown) {
			t.Errorf("Esc does not close %q", c.shown)
		}
	}
	if d, _ := h.St.DecisionByNumber(context.Background(), "123/QĐ-UBND"); d.Issued() {
		t.Fatal("Esc issued the decision")
	}
	// Enter acts: issuing.
	open("Ban hành", "Ban hành quyết định 123/QĐ-UBND?")
	tw.PressKey(h.Win, fyne.KeyReturn)
	if d, _ := h.St.DecisionByNumber(context.Background(), "123/QĐ-UBND"); !d.Issued() {
		t.Error("Enter did not issue the decision")
	}
	// The proposals' composer: Esc closes it; Enter in its date field creates.
	tabs := uitest.FindAll[*container.AppTabs](h.Win)
	tabs[0].SelectIndex(1)
	uitest.Settle()
	open("Lập tờ trình mới", "Lập tờ trình đề nghị khen thưởng")
	tw.PressKey(h.Win, fyne.KeyEscape)
	if uitest.Shows(h.Win, "Lập tờ trình đề nghị khen thưởng") {
		t.Error("Esc does not close the proposal's composer")
	}
}
