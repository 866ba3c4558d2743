package widget

import (
	"os"
	"strconv"

	"fyne.io/fyne/v2"
)

// Scales are the sizes of everything on screen the user may choose in
// Cài đặt → Hiển thị, for eyes that need more than the designed size.
var Scales = []struct {
	Name  string
	Scale float32
}{{"100 %", 1}, {"110 %", 1.1}, {"125 %", 1.25}, {"150 %", 1.5}}

// ScaleKey is the preference that keeps the size chosen.
const ScaleKey = "tdkt:scale"

// scaleEnv is where Fyne reads the user's scale, multiplied by the
// system's (Windows display scaling), each time the window rescales.
const scaleEnv = "FYNE_SCALE"

// ApplyScale makes Fyne draw everything f times its designed size (1:
// as designed), on top of the system's own scaling: text, widgets and
// the widths of columns alike, since Fyne scales its whole canvas. It
// takes effect when the app's settings change next (SetTheme does) or a
// window first shows.
func ApplyScale(f float32) {
	if f < 0.5 || f > 3 {
		f = 1
	}
	os.Setenv(scaleEnv, strconv.FormatFloat(float64(f), 'f', -1, 32))
}

// StartScale applies the size kept in the preferences at start, unless
// the user's FYNE_SCALE asks for another.
func StartScale(a fyne.App) {
	if os.Getenv(scaleEnv) != "" {
		return
	}
	if f := a.Preferences().FloatWithFallback(ScaleKey, 1); f != 1 {
		ApplyScale(float32(f))
	}
}
