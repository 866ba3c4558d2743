package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// Chart modes.
const (
	chartByStatus = "Theo trạng thái"
	chartByForm   = "Theo hình thức"
)

// chartBarWidth is the length of the longest bar; chartLabelWidth the
// room for a bar's name.
const (
	chartBarWidth   = 80
	chartLabelWidth = 122
)

// awardChart draws a campaign's nominations as horizontal bars, by status
// (the progress of the campaign) or by award form.
type awardChart struct {
	widget.BaseWidget
	mode *widget.RadioGroup
	bars *fyne.Container
	sum  []data.SummaryRow
}

func newAwardChart() *awardChart {
	c := &awardChart{bars: container.NewGridWithColumns(2)}
	c.mode = widget.NewRadioGroup([]string{chartByStatus, chartByForm}, func(string) { c.draw() })
	c.mode.Horizontal = true
	c.mode.SetSelected(chartByStatus)
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer lays the mode choice above the bars.
func (c *awardChart) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(c.mode, nil, nil, nil, c.bars))
}

// set draws the bars of a campaign's summary.
func (c *awardChart) set(sum []data.SummaryRow) {
	c.sum = sum
	c.draw()
}

// statusColors give each status its bar colour: the workflow in blues and
// green, the refused in orange and red.
var statusColors = map[award.Status]color.NRGBA{
	award.Proposed:   {0x90, 0xB4, 0xE0, 0xFF},
	award.Verified:   {0x4A, 0x86, 0xC8, 0xFF},
	award.Submitted:  {0x1F, 0x5A, 0xA0, 0xFF},
	award.Awarded:    {0x2E, 0x8B, 0x57, 0xFF},
	award.Ineligible: {0xC0, 0x39, 0x2B, 0xFF},
	award.Returned:   {0xE6, 0x7E, 0x22, 0xFF},
}

func (c *awardChart) draw() {
	if c.bars == nil {
		return
	}
	type bar struct {
		label string
		n     int
		col   color.Color
	}
	var bars []bar
	if c.mode.Selected == chartByForm {
		idx := map[string]int{}
		for _, r := range c.sum {
			i, ok := idx[r.Form]
			if !ok {
				i = len(bars)
				idx[r.Form] = i
				bars = append(bars, bar{label: r.Form, col: theme.Color(theme.ColorNamePrimary)})
			}
			bars[i].n += r.Count
		}
	} else {
		counts := map[award.Status]int{}
		for _, r := range c.sum {
			counts[r.Status] += r.Count
		}
		for _, st := range award.Statuses {
			bars = append(bars, bar{label: string(st), n: counts[st], col: statusColors[st]})
		}
	}
	most := 1
	for _, b := range bars {
		most = max(most, b.n)
	}
	c.bars.Objects = nil
	// Two columns, read down then across.
	rows := (len(bars) + 1) / 2
	ordered := make([]bar, 0, 2*rows)
	for i := 0; i < rows; i++ {
		ordered = append(ordered, bars[i])
		if i+rows < len(bars) {
			ordered = append(ordered, bars[i+rows])
		} else {
			ordered = append(ordered, bar{})
		}
	}
	for _, b := range ordered {
		name := canvas.NewText(b.label, theme.Color(theme.ColorNameForeground))
		name.TextSize = theme.TextSize() - 3
		label := container.NewGridWrap(fyne.NewSize(chartLabelWidth, name.MinSize().Height), name)
		col := b.col
		if col == nil {
			col = color.Transparent
		}
		rect := canvas.NewRectangle(col)
		w := float32(chartBarWidth) * float32(b.n) / float32(most)
		if b.n > 0 && w < 2 {
			w = 2
		}
		rect.SetMinSize(fyne.NewSize(w, name.MinSize().Height-4))
		countText := vn.Int(int64(b.n))
		if b.label == "" {
			countText = ""
		}
		count := canvas.NewText(countText, theme.Color(theme.ColorNameForeground))
		count.TextSize = theme.TextSize() - 3
		c.bars.Add(container.New(&chartRowLayout{}, label, rect, count))
	}
	c.bars.Refresh()
}

// chartRowLayout places a bar's label, bar and count on one tight line.
type chartRowLayout struct{}

func (chartRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := objs[0].MinSize().Height
	return fyne.NewSize(objs[0].MinSize().Width+chartBarWidth+8+objs[2].MinSize().Width, h)
}

func (chartRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	label, bar, count := objs[0], objs[1], objs[2]
	h := label.MinSize().Height
	label.Resize(label.MinSize())
	label.Move(fyne.NewPos(0, 0))
	x := label.MinSize().Width
	bar.Resize(fyne.NewSize(bar.MinSize().Width, h-6))
	bar.Move(fyne.NewPos(x, 3))
	count.Resize(count.MinSize())
	count.Move(fyne.NewPos(x+bar.MinSize().Width+4, (h-count.MinSize().Height)/2))
}
