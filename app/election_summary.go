package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// summaryTab is what a unit sends up: for a race, a row per unit under it
// (a row per polling area for a commune) with voters, turnout, seats and
// elected, the unit's own totals, and turnout drawn as bars. Choosing a
// row opens that unit; "Lên cấp trên" goes back up.
type summaryTab struct {
	v       *electionView
	unit    int64 // the unit shown; -1: the root of the election's data
	race    *widget.Select
	path    *widget.Label
	up      *widget.Button
	sum     data.ResultsSummary
	table   *gridTable
	total   *widget.Label
	chart   *turnoutChart
	content fyne.CanvasObject
}

func newSummaryTab(v *electionView) *summaryTab {
	t := &summaryTab{v: v, unit: -1}
	t.race = widget.NewSelect(nil, func(string) { t.draw() })
	t.path = bold("")
	t.path.Wrapping = fyne.TextWrapWord
	t.up = widget.NewButtonWithIcon("Lên cấp trên", theme.NavigateBackIcon(), t.goUp)
	totals := func(r int) election.Totals { return t.sum.Rows[r].Totals[election.Race(t.race.Selected)] }
	t.table = newGridTable([]gridColumn{
		{title: "Đơn vị", width: 175},
		{title: "Cử tri", width: 90, right: true, num: func(r int) int64 { return totals(r).Voters }},
		{title: "Đi bầu", width: 90, right: true, num: func(r int) int64 { return totals(r).Voted }},
		{title: "Tỷ lệ", width: 90, right: true, num: func(r int) int64 { return totals(r).Turnout() }},
		{title: "Đại biểu", width: 90, right: true, num: func(r int) int64 { return totals(r).Seats }},
		{title: "Trúng cử", width: 90, right: true, num: func(r int) int64 { return totals(r).Elected }},
		{title: "Thiếu", width: 70, right: true, num: func(r int) int64 { x := totals(r); return x.Seats - x.Elected }},
	}, func(r, c int) string {
		return summaryCell(t.sum.Rows[r], election.Race(t.race.Selected), c)
	}, t.open)
	t.total = bold("")
	t.total.Wrapping = fyne.TextWrapWord
	t.chart = newTurnoutChart()
	top := container.NewVBox(container.NewBorder(nil, nil, t.up, container.NewHBox(widget.NewLabel("Cấp bầu cử:"), t.race), t.path))
	left := container.NewBorder(nil, t.total, nil, nil, t.table.table)
	split := container.NewHSplit(left, container.NewBorder(bold("Tỷ lệ cử tri đi bầu"), nil, nil, nil, container.NewVScroll(t.chart)))
	split.Offset = 0.72
	t.content = container.NewBorder(top, nil, nil, nil, split)
	return t
}

// summaryCell is column c of a summary row for a race.
func summaryCell(row data.ResultsRow, race election.Race, c int) string {
	x := row.Totals[race]
	switch c {
	case 0:
		return row.Label
	case 1:
		return vn.Int(x.Voters)
	case 2:
		return vn.Int(x.Voted)
	case 3:
		if x.Voters == 0 {
			return ""
		}
		return election.FormatPercent(x.Turnout())
	}
	if x.Seats == 0 {
		return ""
	}
	switch c {
	case 4:
		return vn.Int(x.Seats)
	case 5:
		return vn.Int(x.Elected)
	}
	return vn.Int(x.Seats - x.Elected)
}

func (t *summaryTab) load() {
	var races []string
	for _, r := range t.v.cur.Races {
		races = append(races, string(r))
	}
	t.race.SetOptions(races)
	if t.race.Selected == "" || !t.v.cur.HasRace(election.Race(t.race.Selected)) {
		t.race.SetSelected(races[len(races)-1])
	}
	unit := t.unit
	if unit < 0 || (unit > 0 && !t.v.res.HasData(unit)) {
		unit = t.v.res.Root()
	}
	sum, err := t.v.s.Store.ResultsSummary(t.v.s.ctx, t.v.res, unit)
	if err != nil {
		t.v.s.ShowError(err)
		return
	}
	t.sum = sum
	t.draw()
}

// draw shows the summary for the race chosen.
func (t *summaryTab) draw() {
	if t.sum.Total.Totals == nil {
		return
	}
	race := election.Race(t.race.Selected)
	name := "Toàn quốc"
	if t.sum.Unit.ID != 0 {
		name = t.sum.Unit.Name
		if chain, err := t.v.s.Store.Ancestors(t.v.s.ctx, t.sum.Unit.ID); err == nil {
			name = ""
			for i, u := range chain {
				if i > 0 {
					name += " › "
				}
				name += u.Name
			}
		}
	}
	t.path.SetText(name)
	if t.sum.Unit.ID == 0 || t.sum.Unit.ID == t.v.res.Root() && t.v.res.Root() != 0 && t.sum.Unit.ParentID == 0 {
		t.up.Disable()
	} else {
		t.up.Enable()
	}
	t.table.clear() // another unit's rows
	t.table.setRows(allRows(len(t.sum.Rows)))
	x := t.sum.Total.Totals[race]
	text := fmt.Sprintf("Tổng cộng: %s cử tri, %s đi bầu (%s)", vn.Int(x.Voters), vn.Int(x.Voted), election.FormatPercent(x.Turnout()))
	if x.Seats > 0 {
		text += fmt.Sprintf("; bầu được %s/%s đại biểu %s", vn.Int(x.Elected), vn.Int(x.Seats), race.Label())
	}
	t.total.SetText(text)
	t.chart.set(t.sum.Rows, race)
	t.v.status()
}

// open goes down into a row's unit.
func (t *summaryTab) open(r int) {
	row := t.sum.Rows[r]
	if row.UnitID == 0 { // a polling area
		return
	}
	t.unit = row.UnitID
	t.load()
}

func (t *summaryTab) goUp() {
	if t.sum.Unit.ID == 0 {
		return
	}
	t.unit = t.sum.Unit.ParentID
	t.load()
}

// turnoutChart draws the turnout of each row as a horizontal bar with its
// value. Turnouts are close to 100%, so the scale starts at a round
// percentage under the lowest one and says so.
type turnoutChart struct {
	widget.BaseWidget
	box *fyne.Container
}

func newTurnoutChart() *turnoutChart {
	c := &turnoutChart{box: container.NewVBox()}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer shows the bars.
func (c *turnoutChart) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.box)
}

// chartBar is the width of a bar at 100%.
const chartBar = 170

func (c *turnoutChart) set(rows []data.ResultsRow, race election.Race) {
	low := int64(10000)
	for _, r := range rows {
		if x := r.Totals[race]; x.Voters > 0 {
			low = min(low, x.Turnout())
		}
	}
	// The scale's start: a multiple of 5% under the lowest turnout.
	from := (low / 500) * 500
	if from == low {
		from -= 500
	}
	from = max(from, 0)
	c.box.Objects = nil
	scale := canvas.NewText(fmt.Sprintf("Thang đo từ %s đến 100%%", vn.Percent(from)), theme.Color(theme.ColorNamePlaceHolder))
	scale.TextSize = theme.CaptionTextSize()
	c.box.Add(scale)
	bar := theme.Color(theme.ColorNamePrimary)
	for _, r := range rows {
		x := r.Totals[race]
		label := canvas.NewText(r.Label, theme.Color(theme.ColorNameForeground))
		label.TextSize = theme.CaptionTextSize()
		w := float32(0)
		if x.Voters > 0 && x.Turnout() > from {
			w = chartBar * float32(x.Turnout()-from) / float32(10000-from)
		}
		rect := canvas.NewRectangle(bar)
		rect.SetMinSize(fyne.NewSize(w, 14))
		track := canvas.NewRectangle(color.NRGBA{R: 0xe6, G: 0xea, B: 0xf0, A: 0xff})
		track.SetMinSize(fyne.NewSize(chartBar, 14))
		value := "chưa có"
		if x.Voters > 0 {
			value = election.FormatPercent(x.Turnout())
		}
		val := canvas.NewText(value, theme.Color(theme.ColorNameForeground))
		val.TextSize = theme.CaptionTextSize()
		bars := container.NewStack(track, container.NewHBox(rect))
		c.box.Add(container.NewVBox(label, container.NewHBox(bars, val)))
	}
	c.box.Refresh()
}
