package awards

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// bigList is the number of rows above which sorting by another column
// than the list order (a pass over every row) runs behind a progress
// dialog.
const bigList = 20_000

// reload reads the ids of the rows the filters select, in order, off the
// UI goroutine, and shows them (the answer to an older reload, a search
// typed further meanwhile, is dropped); after (may be nil) runs then. The
// rows themselves are read a page at a time as they scroll into view.
// Search as you type and the list order use the indexes and take a few
// milliseconds even at 100.000 rows.
func (v *view) reload(after func()) {
	if v.campaign.ID == 0 || v.table == nil {
		return
	}
	f, o, st := v.filter(), v.order, v.h.Store()
	start := time.Now()
	if o.By != data.SortList && v.total > bigList {
		v.loads.Now(func() {}) // drop the answers of earlier reloads
		var ids []int64
		var more bool
		tw.RunLong(v.h.Window(), "Sắp xếp danh sách", func(ctx context.Context, p tw.Progress) error {
			p(-1, fmt.Sprintf("Đang sắp xếp %s đề nghị…", vn.Int(int64(v.total))))
			var err error
			ids, more, err = st.NominationIDs(ctx, f, o)
			return err
		}, func(err error) {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.show(ids, more, time.Since(start))
			if after != nil {
				after()
			}
		})
		return
	}
	v.loads.Run(func() func() {
		ids, more, err := st.NominationIDs(v.ctx, f, o)
		took := time.Since(start)
		return func() {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.show(ids, more, took)
			if after != nil {
				after()
			}
		}
	})
}

// show puts rows in the table.
func (v *view) show(ids []int64, more bool, took time.Duration) {
	v.rows.reset(ids, more)
	v.current = -1
	v.table.ClearSelection()
	v.table.SetRows(tw.AllRows(len(ids)))
	if len(ids) > 0 && v.table.Sized() {
		// Back to the first row. In Fyne 2.8.1 Table.ScrollToTop moves
		// the sticky columns but leaves the scrolled ones where they were,
		// and ScrollTo from far down stops a header's height short of the
		// top; the two together land on row 1 everywhere.
		v.table.ScrollToTop()
		v.table.ScrollTo(widget.TableCellID{Row: 0, Col: colName})
		v.table.Refresh()
	}
	v.afterSelection()
	v.countText(took)
}

// countText writes how many rows the table shows; took is kept for the
// tests that measure the store.
func (v *view) countText(took time.Duration) {
	v.took = took
	n := len(v.rows.ids)
	text := fmt.Sprintf("%s đề nghị", vn.Int(int64(n)))
	if v.search.Text != "" {
		text = fmt.Sprintf("Tìm thấy %s", vn.Int(int64(n)))
		if v.rows.more {
			text = fmt.Sprintf("%s kết quả đầu tiên – gõ thêm để thu hẹp", vn.Int(int64(n)))
		}
	}
	v.count.SetText(text)
	v.bottom.Refresh() // the count's width changes
}

// sortBy sorts by a column; tapping it again reverses the order.
func (v *view) sortBy(col int) {
	by := nominationColumns[col].sort
	if v.order.By == by {
		v.order.Desc = !v.order.Desc
	} else {
		v.order = data.NominationOrder{By: by}
	}
	v.reload(nil)
}

// pick makes row i the current one and tells what it is.
func (v *view) pick(i int) {
	v.current = i
	v.afterSelection()
}

// currentRow is the nomination of the current row.
func (v *view) currentRow() (data.Nomination, bool) {
	if v.current < 0 {
		return data.Nomination{}, false
	}
	return v.row(v.current)
}

// toggle checks or unchecks row i.
func (v *view) toggle(i int) {
	n, ok := v.row(i)
	if !ok {
		return
	}
	if v.rows.selected[n.ID] {
		delete(v.rows.selected, n.ID)
	} else {
		v.rows.selected[n.ID] = true
	}
	v.current = i
	v.table.Refresh()
	v.afterSelection()
}

// toggleAll checks every row the table lists, or unchecks them all.
func (v *view) toggleAll() {
	if len(v.rows.ids) > 0 && len(v.rows.selected) >= len(v.rows.ids) {
		v.rows.selected = map[int64]bool{}
	} else {
		for _, id := range v.rows.ids {
			v.rows.selected[id] = true
		}
	}
	v.table.Refresh()
	v.afterSelection()
}

// afterSelection updates what tells the current and checked rows (the
// check marks themselves are the table's: callers refresh it).
func (v *view) afterSelection() {
	n, ok := v.currentRow()
	checked := len(v.rows.selected)
	text := ""
	if ok {
		text = fmt.Sprintf("Dòng %d: %s – %s – %s", v.current+1, n.Nominee.Name, n.Form, n.Status)
		if n.Reason != "" {
			text += " (lý do: " + n.Reason + ")"
		}
		v.actions.edit.Enable()
		if n.Nominee.Kind == award.Collective && v.order.By == data.SortList && !v.order.Desc {
			v.actions.up.Enable()
			v.actions.down.Enable()
		} else {
			v.actions.up.Disable()
			v.actions.down.Disable()
		}
	} else {
		text = "Bấm một dòng để chọn; bấm ô vuông đầu dòng để chọn nhiều dòng."
		v.actions.edit.Disable()
		v.actions.up.Disable()
		v.actions.down.Disable()
	}
	if checked > 0 {
		text = fmt.Sprintf("Đã chọn %s đề nghị.   ", vn.Int(int64(checked))) + text
		v.actions.move.Enable()
		v.actions.del.Enable()
	} else {
		v.actions.move.Disable()
		v.actions.del.Disable()
	}
	v.detail.SetText(text)
	v.h.SetStatus(fmt.Sprintf("%s: %s đề nghị", v.campaign.Name, vn.Int(int64(len(v.rows.ids)))))
}
