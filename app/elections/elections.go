// Package elections is the Bầu cử section: the election chosen, its
// constituencies and candidates, polling areas and tallies, the results
// under the law and the summary a unit sends up.
package elections

import (
	"context"
	"fmt"
	"strings"

	"tdkt/data/election"
	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// Host is what the election screen needs of the window around it.
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

// view is the screen's state.
type view struct {
	h         Host
	ctx       context.Context
	elections []data.Election
	cur       data.Election
	picker    *widget.Select
	lockBtn   *widget.Button
	body      *fyne.Container
	tabs      *container.AppTabs
	res       *data.Results // the results of cur, recomputed after each change
	loads     tw.Latest     // recomputing res off the UI goroutine
	root      fyne.CanvasObject

	consts  *constituencyTab
	areas   *areaTab
	results *resultsTab
	summary *summaryTab
}

// Screen is the Bầu cử section over h's store.
func Screen(h Host) fyne.CanvasObject { return newView(h).root }

// newView builds the section's screen (root) over the store.
func newView(h Host) *view {
	v := &view{h: h, ctx: context.Background()}
	v.picker = widget.NewSelect(nil, func(name string) {
		for _, e := range v.elections {
			if e.Name == name && e.ID != v.cur.ID {
				v.open(e, nil)
			}
		}
	})
	v.picker.PlaceHolder = "Chọn cuộc bầu cử…"
	// One row above the tabs: the screen's title, the election chosen
	// and what is done with elections, in short words beside their icons.
	newBtn := widget.NewButtonWithIcon("Mới…", theme.ContentAddIcon(), func() { v.editElection(data.Election{}) })
	editBtn := widget.NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), func() {
		if v.cur.ID != 0 {
			v.editElection(v.cur)
		}
	})
	importBtn := widget.NewButtonWithIcon("Nhập bảng tính…", theme.UploadIcon(), v.importWorkbook)
	var exportBtn *widget.Button
	exportBtn = widget.NewButtonWithIcon("Xuất…", theme.MenuDropDownIcon(), func() {
		if v.cur.ID == 0 {
			return
		}
		e := v.cur
		menu := fyne.NewMenu("",
			fyne.NewMenuItem("Biểu tổng hợp kết quả bầu cử (Excel, Ctrl+P)…", func() { exportSummary(h, e, v.summary.unit) }),
			fyne.NewMenuItem("Biên bản xác định kết quả bầu cử ở đơn vị bầu cử (PDF)…", func() { exportMinutes(h, e) }),
			fyne.NewMenuItem("Biểu thống kê kết quả bầu cử (Excel)…", func() { exportStatistics(h, e) }))
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(exportBtn)
		widget.ShowPopUpMenuAtPosition(menu, h.Window().Canvas(), pos.Add(fyne.NewPos(0, exportBtn.Size().Height)))
	})
	v.lockBtn = widget.NewButtonWithIcon("Xác nhận kết quả…", theme.ConfirmIcon(), v.lock)
	templateBtn := widget.NewButtonWithIcon("Mẫu…", theme.FileIcon(), v.saveTemplate)
	title := tw.Bold("Bầu cử")
	title.SizeName = theme.SizeNameSubHeadingText
	header := container.NewBorder(nil, nil, title,
		container.NewHBox(newBtn, editBtn, widget.NewSeparator(), importBtn, exportBtn, templateBtn, widget.NewSeparator(), v.lockBtn), v.picker)

	v.consts = newConstituencyTab(v)
	v.areas = newAreaTab(v)
	v.results = newResultsTab(v)
	v.summary = newSummaryTab(v)
	v.tabs = container.NewAppTabs(
		container.NewTabItem("Đơn vị bầu cử, người ứng cử", v.consts.content),
		container.NewTabItem("Khu vực bỏ phiếu, kiểm phiếu", v.areas.content),
		container.NewTabItem("Kết quả", v.results.content),
		container.NewTabItem("Tổng hợp", v.summary.content),
	)
	v.tabs.OnSelected = func(*container.TabItem) { v.keys() }
	v.body = container.NewStack()
	h.OnKey("print", func() {
		if v.cur.ID != 0 {
			exportSummary(h, v.cur, v.summary.unit)
		}
	})
	v.root = container.NewBorder(header, nil, nil, nil, v.body)
	v.reload(0, nil)
	return v
}

// keys binds Ctrl+N and Ctrl+F to the tab shown.
func (v *view) keys() {
	switch v.tabs.SelectedIndex() {
	case 0:
		v.h.OnKey("new", v.consts.addConstituency)
		v.h.OnKey("find", func() { v.h.Window().Canvas().Focus(v.consts.search) })
	case 1:
		v.h.OnKey("new", v.areas.add)
		v.h.OnKey("find", func() { v.h.Window().Canvas().Focus(v.areas.search) })
	default:
		v.h.OnKey("new", nil)
		v.h.OnKey("find", nil)
	}
	v.status()
}

// reload reads the elections and opens the one with id (0: the latest,
// or the one open); after (may be nil) runs once it is shown.
func (v *view) reload(id int64, after func()) {
	es, err := v.h.Store().Elections(v.ctx)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
		return
	}
	v.elections = es
	names := make([]string, len(es))
	for i, e := range es {
		names[i] = e.Name
	}
	v.picker.SetOptions(names)
	if id == 0 {
		id = v.cur.ID
	}
	if len(es) == 0 {
		v.cur = data.Election{}
		v.body.Objects = []fyne.CanvasObject{v.empty()}
		v.body.Refresh()
		v.h.SetStatus("Chưa có cuộc bầu cử nào")
		return
	}
	pick := es[0]
	for _, e := range es {
		if e.ID == id {
			pick = e
		}
	}
	v.open(pick, after)
}

// open shows an election; after (may be nil) runs once it is shown.
func (v *view) open(e data.Election, after func()) {
	v.cur = e
	v.picker.SetSelected(e.Name)
	if e.Locked() {
		v.lockBtn.SetText("Đã xác nhận kết quả")
		v.lockBtn.Disable()
	} else {
		v.lockBtn.SetText("Xác nhận kết quả…")
		v.lockBtn.Enable()
	}
	v.body.Objects = []fyne.CanvasObject{v.tabs}
	v.body.Refresh()
	v.refresh(after)
}

// loaded is what every tab shows of an election, read off the UI goroutine.
type loaded struct {
	res   *data.Results
	areas []data.PollingArea
	sum   summaryData
}

// refresh recomputes the results of the election shown and what every
// tab lists, off the UI goroutine, then redraws the tabs and runs after
// (may be nil); the answer to an older refresh is dropped.
func (v *view) refresh(after func()) {
	if v.cur.ID == 0 {
		return
	}
	st, e, unit := v.h.Store(), v.cur, v.summary.unit
	v.loads.Run(func() func() {
		var d loaded
		res, err := st.Results(v.ctx, e.ID)
		if err == nil {
			d.res = res
			d.areas, err = st.PollingAreas(v.ctx, e.ID, 0)
		}
		if err == nil {
			d.sum, err = readSummary(v.ctx, st, res, unit)
		}
		return func() {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.res = d.res
			v.consts.load()
			v.areas.show(d.areas)
			v.results.load()
			if v.summary.unit == unit {
				v.summary.show(d.sum)
			} else {
				v.summary.load() // the user went to another unit meanwhile
			}
			v.keys()
			if after != nil {
				after()
			}
		}
	})
}

// status writes what the screen shows to the status line.
func (v *view) status() {
	if v.cur.ID == 0 {
		return
	}
	var msg string
	switch v.tabs.SelectedIndex() {
	case 0:
		msg = v.consts.table.Count("đơn vị bầu cử")
	case 1:
		msg = v.areas.count()
	case 2:
		msg = v.results.table.Count("đơn vị bầu cử")
	case 3:
		msg = v.summary.table.Count("dòng")
	}
	if v.cur.Locked() {
		msg += " · đã xác nhận kết quả, chỉ xem"
	}
	v.h.SetStatus(fmt.Sprintf("%s – ngày bầu cử %s · %s", v.cur.Name, vn.DMY(v.cur.PollingDay), msg))
}

// empty is the screen before any election exists: what to do next.
func (v *view) empty() fyne.CanvasObject {
	msg := tw.Wrapped("Chưa có cuộc bầu cử nào.\n\n" +
		"• Tạo cuộc bầu cử mới rồi thêm đơn vị bầu cử, người ứng cử và khu vực bỏ phiếu; hoặc\n" +
		"• Nhập bảng tính bầu cử (tải mẫu bảng tính, điền rồi nhập); hoặc\n" +
		"• Xem thử với dữ liệu mẫu bầu cử xã Thiệu Ngọc năm 2021.")
	sampleBtn := widget.NewButton("Tải dữ liệu mẫu Thiệu Ngọc", func() {
		st := v.h.Store()
		tw.RunLong(v.h.Window(), "Tải dữ liệu mẫu", func(ctx context.Context, p tw.Progress) error {
			return LoadSample(ctx, st, p)
		}, func(err error) {
			if err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			v.reload(0, nil)
		})
	})
	newBtn := widget.NewButtonWithIcon("Cuộc bầu cử mới…", theme.ContentAddIcon(), func() { v.editElection(data.Election{}) })
	newBtn.Importance = widget.HighImportance
	importBtn := widget.NewButtonWithIcon("Nhập bảng tính…", theme.UploadIcon(), v.importWorkbook)
	return container.NewPadded(container.NewVBox(msg, container.NewHBox(newBtn, importBtn, sampleBtn)))
}

// editElection adds (ID 0) or changes an election.
func (v *view) editElection(e data.Election) {
	name := tw.NewFormEntry("Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031")
	name.SetText(e.Name)
	day := tw.NewFormEntry("dd/mm/yyyy")
	if !e.PollingDay.IsZero() {
		day.SetText(vn.DMY(e.PollingDay))
	}
	labels := make([]string, len(election.Races))
	byLabel := map[string]election.Race{}
	for i, r := range election.Races {
		labels[i] = r.Label()
		byLabel[labels[i]] = r
	}
	races := widget.NewCheckGroup(labels, nil)
	races.Horizontal = true
	for _, r := range e.Races {
		races.Selected = append(races.Selected, r.Label())
	}
	title, action := "Cuộc bầu cử mới", "Tạo"
	if e.ID != 0 {
		title, action = "Sửa cuộc bầu cử", "Lưu"
	}
	d := tw.NewEditDialog(v.h.Window(), title, action, []tw.Field{
		{Name: election.FieldName, Label: "Tên cuộc bầu cử *", Widget: name, Required: true},
		{Name: election.FieldDay, Label: "Ngày bầu cử *", Widget: day, Required: true,
			Hint: "Trước 01/7/2025: bốn cấp (QH, HĐND tỉnh, huyện, xã); từ 01/7/2025: ba cấp, không có HĐND huyện"},
		{Name: election.FieldRace, Label: "Các cấp bầu cử", Widget: races,
			Hint: "Không chọn cấp nào: mọi cấp của ngày bầu cử. Bầu cử bổ sung hoặc chỉ bầu HĐND xã: chỉ chọn các cấp được bầu"},
	}, func() error {
		t, err := vn.ParseDate(day.Text)
		if err != nil {
			return &problem.Problem{Field: election.FieldDay, Rule: problem.Day, Message: err.Error()}
		}
		var chosen []election.Race
		for _, r := range election.Races {
			for _, l := range races.Selected {
				if byLabel[l] == r {
					chosen = append(chosen, r)
				}
			}
		}
		e.Name, e.PollingDay, e.Races = name.Text, t, chosen
		saved, err := v.h.Store().SaveElection(v.ctx, e)
		if err != nil {
			return err
		}
		if len(chosen) > 0 && e.ID != 0 {
			if saved, err = v.h.Store().SetElectionRaces(v.ctx, saved.ID, chosen); err != nil {
				return err
			}
		}
		e = saved
		return nil
	}, func() {
		v.reload(e.ID, func() { v.h.SetStatus("Đã lưu cuộc bầu cử " + e.Name) })
	})
	was := [3]string{name.Text, day.Text, strings.Join(races.Selected, "|")}
	d.AskBeforeCancel(func() bool { return [3]string{name.Text, day.Text, strings.Join(races.Selected, "|")} != was })
	if e.Locked() {
		d.ReadOnly(lockedReason(e))
	}
	d.Show(fyne.NewSize(820, 0), name)
}
