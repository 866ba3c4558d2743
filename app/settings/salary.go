package settings

import (
	"context"
	"fmt"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// salarySettings is the base salary table (mức lương cơ sở) by the date
// each amount applies from.
func salarySettings(h Host) fyne.CanvasObject {
	ctx := context.Background()
	var rows []award.BaseSalary
	load := func() {
		var err error
		if rows, err = h.Store().BaseSalaries(ctx); err != nil {
			tw.ShowError(h.Window(), err)
		}
	}
	load()
	table := widget.NewTableWithHeaders(
		func() (int, int) { return len(rows), 2 },
		func() fyne.CanvasObject { return widget.NewLabel("01/07/2024 2.340.000") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			r := rows[id.Row]
			if id.Col == 0 {
				l.SetText(vn.DMY(r.From))
				l.Alignment = fyne.TextAlignLeading
			} else {
				l.SetText(vn.Int(r.Amount))
				l.Alignment = fyne.TextAlignTrailing
			}
		})
	table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Mức lương cơ sở (đồng)") }
	table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		switch {
		case id.Row < 0 && id.Col == 0:
			l.SetText("Áp dụng từ ngày")
		case id.Row < 0:
			l.SetText("Mức lương cơ sở (đồng)")
		default:
			l.SetText(fmt.Sprint(id.Row + 1))
		}
	}
	table.SetColumnWidth(0, 200)
	table.SetColumnWidth(1, 240)
	selected := -1
	table.OnSelected = func(id widget.TableCellID) { selected = id.Row }

	edit := func(from time.Time, amount int64) {
		date := tw.NewFormEntry("dd/mm/yyyy")
		money := tw.NewFormEntry("ví dụ: 2.340.000")
		if !from.IsZero() {
			date.SetText(vn.DMY(from))
			money.SetText(vn.Int(amount))
		}
		date.Validator = func(t string) error { _, err := vn.ParseDate(t); return err }
		money.Validator = func(t string) error { _, err := vn.ParseMoney(t); return err }
		d := dialog.NewForm("Mức lương cơ sở", "Lưu", "Hủy", []*widget.FormItem{
			widget.NewFormItem("Áp dụng từ ngày *", date), widget.NewFormItem("Mức (đồng) *", money),
		}, func(ok bool) {
			if !ok {
				return
			}
			day, err1 := vn.ParseDate(date.Text)
			amt, err2 := vn.ParseMoney(money.Text)
			if err1 != nil || err2 != nil {
				tw.ShowError(h.Window(), fmt.Errorf("dữ liệu không hợp lệ: %v", firstErr(err1, err2)))
				return
			}
			if err := h.Store().SetBaseSalary(ctx, day, amt); err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			load()
			table.Refresh()
			h.SetStatus("Đã lưu mức lương cơ sở từ ngày " + vn.DMY(day))
		}, h.Window())
		d.Resize(fyne.NewSize(460, 240))
		tw.FormDialogKeys(h.Window(), d, date, money)
		d.Show()
	}
	add := widget.NewButtonWithIcon("Thêm mức mới", theme.ContentAddIcon(), func() { edit(time.Time{}, 0) })
	change := widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() {
		if selected >= 0 && selected < len(rows) {
			edit(rows[selected].From, rows[selected].Amount)
		}
	})
	del := widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), func() {
		if selected < 0 || selected >= len(rows) {
			return
		}
		r := rows[selected]
		tw.Confirm(h.Window(), "Xóa mức lương cơ sở", fmt.Sprintf("Xóa mức %s đồng áp dụng từ ngày %s? Tiền thưởng của các quyết định từ ngày đó sẽ tính theo mức trước đó.", vn.Int(r.Amount), vn.DMY(r.From)), "Xóa", func() {
			if err := h.Store().DeleteBaseSalary(ctx, r.From); err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			selected = -1
			table.UnselectAll()
			load()
			table.Refresh()
		})
	})
	h.OnKey("new", func() { edit(time.Time{}, 0) })
	set, err := h.Store().Settings(ctx)
	if err != nil {
		log.Printf("settings: the rounding rule (showing the default): %v", err)
	}
	note := widget.NewLabel("Tiền thưởng = hệ số × mức lương cơ sở áp dụng vào ngày ký quyết định, " + award.RoundingText(set.Rounding) + " (chọn cách làm tròn ở thẻ Cơ quan và người ký).")
	note.Wrapping = fyne.TextWrapWord
	return container.NewBorder(container.NewVBox(note, container.NewHBox(add, change, del)), nil, nil, nil, table)
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
