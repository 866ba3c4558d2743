package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
)

// reportsScreen lists the reports tdkt can produce, each with its button.
func reportsScreen(s *Shell) fyne.CanvasObject {
	box := container.NewVBox()
	for _, r := range reports {
		r := r
		box.Add(widget.NewCard(r.title, "", container.NewVBox(tw.Wrapped(r.what),
			container.NewHBox(widget.NewButton("Xuất…", func() { r.run(s) })))))
	}
	return tw.Screen("Báo cáo", nil, container.NewVScroll(box))
}
