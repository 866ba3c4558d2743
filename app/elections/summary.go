package elections

import (
	"context"
	"fmt"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// summaryTab is what a unit sends up: for a race, a row per unit under it
// (a row per polling area for a commune) with voters, turnout, seats and
// elected, the unit's own totals, and turnout drawn as bars. Choosing a
// row opens that unit; "Lên cấp trên" goes back up.
type summaryTab struct {
	v       *view
	unit    int64 // the unit shown; -1: the root of the election's data
	race    *widget.Select
	path    *widget.Label
	up      *widget.Button
	sum     data.ResultsSummary
	name    string // the unit's path from the province down
	loads   tw.Latest
	table   *tw.Table
	total   *widget.Label
	chart   *tw.BarChart
	content fyne.CanvasObject
}

func newSummaryTab(v *view) *summaryTab {
	t := &summaryTab{v: v, unit: -1}
	t.race = widget.NewSelect(nil, func(string) { t.draw() })
	t.path = tw.Bold("")
	t.path.Wrapping = fyne.TextWrapWord
	t.up = widget.NewButtonWithIcon("Lên cấp trên", theme.NavigateBackIcon(), t.goUp)
	totals := func(r int) election.Totals { return t.sum.Rows[r].Totals[election.Race(t.race.Selected)] }
	t.table = tw.NewTable([]tw.Column{
		{Title: "Đơn vị", Width: colWidth("Đơn vị", "Thành phố Thanh Hóa")},
		{Title: "Cử tri", Width: colWidth("Cử tri", "1.234.567"), Right: true, Num: func(r int) int64 { return totals(r).Voters }},
		{Title: "Đi bầu", Width: colWidth("Đi bầu", "1.234.567"), Right: true, Num: func(r int) int64 { return totals(r).Voted }},
		{Title: "Tỷ lệ", Width: colWidth("Tỷ lệ", "100,00%"), Right: true, Num: func(r int) int64 { return totals(r).Turnout() }},
		{Title: "Đại biểu", Width: colWidth("Đại biểu", "1.234"), Right: true, Num: func(r int) int64 { return totals(r).Seats }},
		{Title: "Trúng cử", Width: colWidth("Trúng cử", "1.234"), Right: true, Num: func(r int) int64 { return totals(r).Elected }},
		{Title: "Thiếu", Width: colWidth("Thiếu", "123"), Right: true, Num: func(r int) int64 { x := totals(r); return x.Seats - x.Elected }},
	}, func(r, c int) string {
		return summaryCell(t.sum.Rows[r], election.Race(t.race.Selected), c)
	}, t.open)
	t.total = tw.Bold("")
	t.total.Wrapping = fyne.TextWrapWord
	t.chart = tw.NewBarChart()
	t.chart.Track = true
	top := container.NewVBox(container.NewBorder(nil, nil, t.up, container.NewHBox(widget.NewLabel("Cấp bầu cử:"), t.race), t.path))
	left := container.NewBorder(nil, t.total, nil, nil, t.table)
	split := rememberedSplit("elections.summary.split", true, left,
		container.NewBorder(tw.Bold("Tỷ lệ cử tri đi bầu"), nil, nil, nil, container.NewScroll(t.chart)), 0.7, t.table.Width)
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

// summaryData is a unit's summary and the path of its name.
type summaryData struct {
	sum  data.ResultsSummary
	name string
}

// readSummary reads the summary of unit (-1, or a unit without data: the
// root of the election's data) from the results (store work, off the UI
// goroutine).
func readSummary(ctx context.Context, st *data.Store, res *data.Results, unit int64) (summaryData, error) {
	if unit < 0 || (unit > 0 && !res.HasData(unit)) {
		unit = res.Root()
	}
	sum, err := st.ResultsSummary(ctx, res, unit)
	if err != nil {
		return summaryData{}, err
	}
	d := summaryData{sum: sum, name: "Toàn quốc"}
	if sum.Unit.ID != 0 {
		d.name = sum.Unit.Name
		chain, err := st.Ancestors(ctx, sum.Unit.ID)
		if err != nil {
			log.Printf("elections: units above %s: %v", sum.Unit.Name, err)
			return d, nil
		}
		names := make([]string, len(chain))
		for i, u := range chain {
			names[i] = u.Name
		}
		d.name = strings.Join(names, " › ")
	}
	return d, nil
}

// load reads the summary of the unit chosen off the UI goroutine, then
// shows it.
func (t *summaryTab) load() {
	if t.v.res == nil {
		return
	}
	st, res, unit := t.v.h.Store(), t.v.res, t.unit
	t.loads.Run(func() func() {
		d, err := readSummary(t.v.ctx, st, res, unit)
		return func() {
			if err != nil {
				tw.ShowError(t.v.h.Window(), err)
				return
			}
			t.show(d)
		}
	})
}

// show puts a unit's summary on the tab.
func (t *summaryTab) show(d summaryData) {
	var races []string
	for _, r := range t.v.cur.Races {
		races = append(races, string(r))
	}
	t.race.SetOptions(races)
	if t.race.Selected == "" || !t.v.cur.HasRace(election.Race(t.race.Selected)) {
		t.race.SetSelected(races[len(races)-1]) // draws
	}
	t.sum, t.name = d.sum, d.name
	t.draw()
}

// draw shows the summary for the race chosen.
func (t *summaryTab) draw() {
	if t.sum.Total.Totals == nil {
		return
	}
	race := election.Race(t.race.Selected)
	t.path.SetText(t.name)
	if t.sum.Unit.ID == 0 || t.sum.Unit.ID == t.v.res.Root() && t.v.res.Root() != 0 && t.sum.Unit.ParentID == 0 {
		t.up.Disable()
	} else {
		t.up.Enable()
	}
	t.table.ClearSelection() // another unit's rows
	t.table.SetRows(tw.AllRows(len(t.sum.Rows)))
	x := t.sum.Total.Totals[race]
	text := fmt.Sprintf("Tổng cộng: %s cử tri, %s đi bầu (%s)", vn.Int(x.Voters), vn.Int(x.Voted), election.FormatPercent(x.Turnout()))
	if x.Seats > 0 {
		text += fmt.Sprintf("; bầu được %s/%s đại biểu %s", vn.Int(x.Elected), vn.Int(x.Seats), race.Label())
	}
	t.total.SetText(text)
	t.drawChart(race)
	t.v.status()
}

// drawChart draws the turnout of each row as a bar with its value.
// Turnouts are close to 100%, so the scale starts at a round percentage
// under the lowest one and says so.
func (t *summaryTab) drawChart(race election.Race) {
	low := int64(10000)
	for _, r := range t.sum.Rows {
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
	bars := make([]tw.Bar, len(t.sum.Rows))
	for i, r := range t.sum.Rows {
		x := r.Totals[race]
		bars[i] = tw.Bar{Label: r.Label, Value: "chưa có"}
		if x.Voters > 0 {
			bars[i].Value = election.FormatPercent(x.Turnout())
			if x.Turnout() > from {
				bars[i].Fraction = float32(x.Turnout()-from) / float32(10000-from)
			}
		}
	}
	t.chart.Set(fmt.Sprintf("Thang đo từ %s đến 100%%", vn.Percent(from)), bars)
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
