package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Screen lays out a screen: its title, an optional toolbar with its main
// actions, then the content.
func Screen(title string, toolbar fyne.CanvasObject, content fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	top := container.NewVBox(head)
	if toolbar != nil {
		top.Add(toolbar)
	}
	top.Add(widget.NewSeparator())
	return container.NewBorder(top, nil, nil, nil, content)
}

// Wrapped is a label whose text wraps at word boundaries.
func Wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// Bold is a label in bold.
func Bold(text string) *widget.Label {
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}
