package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/vn"
)

// compose is the decision composer: pick the campaign and award form, see
// the nominations it will grant and their money for the chosen date, fill
// or accept number, date and signer, and create the draft. correctsID: the
// issued decision a correction replaces (0 for a new decision).
func (v *decisionsView) compose(correctsID int64) {
	st, ctx := v.s.Store, v.s.ctx
	camps, err := st.Campaigns(ctx)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	if len(camps) == 0 {
		v.s.ShowError(fmt.Errorf("chưa có đợt thi đua nào: hãy tạo đợt thi đua và nhập danh sách đề nghị ở mục Thi đua – Khen thưởng trước"))
		return
	}
	forms, err := st.AwardForms(ctx)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	set, _ := st.Settings(ctx)

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
	date := widget.NewEntry()
	date.SetText(vn.DMY(time.Now()))
	date.Validator = func(s string) error { _, err := vn.ParseDate(s); return err }
	number := widget.NewEntry()
	number.Validator = func(s string) error { _, err := data.ParseDocNumber(s); return err }
	signer := widget.NewEntry()
	signer.SetText(set.SignerName)
	signer.SetPlaceHolder("Họ và tên người ký")
	title := widget.NewSelect([]string{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, nil)
	title.SetSelected(firstOf(set.SignerTitle, "CHỦ TỊCH"))
	preview := widget.NewLabel("")
	preview.Wrapping = fyne.TextWrapWord

	suggest := func() {
		if day, err := vn.ParseDate(date.Text); err == nil {
			if n, err := st.NextDecisionNumber(ctx, day.Year()); err == nil {
				number.SetText(n)
			}
		}
	}
	update := func() {
		day, err := vn.ParseDate(date.Text)
		if campaign.SelectedIndex() < 0 || form.Selected == "" || err != nil {
			preview.SetText("Chọn đợt thi đua, hình thức khen thưởng và ngày ký để xem danh sách sẽ được khen.")
			return
		}
		items, err := st.PreviewDecision(ctx, camps[campaign.SelectedIndex()].ID, form.Selected, day)
		if err != nil {
			preview.SetText("Không lập được danh sách: " + err.Error())
			return
		}
		if len(items) == 0 {
			preview.SetText("Không có đề nghị nào của hình thức này đang chờ quyết định trong đợt đã chọn.")
			return
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
		preview.SetText(fmt.Sprintf("Sẽ khen %d tập thể, %d cá nhân: %s%s.\nTổng tiền thưởng: %s đồng (%s).",
			coll, ind, strings.Join(names, "; "), more, vn.Int(total), vn.MoneyWords(total)))
	}
	campaign.OnChanged = func(string) { update() }
	form.OnChanged = func(string) { update() }
	date.OnChanged = func(string) { suggest(); update() }
	if len(camps) == 1 {
		campaign.SetSelectedIndex(0)
	}
	suggest()
	update()

	heading := "Soạn quyết định khen thưởng"
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
	items := []*widget.FormItem{
		widget.NewFormItem("Đợt thi đua *", campaign),
		widget.NewFormItem("Hình thức khen thưởng *", form),
		widget.NewFormItem("Ngày ký * (dd/mm/yyyy)", date),
		widget.NewFormItem("Số quyết định *", number),
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
			v.s.ShowError(fmt.Errorf("cần chọn đợt thi đua và ghi ngày ký dạng dd/mm/yyyy"))
			return
		}
		dec, err := st.CreateDecision(ctx, data.NewDecision{CampaignID: camps[campaign.SelectedIndex()].ID, Form: form.Selected,
			Number: number.Text, Date: day, SignerName: signer.Text, SignerTitle: title.Selected, CorrectsID: correctsID})
		if err != nil {
			v.s.ShowError(err)
			return
		}
		v.years.SetSelected(fmt.Sprint(dec.Year))
		v.fillYears()
		for i, x := range v.list {
			if x.ID == dec.ID {
				v.table.Select(widget.TableCellID{Row: i, Col: 0})
			}
		}
		v.s.SetStatus(fmt.Sprintf("Đã tạo dự thảo quyết định %s: %s, %s đồng", dec.Number, whomOf(dec), vn.Int(dec.Total)))
	}, v.s.Win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
