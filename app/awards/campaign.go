package awards

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// editCampaign creates (c.ID 0) or edits a campaign: its name, theme, the
// plan that launches it and its period.
func (v *view) editCampaign(c data.Campaign) {
	win := v.h.Window()
	name := widget.NewEntry()
	name.SetText(c.Name)
	name.SetPlaceHolder("Ví dụ: Đợt thi đua thực hiện tốt cuộc bầu cử ... nhiệm kỳ 2021 - 2026")
	theme := widget.NewMultiLineEntry()
	theme.Wrapping = fyne.TextWrapWord
	theme.SetMinRowsVisible(2)
	theme.SetText(c.Theme)
	number := widget.NewEntry()
	number.SetText(c.PlanNumber)
	number.SetPlaceHolder("53/KH-UBND")
	planDate := dateEntry(c.PlanDate)
	by := widget.NewEntry()
	by.SetText(c.LaunchedBy)
	by.SetPlaceHolder("UBND tỉnh Bắc Kạn")
	from, to := dateEntry(c.From), dateEntry(c.To)
	name.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("cần nhập tên đợt thi đua")
		}
		return nil
	}
	toItem := widget.NewFormItem("Đến ngày", to)
	toItem.HintText = "Tiền thưởng của đợt tính theo hệ số và lương cơ sở của ngày này cho đến khi có quyết định"
	items := []*widget.FormItem{
		widget.NewFormItem("Tên đợt thi đua *", name),
		widget.NewFormItem("Chủ đề", theme),
		widget.NewFormItem("Số kế hoạch", number),
		widget.NewFormItem("Ngày kế hoạch", planDate),
		widget.NewFormItem("Cơ quan phát động", by),
		widget.NewFormItem("Từ ngày", from),
		toItem,
	}
	title := "Đợt thi đua mới"
	if c.ID != 0 {
		title = "Sửa đợt thi đua"
	}
	d := dialog.NewForm(title, "Lưu", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		c.Name, c.Theme, c.PlanNumber, c.LaunchedBy = name.Text, theme.Text, number.Text, by.Text
		var err error
		for _, f := range []struct {
			e   *widget.Entry
			dst *time.Time
		}{{planDate, &c.PlanDate}, {from, &c.From}, {to, &c.To}} {
			if *f.dst, err = parseOptionalDate(f.e.Text); err != nil {
				tw.ShowError(win, err)
				return
			}
		}
		saved, err := v.h.Store().SaveCampaign(v.ctx, c)
		if err != nil {
			tw.ShowError(win, err)
			return
		}
		v.loadCampaigns(saved.ID, func() { v.h.SetStatus("Đã lưu đợt thi đua " + saved.Name) })
	}, win)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
	win.Canvas().Focus(name)
}

// dateEntry is an entry for a date typed dd/mm/yyyy, checked as typed.
func dateEntry(t time.Time) *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder("dd/mm/yyyy")
	if !t.IsZero() {
		e.SetText(vn.DMY(t))
	}
	e.Validator = func(s string) error {
		_, err := parseOptionalDate(s)
		return err
	}
	return e
}

// parseOptionalDate reads a typed date; blank is the zero date.
func parseOptionalDate(s string) (time.Time, error) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, nil
	}
	return vn.ParseDate(s)
}
