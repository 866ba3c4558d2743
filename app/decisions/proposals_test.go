package decisions

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	"tdkt/data"
	"tdkt/data/award"
)

func TestProposalComposeAndIssue(t *testing.T) {
	h := uitest.NewHost(t, func(st *data.Store) {
		campaignWithNominations(st)
		ctx := context.Background()
		c, err := st.CampaignByName(ctx, "Đợt thi đua thực hiện tốt cuộc bầu cử năm 2021")
		if err != nil {
			panic(err)
		}
		for _, n := range []award.Entry{
			{Kind: award.Collective, Name: "Ủy ban bầu cử tỉnh Bắc Kạn", Achievement: "Tổ chức thành công cuộc bầu cử"},
			{Kind: award.Individual, Name: "Hoàng Thị Hạnh", Birth: "1972", Sex: "Nữ", Position: "Phó Chủ tịch", Workplace: "Ủy ban bầu cử tỉnh"},
		} {
			n.Form = award.FormBangKhenThuTuong
			if _, err := st.AddNomination(ctx, c.ID, n); err != nil {
				panic(err)
			}
		}
		st.SetSetting(ctx, "signer_name", "Đỗ Thị Minh Hoa")
	})
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	tabs := uitest.FindAll[*container.AppTabs](h.Win)
	if len(tabs) != 1 {
		t.Fatalf("%d tab bars", len(tabs))
	}
	tabs[0].SelectIndex(1)
	uitest.Settle()
	if !uitest.Shows(h.Win, "Chưa có tờ trình nào") {
		t.Error("an empty list of proposals does not say what to do")
	}
	test.Tap(uitest.Button(t, h.Win, "Lập tờ trình mới"))
	uitest.Settle()
	var number, date *widget.Entry
	for _, e := range entries(h.Win) {
		switch {
		case len(e.Text) > 4 && e.Text[len(e.Text)-4:] == "UBND":
			number = e
		case len(e.Text) == 10:
			date = e
		}
	}
	if number == nil || date == nil {
		t.Fatal("the composer lacks the number or date field")
	}
	if number.Text != "01/TTr-UBND" {
		t.Errorf("suggested number = %q, want 01/TTr-UBND", number.Text)
	}
	number.SetText("12/TTr-UBND")
	date.SetText("24/06/2021")
	test.Tap(uitest.Button(t, h.Win, "Tạo dự thảo"))
	uitest.Settle()
	p, err := h.St.ProposalByNumber(context.Background(), "12/TTr-UBND")
	if err != nil || p.Collectives != 1 || p.Individuals != 1 {
		t.Fatalf("draft = %+v, %v", p, err)
	}
	uitest.Settle()
	if !uitest.Shows(h.Win, "Tờ trình số 12/TTr-UBND ngày 24/06/2021 – Dự thảo") || !uitest.Shows(h.Win, "Kính gửi: Thủ tướng Chính phủ") {
		t.Fatal("the new draft is not shown")
	}
	uitest.Capture(t, h.Win, "proposal-draft")
	test.Tap(uitest.Button(t, h.Win, "Ban hành tờ trình"))
	test.Tap(uitest.Button(t, h.Win, "Ban hành")) // the confirmation
	uitest.Settle()
	if p, _ = h.St.ProposalByNumber(context.Background(), "12/TTr-UBND"); !p.Issued() {
		t.Fatal("not issued")
	}
	if !uitest.Shows(h.Win, "Đã ban hành") || !uitest.Button(t, h.Win, "Xóa dự thảo tờ trình").Disabled() {
		t.Error("the issued proposal is not shown as such, or can still be deleted")
	}
}

// The department path in the window: the Sở Nội vụ's tờ trình to the
// chairman, issued, then a decision that follows it.
func TestDepartmentProposalThenDecisionInTheWindow(t *testing.T) {
	h := uitest.NewHost(t, campaignWithNominations)
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	tabs := uitest.FindAll[*container.AppTabs](h.Win)
	tabs[0].SelectIndex(1)
	uitest.Settle()
	test.Tap(uitest.Button(t, h.Win, "Lập tờ trình mới"))
	uitest.Settle()
	var box *widget.Check
	for _, c := range uitest.FindAll[*widget.Check](h.Win) {
		if strings.Contains(c.Text, "Sở Nội vụ trình Chủ tịch") {
			box = c
		}
	}
	if box == nil {
		t.Fatal("the composer does not offer the Sở Nội vụ's tờ trình")
	}
	test.Tap(box)
	var number, date, signer *widget.Entry
	for _, e := range entries(h.Win) {
		switch {
		case strings.HasSuffix(e.Text, "TTr-SNV"):
			number = e
		case strings.Count(e.Text, "/") == 2:
			date = e
		case strings.Contains(e.PlaceHolder, "giám đốc"):
			signer = e
		}
	}
	if number == nil || date == nil || signer == nil {
		t.Fatal("the department's number, the date or the signer is not offered")
	}
	number.SetText("45/TTr-SNV")
	date.SetText("20/06/2021")
	signer.SetText("Lê Văn Hùng")
	test.Tap(uitest.Button(t, h.Win, "Tạo dự thảo"))
	uitest.Settle()
	ctx := context.Background()
	p, err := h.St.ProposalByNumber(ctx, "45/TTr-SNV")
	if err != nil || p.Department != "Sở Nội vụ" || p.SignerTitle != "GIÁM ĐỐC" || p.Collectives != 2 || p.Individuals != 2 {
		t.Fatalf("department proposal = %+v, %v", p, err)
	}
	if !uitest.Shows(h.Win, "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn") {
		t.Error("the draft does not show its addressee")
	}
	test.Tap(uitest.Button(t, h.Win, "Ban hành tờ trình"))
	test.Tap(uitest.Button(t, h.Win, "Ban hành"))
	uitest.Settle()

	tabs[0].SelectIndex(0)
	test.Tap(uitest.Button(t, h.Win, "Soạn quyết định mới"))
	uitest.Settle()
	var follow *widget.Select
	for _, s := range uitest.FindAll[*widget.Select](h.Win) {
		if len(s.Options) > 0 && s.Options[0] == "(không theo tờ trình nào)" {
			follow = s
		}
	}
	if follow == nil || len(follow.Options) != 2 {
		t.Fatal("the decision composer does not offer the issued tờ trình")
	}
	follow.SetSelectedIndex(1)
	for _, e := range entries(h.Win) {
		if strings.Count(e.Text, "/") == 2 {
			e.SetText("24/06/2021")
		}
	}
	uitest.Settle()
	if !uitest.Shows(h.Win, "Sẽ khen 2 tập thể, 2 cá nhân") {
		t.Error("the preview does not show the tờ trình's list")
	}
	test.Tap(uitest.Button(t, h.Win, "Tạo dự thảo"))
	uitest.Settle()
	list, err := h.St.Decisions(ctx, 2021)
	if err != nil || len(list) != 1 || list[0].ProposalID != p.ID ||
		list[0].Proposal != "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20/06/2021." {
		t.Fatalf("decisions = %+v, %v", list, err)
	}
}
