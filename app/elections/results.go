package elections

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// allResults is the status filter's choice for every status.
const allResults = "Mọi kết quả"

// resultStatuses are the results a constituency can have, as the filter lists them.
var resultStatuses = []election.Status{election.StatusOK, election.StatusIncomplete, election.StatusAdditional, election.StatusRepeat, election.StatusTie}

// resultsTab shows each constituency's result under the law: the list on
// the left (filtered by race and result), the one chosen on the right with
// its figures, its status and what the law requires next, and its
// candidates by votes with the winners marked.
type resultsTab struct {
	v         *view
	race      *widget.Select
	status    *widget.Select
	rows      []data.ConstituencyResult
	table     *tw.Table
	cur       data.ConstituencyResult
	candTable *tw.Table
	roundTbl  *tw.Table // the candidates across two rounds
	title     *widget.Label
	figures   *widget.Label
	verdict   *widget.Label
	next      *widget.Label
	warnings  *widget.Label
	detail    *fyne.Container
	content   fyne.CanvasObject
	sized     bool // the list has been laid out with a size
}

func newResultsTab(v *view) *resultsTab {
	t := &resultsTab{v: v}
	t.race = widget.NewSelect([]string{allRaces}, func(string) { t.filter() })
	opts := []string{allResults}
	for _, s := range resultStatuses {
		opts = append(opts, data.StatusLabel(s))
	}
	t.status = widget.NewSelect(opts, func(string) { t.filter() })
	t.status.SetSelected(allResults)
	t.table = tw.NewTable([]tw.Column{
		{Title: "Cấp", Width: colWidth("Cấp", "HĐND huyện")},
		{Title: "Đơn vị hành chính", Width: colWidth("Đơn vị hành chính", "Xã Thiệu Ngọc")},
		{Title: "Số", Width: colWidth("Số", "99"), Right: true, Num: func(r int) int64 { return int64(t.rows[r].Number) }},
		{Title: "Kết quả", Width: colWidth("Kết quả", "Chưa đủ biên bản 0/5")}, // at most 5 seats (Điều 10)
	}, func(r, c int) string {
		x := t.rows[r]
		switch c {
		case 0:
			return string(x.Race)
		case 1:
			return x.UnitName
		case 2:
			return strconv.Itoa(x.Number)
		}
		return fmt.Sprintf("%s %d/%d", data.StatusLabel(x.Status), x.Elected, x.Seats)
	}, t.pick)
	t.candTable = tw.NewTable([]tw.Column{
		{Title: "Họ và tên", Width: colWidth("Họ và tên", "Nguyễn Thị Thu Hương")},
		{Title: "Ngày sinh", Width: colWidth("Ngày sinh", "29/12/1978")},
		{Title: "Số phiếu (tỷ lệ)", Width: colWidth("Số phiếu (tỷ lệ)", "123.456 (100,00%)"), Right: true},
		{Title: "Kết quả", Width: colWidth("Kết quả", "Trúng cử")},
	}, func(r, c int) string {
		k := t.cur.Ranked[r]
		switch c {
		case 0:
			return k.Name
		case 1:
			if k.Birth.IsZero() {
				return ""
			}
			return vn.DMY(k.Birth)
		case 2:
			return fmt.Sprintf("%s (%s)", vn.Int(k.Votes), election.FormatPercent(k.Percent))
		}
		switch {
		case k.Elected:
			return "Trúng cử"
		case k.Tied:
			return "Bằng phiếu, cùng tuổi"
		}
		return ""
	}, nil)
	t.roundTbl = newRoundTable(t)
	t.title = tw.Bold("")
	t.title.Truncation = fyne.TextTruncateEllipsis
	t.figures = tw.Wrapped("")
	t.verdict = tw.Bold("")
	t.next = tw.Wrapped("")
	t.warnings = tw.Wrapped("")
	t.warnings.Importance = widget.WarningImportance
	t.detail = container.NewStack(tw.Wrapped("Chọn một đơn vị bầu cử để xem kết quả."))

	left := container.NewBorder(container.NewGridWithColumns(2, t.race, t.status), nil, nil, nil, whenSized(t.table, t.firstLayout))
	t.content = rememberedSplit("elections.results.split", true, left, t.detail, 0.47, t.table.Width)
	return t
}

func (t *resultsTab) load() {
	t.race.SetOptions(raceChoices(t.v.cur))
	if t.race.Selected == "" {
		t.race.SetSelected(allRaces)
	}
	t.rows = t.v.res.Constituencies
	t.filter()
}

func (t *resultsTab) filter() {
	if t.v.res == nil {
		return
	}
	var rows []int
	for i, c := range t.rows {
		if t.race.Selected != allRaces && string(c.Race) != t.race.Selected {
			continue
		}
		if t.status.Selected != allResults && data.StatusLabel(c.Status) != t.status.Selected {
			continue
		}
		rows = append(rows, i)
	}
	t.table.SetRows(rows)
	if t.table.Selected() >= 0 {
		t.pick(t.table.Selected())
	} else if len(rows) > 0 {
		t.selectFirst()
	}
	t.v.status()
}

// selectFirst selects the first row, or, while the list has no size yet
// (its tab never shown), shows its result and leaves the selection to
// the list's first layout: a table selected before it has a size opens
// scrolled sideways without its first rows (issue 13, item 5).
func (t *resultsTab) selectFirst() {
	if t.sized {
		t.table.Select(widget.TableCellID{Row: 0, Col: 0})
		return
	}
	t.pick(t.table.Rows()[0])
}

// firstLayout selects the row shown once the list has a size.
func (t *resultsTab) firstLayout() {
	t.sized = true
	rows := t.table.Rows()
	for i, r := range rows {
		if t.rows[r].ID == t.cur.ID {
			t.table.Select(widget.TableCellID{Row: i, Col: 0})
			return
		}
	}
	if len(rows) > 0 {
		t.table.Select(widget.TableCellID{Row: 0, Col: 0})
	}
}

// statusImportance colours a result: green when it stands, orange when
// the law requires more voting, red for a tie or a repeat election, grey
// while tallies are missing.
func statusImportance(s election.Status) widget.Importance {
	switch s {
	case election.StatusOK:
		return widget.SuccessImportance
	case election.StatusIncomplete:
		return widget.LowImportance
	case election.StatusTie, election.StatusRepeat:
		return widget.DangerImportance
	}
	return widget.WarningImportance
}

// pick shows a constituency's result.
func (t *resultsTab) pick(r int) {
	c := t.rows[r]
	t.cur = c
	t.title.SetText(c.Label())
	t.figures.SetText(fmt.Sprintf("%d đại biểu được bầu · %s cử tri, %s đi bầu (%s) · phiếu hợp lệ %s, không hợp lệ %s · biên bản %d/%d khu vực bỏ phiếu",
		c.Seats, vn.Int(c.Voters), vn.Int(c.Voted), election.FormatPercent(c.Turnout), vn.Int(c.Valid), vn.Int(c.Invalid), c.Tallied, c.Areas))
	t.verdict.Importance = statusImportance(c.Status)
	t.verdict.SetText(fmt.Sprintf("%s – trúng cử %d/%d", data.StatusLabel(c.Status), c.Elected, c.Seats))
	t.next.SetText("Theo luật: " + c.Next)
	// The head's lines close together, so that the candidates keep the room.
	var figures fyne.CanvasObject = t.figures
	if len(c.Rounds) > 1 {
		figures = roundsHead(c)
	}
	head := container.New(layout.NewCustomPaddedVBoxLayout(0),
		container.NewBorder(nil, nil, nil, t.verdict, t.title), figures, t.next)
	if actions := t.roundActions(c); actions != nil {
		head.Add(actions)
	}
	if len(c.Warnings) > 0 {
		lines := make([]string, len(c.Warnings))
		for i, w := range c.Warnings {
			lines[i] = "Cảnh báo: " + w.Message
		}
		t.warnings.SetText(strings.Join(lines, "\n"))
		head.Add(t.warnings)
	}
	cands := t.candTable
	if len(c.Rounds) > 1 {
		cands = t.roundTbl
	}
	cands.SetRows(tw.AllRows(len(c.Ranked)))
	t.detail.Objects = []fyne.CanvasObject{container.New(&headFirst{rows: 8}, container.NewVScroll(head), cands)}
	t.detail.Refresh()
}
