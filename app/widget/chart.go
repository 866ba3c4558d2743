package widget

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Bar is one bar of a BarChart.
type Bar struct {
	Label    string      // the bar's name
	Value    string      // written after the bar
	Fraction float32     // of the full length, 0 to 1
	Color    color.Color // nil: the theme's primary colour
}

// BarChart draws values as horizontal bars, each with its name and its
// value written out, for what people would rather look at than read:
// turnout by unit, nominations by status or award form.
type BarChart struct {
	widget.BaseWidget
	// Columns is how many bars stand side by side, read down then across
	// (0 or 1: one column).
	Columns int
	// Length is the full bar's length. LabelWidth is the room for a name
	// left of its bar; 0 writes the name above its bar.
	Length, LabelWidth float32
	// Track draws the full length behind each bar, for a scale that
	// does not start at zero.
	Track bool

	box  *fyne.Container
	note string
	bars []Bar
}

// NewBarChart is an empty chart of one column of bars 170 long, names
// above them; set the fields before the first Set.
func NewBarChart() *BarChart {
	c := &BarChart{Length: 170, box: container.NewVBox()}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer shows the note and the bars.
func (c *BarChart) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.box) }

// Bars are the bars drawn.
func (c *BarChart) Bars() []Bar { return c.bars }

// Note is the note on the scale written above the bars.
func (c *BarChart) Note() string { return c.note }

// Set draws bars under a note on the scale ("" for none).
func (c *BarChart) Set(note string, bars []Bar) {
	c.note, c.bars = note, bars
	c.box.Objects = nil
	if note != "" {
		c.box.Add(chartText(note, theme.ColorNamePlaceHolder))
	}
	cols := max(c.Columns, 1)
	rows := (len(bars) + cols - 1) / cols
	grid := container.NewGridWithColumns(cols)
	for i := 0; i < rows; i++ {
		for j := 0; j < cols; j++ {
			if k := i + j*rows; k < len(bars) {
				grid.Add(c.bar(bars[k]))
			} else {
				grid.Add(c.bar(Bar{}))
			}
		}
	}
	c.box.Add(grid)
	c.box.Refresh()
}

func chartText(s string, col fyne.ThemeColorName) *canvas.Text {
	t := canvas.NewText(s, theme.Color(col))
	t.TextSize = theme.CaptionTextSize()
	return t
}

// bar is one bar's name, bar and value; an empty Bar keeps a place.
func (c *BarChart) bar(b Bar) fyne.CanvasObject {
	name := chartText(b.Label, theme.ColorNameForeground)
	value := chartText(b.Value, theme.ColorNameForeground)
	height := name.MinSize().Height - 4
	col := b.Color
	if col == nil {
		col = theme.Color(theme.ColorNamePrimary)
	}
	if b.Label == "" && b.Value == "" {
		col = color.Transparent
	}
	w := c.Length * min(max(b.Fraction, 0), 1)
	if b.Fraction > 0 && w < 2 {
		w = 2
	}
	rect := canvas.NewRectangle(col)
	rect.SetMinSize(fyne.NewSize(w, height))
	var bar fyne.CanvasObject = container.NewHBox(rect)
	if c.Track {
		track := canvas.NewRectangle(color.NRGBA{R: 0xe6, G: 0xea, B: 0xf0, A: 0xff})
		track.SetMinSize(fyne.NewSize(c.Length, height))
		bar = container.NewStack(track, bar)
	}
	if c.LabelWidth > 0 {
		label := container.NewGridWrap(fyne.NewSize(c.LabelWidth, name.MinSize().Height), name)
		return container.New(&barRow{length: c.Length}, label, bar, value)
	}
	return container.NewVBox(name, container.NewHBox(bar, value))
}

// barRow places a bar's name, bar and value on one tight line.
type barRow struct{ length float32 }

// MinSize is the width of the name, the full bar and the value.
func (r *barRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[0].MinSize().Width+r.length+8+objs[2].MinSize().Width, objs[0].MinSize().Height)
}

// Layout puts the name, the bar and the value side by side.
func (r *barRow) Layout(objs []fyne.CanvasObject, _ fyne.Size) {
	label, bar, value := objs[0], objs[1], objs[2]
	h := label.MinSize().Height
	label.Resize(label.MinSize())
	label.Move(fyne.NewPos(0, 0))
	x := label.MinSize().Width
	bar.Resize(fyne.NewSize(bar.MinSize().Width, h-6))
	bar.Move(fyne.NewPos(x, 3))
	value.Resize(value.MinSize())
	value.Move(fyne.NewPos(x+bar.MinSize().Width+4, (h-value.MinSize().Height)/2))
}
