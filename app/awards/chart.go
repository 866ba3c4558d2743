package awards

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// Chart modes.
const (
	chartByStatus = "Theo trạng thái"
	chartByForm   = "Theo hình thức"
)

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

// campaignChart draws a campaign's nominations as bars, by status (the
// progress of the campaign) or by award form, the user's choice above.
type campaignChart struct {
	mode    *widget.RadioGroup
	bars    *tw.BarChart
	sum     []data.SummaryRow
	content fyne.CanvasObject
}

func newCampaignChart() *campaignChart {
	c := &campaignChart{bars: tw.NewBarChart()}
	c.bars.Columns, c.bars.Length, c.bars.LabelWidth = 2, 80, 122
	c.mode = widget.NewRadioGroup([]string{chartByStatus, chartByForm}, func(string) { c.draw() })
	c.mode.Horizontal = true
	c.mode.SetSelected(chartByStatus)
	c.content = container.NewBorder(c.mode, nil, nil, nil, c.bars)
	return c
}

// set draws the bars of a campaign's summary.
func (c *campaignChart) set(sum []data.SummaryRow) {
	c.sum = sum
	c.draw()
}

func (c *campaignChart) draw() {
	type count struct {
		label string
		n     int
		col   color.Color
	}
	var counts []count
	if c.mode.Selected == chartByForm {
		idx := map[string]int{}
		for _, r := range c.sum {
			i, ok := idx[r.Form]
			if !ok {
				i = len(counts)
				idx[r.Form] = i
				counts = append(counts, count{label: r.Form})
			}
			counts[i].n += r.Count
		}
	} else {
		by := map[award.Status]int{}
		for _, r := range c.sum {
			by[r.Status] += r.Count
		}
		for _, st := range award.Statuses {
			counts = append(counts, count{label: string(st), n: by[st], col: statusColors[st]})
		}
	}
	most := 1
	for _, k := range counts {
		most = max(most, k.n)
	}
	bars := make([]tw.Bar, len(counts))
	for i, k := range counts {
		bars[i] = tw.Bar{Label: k.label, Value: vn.Int(int64(k.n)), Fraction: float32(k.n) / float32(most), Color: k.col}
	}
	c.bars.Set("", bars)
}
