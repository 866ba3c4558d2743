package awards

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// moveCurrent moves the current collective up or down in the list, then
// rereads the list off the UI goroutine and selects it again.
func (v *view) moveCurrent(delta int) {
	n, ok := v.currentRow()
	if !ok {
		return
	}
	st := v.h.Store()
	if err := st.MoveCollective(v.ctx, n.ID, delta); err != nil {
		tw.ShowError(v.h.Window(), err)
		return
	}
	target := v.current + delta
	f, o := v.filter(), v.order
	v.loads.Run(func() func() {
		ids, more, err := st.NominationIDs(v.ctx, f, o)
		return func() {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.rows.reset(ids, more)
			v.table.SetRows(tw.AllRows(len(ids)))
			for i, id := range ids {
				if id == n.ID {
					target = i
				}
			}
			v.current = target
			v.table.Select(widget.TableCellID{Row: target, Col: colName})
			v.table.ScrollTo(widget.TableCellID{Row: target, Col: colName})
			v.table.Refresh()
			v.afterSelection()
		}
	})
}

// changeStatus moves every checked row to a status, with a reason where
// the rules ask for one; all or none move.
func (v *view) changeStatus() {
	ids := v.rows.selectedIDs()
	win := v.h.Window()
	if len(ids) == 0 {
		tw.ShowError(win, fmt.Errorf("chưa chọn đề nghị nào: bấm ô vuông đầu dòng, hoặc ô vuông ở dòng tiêu đề để chọn tất cả"))
		return
	}
	var targets []string
	for _, st := range award.Statuses {
		if st != award.Awarded {
			targets = append(targets, string(st))
		}
	}
	to := widget.NewSelect(targets, nil)
	reason := widget.NewMultiLineEntry()
	reason.SetPlaceHolder("Bắt buộc khi trả lại hoặc không đủ điều kiện")
	reason.SetMinRowsVisible(3)
	hint := tw.Wrapped("Đề nghị đi từng bước: Đề nghị, rồi Đã thẩm định, rồi Trình ký. Trạng thái Đã khen do quyết định khen thưởng đã ban hành đặt.")
	items := []*widget.FormItem{
		widget.NewFormItem("Chuyển sang *", to),
		widget.NewFormItem("Lý do", reason),
		widget.NewFormItem("", hint),
	}
	d := dialog.NewForm(fmt.Sprintf("Chuyển trạng thái %s đề nghị", vn.Int(int64(len(ids)))), "Chuyển", "Hủy", items, func(ok bool) {
		if !ok || to.Selected == "" {
			return
		}
		st, _ := award.ParseStatus(to.Selected) // one of the choices listed
		if err := v.h.Store().SetNominationStatus(v.ctx, ids, st, reason.Text); err != nil {
			tw.ShowError(win, err)
			return
		}
		v.rows.selected = map[int64]bool{}
		v.refreshAll(func() {
			v.h.SetStatus(fmt.Sprintf("Đã chuyển %s đề nghị sang %q", vn.Int(int64(len(ids))), st))
		})
	}, win)
	d.Resize(fyne.NewSize(600, 360))
	d.Show()
}

// deleteSelected removes the checked rows after asking.
func (v *view) deleteSelected() {
	ids := v.rows.selectedIDs()
	if len(ids) == 0 {
		return
	}
	win := v.h.Window()
	tw.Confirm(win, "Xóa đề nghị", fmt.Sprintf("Xóa %s đề nghị đã chọn khỏi đợt %q? Họ tên, lịch sử khen thưởng của các đối tượng vẫn được giữ; đề nghị đã khen không xóa được.",
		vn.Int(int64(len(ids))), v.campaign.Name), "Xóa", func() {
		if err := v.h.Store().DeleteNominations(v.ctx, ids); err != nil {
			tw.ShowError(win, err)
			return
		}
		v.rows.selected = map[int64]bool{}
		v.refreshAll(func() { v.h.SetStatus(fmt.Sprintf("Đã xóa %s đề nghị", vn.Int(int64(len(ids))))) })
	})
}
