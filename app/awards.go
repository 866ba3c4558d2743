package app

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/award"
	sampledata "tdkt/data/sample"
	"tdkt/data/vn"
)

func init() {
	registerSample(20, "Tải dữ liệu mẫu: thi đua bầu cử tỉnh Bắc Kạn (2021)", func(ctx context.Context, st *data.Store, p Progress) error {
		p(-1, "Đang tạo tỉnh Bắc Kạn và đợt thi đua theo Kế hoạch số 53/KH-UBND ngày 04/02/2021…")
		return sampledata.LoadBacKanAwards(ctx, st)
	})
	registerReport(20, "Danh sách đề nghị khen thưởng",
		"Danh sách đề nghị của một đợt thi đua như đơn vị gửi lên cấp trên: I. Tập thể, II. Cá nhân (xếp theo tên), hình thức, số tiền thưởng, "+
			"tổng cộng; kèm sheet thống kê số lượng và số tiền theo hình thức khen thưởng và đơn vị đề nghị.",
		func(s *Shell) { s.chooseCampaign(func(c data.Campaign) { s.exportNominations(c, 0) }) })
}

// Filter choices that mean "no filter".
const (
	allKinds     = "Mọi loại"
	allStatuses  = "Mọi trạng thái"
	allForms     = "Mọi hình thức"
	allProposers = "Mọi đơn vị đề nghị"
)

// awardsView is the Thi đua – Khen thưởng section: the campaign chosen,
// its details and chart, and its nominations as a virtualised table with
// filters, search as you type and status changes for many rows at once.
type awardsView struct {
	s         *Shell
	campaigns []data.Campaign
	campaign  data.Campaign
	pickC     *widget.Select
	info      *widget.Label
	chart     *awardChart
	search    *widget.Entry
	kind      *widget.Select
	status    *widget.Select
	form      *widget.Select
	proposer  *widget.Select
	forms     []data.AwardForm
	proposers []data.Proposer
	count     *widget.Label
	rows      *nominationRows
	table     *widget.Table
	order     data.NominationOrder
	current   int // the row picked, -1 for none
	detail    *widget.Label
	sized     bool          // the table has been laid out (see sizedLayout)
	total     int           // nominations of the campaign
	took      time.Duration // how long the last reload read the store
	body      *fyne.Container
	list      fyne.CanvasObject // the table and its filters, shown once there is a campaign
	root      fyne.CanvasObject // the whole screen
	actions   struct{ edit, up, down, move, del *widget.Button }
}

func awardsScreen(s *Shell) fyne.CanvasObject { return newAwardsView(s).root }

// newAwardsView builds the section's screen (root) over the store.
func newAwardsView(s *Shell) *awardsView {
	v := &awardsView{s: s, current: -1}
	v.rows = newNominationRows(s)
	v.pickC = widget.NewSelect(nil, func(name string) { v.selectCampaign(name) })
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
			fyne.NewMenuItem("Xuất danh sách đề nghị (Ctrl+P)…", func() { v.s.exportNominations(v.campaign, v.formID()) }))
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(excel)
		widget.ShowPopUpMenuAtPosition(menu, v.s.Win.Canvas(), pos.Add(fyne.NewPos(0, excel.Size().Height)))
	})
	toolbar := container.NewBorder(nil, nil, widget.NewLabel("Đợt thi đua:"),
		container.NewHBox(newC, editC, widget.NewSeparator(), add, excel), v.pickC)

	v.info = widget.NewLabel("")
	v.info.Truncation = fyne.TextTruncateEllipsis
	v.chart = newAwardChart()

	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Tìm theo tên, gõ không dấu cũng được (Ctrl+F)…")
	v.search.OnChanged = func(string) { v.reload() }
	v.kind = widget.NewSelect([]string{allKinds, string(award.Collective), string(award.Individual)}, func(string) { v.reload() })
	statuses := []string{allStatuses}
	for _, st := range award.Statuses {
		statuses = append(statuses, string(st))
	}
	v.status = widget.NewSelect(statuses, func(string) { v.reload() })
	v.form = widget.NewSelect(nil, func(string) { v.reload() })
	v.proposer = widget.NewSelect(nil, func(string) { v.reload() })
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

	head := container.NewBorder(nil, nil, nil, v.chart, v.info)
	sized := container.New(&sizedLayout{then: func() {
		v.sized = true
		v.table.Refresh()
	}}, v.table)
	v.list = container.NewBorder(container.NewVBox(head, filters), bottom, nil, nil, sized)
	v.body = container.NewStack(v.list)

	s.OnKey("find", func() { s.Win.Canvas().Focus(v.search) })
	s.OnKey("new", v.addNomination)
	s.OnKey("print", func() { v.s.exportNominations(v.campaign, v.formID()) })
	v.root = screen("Thi đua – Khen thưởng", toolbar, v.body)
	v.loadCampaigns(0)
	return v
}

// loadCampaigns reads the campaigns and selects the one with id (0: the
// one selected, else the most recent).
func (v *awardsView) loadCampaigns(id int64) {
	all, err := v.s.Store.Campaigns(v.s.ctx)
	if err != nil {
		v.s.ShowError(err)
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
		v.selectCampaign(sel)
	} else {
		v.pickC.SetSelected(sel)
	}
}

// showEmpty says what to do when there is no campaign yet.
func (v *awardsView) showEmpty() {
	msg := widget.NewLabel("Chưa có đợt thi đua nào.\n\nBấm \"Đợt mới\" để tạo đợt thi đua (tên, chủ đề, kế hoạch phát động, thời gian), " +
		"hoặc \"Nhập bảng tính…\" để nhập bảng tính đề nghị khen thưởng có ghi tên đợt ở sheet \"Đợt thi đua\". " +
		"Mẫu bảng tính để các đơn vị điền: \"Tải mẫu bảng tính…\".")
	msg.Wrapping = fyne.TextWrapWord
	newC := widget.NewButtonWithIcon("Đợt mới", theme.ContentAddIcon(), func() { v.editCampaign(data.Campaign{}) })
	newC.Importance = widget.HighImportance
	imp := widget.NewButtonWithIcon("Nhập bảng tính…", theme.DownloadIcon(), v.importWorkbook)
	tmpl := widget.NewButtonWithIcon("Tải mẫu bảng tính…", theme.FileIcon(), v.saveTemplate)
	empty := container.NewVBox(msg, container.NewHBox(newC, imp, tmpl))
	v.body.Objects = []fyne.CanvasObject{container.NewPadded(empty)}
	v.body.Refresh()
	v.s.SetStatus("Chưa có đợt thi đua")
}

// selectCampaign shows a campaign by name.
func (v *awardsView) selectCampaign(name string) {
	for _, c := range v.campaigns {
		if c.Name != name {
			continue
		}
		if v.body.Objects[0] != v.list {
			v.body.Objects = []fyne.CanvasObject{v.list}
			v.body.Refresh()
		}
		changed := c.ID != v.campaign.ID
		v.campaign = c
		v.fillInfo()
		v.fillFilters()
		if changed {
			v.rows.selected = map[int64]bool{}
			v.order = data.NominationOrder{}
		}
		v.reload()
		return
	}
}

// fillInfo writes the campaign's details and draws its chart.
func (v *awardsView) fillInfo() {
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
	v.info.SetText(text)
	sum, err := v.s.Store.NominationSummary(v.s.ctx, c.ID, v.moneyDate())
	if err != nil {
		v.s.ShowError(err)
		return
	}
	v.chart.set(sum)
	v.total = 0
	for _, r := range sum {
		v.total += r.Count
	}
}

// fillFilters lists the award forms and proposing organisations.
func (v *awardsView) fillFilters() {
	var err error
	if v.forms, err = v.s.Store.AwardForms(v.s.ctx); err != nil {
		v.s.ShowError(err)
		return
	}
	if v.proposers, err = v.s.Store.Proposers(v.s.ctx); err != nil {
		v.s.ShowError(err)
		return
	}
	forms := []string{allForms}
	for _, f := range v.forms {
		forms = append(forms, f.Name)
	}
	props := []string{allProposers}
	for _, p := range v.proposers {
		props = append(props, p.Name)
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
	keep(v.form, forms, allForms)
	keep(v.proposer, props, allProposers)
	keep(v.kind, v.kind.Options, allKinds)
	keep(v.status, v.status.Options, allStatuses)
}

// moneyDate is the date prize money is shown for (see Campaign.MoneyDate).
func (v *awardsView) moneyDate() time.Time { return v.campaign.MoneyDate(time.Now()) }

// formID is the award form filtered on (0: all).
func (v *awardsView) formID() int64 {
	for _, f := range v.forms {
		if f.Name == v.form.Selected {
			return f.ID
		}
	}
	return 0
}

// filter is what the table shows.
func (v *awardsView) filter() data.NominationFilter {
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
// than the list order (a pass over every row) runs in the background with
// a progress dialog.
const bigList = 20_000

// reload reads the ids of the rows the filters select, in order, and shows
// them; the rows themselves are read a page at a time as they scroll into
// view. Search as you type and the list order use the indexes and take a
// few milliseconds even at 100.000 rows.
func (v *awardsView) reload() {
	if v.campaign.ID == 0 || v.table == nil {
		return
	}
	f, o := v.filter(), v.order
	if o.By != data.SortList && v.total > bigList {
		var ids []int64
		var more bool
		start := time.Now()
		runLong(v.s.Win, "Sắp xếp danh sách", func(ctx context.Context, p Progress) error {
			p(-1, fmt.Sprintf("Đang sắp xếp %s đề nghị…", vn.Int(int64(v.total))))
			var err error
			ids, more, err = v.s.Store.NominationIDs(ctx, f, o)
			return err
		}, func(err error) {
			if err != nil {
				v.s.ShowError(err)
				return
			}
			v.show(ids, more, time.Since(start))
		})
		return
	}
	start := time.Now()
	ids, more, err := v.s.Store.NominationIDs(v.s.ctx, f, o)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	v.show(ids, more, time.Since(start))
}

// show puts rows in the table.
func (v *awardsView) show(ids []int64, more bool, took time.Duration) {
	v.rows.reset(ids, more)
	v.current = -1
	v.table.UnselectAll()
	if len(ids) > 0 && v.sized {
		// Back to the first row. In Fyne 2.8.1 Table.ScrollToTop moves
		// the sticky columns but leaves the scrolled ones where they were,
		// and ScrollTo from far down stops a header's height short of the
		// top; the two together land on row 1 everywhere.
		v.table.ScrollToTop()
		v.table.ScrollTo(widget.TableCellID{Row: 0, Col: colName})
	}
	v.table.Refresh()
	v.afterSelection()
	v.countText(took)
}

// countText writes how many rows the table shows; took is kept for the
// status line's tooltip-less users as a plain figure in the log of tests.
func (v *awardsView) countText(took time.Duration) {
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
func (v *awardsView) sortBy(col int) {
	by := nominationColumns[col].sort
	if v.order.By == by {
		v.order.Desc = !v.order.Desc
	} else {
		v.order = data.NominationOrder{By: by}
	}
	v.reload()
}

// pick makes row i the current one and tells what it is.
func (v *awardsView) pick(i int) {
	v.current = i
	v.afterSelection()
}

// currentRow is the nomination of the current row.
func (v *awardsView) currentRow() (data.Nomination, bool) {
	if v.current < 0 {
		return data.Nomination{}, false
	}
	return v.rows.row(v.current, v)
}

// toggle checks or unchecks row i.
func (v *awardsView) toggle(i int) {
	n, ok := v.rows.row(i, v)
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
func (v *awardsView) toggleAll() {
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
func (v *awardsView) afterSelection() {
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
	v.s.SetStatus(fmt.Sprintf("%s: %s đề nghị", v.campaign.Name, vn.Int(int64(len(v.rows.ids)))))
}

// refreshAll rereads everything after a change.
func (v *awardsView) refreshAll() {
	v.fillInfo()
	v.fillFilters()
	v.reload()
}

// moveCurrent moves the current collective up or down in the list.
func (v *awardsView) moveCurrent(delta int) {
	n, ok := v.currentRow()
	if !ok {
		return
	}
	if err := v.s.Store.MoveCollective(v.s.ctx, n.ID, delta); err != nil {
		v.s.ShowError(err)
		return
	}
	target := v.current + delta
	ids, more, err := v.s.Store.NominationIDs(v.s.ctx, v.filter(), v.order)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	v.rows.reset(ids, more)
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

// changeStatus moves every checked row to a status, with a reason where
// the rules ask for one; all or none move.
func (v *awardsView) changeStatus() {
	ids := v.rows.selectedIDs()
	if len(ids) == 0 {
		showError(v.s.Win, fmt.Errorf("chưa chọn đề nghị nào: bấm ô vuông đầu dòng, hoặc ô vuông ở dòng tiêu đề để chọn tất cả"))
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
	hint := widget.NewLabel("Đề nghị đi từng bước: Đề nghị, rồi Đã thẩm định, rồi Trình ký. Trạng thái Đã khen do quyết định khen thưởng đã ban hành đặt.")
	hint.Wrapping = fyne.TextWrapWord
	items := []*widget.FormItem{
		widget.NewFormItem("Chuyển sang *", to),
		widget.NewFormItem("Lý do", reason),
		widget.NewFormItem("", hint),
	}
	d := dialog.NewForm(fmt.Sprintf("Chuyển trạng thái %s đề nghị", vn.Int(int64(len(ids)))), "Chuyển", "Hủy", items, func(ok bool) {
		if !ok || to.Selected == "" {
			return
		}
		st, _ := award.ParseStatus(to.Selected)
		if err := v.s.Store.SetNominationStatus(v.s.ctx, ids, st, reason.Text); err != nil {
			v.s.ShowError(err)
			return
		}
		v.rows.selected = map[int64]bool{}
		v.refreshAll()
		v.s.SetStatus(fmt.Sprintf("Đã chuyển %s đề nghị sang %q", vn.Int(int64(len(ids))), st))
	}, v.s.Win)
	d.Resize(fyne.NewSize(600, 360))
	d.Show()
}

// deleteSelected removes the checked rows after asking.
func (v *awardsView) deleteSelected() {
	ids := v.rows.selectedIDs()
	if len(ids) == 0 {
		return
	}
	confirm(v.s.Win, "Xóa đề nghị", fmt.Sprintf("Xóa %s đề nghị đã chọn khỏi đợt %q? Họ tên, lịch sử khen thưởng của các đối tượng vẫn được giữ; đề nghị đã khen không xóa được.",
		vn.Int(int64(len(ids))), v.campaign.Name), "Xóa", func() {
		if err := v.s.Store.DeleteNominations(v.s.ctx, ids); err != nil {
			v.s.ShowError(err)
			return
		}
		v.rows.selected = map[int64]bool{}
		v.refreshAll()
		v.s.SetStatus(fmt.Sprintf("Đã xóa %s đề nghị", vn.Int(int64(len(ids)))))
	})
}

// chooseCampaign calls then with the only campaign, or the one the user
// picks among several.
func (s *Shell) chooseCampaign(then func(data.Campaign)) {
	all, err := s.Store.Campaigns(s.ctx)
	if err != nil {
		s.ShowError(err)
		return
	}
	switch len(all) {
	case 0:
		showError(s.Win, fmt.Errorf("chưa có đợt thi đua nào: tạo đợt thi đua ở mục Thi đua – Khen thưởng"))
		return
	case 1:
		then(all[0])
		return
	}
	names := make([]string, len(all))
	for i, c := range all {
		names[i] = c.Name
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelected(names[0])
	dialog.ShowCustomConfirm("Chọn đợt thi đua", "Tiếp tục", "Hủy", container.NewGridWrap(fyne.NewSize(520, 40), sel), func(ok bool) {
		if !ok {
			return
		}
		for _, c := range all {
			if c.Name == sel.Selected {
				then(c)
			}
		}
	}, s.Win)
}
