package awards

import (
	"log"
	"strconv"
	"strings"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// nominationColumn is a column of the nomination table and the order the
// store sorts by when its header is tapped.
type nominationColumn struct {
	tw.Column
	sort data.NominationSort
}

// Column indexes of the nomination table, in the order shown: what an
// officer checks in a list (who, which form, where it stands, how much)
// comes first, so that the smallest window (1280×680) shows it without
// scrolling sideways; birth and workplace, which the form shows, last.
const (
	colCheck = iota
	colSTT
	colKind
	colName
	colForm
	colRank
	colStatus
	colMoney
	colProposer
	colBirth
	colDetail
)

// nominationColumns are sized to their usual content at the program's
// text size: the longest status with its paper ("Đã thẩm định –
// 12/TTr-UBND"), the money of a Huân chương, the common forms; longer
// texts end with "…".
var nominationColumns = []nominationColumn{
	colCheck:    {tw.Column{Width: 40, Check: true, NoSort: true}, data.SortList},
	colSTT:      {tw.Column{Title: "STT", Width: 66, Right: true}, data.SortList},
	colKind:     {tw.Column{Title: "Loại", Width: 96}, data.SortKind},
	colName:     {tw.Column{Title: "Họ và tên / Tên tập thể", Width: 220}, data.SortName},
	colForm:     {tw.Column{Title: "Hình thức khen thưởng", Width: 240}, data.SortForm},
	colRank:     {tw.Column{Title: "Hạng", Width: 64}, data.SortRank},
	colStatus:   {tw.Column{Title: "Trạng thái", Width: 186}, data.SortStatus},
	colMoney:    {tw.Column{Title: "Số tiền (đồng)", Width: 116, Right: true, NoSort: true}, data.SortList},
	colProposer: {tw.Column{Title: "Đơn vị đề nghị", Width: 170}, data.SortProposer},
	colBirth:    {tw.Column{Title: "Ngày sinh", Width: 100}, data.SortBirth},
	colDetail:   {tw.Column{Title: "Chức vụ, đơn vị công tác", Width: 260}, data.SortWorkplace},
}

// stickyColumns stay in view when the table scrolls sideways: the check
// box, the number, the kind and the name.
const stickyColumns = colName + 1

// pageSize is how many rows are read from the store at a time; pagesKept
// is how many such pages stay in memory (a few screens around the view).
const (
	pageSize  = 100
	pagesKept = 30
)

// nominationRows feed the virtualised table: only the ids of the rows in
// order (100.000 ids are 800 kB); the rows themselves are read a page at
// a time as the table shows them, and the table makes widgets for the
// visible cells only.
type nominationRows struct {
	ids      []int64
	more     bool // a search found more than it lists
	pages    map[int][]data.Nomination
	selected map[int64]bool // the rows checked
}

func newNominationRows() *nominationRows {
	return &nominationRows{pages: map[int][]data.Nomination{}, selected: map[int64]bool{}}
}

// reset replaces the ids and forgets the pages read.
func (r *nominationRows) reset(ids []int64, more bool) {
	r.ids, r.more = ids, more
	r.pages = map[int][]data.Nomination{}
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

// row is the nomination at row i, read with its page when needed (as the
// table scrolls to it).
func (v *view) row(i int) (data.Nomination, bool) {
	r := v.rows
	if i < 0 || i >= len(r.ids) {
		return data.Nomination{}, false
	}
	p := i / pageSize
	page, ok := r.pages[p]
	if !ok {
		lo, hi := p*pageSize, min(len(r.ids), (p+1)*pageSize)
		list, err := v.h.Store().NominationsByID(v.ctx, r.ids[lo:hi], v.moneyDate())
		if err != nil {
			log.Printf("awards: rows %d–%d: %v", lo, hi, err)
			v.h.SetStatus("Không đọc được danh sách: " + err.Error())
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

// newNominationTable builds the table over v's rows: a check column to
// pick rows for a status change, headers that sort in the store when
// tapped, the first four columns kept in view when scrolling sideways.
func newNominationTable(v *view) *tw.Table {
	cols := make([]tw.Column, len(nominationColumns))
	for i, c := range nominationColumns {
		cols[i] = c.Column
	}
	t := tw.NewLargeTable(cols, stickyColumns, func(row, col int) string {
		n, ok := v.row(row)
		if !ok {
			return ""
		}
		return cellText(n, row, col)
	}, v.pick)
	t.OnSort = v.sortBy
	t.SortMark = func(col int) (bool, bool) {
		c := nominationColumns[col]
		return !c.NoSort && v.order.By == c.sort, v.order.Desc
	}
	t.Checked = func(row int) bool {
		n, ok := v.row(row)
		return ok && v.rows.selected[n.ID]
	}
	t.OnCheck = v.toggle
	t.AllChecked = func() bool { return len(v.rows.ids) > 0 && len(v.rows.selected) >= len(v.rows.ids) }
	t.OnCheckAll = v.toggleAll
	return t
}

// cellText is what the cell of row i and column col shows.
func cellText(n data.Nomination, i, col int) string {
	switch col {
	case colSTT:
		return strconv.Itoa(i + 1)
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
		if paper := n.Paper(); paper != "" {
			return string(n.Status) + " – " + strings.TrimPrefix(strings.TrimPrefix(paper, "Quyết định số "), "Tờ trình số ")
		}
		return string(n.Status)
	case colMoney:
		if n.MoneyErr != "" {
			return "–"
		}
		return vn.Money(n.Money)
	}
	return ""
}
