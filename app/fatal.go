package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// ShowFatal opens a small window that explains why tdkt cannot start (the
// database is from a newer version, locked, unreadable, ...) and quits
// when closed.
func ShowFatal(a fyne.App, err error) {
	a.Settings().SetTheme(Theme())
	w := a.NewWindow(Title)
	msg := widget.NewLabel("tdkt không mở được cơ sở dữ liệu:\n\n" + err.Error())
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, container.NewHBox(widget.NewButton("Đóng", a.Quit)), nil, nil, msg))
	w.Resize(fyne.NewSize(560, 220))
	w.ShowAndRun()
}
