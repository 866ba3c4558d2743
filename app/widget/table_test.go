package widget_test

import (
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
)

// units are rows held by the caller, as the screens hold theirs.
var units = []struct {
	name  string
	seats int64
}{{"Xã Thiệu Ngọc", 25}, {"Phường Đức Xuân", 15}, {"xã Ân Tình", 20}}

func newUnitTable(t *testing.T, picked *int) (*tw.Table, fyne.Window) {
	tbl := tw.NewTable([]tw.Column{
		{Title: "Đơn vị", Width: 200},
		{Title: "Đại biểu", Width: 100, Right: true, Num: func(r int) int64 { return units[r].seats }},
	}, func(r, c int) string {
		if c == 0 {
			return units[r].name
		}
		return strconv.FormatInt(units[r].seats, 10)
	}, func(r int) { *picked = r })
	w := test.NewTempWindow(t, tbl)
	w.Resize(fyne.NewSize(400, 300))
	tbl.SetRows(tw.AllRows(len(units)))
	return tbl, w
}

// header is the header button of a column.
func header(t *testing.T, w fyne.Window, title string) *widget.Button {
	t.Helper()
	return uitest.Button(t, w, title)
}

func names(tbl *tw.Table) []string {
	var out []string
	for _, r := range tbl.Rows() {
		out = append(out, units[r].name)
	}
	return out
}

// A tap on a header sorts by that column, ignoring case and diacritics
// for text, by value for numbers; a second tap sorts the other way.
func TestTableSortsByTheHeaderTapped(t *testing.T) {
	picked := -1
	tbl, w := newUnitTable(t, &picked)
	test.Tap(header(t, w, "Đơn vị"))
	if got := names(tbl); got[0] != "Phường Đức Xuân" || got[1] != "xã Ân Tình" || got[2] != "Xã Thiệu Ngọc" {
		t.Errorf("by name: %q", got)
	}
	test.Tap(header(t, w, "Đại biểu"))
	if got := names(tbl); got[0] != "Phường Đức Xuân" || got[2] != "Xã Thiệu Ngọc" {
		t.Errorf("by seats: %q", got)
	}
	test.Tap(header(t, w, "Đại biểu"))
	if got := names(tbl); got[0] != "Xã Thiệu Ngọc" || got[2] != "Phường Đức Xuân" {
		t.Errorf("by seats, descending: %q", got)
	}
	if tbl.Count("đơn vị") != "3 đơn vị" {
		t.Errorf("count %q", tbl.Count("đơn vị"))
	}
}

// New rows keep the selection when its row is still there, without
// telling the screen again; otherwise there is none.
func TestTableKeepsTheSelection(t *testing.T) {
	picked := -1
	tbl, _ := newUnitTable(t, &picked)
	tbl.Select(widget.TableCellID{Row: 1, Col: 0})
	if picked != 1 || tbl.Selected() != 1 {
		t.Fatalf("picked %d, selected %d", picked, tbl.Selected())
	}
	picked = -1
	tbl.SetRows([]int{1, 2})
	if tbl.Selected() != 1 || picked != -1 {
		t.Errorf("after new rows: selected %d, picked again %d", tbl.Selected(), picked)
	}
	tbl.SetRows([]int{0, 2})
	if tbl.Selected() != -1 {
		t.Errorf("the selection of a row gone is kept: %d", tbl.Selected())
	}
}

// A table sorted by its caller tells it the column tapped and shows the
// caller's arrow; a check column checks rows and all rows.
func TestTableSortedByTheCallerWithChecks(t *testing.T) {
	sortedBy, checked := -1, map[int]bool{}
	tbl := tw.NewLargeTable([]tw.Column{
		{Width: 40, Check: true, NoSort: true},
		{Title: "Đơn vị", Width: 200},
	}, 1, func(r, c int) string { return units[r].name }, nil)
	tbl.OnSort = func(col int) { sortedBy = col }
	tbl.SortMark = func(col int) (bool, bool) { return col == sortedBy, false }
	tbl.Checked = func(r int) bool { return checked[r] }
	tbl.OnCheck = func(r int) { checked[r] = !checked[r] }
	tbl.AllChecked = func() bool { return len(checked) == len(units) }
	tbl.OnCheckAll = func() {
		for i := range units {
			checked[i] = true
		}
	}
	w := test.NewTempWindow(t, tbl)
	w.Resize(fyne.NewSize(400, 300))
	tbl.SetRows(tw.AllRows(len(units)))
	if !tbl.Sized() {
		t.Fatal("the table was not laid out")
	}
	test.Tap(header(t, w, "Đơn vị"))
	if sortedBy != 1 || names(tbl)[0] != "Xã Thiệu Ngọc" {
		t.Errorf("sorted by %d, rows %q: the caller sorts", sortedBy, names(tbl))
	}
	tbl.Select(widget.TableCellID{Row: 2, Col: 0})
	if !checked[2] || tbl.Selected() != -1 {
		t.Errorf("checking a row: checked %v, selected %d", checked, tbl.Selected())
	}
	var box *widget.Button
	for _, b := range uitest.FindAll[*widget.Button](w) {
		if b.Text == "" && b.Icon != nil {
			box = b
		}
	}
	test.Tap(box)
	if len(checked) != 3 {
		t.Errorf("the header's box checked %v", checked)
	}
}
