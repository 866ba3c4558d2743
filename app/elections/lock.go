package elections

import (
	"errors"
	"fmt"
	"strings"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/problem"
)

// lockedReason says why a locked election's records open read-only.
func lockedReason(e data.Election) string {
	return fmt.Sprintf("Kết quả cuộc bầu cử đã được xác nhận lúc %s: biên bản kiểm phiếu, các lần bầu, người ứng cử, đơn vị bầu cử và khu vực bỏ phiếu chỉ được xem, không sửa được.",
		e.LockedAt.Local().Format("15:04 02/01/2006"))
}

// refuseLocked tells the user, and reports true, when the election open
// is locked: nothing may be added or removed.
func (v *view) refuseLocked() bool {
	if !v.cur.Locked() {
		return false
	}
	tw.ShowInfo(v.h.Window(), "Cuộc bầu cử đã xác nhận kết quả", lockedReason(v.cur))
	return true
}

// lock confirms the results after asking: the polling areas still without
// minutes are named when the store refuses.
func (v *view) lock() {
	e := v.cur
	if e.ID == 0 || v.refuseLocked() {
		return
	}
	msg := fmt.Sprintf("Xác nhận kết quả %s?\n\nSau khi xác nhận, biên bản kiểm phiếu, các lần bầu thêm, bầu lại, người ứng cử, đơn vị bầu cử và khu vực bỏ phiếu "+
		"của cuộc bầu cử này chỉ được xem: cơ sở dữ liệu chặn mọi thay đổi, như quyết định đã ban hành. Việc này không hoàn tác được.", e.Name)
	tw.Confirm(v.h.Window(), "Xác nhận kết quả bầu cử", msg, "Xác nhận", func() {
		locked, err := v.h.Store().LockElection(v.ctx, e.ID)
		if err != nil {
			var p *problem.Problem
			if errors.As(err, &p) && p.Rule == problem.TalliesMissing {
				text := strings.Replace(p.Message, ": ", ":\n", 2)
				tw.ShowInfo(v.h.Window(), "Chưa xác nhận được kết quả", text)
				return
			}
			tw.ShowError(v.h.Window(), err)
			return
		}
		v.reload(locked.ID, func() {
			v.h.SetStatus("Đã xác nhận kết quả " + locked.Name + ": cuộc bầu cử chỉ còn được xem")
		})
	})
}
