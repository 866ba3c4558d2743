package awards

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// editCampaign creates (c.ID 0) or edits a campaign: its name, theme, the
// plan that launches it and its period.
func (v *view) editCampaign(c data.Campaign) {
	win := v.h.Window()
	k := newKeyDialog(win)
	name := keyEntry(&k.keys, "Ví dụ: Đợt thi đua thực hiện tốt cuộc bầu cử ... nhiệm kỳ 2021 - 2026")
	name.SetText(c.Name)
	theme := keyMultiLine(&k.keys, "", 2)
	theme.SetText(c.Theme)
	number := keyEntry(&k.keys, "53/KH-UBND")
	number.SetText(c.PlanNumber)
	planDate := dateEntry(&k.keys, c.PlanDate)
	by := keyEntry(&k.keys, "UBND tỉnh Bắc Kạn")
	by.SetText(c.LaunchedBy)
	from, to := dateEntry(&k.keys, c.From), dateEntry(&k.keys, c.To)
	toItem := widget.NewFormItem("Đến ngày", to)
	toItem.HintText = "Tiền thưởng của đợt tính theo hệ số và lương cơ sở của ngày này cho đến khi có quyết định"
	form := widget.NewForm(
		widget.NewFormItem("Tên đợt thi đua *", name),
		widget.NewFormItem("Chủ đề", theme),
		widget.NewFormItem("Số kế hoạch", number),
		widget.NewFormItem("Ngày kế hoạch", planDate),
		widget.NewFormItem("Cơ quan phát động", by),
		widget.NewFormItem("Từ ngày", from),
		toItem,
	)
	title := "Đợt thi đua mới"
	if c.ID != 0 {
		title = "Sửa đợt thi đua"
	}
	k.act = func() error {
		if strings.TrimSpace(name.Text) == "" {
			win.Canvas().Focus(name)
			return fmt.Errorf("cần nhập tên đợt thi đua")
		}
		c.Name, c.Theme, c.PlanNumber, c.LaunchedBy = name.Text, theme.Text, number.Text, by.Text
		var err error
		for _, f := range []struct {
			e   *tw.FormEntry
			dst *time.Time
		}{{planDate, &c.PlanDate}, {from, &c.From}, {to, &c.To}} {
			if *f.dst, err = parseOptionalDate(f.e.Text); err != nil {
				win.Canvas().Focus(f.e)
				return err
			}
		}
		saved, err := v.h.Store().SaveCampaign(v.ctx, c)
		if err != nil {
			return err
		}
		v.loadCampaigns(saved.ID, func() { v.h.SetStatus("Đã lưu đợt thi đua " + saved.Name) })
		return nil
	}
	k.show(title, "Lưu (Enter)", form, 760, name)
}

// dateEntry is an entry of a dialog for a date typed dd/mm/yyyy, checked
// as typed.
func dateEntry(k *keys, t time.Time) *tw.FormEntry {
	e := keyEntry(k, "dd/mm/yyyy")
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
