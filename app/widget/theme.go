package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// officeTheme is Fyne's default look, always light (screens are read on
// office PCs and printed from), with text a size larger than the default
// so it reads at arm's length.
type officeTheme struct {
	base  fyne.Theme
	scale float32
}

// scale is the size of everything on screen, 1 as designed; the user
// sets it in Cài đặt → Hiển thị (ScaleKey), for eyes that need more.
var scale float32 = 1

// Scales are the sizes offered, as the user reads them.
var Scales = []struct {
	Name  string
	Scale float32
}{{"100 %", 1}, {"110 %", 1.1}, {"125 %", 1.25}, {"150 %", 1.5}}

// ScaleKey is the preference that keeps the size chosen.
const ScaleKey = "tdkt:scale"

// SetScale sets the size of everything on screen (1: as designed, 1.25:
// a quarter larger) for the themes Theme returns from then on.
func SetScale(f float32) {
	if f < 0.5 || f > 3 {
		f = 1
	}
	scale = f
}

// Theme returns the look of every screen, on every platform. The shell
// sets it on the app; section tests set it too, so that their pictures
// look like the window.
func Theme() fyne.Theme { return officeTheme{base: theme.DefaultTheme(), scale: scale} }

// Color is the light variant's, whatever the system asks for.
func (t officeTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.base.Color(n, theme.VariantLight)
}

// Font is Fyne's.
func (t officeTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base.Font(s) }

// Icon is Fyne's.
func (t officeTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }

// Size makes text a size larger than Fyne's, and everything the scale
// the user chose.
func (t officeTheme) Size(n fyne.ThemeSizeName) float32 {
	var s float32
	switch n {
	case theme.SizeNameText:
		s = 15
	case theme.SizeNameSubHeadingText:
		s = 19
	case theme.SizeNameHeadingText:
		s = 24
	default:
		s = t.base.Size(n)
	}
	if t.scale > 0 {
		s *= t.scale
	}
	return s
}
