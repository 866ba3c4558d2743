package elections

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// whenSized holds o and calls f once, the first time o is laid out with
// a size. A Fyne table selected (and so scrolled to its selection) before
// it has a size keeps a scroll offset computed for no room at all: it
// opens scrolled sideways and without its first rows. Tables of hidden
// tabs select their first row from here instead.
func whenSized(o fyne.CanvasObject, f func()) fyne.CanvasObject {
	return container.New(&sizedOnce{f: f}, o)
}

type sizedOnce struct {
	f    func()
	done bool
}

func (l *sizedOnce) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *sizedOnce) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if !l.done && size.Width > 0 && size.Height > 0 {
		l.done = true
		l.f()
	}
}

// rememberedSplit is a split whose position the user sets by dragging
// and finds again at the next start (fyne Preferences under key); def is
// its position the first time.
func rememberedSplit(key string, horizontal bool, leading, trailing fyne.CanvasObject, def float64) *container.Split {
	prefs := fyne.CurrentApp().Preferences()
	w := &offsetWatch{key: key}
	var s *container.Split
	if horizontal {
		s = container.NewHSplit(container.New(w, leading), trailing)
	} else {
		s = container.NewVSplit(container.New(w, leading), trailing)
	}
	s.Offset = prefs.FloatWithFallback(key, def)
	w.split, w.saved = s, s.Offset
	return s
}

// offsetWatch lays out a split's leading side and writes the split's
// position to the preferences when the user has moved it.
type offsetWatch struct {
	key   string
	split *container.Split
	saved float64
}

func (l *offsetWatch) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *offsetWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if l.split != nil && l.split.Offset != l.saved {
		l.saved = l.split.Offset
		fyne.CurrentApp().Preferences().SetFloat(l.key, l.saved)
	}
}

// colWidth is the width of a table column that shows its title (with
// room for the sort arrow) and the longest of samples without cutting
// them: columns sized to their content.
func colWidth(title string, samples ...string) float32 {
	th := fyne.CurrentApp().Settings().Theme()
	size := th.Size(theme.SizeNameText)
	pad := th.Size(theme.SizeNameInnerPadding)
	bold := fyne.TextStyle{Bold: true}
	w := fyne.MeasureText(title, size, bold).Width + 2*pad + th.Size(theme.SizeNameInlineIcon) + th.Size(theme.SizeNamePadding)
	for _, s := range samples {
		w = max(w, fyne.MeasureText(s, size, fyne.TextStyle{}).Width+2*pad)
	}
	return float32(int(w + 4))
}
