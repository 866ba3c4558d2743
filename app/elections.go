package app

import (
	"context"
	"fmt"
	"time"

	"tdkt/data/election"
	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/sample"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
)

func init() {
	registerSample(10, "Tải dữ liệu mẫu: bầu cử xã Thiệu Ngọc (Thanh Hóa, 2021)", func(ctx context.Context, st *data.Store, p Progress) error {
		p(-1, "Đang tạo cây đơn vị hành chính tỉnh Thanh Hóa và nhập kết quả bầu cử xã Thiệu Ngọc…")
		_, err := sample.LoadThieuNgoc(ctx, st)
		return err
	})
	registerReport(10, "Biểu tổng hợp kết quả bầu cử",
		"Kết quả bầu cử của một đơn vị gửi cấp trên: mỗi đơn vị trực thuộc một dòng, mỗi cấp bầu cử một nhóm cột (tổng số cử tri, "+
			"số cử tri đi bầu, tỷ lệ, số đại biểu được bầu, số người trúng cử, còn thiếu), dòng tổng cộng và một sheet cho mỗi cấp. "+
			"Xuất cho tỉnh có dữ liệu của cuộc bầu cử gần nhất; muốn chọn đơn vị khác, dùng tab Tổng hợp của màn hình Bầu cử.",
		func(s *Shell) {
			e, err := s.Store.LatestElection(s.ctx)
			if err != nil {
				s.ShowError(fmt.Errorf("%w: hãy nhập bảng tính bầu cử hoặc tải dữ liệu mẫu trước", err))
				return
			}
			exportSummary(s, e, -1)
		})
}

// electionView is the Bầu cử screen: the election chosen, its
// constituencies and candidates, polling areas and tallies, the results
// under the law and the summary per unit.
type electionView struct {
	s         *Shell
	elections []data.Election
	cur       data.Election
	picker    *widget.Select
	body      *fyne.Container
	tabs      *container.AppTabs
	res       *data.Results // the results of cur, recomputed after each change
	root      fyne.CanvasObject

	consts  *constituencyTab
	areas   *areaTab
	results *resultsTab
	summary *summaryTab
}

// electionsScreen is the Bầu cử section.
func electionsScreen(s *Shell) fyne.CanvasObject { return newElectionView(s).root }

// newElectionView builds the section's screen (root) over the store.
func newElectionView(s *Shell) *electionView {
	v := &electionView{s: s}
	v.picker = widget.NewSelect(nil, func(name string) {
		for _, e := range v.elections {
			if e.Name == name && e.ID != v.cur.ID {
				v.open(e)
			}
		}
	})
	v.picker.PlaceHolder = "Chọn cuộc bầu cử…"
	newBtn := widget.NewButtonWithIcon("Cuộc bầu cử mới…", theme.ContentAddIcon(), func() { v.editElection(data.Election{}) })
	editBtn := widget.NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), func() {
		if v.cur.ID != 0 {
			v.editElection(v.cur)
		}
	})
	importBtn := widget.NewButtonWithIcon("Nhập bảng tính…", theme.UploadIcon(), v.importWorkbook)
	exportBtn := widget.NewButtonWithIcon("Xuất biểu tổng hợp…", theme.DownloadIcon(), func() {
		if v.cur.ID != 0 {
			exportSummary(v.s, v.cur, v.summaryUnit())
		}
	})
	templateBtn := widget.NewButtonWithIcon("Tải mẫu bảng tính…", theme.FileIcon(), v.saveTemplate)
	toolbar := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel("Cuộc bầu cử:"), nil, v.picker),
		container.NewHBox(newBtn, editBtn, widget.NewSeparator(), importBtn, exportBtn, templateBtn))

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
	s.OnKey("print", func() {
		if v.cur.ID != 0 {
			exportSummary(v.s, v.cur, v.summaryUnit())
		}
	})
	v.root = screen("Bầu cử", toolbar, v.body)
	v.reload(0)
	return v
}

// keys binds Ctrl+N and Ctrl+F to the tab shown.
func (v *electionView) keys() {
	switch v.tabs.SelectedIndex() {
	case 0:
		v.s.OnKey("new", v.consts.addConstituency)
		v.s.OnKey("find", func() { v.s.Win.Canvas().Focus(v.consts.search) })
	case 1:
		v.s.OnKey("new", v.areas.add)
		v.s.OnKey("find", func() { v.s.Win.Canvas().Focus(v.areas.search) })
	default:
		v.s.OnKey("new", nil)
		v.s.OnKey("find", nil)
	}
	v.status()
}

// reload reads the elections and opens the one with id (0: the latest,
// or the one open).
func (v *electionView) reload(id int64) {
	es, err := v.s.Store.Elections(v.s.ctx)
	if err != nil {
		v.s.ShowError(err)
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
		v.s.SetStatus("Chưa có cuộc bầu cử nào")
		return
	}
	pick := es[0]
	for _, e := range es {
		if e.ID == id {
			pick = e
		}
	}
	v.open(pick)
}

// open shows an election.
func (v *electionView) open(e data.Election) {
	v.cur = e
	v.picker.SetSelected(e.Name)
	v.body.Objects = []fyne.CanvasObject{v.tabs}
	v.body.Refresh()
	v.refresh()
}

// refresh recomputes the results and redraws every tab after a change.
func (v *electionView) refresh() {
	if v.cur.ID == 0 {
		return
	}
	res, err := v.s.Store.Results(v.s.ctx, v.cur.ID)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	v.res = res
	v.consts.load()
	v.areas.load()
	v.results.load()
	v.summary.load()
	v.keys()
}

// status writes what the screen shows to the status line.
func (v *electionView) status() {
	if v.cur.ID == 0 {
		return
	}
	var msg string
	switch v.tabs.SelectedIndex() {
	case 0:
		msg = v.consts.table.count("đơn vị bầu cử")
	case 1:
		msg = v.areas.table.count("khu vực bỏ phiếu")
	case 2:
		msg = v.results.table.count("đơn vị bầu cử")
	case 3:
		msg = v.summary.table.count("dòng")
	}
	v.s.SetStatus(fmt.Sprintf("%s – ngày bầu cử %s · %s", v.cur.Name, vn.DMY(v.cur.PollingDay), msg))
}

// empty is the screen before any election exists: what to do next.
func (v *electionView) empty() fyne.CanvasObject {
	msg := wrapped("Chưa có cuộc bầu cử nào.\n\n" +
		"• Tạo cuộc bầu cử mới rồi thêm đơn vị bầu cử, người ứng cử và khu vực bỏ phiếu; hoặc\n" +
		"• Nhập bảng tính bầu cử (tải mẫu bảng tính, điền rồi nhập); hoặc\n" +
		"• Xem thử với dữ liệu mẫu bầu cử xã Thiệu Ngọc năm 2021.")
	sampleBtn := widget.NewButton("Tải dữ liệu mẫu Thiệu Ngọc", func() {
		for _, sm := range samples {
			if sm.order == 10 {
				runLong(v.s.Win, "Tải dữ liệu mẫu", func(ctx context.Context, p Progress) error {
					return sm.load(ctx, v.s.Store, p)
				}, func(err error) {
					if err != nil {
						v.s.ShowError(err)
						return
					}
					v.reload(0)
				})
			}
		}
	})
	newBtn := widget.NewButtonWithIcon("Cuộc bầu cử mới…", theme.ContentAddIcon(), func() { v.editElection(data.Election{}) })
	newBtn.Importance = widget.HighImportance
	importBtn := widget.NewButtonWithIcon("Nhập bảng tính…", theme.UploadIcon(), v.importWorkbook)
	return container.NewPadded(container.NewVBox(msg, container.NewHBox(newBtn, importBtn, sampleBtn)))
}

// editElection adds (ID 0) or changes an election.
func (v *electionView) editElection(e data.Election) {
	name := newFormEntry("Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031")
	name.SetText(e.Name)
	day := newFormEntry("dd/mm/yyyy")
	if !e.PollingDay.IsZero() {
		day.SetText(vn.DMY(e.PollingDay))
	}
	title, action := "Cuộc bầu cử mới", "Tạo"
	if e.ID != 0 {
		title, action = "Sửa cuộc bầu cử", "Lưu"
	}
	d := newEditDialog(v.s.Win, title, action, []formField{
		{field: election.FieldName, label: "Tên cuộc bầu cử *", widget: name, required: true},
		{field: election.FieldDay, label: "Ngày bầu cử *", widget: day, required: true,
			hint: "Trước 01/7/2025: bốn cấp (QH, HĐND tỉnh, huyện, xã); từ 01/7/2025: ba cấp, không có HĐND huyện"},
	}, func() error {
		t, err := vn.ParseDate(day.Text)
		if err != nil {
			return &problem.Problem{Field: election.FieldDay, Rule: problem.Day, Message: err.Error()}
		}
		e.Name, e.PollingDay = name.Text, t
		saved, err := v.s.Store.SaveElection(v.s.ctx, e)
		if err == nil {
			e = saved
		}
		return err
	}, func() {
		v.reload(e.ID)
		v.s.SetStatus("Đã lưu cuộc bầu cử " + e.Name)
	})
	d.show(760, name)
}

// summaryUnit is the unit the Tổng hợp tab shows (-1: the default root).
func (v *electionView) summaryUnit() int64 {
	if v.summary.unit < 0 {
		return -1
	}
	return v.summary.unit
}

// exportSummary saves "Biểu tổng hợp kết quả bầu cử" of an election for a
// unit (-1: the root of its data) in the background.
func exportSummary(s *Shell, e data.Election, unit int64) {
	s.saveFile("Xuất biểu tổng hợp kết quả bầu cử", "Biểu tổng hợp kết quả bầu cử.xlsx", ".xlsx", func(path string) error {
		runLong(s.Win, "Xuất biểu tổng hợp kết quả bầu cử", func(ctx context.Context, p Progress) error {
			p(-1, "Đang tính kết quả và ghi "+path+"…")
			return writeSummary(ctx, s.Store, e, unit, path)
		}, func(err error) {
			if err != nil {
				s.ShowError(err)
				return
			}
			s.SetStatus("Đã xuất biểu tổng hợp kết quả bầu cử: " + path)
		})
		return nil
	})
}

// writeSummary computes the results and writes the summary workbook.
func writeSummary(ctx context.Context, st *data.Store, e data.Election, unit int64, path string) error {
	_, err := electiondocs.ExportSummary(ctx, st, e.ID, unit, path, time.Now())
	return err
}
