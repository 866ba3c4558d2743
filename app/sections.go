package app

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"tdkt/app/awards"
	"tdkt/app/decisions"
	"tdkt/app/elections"
	"tdkt/app/settings"
	"tdkt/app/units"
	tw "tdkt/app/widget"
	"tdkt/data"
)

// section is one entry of the left navigation.
type section struct {
	title string
	icon  fyne.Resource
	build func(*Shell) fyne.CanvasObject
}

// Section indexes in the navigation.
const (
	SecUnits = iota
	SecElections
	SecAwards
	SecDecisions
	SecReports
	SecSettings
)

// sections are the navigation's entries, in the order of the Sec*
// indexes; each section's screen gets the shell as its Host.
func sections() []section {
	return []section{
		SecUnits:     {"Đơn vị hành chính", theme.HomeIcon(), func(s *Shell) fyne.CanvasObject { return units.Screen(s) }},
		SecElections: {"Bầu cử", theme.DocumentIcon(), func(s *Shell) fyne.CanvasObject { return elections.Screen(s) }},
		SecAwards:    {"Thi đua – Khen thưởng", theme.ListIcon(), func(s *Shell) fyne.CanvasObject { return awards.Screen(s) }},
		SecDecisions: {"Quyết định", theme.FileTextIcon(), func(s *Shell) fyne.CanvasObject { return decisions.Screen(s) }},
		SecReports:   {"Báo cáo", theme.DocumentPrintIcon(), reportsScreen},
		SecSettings:  {"Cài đặt", theme.SettingsIcon(), func(s *Shell) fyne.CanvasObject { return settings.Screen(s) }},
	}
}

// sample is a set of sample data the welcome screen and the Tệp menu
// offer to load.
type sample struct {
	title string // the button's text
	menu  string // the menu item's text
	load  func(ctx context.Context, st *data.Store, p tw.Progress) error
	shows int // the section that shows it, opened once it is loaded
}

// samples are the sample data, in the order shown.
var samples = []sample{
	{"Tải dữ liệu mẫu: bầu cử xã Thiệu Ngọc (Thanh Hóa, 2021)", "Bầu cử xã Thiệu Ngọc (Thanh Hóa, 2021)", elections.LoadSample, SecElections},
	{"Tải dữ liệu mẫu: thi đua bầu cử tỉnh Bắc Kạn (2021)", "Thi đua bầu cử tỉnh Bắc Kạn (2021)", awards.LoadSample, SecAwards},
}

// report is a document the Báo cáo screen offers to produce.
type report struct {
	title string
	what  string
	run   func(s *Shell)
}

// reports are the Báo cáo screen's documents, in the order shown.
var reports = []report{
	{
		title: "Biểu tổng hợp kết quả bầu cử",
		what: "Kết quả bầu cử của một đơn vị gửi cấp trên: mỗi đơn vị trực thuộc một dòng, mỗi cấp bầu cử một nhóm cột (tổng số cử tri, " +
			"số cử tri đi bầu, tỷ lệ, số đại biểu được bầu, số người trúng cử, còn thiếu), dòng tổng cộng và một sheet cho mỗi cấp. " +
			"Xuất cho tỉnh có dữ liệu của cuộc bầu cử gần nhất; muốn chọn đơn vị khác, dùng tab Tổng hợp của màn hình Bầu cử.",
		run: func(s *Shell) { elections.ExportLatestSummary(s) },
	},
	{
		title: "Danh sách đề nghị khen thưởng",
		what: "Danh sách đề nghị của một đợt thi đua như đơn vị gửi lên cấp trên: I. Tập thể, II. Cá nhân (xếp theo tên), hình thức, số tiền thưởng, " +
			"tổng cộng; kèm sheet thống kê số lượng và số tiền theo hình thức khen thưởng và đơn vị đề nghị.",
		run: func(s *Shell) { awards.ExportNominations(s) },
	},
}
