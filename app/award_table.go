package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/vn"
)

// nominationColumn is a column of the nomination table.
type nominationColumn struct {
	title string
	width float32
	sort  data.NominationSort
	// sortable: the header sorts by the column when tapped.
	sortable bool
	right    bool // numbers, aligned right
}

// Column indexes of the nomination table.
const (
	colCheck = iota
	colSTT
	colKind
	colName
	colBirth
	colDetail
	colForm
	colRank
	colProposer
	colStatus
	colMoney
)

var nominationColumns = []nominationColumn{
	colCheck:    {"", 40, data.SortList, false, false},
	colSTT:      {"STT", 70, data.SortList, true, true},
	colKind:     {"Loại", 86, data.SortKind, true, false},
	colName:     {"Họ và tên / Tên tập thể", 230, data.SortName, true, false},
	colBirth:    {"Ngày sinh", 108, data.SortBirth, true, false},
	colDetail:   {"Chức vụ, đơn vị công tác", 250, data.SortWorkplace, true, false},
	colForm:     {"Hình thức khen thưởng", 250, data.SortForm, true, false},
	colRank:     {"Hạng", 66, data.SortRank, true, false},
	colProposer: {"Đơn vị đề nghị", 190, data.SortProposer, true, false},
	colStatus:   {"Trạng thái", 160, data.SortStatus, true, false},
	colMoney:    {"Số tiền (đồng)", 130, data.SortList, false, true},
}

// pageSize is how many rows are read from the store at a time; pagesKept
// is how many such pages stay in memory (a few screens around the view).
const (
	pageSize  = 100
	pagesKept = 30
)

// nominationRows feeds the virtualised table: it holds only the ids of the
// rows in order (100.000 ids are 800 kB) and reads the rows themselves a
// page at a time as the table shows them. The table makes widgets for the
// visible cells only.
type nominationRows struct {
	s        *Shell
	ids      []int64
	more     bool // a search found more than it lists
	pages    map[int][]data.Nomination
	selected map[int64]bool
	fitted   map[fitKey]string // fit's results: the same texts come back on every page
}

func newNominationRows(s *Shell) *nominationRows {
	return &nominationRows{s: s, pages: map[int][]data.Nomination{}, selected: map[int64]bool{}, fitted: map[fitKey]string{}}
}

type fitKey struct {
	text  string
	width float32
}

// fit shortens text with an ellipsis to fit a column of the given width.
// Fyne's own ellipsis shapes the text afresh on every refresh, which is
// too slow for a table scrolled through 100.000 rows; this measures with
// the cached text measurement and remembers its answers.
func (r *nominationRows) fit(text string, width float32) string {
	if text == "" {
		return text
	}
	k := fitKey{text, width}
	if out, ok := r.fitted[k]; ok {
		return out
	}
	th := r.s.App.Settings().Theme()
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
	if len(r.fitted) > 20_000 {
		r.fitted = map[fitKey]string{}
	}
	r.fitted[k] = out
	return out
}

// reset replaces the ids and forgets the pages read.
func (r *nominationRows) reset(ids []int64, more bool) {
	r.ids, r.more = ids, more
	r.pages = map[int][]data.Nomination{}
}

// row is the nomination at row i, read with its page when needed.
func (r *nominationRows) row(i int, v *awardsView) (data.Nomination, bool) {
	if i < 0 || i >= len(r.ids) {
		return data.Nomination{}, false
	}
	p := i / pageSize
	page, ok := r.pages[p]
	if !ok {
		lo, hi := p*pageSize, min(len(r.ids), (p+1)*pageSize)
		list, err := r.s.Store.NominationsByID(r.s.ctx, r.ids[lo:hi], v.moneyDate())
		if err != nil {
			r.s.SetStatus("Không đọc được danh sách: " + err.Error())
			return data.Nomination{}, false
		}
		byID := make(map[int64]data.Nomination, len(list))
		for _, n := range list {
			byID[n.ID] = n
		}
		page = make([]data.Nomination, hi-lo)
		for k, id := range r.ids[lo:hi] {
			page[k] = byID[id] // a row deleted meanwhile stays empty
		}
		if len(r.pages) >= pagesKept {
			r.pages = map[int][]data.Nomination{}
		}
		r.pages[p] = page
	}
	n := page[i-p*pageSize]
	return n, n.ID != 0
}

// selectedIDs lists the checked rows in table order.
func (r *nominationRows) selectedIDs() []int64 {
	var out []int64
	for _, id := range r.ids {
		if r.selected[id] {
			out = append(out, id)
		}
	}
	return out
}

// newNominationTable builds the table over v's rows: a check column to
// pick rows for a status change, headers that sort when tapped.
func newNominationTable(v *awardsView) *widget.Table {
	rows := v.rows
	t := widget.NewTable(
		func() (int, int) {
			if !v.sized {
				return 0, len(nominationColumns) // see sizedLayout
			}
			return len(rows.ids), len(nominationColumns)
		},
		func() fyne.CanvasObject {
			l := widget.NewLabel("Bằng khen của Chủ tịch UBND tỉnh")
			l.Truncation = fyne.TextTruncateClip // fitText has shortened the text already
			return container.NewStack(container.NewCenter(widget.NewIcon(theme.CheckButtonIcon())), l)
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			center, l := box.Objects[0].(*fyne.Container), box.Objects[1].(*widget.Label)
			icon := center.Objects[0].(*widget.Icon)
			n, ok := rows.row(id.Row, v)
			if id.Col == colCheck {
				l.Hide()
				center.Show()
				if ok && rows.selected[n.ID] {
					icon.SetResource(theme.CheckButtonCheckedIcon())
				} else {
					icon.SetResource(theme.CheckButtonIcon())
				}
				return
			}
			center.Hide()
			l.Show()
			l.TextStyle = fyne.TextStyle{}
			l.Alignment = fyne.TextAlignLeading
			if nominationColumns[id.Col].right {
				l.Alignment = fyne.TextAlignTrailing
			}
			if !ok {
				l.SetText("")
				return
			}
			l.SetText(rows.fit(cellText(n, id), nominationColumns[id.Col].width))
		})
	t.ShowHeaderRow = true
	t.StickyColumnCount = 4
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		b.Alignment = widget.ButtonAlignLeading
		return b
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Row >= 0 || id.Col < 0 {
			b.SetText("")
			b.OnTapped = nil
			return
		}
		col := nominationColumns[id.Col]
		if id.Col == colCheck {
			b.SetText("")
			if len(rows.ids) > 0 && len(rows.selected) >= len(rows.ids) {
				b.SetIcon(theme.CheckButtonCheckedIcon())
			} else {
				b.SetIcon(theme.CheckButtonIcon())
			}
			b.OnTapped = v.toggleAll
			return
		}
		b.SetIcon(nil)
		text := col.title
		if col.sortable && v.order.By == col.sort && (id.Col != colSTT || v.order.By == data.SortList) {
			if v.order.Desc {
				text += " ▼"
			} else if v.order.By != data.SortList || id.Col == colSTT {
				text += " ▲"
			}
		}
		b.SetText(text)
		if col.sortable {
			c := id.Col
			b.OnTapped = func() { v.sortBy(c) }
		} else {
			b.OnTapped = nil
		}
	}
	for i, c := range nominationColumns {
		t.SetColumnWidth(i, c.width)
	}
	t.OnSelected = func(id widget.TableCellID) {
		if id.Row < 0 {
			return
		}
		if id.Col == colCheck {
			v.toggle(id.Row)
			t.Unselect(id)
			return
		}
		v.pick(id.Row)
	}
	return t
}

// cellText is what a cell shows.
func cellText(n data.Nomination, id widget.TableCellID) string {
	switch id.Col {
	case colSTT:
		return strconv.Itoa(id.Row + 1)
	case colKind:
		return string(n.Nominee.Kind)
	case colName:
		return n.Nominee.Name
	case colBirth:
		return vn.BirthText(n.Nominee.Birth)
	case colDetail:
		return strings.Trim(n.Position+", "+n.Workplace, ", ")
	case colForm:
		return n.Form
	case colRank:
		return string(n.Rank)
	case colProposer:
		return n.Proposer
	case colStatus:
		return string(n.Status)
	case colMoney:
		if n.MoneyErr != "" {
			return "–"
		}
		return vn.Money(n.Money)
	}
	return ""
}

// sizedLayout fills its space with one object and calls then once, the
// first time that space has a height. The nomination table reports no
// rows until then: a Fyne table refreshed before it has a size lays out a
// divider for every row, 100.000 widgets for a large campaign.
type sizedLayout struct {
	done bool
	then func()
}

func (l *sizedLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (l *sizedLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	if !l.done && size.Height > 0 {
		l.done = true
		l.then()
	}
}
