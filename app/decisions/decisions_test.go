package decisions

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	"tdkt/data"
	"tdkt/data/award"
)

// campaignWithNominations is Bắc Kạn with a campaign proposing two
// collectives and two people for the provincial Bằng khen.
func campaignWithNominations(st *data.Store) {
	ctx := context.Background()
	st.SetupProvince(ctx, "2025-03", "06")
	c, err := st.SaveCampaign(ctx, data.Campaign{Name: "Đợt thi đua thực hiện tốt cuộc bầu cử năm 2021", PlanNumber: "53/KH-UBND",
		PlanDate: time.Date(2021, 2, 4, 0, 0, 0, 0, time.UTC), LaunchedBy: "UBND tỉnh Bắc Kạn"})
	if err != nil {
		panic(err)
	}
	for _, n := range []award.Entry{
		{Kind: award.Collective, Name: "Ủy ban bầu cử huyện Ba Bể"},
		{Kind: award.Collective, Name: "Phòng Nội vụ huyện Na Rì"},
		{Kind: award.Individual, Name: "Trần Thị Bình", Birth: "1980", Sex: "Nữ", Position: "Chuyên viên", Workplace: "Sở Nội vụ"},
		{Kind: award.Individual, Name: "Nguyễn Văn An", Birth: "1975", Sex: "Nam", Position: "Phó Giám đốc", Workplace: "Sở Tư pháp"},
	} {
		n.Form = award.FormBangKhenTinh
		if _, err := st.AddNomination(ctx, c.ID, n); err != nil {
			panic(err)
		}
	}
}

func TestDecisionComposeAndIssue(t *testing.T) {
	h := uitest.NewHost(t, campaignWithNominations)
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	if !uitest.Shows(h.Win, "Chưa có quyết định nào") {
		t.Error("an empty register does not say what to do")
	}
	test.Tap(uitest.Button(t, h.Win, "Soạn quyết định mới"))
	var date, number *widget.Entry
	for _, e := range entries(h.Win) {
		if strings.Count(e.Text, "/") == 2 {
			date = e
		}
		if strings.Contains(e.Text, "/QĐ-") {
			number = e
		}
	}
	if date == nil || number == nil {
		t.Fatal("composer lacks the date or number field")
	}
	var form *widget.Select
	for _, sel := range uitest.FindAll[*widget.Select](h.Win) {
		for _, o := range sel.Options {
			if o == award.FormBangKhenTinh {
				form = sel
			}
		}
	}
	form.SetSelected(award.FormBangKhenTinh)
	date.SetText("24/06/2021")
	uitest.Settle()
	if number.Text != "01/QĐ-UBND" {
		t.Errorf("suggested number = %q, want 01/QĐ-UBND", number.Text)
	}
	number.SetText("123/QĐ-UBND")
	if !uitest.Shows(h.Win, "Sẽ khen 2 tập thể, 2 cá nhân") || !uitest.Shows(h.Win, "8.940.000 đồng") {
		t.Error("the composer does not preview the list and its money (2 × 2.980.000 + 2 × 1.490.000)")
	}
	uitest.Capture(t, h.Win, "decision-compose")
	test.Tap(uitest.Button(t, h.Win, "Tạo dự thảo"))

	d, err := h.St.DecisionByNumber(context.Background(), "123/QĐ-UBND")
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 8_940_000 || d.Issued() {
		t.Errorf("draft = %+v", d)
	}
	if !uitest.Shows(h.Win, "Quyết định số 123/QĐ-UBND ngày 24/06/2021 – Dự thảo") {
		t.Fatal("the new draft is not shown")
	}
	// Fill the signer, save, issue.
	for _, e := range entries(h.Win) {
		if strings.HasPrefix(e.PlaceHolder, "Họ và tên người ký") {
			test.Type(e, "Đỗ Thị Minh Hoa")
		}
	}
	test.Tap(uitest.Button(t, h.Win, "Lưu dự thảo"))
	uitest.Capture(t, h.Win, "decision-draft")
	test.Tap(uitest.Button(t, h.Win, "Ban hành"))
	test.Tap(uitest.Button(t, h.Win, "Ban hành")) // the confirmation
	d, _ = h.St.DecisionByNumber(context.Background(), "123/QĐ-UBND")
	if !d.Issued() || d.SignerName != "Đỗ Thị Minh Hoa" {
		t.Fatalf("after issue: %+v", d)
	}
	if !uitest.Shows(h.Win, "Đã ban hành") {
		t.Error("the register does not show the decision as issued")
	}
	uitest.Capture(t, h.Win, "decision-issued")
	if !uitest.Button(t, h.Win, "Xóa dự thảo").Disabled() || !uitest.Button(t, h.Win, "Ban hành").Disabled() {
		t.Error("an issued decision can still be deleted or issued from the window")
	}
}

// Issuing never loses an edit: text typed in the editor and not saved is
// saved before the draft becomes unchangeable.
func TestIssueSavesTheEditorFirst(t *testing.T) {
	h := uitest.NewHost(t, campaignWithNominations)
	ctx := context.Background()
	camps, _ := h.St.Campaigns(ctx)
	if _, err := h.St.CreateDecision(ctx, data.NewDecision{CampaignID: camps[0].ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND",
		Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC), SignerName: "Đỗ Thị Minh Hoa"}); err != nil {
		t.Fatal(err)
	}
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	uitest.Settle()
	tables := uitest.FindAll[*widget.Table](h.Win)
	tables[0].Select(widget.TableCellID{Row: 0, Col: 0})
	uitest.Settle()
	var recipients *widget.Entry
	for _, e := range entries(h.Win) {
		if strings.HasPrefix(e.Text, "Như Điều") {
			recipients = e
		}
	}
	if recipients == nil {
		t.Fatal("no recipients in the editor")
	}
	recipients.SetText(recipients.Text + "\nSở Tài chính")
	test.Tap(uitest.Button(t, h.Win, "Ban hành"))
	if !uitest.Shows(h.Win, "được lưu trước khi ban hành") {
		t.Error("the confirmation does not say the text is saved first")
	}
	test.Tap(uitest.Button(t, h.Win, "Ban hành")) // the confirmation
	d, _ := h.St.DecisionByNumber(ctx, "123/QĐ-UBND")
	if !d.Issued() || d.Recipients[len(d.Recipients)-1] != "Sở Tài chính" {
		t.Errorf("issued %v with recipients %q: the unsaved edit was lost", d.Issued(), d.Recipients)
	}
}

// entries are the visible entries of the window, plain or FormEntry.
func entries(w fyne.Window) []*widget.Entry { return uitest.Entries(w) }
