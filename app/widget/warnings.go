package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tdkt/data/problem"
)

// ShowWarnings shows what an import that succeeded warns of (by sheet,
// row and column, one a line, in a list that scrolls) under head, which
// says that the data was written all the same. Nothing is shown when
// there is no warning.
func ShowWarnings(w fyne.Window, title, head string, ws []problem.Problem) {
	if len(ws) == 0 {
		return
	}
	lines := make([]string, len(ws))
	for i, p := range ws {
		lines[i] = p.String()
	}
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { return Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	for i, l := range lines {
		list.SetItemHeight(i, float32(28*(1+len([]rune(l))/110)))
	}
	d := dialog.NewCustom(title, "Đóng", container.NewBorder(Wrapped(head), nil, nil, nil, list), w)
	d.Resize(fyne.NewSize(1000, 420))
	d.Show()
}
