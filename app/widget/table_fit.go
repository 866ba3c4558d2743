package widget

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textFit shortens texts with an ellipsis to fit a column, remembering
// its answers: a table scrolled through 100.000 rows shows the same texts
// (forms, statuses, units) again and again.
type textFit struct {
	fitted map[fitKey]string
}

type fitKey struct {
	text  string
	width float32
}

func newTextFit() *textFit { return &textFit{fitted: map[fitKey]string{}} }

// shorten is text, or its longest start that fits width with "…".
func (f *textFit) shorten(text string, width float32) string {
	if text == "" {
		return text
	}
	k := fitKey{text, width}
	if out, ok := f.fitted[k]; ok {
		return out
	}
	th := fyne.CurrentApp().Settings().Theme()
	size := th.Size(theme.SizeNameText)
	room := width - 2*th.Size(theme.SizeNameInnerPadding) - 2
	measure := func(s string) float32 { return fyne.MeasureText(s, size, fyne.TextStyle{}).Width }
	out := text
	if measure(text) > room {
		runes := []rune(text)
		lo, hi := 0, len(runes) // the longest prefix that fits with "…" is in [lo, hi)
		for lo < hi-1 {
			mid := (lo + hi) / 2
			if measure(string(runes[:mid])+"…") <= room {
				lo = mid
			} else {
				hi = mid
			}
		}
		out = strings.TrimRight(string(runes[:lo]), " ,") + "…"
	}
	if len(f.fitted) > 20_000 {
		f.fitted = map[fitKey]string{}
	}
	f.fitted[k] = out
	return out
}
