package elections

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
// and finds again at the next start (fyne Preferences under key). Until
// the user moves it, the leading side is as wide as fit says (a list's
// columns; at most three quarters of the split) when fit is not nil, or
// else at def of the split.
func rememberedSplit(key string, horizontal bool, leading, trailing fyne.CanvasObject, def float64, fit func() float32) *container.Split {
	prefs := fyne.CurrentApp().Preferences()
	w := &offsetWatch{key: key}
	var s *container.Split
	if horizontal {
		s = container.NewHSplit(container.New(w, leading), trailing)
	} else {
		s = container.NewVSplit(container.New(w, leading), trailing)
	}
	s.Offset = prefs.FloatWithFallback(key, def)
	if prefs.Float(key) == 0 && horizontal {
		w.fit = fit
	}
	w.split, w.saved = s, s.Offset
	return s
}

// offsetWatch lays out a split's leading side and writes the split's
// position to the preferences when the user has moved it.
type offsetWatch struct {
	key   string
	split *container.Split
	saved float64        // the position last set or saved
	fit   func() float32 // the leading side's width until the user moves the split
}

func (l *offsetWatch) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *offsetWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	s := l.split
	if s == nil || s.Offset == l.saved && l.fit == nil {
		return
	}
	if s.Offset != l.saved { // the user moved it
		l.fit = nil
		l.saved = s.Offset
		fyne.CurrentApp().Preferences().SetFloat(l.key, l.saved)
		return
	}
	thick := fyne.CurrentApp().Settings().Theme().Size(theme.SizeNameSplitThickness)
	if thick == 0 {
		thick = 5 // Fyne's own when the theme has none
	}
	if free := s.Size().Width - thick; free > 0 {
		off := float64(min(l.fit(), free*0.75) / free)
		if math.Abs(off-s.Offset) > 0.001 {
			l.saved = off
			s.SetOffset(off)
		}
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
	w := fyne.MeasureText(title, size, bold).Width + 2*pad + th.Size(theme.SizeNameInlineIcon)
	for _, s := range samples {
		w = max(w, fyne.MeasureText(s, size, fyne.TextStyle{}).Width+2*pad)
	}
	return float32(math.Ceil(float64(w)))
}

// atLeast holds o at least width wide (a select that shows its choice
// whole).
func atLeast(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.New(&minWidth{width}, o)
}

type minWidth struct{ w float32 }

func (l *minWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	return fyne.NewSize(max(m.Width, l.w), m.Height)
}

func (l *minWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// headFirst lays out a detail's head above its table: the head gets the
// height it needs but never so much that the table is left with fewer
// than rows rows (it then scrolls), the table the rest.
type headFirst struct {
	rows int
}

func (l *headFirst) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), b.Height)
}

func (l *headFirst) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	head, table := objs[0], objs[1]
	want := head.(*container.Scroll).Content.MinSize().Height
	row := widget.NewLabel("0").MinSize().Height + theme.SeparatorThicknessSize()
	need := float32(l.rows+1)*row + 2*theme.Padding()
	h := min(want, max(size.Height-need, size.Height/4))
	head.Move(fyne.NewPos(0, 0))
	head.Resize(fyne.NewSize(size.Width, h))
	table.Move(fyne.NewPos(0, h))
	table.Resize(fyne.NewSize(size.Width, size.Height-h))
}
