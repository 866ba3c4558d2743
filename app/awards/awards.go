// Package awards is the Thi đua – Khen thưởng section: the campaign
// chosen, its details and chart, and its nominations as a virtualised
// table with filters, search as you type and status changes for many
// rows at once; the nomination form; workbooks in and out.
package awards

import (
	"context"
	"fmt"
	"strings"
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
	h          Host
	ctx        context.Context
	campaigns  []data.Campaign
	campaign   data.Campaign
	pickC      *widget.Select
	info       *widget.Label // the campaign's details, a line each
	infoLine   *widget.Label // the same in one line, when the details are hidden
	chart      *campaignChart
	details    *fyne.Container // the details and chart, or their one line
	head       *fyne.Container // details and the button that hides or shows them
	detailsBtn *widget.Button  // hides or shows the details and chart
	search     *widget.Entry
	kind       *widget.Select
	status     *widget.Select
	form       *widget.Select
	proposer   *widget.Select
	forms      []data.AwardForm
	proposers  []data.Proposer
	count      *widget.Label
	bottom     *fyne.Container // the count, the current row and the actions on rows
	rows       *nominationRows
	table      *tw.Table
	order      data.NominationOrder
	current    int // the row picked, -1 for none
	detail     *widget.Label
	total      int           // nominations of the campaign
	decided    int           // of them, in an award decision: their money is the decision's
	took       time.Duration // how long the last reload read the store
	infos      tw.Latest     // the campaign's figures and the filters' lists
	loads      tw.Latest     // the rows the filters select
	statuses   tw.Latest     // the statuses of the rows checked, for the status dialog
	body       *fyne.Container
	list       fyne.CanvasObject // the table and its filters, shown once there is a campaign
	root       fyne.CanvasObject // the whole screen
	actions    struct{ edit, up, down, move, del *widget.Button }
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
			fyne.NewMenuItem("Xuất danh sách đề nghị của đợt (Ctrl+P)…", v.exportList))
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(excel)
		widget.ShowPopUpMenuAtPosition(menu, h.Window().Canvas(), pos.Add(fyne.NewPos(0, excel.Size().Height)))
	})
	toolbar := container.NewBorder(nil, nil, widget.NewLabel("Đợt thi đua:"),
		container.NewHBox(newC, editC, widget.NewSeparator(), add, excel), v.pickC)

	v.info = widget.NewLabel("")
	v.info.Truncation = fyne.TextTruncateEllipsis
	v.infoLine = widget.NewLabel("")
	v.infoLine.Truncation = fyne.TextTruncateEllipsis
	v.chart = newCampaignChart()
	v.details = container.NewStack()
	v.detailsBtn = widget.NewButton("", v.toggleDetails)
	v.detailsBtn.Importance = widget.LowImportance

	v.search = widget.NewEntry()
	v.search.SetPlaceHolder("Tìm theo tên, không dấu cũng được (Ctrl+F)")
	v.search.OnChanged = func(string) { v.reload(nil) }
	v.kind = widget.NewSelect([]string{allKinds, string(award.Collective), string(award.Household), string(award.Individual)}, func(string) { v.reload(nil) })
	statuses := []string{allStatuses}
	for _, st := range award.Statuses {
		statuses = append(statuses, string(st))
	}
	v.status = widget.NewSelect(statuses, func(string) { v.reload(nil) })
	v.form = widget.NewSelect(nil, func(string) { v.reload(nil) })
	v.proposer = widget.NewSelect(nil, func(string) { v.reload(nil) })
	v.count = widget.NewLabel("")
	// One line: the search a third, each filter a sixth.
	filters := container.NewGridWithColumns(3, v.search,
		container.NewGridWithColumns(2, v.kind, v.status), container.NewGridWithColumns(2, v.form, v.proposer))

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
	v.bottom = container.NewBorder(nil, nil, v.count,
		container.NewHBox(v.actions.edit, v.actions.up, v.actions.down, widget.NewSeparator(), v.actions.move, v.actions.del, none), v.detail)

	v.head = container.NewBorder(nil, nil, nil, container.NewVBox(v.detailsBtn), v.details)
	v.showDetails(fyne.CurrentApp().Preferences().BoolWithFallback(prefDetails, false))
	v.list = container.NewBorder(container.NewVBox(v.head, filters), v.bottom, nil, nil, v.table)
	v.body = container.NewStack(v.list)

	h.OnKey("find", func() { h.Window().Canvas().Focus(v.search) })
	h.OnKey("new", v.addNomination)
	h.OnKey("print", v.exportList)
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
	v.setInfo()
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
			v.total, v.decided = 0, 0
			for _, r := range sum {
				v.total += r.Count
				v.decided += r.Decided
			}
			v.setInfo()
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
	if v.decided > 0 {
		text += fmt.Sprintf(" (%s đề nghị đã có quyết định: theo quyết định)", vn.Int(int64(v.decided)))
	}
	if c.Theme != "" {
		text += "\nChủ đề: “" + c.Theme + "”"
	}
	return text
}

// prefDetails is the preference that remembers whether the campaign's
// details and chart are shown above the list.
const prefDetails = "awards.details"

// setInfo writes the campaign's details, in lines and in one line.
func (v *view) setInfo() {
	text := v.infoText()
	v.info.SetText(text)
	v.infoLine.SetText(strings.ReplaceAll(strings.ReplaceAll(text, ";\n", "; "), "\n", "; "))
}

// showDetails shows the campaign's details and chart above the list, or
// (on is false) their one line, leaving the list more rows.
func (v *view) showDetails(on bool) {
	if on {
		v.details.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, nil, v.chart.content, v.info)}
		v.detailsBtn.SetText("Ẩn thông tin đợt")
		v.detailsBtn.SetIcon(theme.MenuDropUpIcon())
	} else {
		v.details.Objects = []fyne.CanvasObject{v.infoLine}
		v.detailsBtn.SetText("Hiện thông tin đợt")
		v.detailsBtn.SetIcon(theme.MenuDropDownIcon())
	}
	if v.list != nil {
		v.list.Refresh() // the head's height and the button's width change
	}
}

// toggleDetails hides the details shown or shows them hidden, and
// remembers the choice.
func (v *view) toggleDetails() {
	p := fyne.CurrentApp().Preferences()
	on := !p.BoolWithFallback(prefDetails, false)
	p.SetBool(prefDetails, on)
	v.showDetails(on)
}
