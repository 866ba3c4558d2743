package awards

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/container"
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
// the rules ask for one; all or none move. The statuses of the rows are
// read first, off the UI goroutine, so that the dialog offers only the
// steps allowed from all of them.
func (v *view) changeStatus() {
	ids := v.rows.selectedIDs()
	win := v.h.Window()
	if len(ids) == 0 {
		tw.ShowError(win, fmt.Errorf("chưa chọn đề nghị nào: bấm ô vuông đầu dòng, hoặc ô vuông ở dòng tiêu đề để chọn tất cả"))
		return
	}
	st, day := v.h.Store(), v.moneyDate()
	v.statuses.Run(func() func() {
		list, err := st.NominationsByID(v.ctx, ids, day)
		return func() {
			if err != nil {
				tw.ShowError(win, err)
				return
			}
			from := map[award.Status]int{}
			for _, n := range list {
				from[n.Status]++
			}
			v.statusDialog(ids, from)
		}
	})
}

// allowedMoves are the statuses every status of from may move to by hand.
func allowedMoves(from map[award.Status]int) []string {
	var out []string
	for _, to := range award.Statuses {
		if !award.SetByHand(to) {
			continue
		}
		ok := len(from) > 0
		for st := range from {
			ok = ok && award.CanMove(st, to)
		}
		if ok {
			out = append(out, string(to))
		}
	}
	return out
}

// statusDialog asks for the status the rows ids (now in the statuses
// from, with their counts) move to, among those allowed; a refusal keeps
// the dialog open with its reason.
func (v *view) statusDialog(ids []int64, from map[award.Status]int) {
	win := v.h.Window()
	k := newKeyDialog(win)
	var now []string
	for _, st := range award.Statuses {
		if n := from[st]; n > 0 {
			now = append(now, fmt.Sprintf("%s (%s)", st, vn.Int(int64(n))))
		}
	}
	targets := allowedMoves(from)
	to := newKeySelect(&k.keys, targets, nil)
	to.PlaceHolder = "Chọn trạng thái mới"
	reason := keyMultiLine(&k.keys, "Bắt buộc khi trả lại hoặc không đủ điều kiện", 3)
	hint := tw.Wrapped("Đang ở: " + strings.Join(now, ", ") + ". Đề nghị đi từng bước: Đề nghị, rồi Đã thẩm định, rồi Trình ký; " +
		"trạng thái Đã khen do quyết định khen thưởng đã ban hành đặt.")
	form := widget.NewForm(
		widget.NewFormItem("Chuyển sang *", to),
		widget.NewFormItem("Lý do", reason))
	content := container.NewVBox(hint, form)
	k.act = func() error {
		if len(targets) == 0 {
			return nil // nothing to do: Enter closes
		}
		if to.Selected == "" {
			return fmt.Errorf("hãy chọn trạng thái mới")
		}
		st, _ := award.ParseStatus(to.Selected) // one of the choices listed
		if err := v.h.Store().SetNominationStatus(v.ctx, ids, st, reason.Text); err != nil {
			return err
		}
		v.rows.selected = map[int64]bool{}
		v.refreshAll(func() {
			v.h.SetStatus(fmt.Sprintf("Đã chuyển %s đề nghị sang %q", vn.Int(int64(len(ids))), st))
		})
		return nil
	}
	title := fmt.Sprintf("Chuyển trạng thái %s đề nghị", vn.Int(int64(len(ids))))
	if len(targets) == 0 {
		k.act = nil
		content = container.NewVBox(tw.Wrapped("Đang ở: " + strings.Join(now, ", ") + ". Không có trạng thái nào các đề nghị đã chọn " +
			"cùng chuyển sang được: " + award.MoveRule + ". Hãy chọn các đề nghị cùng một trạng thái."))
		k.show(title, "Đóng (Esc)", content, 620, nil)
		win.Canvas().Focus(k.cancel)
		return
	}
	if len(targets) == 1 {
		to.SetSelected(targets[0])
	}
	k.show(title, "Chuyển (Enter)", content, 620, to)
}

// deleteSelected removes the checked rows after asking.
func (v *view) deleteSelected() {
	ids := v.rows.selectedIDs()
	if len(ids) == 0 {
		return
	}
	win := v.h.Window()
	confirmKeys(win, "Xóa đề nghị", fmt.Sprintf("Xóa %s đề nghị đã chọn khỏi đợt %q? Họ tên, lịch sử khen thưởng của các đối tượng vẫn được giữ; đề nghị đã khen không xóa được.",
		vn.Int(int64(len(ids))), v.campaign.Name), "Xóa", func() {
		if err := v.h.Store().DeleteNominations(v.ctx, ids); err != nil {
			tw.ShowError(win, err)
			return
		}
		v.rows.selected = map[int64]bool{}
		v.refreshAll(func() { v.h.SetStatus(fmt.Sprintf("Đã xóa %s đề nghị", vn.Int(int64(len(ids))))) })
	})
}
