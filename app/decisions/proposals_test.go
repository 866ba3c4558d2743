package decisions

import (
	"context"
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
	for _, e := range uitest.FindAll[*widget.Entry](h.Win) {
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
