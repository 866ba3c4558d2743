package awards

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// lockReason says why the nomination n can no longer be edited, "" when
// it can: it is in an issued award decision or is awarded (the store
// refuses any change then), or it is in an issued tờ trình (the store
// refuses a change of who, which form or the achievement, which the form
// always saves). Its status may still move in the status dialog.
func (v *view) lockReason(n data.Nomination) string {
	if n.ID == 0 {
		return ""
	}
	st := v.h.Store()
	if n.Decision != "" {
		if d, err := st.DecisionByNumber(v.ctx, n.Decision); err == nil && d.Issued() {
			return fmt.Sprintf("Đã có trong Quyết định số %s đã ban hành: chỉ xem, không sửa được.", n.Decision)
		}
	}
	if n.Status == award.Awarded {
		return "Đề nghị đã được khen thưởng (Đã khen): chỉ xem, không sửa được."
	}
	if n.Proposal != "" {
		if p, err := st.ProposalByNumber(v.ctx, n.Proposal); err == nil && p.Issued() {
			return fmt.Sprintf("Đã có trong Tờ trình số %s đã ban hành: chỉ xem, không sửa được.", n.Proposal)
		}
	}
	return ""
}

// showNomination shows a nomination that cannot be edited: why at the
// top, then its fields as plain text, as dark as any text (not the pale
// grey of disabled fields), and one button that closes (Enter or Esc).
func (v *view) showNomination(n data.Nomination, why string) {
	k := newKeyDialog(v.h.Window())
	reason := tw.Wrapped("🔒 " + why)
	reason.Importance = widget.WarningImportance
	reason.TextStyle.Bold = true
	value := func(s string) fyne.CanvasObject {
		if strings.TrimSpace(s) == "" {
			s = "—"
		}
		return tw.Wrapped(s)
	}
	rank := string(n.Rank)
	if rank == "" {
		rank = noRank
	}
	status := string(n.Status)
	if paper := n.Paper(); paper != "" {
		status += " – " + paper
	}
	if n.Reason != "" {
		status += " (lý do: " + n.Reason + ")"
	}
	money := vn.Money(n.Money) + " đồng"
	if n.MoneyErr != "" {
		money = n.MoneyErr
	}
	items := []*widget.FormItem{
		widget.NewFormItem("Loại", value(string(n.Nominee.Kind))),
		widget.NewFormItem("Họ và tên / Tên tập thể", value(n.Nominee.Name)),
	}
	if n.Nominee.Kind.Person() {
		items = append(items,
			widget.NewFormItem("Ngày sinh", value(vn.BirthText(n.Nominee.Birth))),
			widget.NewFormItem("Giới tính", value(n.Nominee.Sex)),
			widget.NewFormItem("Chức vụ", value(n.Position)),
			widget.NewFormItem("Đơn vị công tác", value(n.Workplace)))
	}
	items = append(items,
		widget.NewFormItem("Hình thức khen thưởng", value(n.Form)),
		widget.NewFormItem("Hạng", value(rank)),
		widget.NewFormItem("Tóm tắt thành tích", value(n.Achievement)),
		widget.NewFormItem("Đơn vị đề nghị", value(n.Proposer)),
		widget.NewFormItem("Trạng thái", value(status)),
		widget.NewFormItem("Số tiền", value(money)))
	form := widget.NewForm(items...)
	content := container.NewBorder(container.NewVBox(reason, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(form))
	k.height = min(k.win.Canvas().Size().Height-40, 560)
	k.show("Đề nghị: "+n.Nominee.Name, "Đóng (Esc)", content, 760, nil)
	k.win.Canvas().Focus(k.cancel)
}
