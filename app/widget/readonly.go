package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// ReadOnly shows a record that can no longer change (an issued decision,
// an awarded nomination) with its disabled fields drawn as dark as normal
// text, not in the pale grey of a disabled control: it is meant to be
// read. Put the reason it cannot change above it.
func ReadOnly(o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(o, readOnlyTheme{Theme()})
}

type readOnlyTheme struct{ fyne.Theme }

func (t readOnlyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		return t.Theme.Color(theme.ColorNameForeground, v)
	}
	return t.Theme.Color(n, v)
}
