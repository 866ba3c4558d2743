// Package awards is the Thi đua – Khen thưởng section: the campaign
// chosen, its details and chart, and its nominations as a virtualised
// table with filters, search as you type and status changes for many
// rows at once; the nomination form; workbooks in and out.
package awards

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// Host is what the awards screen needs of the window around it.
type Host interface {
	Window() fyne.Window
	Store() *data.Store
	// SetStatus writes the status line.
	SetStatus(msg string)
	// OnKey binds a shortcut ("find", "new", "print") while the screen is shown.
	OnKey(name string, f func())
	// SaveFile asks where to save a document and writes it with write.
	SaveFile(title, name, ext string, write func(path string) error)
	// OpenFile asks for a file to read among the extensions given.
	OpenFile(title string, exts []string, read func(path string))
}

// Filter choices that mean "no filter".
const (
	allKinds     = "Mọi loại"
	allStatuses  = "Mọi trạng thái"
	allForms     = "Mọi hình thức"
	allProposers = "Mọi đơn vị đề nghị"
)

// view is the screen's state.
type view struct {
	h         Host
	ctx       context.Context
	campaigns []data.Campaign
	campaign  data.Campaign
	pickC     *widget.Select
	info      *widget.Label
	chart     *campaignChart
	search    *widget.Entry
	kind      *widget.Select
	status    *widget.Select
	form      *widget.Select
	proposer  *widget.Select
	forms     []data.AwardForm
	proposers []data.Proposer
	count     *widget.Label
	rows      *nominationRows
	table     *tw.Table
	order     data.NominationOrder
	current   int // the row picked, -1 for none
	detail    *widget.Label
	total     int           // nominations of the campaign
	took      time.Duration // how long the last reload read the store
	infos     tw.Latest     // the campaign's figures and the filters' lists
	loads     tw.Latest     // the rows the filters select
	body      *fyne.Container
	list      fyne.CanvasObject // the table and its filters, shown once there is a campaign
	root      fyne.CanvasObject // the whole screen
	actions   struct{ edit, up, down, move, del *widget.Button }
}

// Screen is the Thi đua – Khen thưởng section over h's store.
func Screen(h Host) fyne.CanvasObject { return newView(h).root }

// newView builds the section's screen (root) over the store.
func newView(h Host) *view {
	v := &view{h: h, ctx: context.Background(), current: -1, rows: newNominationRows()}
	v.pickC = widget.NewSelect(nil, func(name string) { v.selectCampaign(name, nil) })
	v.pickC.PlaceHolder = "Chọn đợt thi đua…"
	newC := widget.NewButtonWithIcon("Đợt mới", theme.ContentAddIcon(), func() { v.editCampaign(data.Campaign{}) })
	editC := widget.NewButtonWithIcon("Sửa đợt", theme.DocumentCreateIcon(), func() {
		if v.campaign.ID != 0 {
			v.editCampaign(v.campaign)
		}
	})
	add := widget.NewButtonWithIcon("Thêm đề nghị", theme.ContentAddIcon(), v.addNomination)
	add.Importance = widget.HighImportance
	var excel *widget.Button
	excel = widget.NewButtonWithIcon("Excel…", theme.MenuDropDownIcon(), func() {
		menu := fyne.NewMenu("",
			fyne.NewMenuItem("Nhập bảng tính đề nghị khen thưởng…", v.importWorkbook),
			fyne.NewMenuItem("Tải mẫu bảng tính đề nghị…", v.saveTemplate),
			fyne.NewMenuItem("Xuất danh sách đề nghị (Ctrl+P)…", func() { exportNominations(h, v.campaign, v.formID()) }))
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(excel)
		widget.ShowPopUpMenuAtPosition(menu, h.Window().Canvas(), pos.Add(fyne.NewPos(0, excel.Size().Height)))
	})
	toolbar := container.NewBorder(nil, nil, widget.NewLabel("Đợt thi đua:"),
		container.NewHBox(newC, editC, widget.NewSeparator(), add, excel), v.pickC)

	v.info = widget.NewLabel("")
	v.info.Truncation = fyne.TextTruncateEllipsis
	v.chart = newCampaignChart()

	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Tìm theo tên, gõ không dấu cũng được (Ctrl+F)…")
	v.search.OnChanged = func(string) { v.reload(nil) }
	v.kind = widget.NewSelect([]string{allKinds, string(award.Collective), string(award.Individual)}, func(string) { v.reload(nil) })
	statuses := []string{allStatuses}
	for _, st := range award.Statuses {
		statuses = append(statuses, string(st))
	}
	v.status = widget.NewSelect(statuses, func(string) { v.reload(nil) })
	v.form = widget.NewSelect(nil, func(string) { v.reload(nil) })
	v.proposer = widget.NewSelect(nil, func(string) { v.reload(nil) })
	v.count = widget.NewLabel("")
	filters := container.NewVBox(container.NewBorder(nil, nil, nil, v.count, v.search),
		container.NewGridWithColumns(4, v.kind, v.status, v.form, v.proposer))

	v.table = newNominationTable(v)
	v.actions.edit = widget.NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), v.editCurrent)
	v.actions.up = widget.NewButtonWithIcon("Lên", theme.MoveUpIcon(), func() { v.moveCurrent(-1) })
	v.actions.down = widget.NewButtonWithIcon("Xuống", theme.MoveDownIcon(), func() { v.moveCurrent(1) })
	v.actions.move = widget.NewButtonWithIcon("Chuyển trạng thái…", theme.MailForwardIcon(), v.changeStatus)
	v.actions.del = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), v.deleteSelected)
	none := widget.NewButton("Bỏ chọn", func() {
		v.rows.selected = map[int64]bool{}
		v.table.Refresh()
		v.afterSelection()
	})
	v.detail = widget.NewLabel("")
	v.detail.Truncation = fyne.TextTruncateEllipsis
	bottom := container.NewBorder(nil, nil, nil,
		container.NewHBox(v.actions.edit, v.actions.up, v.actions.down, widget.NewSeparator(), v.actions.move, v.actions.del, none), v.detail)

	head := container.NewBorder(nil, nil, nil, v.chart.content, v.info)
	v.list = container.NewBorder(container.NewVBox(head, filters), bottom, nil, nil, v.table)
	v.body = container.NewStack(v.list)

	h.OnKey("find", func() { h.Window().Canvas().Focus(v.search) })
	h.OnKey("new", v.addNomination)
	h.OnKey("print", func() { exportNominations(h, v.campaign, v.formID()) })
	v.root = tw.Screen("Thi đua – Khen thưởng", toolbar, v.body)
	v.loadCampaigns(0, nil)
	return v
}

// loadCampaigns reads the campaigns and selects the one with id (0: the
// one selected, else the most recent); after (may be nil) runs once its
// rows are shown.
func (v *view) loadCampaigns(id int64, after func()) {
	all, err := v.h.Store().Campaigns(v.ctx)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
		return
	}
	v.campaigns = all
	names := make([]string, len(all))
	sel := ""
	if id == 0 {
		id = v.campaign.ID
	}
	for i, c := range all {
		names[i] = c.Name
		if c.ID == id {
			sel = c.Name
		}
	}
	if sel == "" && len(all) > 0 {
		sel = all[0].Name
	}
	v.pickC.Options = names
	if sel == "" {
		v.showEmpty()
		return
	}
	if v.pickC.Selected == sel {
		v.selectCampaign(sel, after)
	} else {
		v.pickC.Selected = sel
		v.pickC.Refresh()
		v.selectCampaign(sel, after)
	}
}

// showEmpty says what to do when there is no campaign yet.
func (v *view) showEmpty() {
	msg := tw.Wrapped("Chưa có đợt thi đua nào.\n\nBấm \"Đợt mới\" để tạo đợt thi đua (tên, chủ đề, kế hoạch phát động, thời gian), " +
		"hoặc \"Nhập bảng tính…\" để nhập bảng tính đề nghị khen thưởng có ghi tên đợt ở sheet \"Đợt thi đua\". " +
		"Mẫu bảng tính để các đơn vị điền: \"Tải mẫu bảng tính…\".")
	newC := widget.NewButtonWithIcon("Đợt mới", theme.ContentAddIcon(), func() { v.editCampaign(data.Campaign{}) })
	newC.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon("Nhập bảng tính…", theme.DownloadIcon(), v.importWorkbook)
	tmpl := widget.NewButtonWithIcon("Tải mẫu bảng tính…", theme.FileIcon(), v.saveTemplate)
	empty := container.NewVBox(msg, container.NewHBox(newC, imp, tmpl))
	v.body.Objects = []fyne.CanvasObject{container.NewPadded(empty)}
	v.body.Refresh()
	v.h.SetStatus("Chưa có đợt thi đua")
}

// selectCampaign shows a campaign by name; after (may be nil) runs once
// its rows are shown.
func (v *view) selectCampaign(name string, after func()) {
	for _, c := range v.campaigns {
		if c.Name != name {
			continue
		}
		if v.body.Objects[0] != v.list {
			v.body.Objects = []fyne.CanvasObject{v.list}
			v.body.Refresh()
		}
		if c.ID != v.campaign.ID {
			v.rows.selected = map[int64]bool{}
			v.order = data.NominationOrder{}
		}
		v.campaign = c
		v.refreshAll(after)
		return
	}
}

// refreshAll rereads what a change may have changed, off the UI
// goroutine: the campaign's figures and chart, the lists of the filters,
// then the rows; after (may be nil) runs once the rows are shown.
func (v *view) refreshAll(after func()) {
	v.info.SetText(v.infoText())
	st, c, day := v.h.Store(), v.campaign, v.moneyDate()
	v.infos.Run(func() func() {
		sum, err := st.NominationSummary(v.ctx, c.ID, day)
		var forms []data.AwardForm
		var props []data.Proposer
		if err == nil {
			forms, err = st.AwardForms(v.ctx)
		}
		if err == nil {
			props, err = st.Proposers(v.ctx)
		}
		return func() {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.chart.set(sum)
			v.total = 0
			for _, r := range sum {
				v.total += r.Count
			}
			v.fillFilters(forms, props)
			v.reload(after)
		}
	})
}

// infoText is the campaign's details: its plan, period and theme.
func (v *view) infoText() string {
	c := v.campaign
	text := c.Plan()
	if text == "" {
		text = "Chưa ghi kế hoạch phát động (bấm \"Sửa đợt\")"
	}
	if p := c.Period(); p != "" {
		text += "\nThời gian: " + p + ";"
	} else {
		text += "\n"
	}
	text += " tiền thưởng theo ngày " + vn.DMY(v.moneyDate())
	if c.Theme != "" {
		text += "\nChủ đề: “" + c.Theme + "”"
	}
	return text
}

// fillFilters lists the award forms and proposing organisations,
// keeping the choices still there.
func (v *view) fillFilters(forms []data.AwardForm, props []data.Proposer) {
	v.forms, v.proposers = forms, props
	formNames := []string{allForms}
	for _, f := range v.forms {
		formNames = append(formNames, f.Name)
	}
	propNames := []string{allProposers}
	for _, p := range v.proposers {
		propNames = append(propNames, p.Name)
	}
	keep := func(sel *widget.Select, opts []string, none string) {
		cur := sel.Selected
		sel.Options = opts
		found := false
		for _, o := range opts {
			found = found || o == cur
		}
		if !found {
			cur = none
		}
		sel.Selected = cur
		sel.Refresh()
	}
	keep(v.form, formNames, allForms)
	keep(v.proposer, propNames, allProposers)
	keep(v.kind, v.kind.Options, allKinds)
	keep(v.status, v.status.Options, allStatuses)
}

// moneyDate is the date prize money is shown for (see Campaign.MoneyDate).
func (v *view) moneyDate() time.Time { return v.campaign.MoneyDate(time.Now()) }

// formID is the award form filtered on (0: all).
func (v *view) formID() int64 {
	for _, f := range v.forms {
		if f.Name == v.form.Selected {
			return f.ID
		}
	}
	return 0
}

// filter is what the table shows.
func (v *view) filter() data.NominationFilter {
	f := data.NominationFilter{CampaignID: v.campaign.ID, Query: v.search.Text, FormID: v.formID()}
	if k, ok := award.ParseKind(v.kind.Selected); ok {
		f.Kind = k
	}
	if st, ok := award.ParseStatus(v.status.Selected); ok {
		f.Status = st
	}
	for _, p := range v.proposers {
		if p.Name == v.proposer.Selected {
			f.ProposerID = p.ID
		}
	}
	return f
}

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
