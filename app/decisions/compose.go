package decisions

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// compose is the decision composer: pick the campaign and award form, see
// the nominations it will grant and their money for the chosen date, fill
// or accept number, date and signer, and create the draft. correctsID: the
// issued decision a correction replaces (0 for a new decision). The
// number suggested for the year and the list previewed are read off the
// UI goroutine as the user types.
func (v *view) compose(correctsID int64) {
	st, ctx, win := v.h.Store(), v.ctx, v.h.Window()
	camps, err := st.Campaigns(ctx)
	if err != nil {
		tw.ShowError(win, err)
		return
	}
	if len(camps) == 0 {
		tw.ShowError(win, fmt.Errorf("chưa có đợt thi đua nào: hãy tạo đợt thi đua và nhập danh sách đề nghị ở mục Thi đua – Khen thưởng trước"))
		return
	}
	forms, err := st.AwardForms(ctx)
	if err != nil {
		tw.ShowError(win, err)
		return
	}
	set, err := st.Settings(ctx)
	if err != nil {
		log.Printf("decisions: settings (the signer is left blank): %v", err)
	}
	followed, err := departmentProposals(ctx, st)
	if err != nil {
		log.Printf("decisions: the department's proposals (none offered): %v", err)
	}

	campNames := make([]string, len(camps))
	for i, c := range camps {
		campNames[i] = c.Name
	}
	formNames := make([]string, len(forms))
	for i, f := range forms {
		formNames[i] = f.Name
	}
	campaign := widget.NewSelect(campNames, nil)
	form := widget.NewSelect(formNames, nil)
	date := tw.NewFormEntry("dd/mm/yyyy")
	date.SetText(vn.DMY(time.Now()))
	date.Validator = func(s string) error { _, err := vn.ParseDate(s); return err }
	number := tw.NewFormEntry("")
	number.Validator = func(s string) error { _, err := data.ParseDocNumber(s); return err }
	signer := tw.NewFormEntry("")
	signer.SetText(set.SignerName)
	signer.SetPlaceHolder("Họ và tên người ký")
	title := widget.NewSelect([]string{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, nil)
	title.SetSelected(firstOf(set.SignerTitle, "CHỦ TỊCH"))
	preview := tw.Wrapped("")
	// The department's issued tờ trình the decision follows, if any:
	// picking one picks its campaign and form, and the list is its list.
	const noProposal = "(không theo tờ trình nào)"
	proposalNames := []string{noProposal}
	for _, p := range followed {
		proposalNames = append(proposalNames, fmt.Sprintf("%s ngày %s – %s", p.Number, vn.DMY(p.Date), p.FormName))
	}
	proposal := widget.NewSelect(proposalNames, nil)
	proposal.SetSelectedIndex(0)
	chosen := func() (data.Proposal, bool) {
		if i := proposal.SelectedIndex(); i > 0 {
			return followed[i-1], true
		}
		return data.Proposal{}, false
	}

	heading := "Soạn quyết định khen thưởng"
	if len(camps) == 1 {
		campaign.SetSelectedIndex(0)
	}
	if correctsID != 0 {
		if old, ok := v.current(); ok {
			heading = "Quyết định đính chính Quyết định số " + old.Number
			for i, c := range camps {
				if c.ID == old.CampaignID {
					campaign.SetSelectedIndex(i)
				}
			}
			form.SetSelected(old.FormName)
		}
	}

	// The choices as they stand, read on the UI goroutine for the work
	// done off it.
	choice := func() (campaignID int64, formName, typed string, proposalID int64) {
		if i := campaign.SelectedIndex(); i >= 0 {
			campaignID = camps[i].ID
		}
		if p, ok := chosen(); ok {
			proposalID = p.ID
		}
		return campaignID, form.Selected, date.Text, proposalID
	}
	if n, ok := suggestNumber(ctx, st, date.Text); ok {
		number.SetText(n)
	}
	c, f, typed, pid := choice()
	preview.SetText(previewText(ctx, st, c, f, typed, pid))
	var suggestions, previews tw.Latest
	update := func() {
		c, f, typed, pid := choice()
		previews.Run(func() func() {
			text := previewText(ctx, st, c, f, typed, pid)
			return func() { preview.SetText(text) }
		})
	}
	campaign.OnChanged = func(string) { update() }
	form.OnChanged = func(string) { update() }
	proposal.OnChanged = func(string) {
		if p, ok := chosen(); ok {
			for i, c := range camps {
				if c.ID == p.CampaignID {
					campaign.SetSelectedIndex(i)
				}
			}
			form.SetSelected(p.FormName)
		}
		update()
	}
	date.OnChanged = func(typed string) {
		suggestions.Run(func() func() {
			n, ok := suggestNumber(ctx, st, typed)
			return func() {
				if ok {
					number.SetText(n)
				}
			}
		})
		update()
	}

	items := []*widget.FormItem{
		widget.NewFormItem("Đợt thi đua *", campaign),
		widget.NewFormItem("Hình thức khen thưởng *", form),
		widget.NewFormItem("Ngày ký * (dd/mm/yyyy)", date),
		widget.NewFormItem("Số quyết định *", number),
		widget.NewFormItem("Theo tờ trình", proposal),
		widget.NewFormItem("Người ký", signer),
		widget.NewFormItem("Chức vụ người ký", title),
		widget.NewFormItem("Danh sách", preview),
	}
	d := dialog.NewForm(heading, "Tạo dự thảo", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		day, err := vn.ParseDate(date.Text)
		if err != nil || campaign.SelectedIndex() < 0 {
			tw.ShowError(win, fmt.Errorf("cần chọn đợt thi đua và ghi ngày ký dạng dd/mm/yyyy"))
			return
		}
		nd := data.NewDecision{CampaignID: camps[campaign.SelectedIndex()].ID, Form: form.Selected,
			Number: number.Text, Date: day, SignerName: signer.Text, SignerTitle: title.Selected, CorrectsID: correctsID}
		if p, ok := chosen(); ok {
			nd.Proposal = p.Number
		}
		dec, err := st.CreateDecision(ctx, nd)
		if err != nil {
			tw.ShowError(win, err)
			return
		}
		v.years.SetSelected(fmt.Sprint(dec.Year))
		v.fillYears()
		for i, x := range v.list {
			if x.ID == dec.ID {
				v.table.Select(widget.TableCellID{Row: i, Col: 0})
			}
		}
		v.h.SetStatus(fmt.Sprintf("Đã tạo dự thảo quyết định %s: %s, %s đồng", dec.Number, whomOf(dec), vn.Int(dec.Total)))
		tw.ShowWarnings(win, "Dự thảo quyết định có cảnh báo", "Đã tạo dự thảo quyết định "+dec.Number, dec.Warnings)
	}, win)
	d.Resize(fyne.NewSize(760, 560))
	tw.FormDialogKeys(win, d, date, number, signer)
	d.Show()
}

// suggestNumber is the next free decision number of the year of the
// date typed; ok is false when the date is not one.
func suggestNumber(ctx context.Context, st *data.Store, typed string) (string, bool) {
	day, err := vn.ParseDate(typed)
	if err != nil {
		return "", false
	}
	n, err := st.NextDecisionNumber(ctx, day.Year())
	if err != nil {
		log.Printf("decisions: next number of %d: %v", day.Year(), err)
		return "", false
	}
	return n, true
}

// previewText says whom the decision would grant, and the money, for the
// campaign, award form and date chosen (store work, off the UI goroutine
// as the user types).
func previewText(ctx context.Context, st *data.Store, campaignID int64, form, typed string, proposalID int64) string {
	day, err := vn.ParseDate(typed)
	if campaignID == 0 || form == "" || err != nil {
		return "Chọn đợt thi đua, hình thức khen thưởng và ngày ký để xem danh sách sẽ được khen."
	}
	items, err := st.PreviewDecision(ctx, campaignID, form, day, proposalID)
	if err != nil {
		log.Printf("decisions: preview: %v", err)
		return "Không lập được danh sách: " + err.Error()
	}
	if len(items) == 0 {
		return "Không có đề nghị nào của hình thức này đang chờ quyết định trong đợt đã chọn."
	}
	var coll, ind int
	var total int64
	var names []string
	for _, it := range items {
		if it.Kind == "Tập thể" {
			coll++
		} else {
			ind++
		}
		total += it.Money
		if len(names) < 5 {
			names = append(names, it.Name)
		}
	}
	more := ""
	if len(items) > len(names) {
		more = fmt.Sprintf(" và %d người, tập thể khác", len(items)-len(names))
	}
	return fmt.Sprintf("Sẽ khen %d tập thể, %d cá nhân: %s%s.\nTổng tiền thưởng: %s đồng (%s).",
		coll, ind, strings.Join(names, "; "), more, vn.Int(total), vn.MoneyWords(total))
}

// departmentProposals are the issued tờ trình of the department that a
// new decision may follow, newest first.
func departmentProposals(ctx context.Context, st *data.Store) ([]data.Proposal, error) {
	all, err := st.Proposals(ctx, 0)
	if err != nil {
		return nil, err
	}
	var out []data.Proposal
	for _, p := range all {
		if p.Department != "" && p.Issued() {
			out = append(out, p)
		}
	}
	return out, nil
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
