package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data/vn"
)

// ShowFatal opens a small window that explains why tdkt cannot start (the
// database is open in another window, from a newer version, read-only,
// unreadable, ...) and quits when closed.
func ShowFatal(a fyne.App, err error) {
	a.Settings().SetTheme(Theme())
	w := a.NewWindow(Title)
	head := widget.NewLabelWithStyle("tdkt không mở được cơ sở dữ liệu", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	msg := widget.NewLabel(vn.UpperFirst(err.Error()))
	msg.Wrapping = fyne.TextWrapWord
	ok := widget.NewButton("Đóng", a.Quit)
	ok.Importance = widget.HighImportance
	w.SetContent(container.NewPadded(container.NewBorder(
		container.NewHBox(widget.NewIcon(theme.WarningIcon()), head), container.NewHBox(layout.NewSpacer(), ok), nil, nil, msg)))
	w.Resize(fyne.NewSize(560, 220))
	w.ShowAndRun()
}
