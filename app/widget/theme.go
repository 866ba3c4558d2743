package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// officeTheme is Fyne's default look, always light (screens are read on
// office PCs and printed from), with text a size larger than the default
// so it reads at arm's length.
type officeTheme struct{ base fyne.Theme }

// Theme returns the look of every screen, on every platform. The shell
// sets it on the app; section tests set it too, so that their pictures
// look like the window.
func Theme() fyne.Theme { return officeTheme{base: theme.DefaultTheme()} }

// Color is the light variant's, whatever the system asks for.
func (t officeTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.base.Color(n, theme.VariantLight)
}

// Font is Fyne's.
func (t officeTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon is Fyne's.
func (t officeTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size makes text a size larger than Fyne's.
func (t officeTheme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameText:
		return 15
	case theme.SizeNameSubHeadingText:
		return 19
	case theme.SizeNameHeadingText:
		return 24
	}
	return t.base.Size(n)
}
