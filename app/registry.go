package app

import (
	"context"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
)

// sampleData is a set of sample data the welcome screen offers to load.
type sampleData struct {
	order int
	title string // the button's text
	load  func(ctx context.Context, st *data.Store, p Progress) error
}

var samples []sampleData

// registerSample adds a sample to the welcome screen (call from init).
func registerSample(order int, title string, load func(ctx context.Context, st *data.Store, p Progress) error) {
	samples = append(samples, sampleData{order, title, load})
	sort.SliceStable(samples, func(i, j int) bool { return samples[i].order < samples[j].order })
}

// report is a document the Báo cáo screen offers to produce.
type report struct {
	order int
	title string
	what  string
	run   func(s *Shell)
}

var reportList []report

// registerReport adds a report to the Báo cáo screen (call from init).
func registerReport(order int, title, what string, run func(s *Shell)) {
	reportList = append(reportList, report{order, title, what, run})
	sort.SliceStable(reportList, func(i, j int) bool { return reportList[i].order < reportList[j].order })
}

// reportsScreen lists the reports tdkt can produce, each with its button.
func reportsScreen(s *Shell) fyne.CanvasObject {
	if len(reportList) == 0 {
		return notYet("Báo cáo", "Xuất biểu tổng hợp gửi cấp trên.")(s)
	}
	box := container.NewVBox()
	for _, r := range reportList {
		r := r
		what := widget.NewLabel(r.what)
		what.Wrapping = fyne.TextWrapWord
		box.Add(widget.NewCard(r.title, "", container.NewVBox(what,
			container.NewHBox(widget.NewButton("Xuất…", func() { r.run(s) })))))
	}
	return screen("Báo cáo", nil, container.NewVScroll(box))
}
