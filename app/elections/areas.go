package elections

import (
	"fmt"
	"strconv"
	"strings"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// areaTab lists the election's polling areas with their constituency in
// each race and how many of their tallies are in; from it a polling area
// is added, edited, removed, and its tallies entered.
type areaTab struct {
	v      *view
	search *widget.Entry
	areas  []data.PollingArea
	number map[int64]int // constituency id -> its number
	table  *tw.Table
	races  []election.Race // the races of the table's columns
	holder *fyne.Container
	sel    int
	edit   *widget.Button
	del    *widget.Button
	tally  *widget.Button
	// lastTally is the tally form opened last (for tests).
	lastTally *tallyForm
	content   fyne.CanvasObject
}

func newAreaTab(v *view) *areaTab {
	t := &areaTab{v: v, sel: -1}
	t.search = widget.NewEntry()
	t.search.SetPlaceHolder("Tìm theo xã, mã, số hoặc tên khu vực (Ctrl+F)…")
	t.search.OnChanged = func(string) { t.filter() }
	add := widget.NewButtonWithIcon("Thêm khu vực bỏ phiếu", theme.ContentAddIcon(), t.add)
	t.edit = widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() {
		if t.sel >= 0 {
			t.editArea(t.areas[t.sel])
		}
	})
	t.del = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.remove)
	t.tally = widget.NewButtonWithIcon("Nhập kết quả kiểm phiếu…", theme.DocumentIcon(), func() {
		if t.sel >= 0 {
			t.lastTally = openTallyForm(t.v, t.areas[t.sel], "")
		}
	})
	t.tally.Importance = widget.HighImportance
	t.holder = container.NewStack()
	t.content = container.NewBorder(
		container.NewBorder(nil, nil, nil, container.NewHBox(add, t.edit, t.del, widget.NewSeparator(), t.tally), t.search),
		nil, nil, nil, t.holder)
	t.pick(-1)
	return t
}

// build makes the table for the election's races.
func (t *areaTab) build() {
	t.races = t.v.cur.Races
	cols := []tw.Column{
		{Title: "Mã xã", Width: colWidth("Mã xã", "15775")},
		{Title: "Xã, phường", Width: colWidth("Xã, phường", "Phường Đông Hương")},
		{Title: "Số", Width: colWidth("Số", "99"), Right: true, Num: func(r int) int64 { return int64(t.areas[r].Number) }},
		{Title: "Tên", Width: colWidth("Tên", "Tổ 06 Thiện Phong")},
	}
	for _, race := range t.races {
		race := race
		title := "ĐVBC " + strings.TrimPrefix(string(race), "HĐND ")
		cols = append(cols, tw.Column{Title: title, Width: colWidth(title, "99"), Right: true,
			Num: func(r int) int64 { return int64(t.number[t.areas[r].In[race]]) }})
	}
	cols = append(cols, tw.Column{Title: "Biên bản", Width: colWidth("Biên bản", "4/4"), Right: true, Num: func(r int) int64 { return int64(tallied(t.areas[r])) }})
	t.table = tw.NewTable(cols, func(r, c int) string {
		a := t.areas[r]
		switch {
		case c == 0:
			return a.CommuneCode
		case c == 1:
			return a.CommuneName
		case c == 2:
			return strconv.Itoa(a.Number)
		case c == 3:
			return a.Name
		case c < 4+len(t.races):
			if n := t.number[a.In[t.races[c-4]]]; n > 0 {
				return strconv.Itoa(n)
			}
			return "–"
		}
		return fmt.Sprintf("%d/%d", tallied(a), len(t.races))
	}, t.pick)
	t.holder.Objects = []fyne.CanvasObject{t.table}
	t.holder.Refresh()
}

func tallied(a data.PollingArea) int {
	n := 0
	for _, ok := range a.Tallied {
		if ok {
			n++
		}
	}
	return n
}

// show lists the polling areas of the election (read after any change).
func (t *areaTab) show(areas []data.PollingArea) {
	if t.table == nil || fmt.Sprint(t.races) != fmt.Sprint(t.v.cur.Races) {
		t.build()
	}
	t.areas = areas
	t.number = map[int64]int{}
	for _, c := range t.v.res.Constituencies {
		t.number[c.ID] = c.Number
	}
	t.filter()
}

// count says how many polling areas are listed, for the status line.
func (t *areaTab) count() string {
	if t.table == nil {
		return "0 khu vực bỏ phiếu"
	}
	return t.table.Count("khu vực bỏ phiếu")
}

func (t *areaTab) filter() {
	if t.table == nil {
		return
	}
	q := vn.Fold(t.search.Text)
	var rows []int
	for i, a := range t.areas {
		if q == "" || strings.Contains(vn.Fold(a.CommuneName+" "+a.CommuneCode+" "+a.Name+" số "+strconv.Itoa(a.Number)), q) {
			rows = append(rows, i)
		}
	}
	t.table.SetRows(rows)
	t.pick(t.table.Selected())
	t.v.status()
}

func (t *areaTab) pick(r int) {
	t.sel = r
	for _, b := range []*widget.Button{t.edit, t.del, t.tally} {
		if r < 0 {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	if r >= 0 {
		a := t.areas[r]
		t.v.h.SetStatus(fmt.Sprintf("%s, %s: %d/%d biên bản kiểm phiếu đã nhập", a.Label(), a.CommuneName, tallied(a), len(t.races)))
	}
}

func (t *areaTab) add() {
	if t.v.refuseLocked() {
		return
	}
	a := data.PollingArea{ElectionID: t.v.cur.ID, In: map[election.Race]int64{}}
	if t.sel >= 0 { // the next polling area of the same commune
		prev := t.areas[t.sel]
		a.CommuneID, a.CommuneCode, a.CommuneName = prev.CommuneID, prev.CommuneCode, prev.CommuneName
		a.Number = prev.Number + 1
		for r, k := range prev.In {
			a.In[r] = k
		}
	}
	t.editArea(a)
}

// constituencyChoice is a constituency as a select shows it.
func constituencyChoice(c data.ConstituencyResult) string {
	return fmt.Sprintf("Số %d – %s (%d ghế)", c.Number, c.UnitName, c.Seats)
}

// editArea adds (ID 0) or changes a polling area. The commune typed is
// looked up off the UI goroutine as the user types.
func (t *areaTab) editArea(a data.PollingArea) {
	v := t.v
	st, structure := v.h.Store(), v.cur.Structure
	communeEntry := tw.NewFormEntry("mã xã, ví dụ 15775, hoặc tên xã")
	communeEntry.SetText(a.CommuneCode)
	communeName := widget.NewLabel(a.CommuneName)
	number := tw.NewFormEntry("1")
	number.Validator = tw.CountValidator(true)
	if a.Number > 0 {
		number.SetText(strconv.Itoa(a.Number))
	}
	name := tw.NewFormEntry("ví dụ: Tổ 06 Thiện Phong")
	name.SetText(a.Name)
	villages := widget.NewCheckGroup(nil, nil)
	villages.Horizontal = true
	selects := map[election.Race]*widget.Select{}
	choices := map[election.Race]map[string]int64{}
	for _, race := range v.cur.Races {
		selects[race] = widget.NewSelect(nil, nil)
		selects[race].PlaceHolder = "Chọn đơn vị bầu cử " + race.Label()
	}
	var found data.Unit
	var villageIDs map[string]int64

	// show writes the commune found and lists what it offers: its
	// villages and, per race, the constituencies of its own council,
	// district's and province's.
	show := func(s string, c commune) {
		found = c.unit
		switch {
		case strings.TrimSpace(s) == "":
			communeName.SetText("")
		case found.ID == 0:
			communeName.SetText("Không tìm thấy (hoặc nhiều xã trùng tên: gõ mã xã)")
		default:
			communeName.SetText(fmt.Sprintf("%s (%s)", found.Name, found.Code))
		}
		villageIDs = map[string]int64{}
		var names []string
		for _, k := range c.villages {
			villageIDs[k.Name] = k.ID
			names = append(names, k.Name)
		}
		villages.Options = names
		villages.Refresh()
		inChain := map[int64]bool{}
		for _, u := range c.chain {
			inChain[u.ID] = true
		}
		for _, race := range v.cur.Races {
			choices[race] = map[string]int64{}
			var opts []string
			for _, k := range v.res.Constituencies {
				if k.Race == race && inChain[k.UnitID] {
					s := constituencyChoice(k)
					choices[race][s] = k.ID
					opts = append(opts, s)
				}
			}
			sel := selects[race]
			sel.SetOptions(opts)
			sel.ClearSelected()
			for s, id := range choices[race] {
				if id == a.In[race] {
					sel.SetSelected(s)
				}
			}
			if len(opts) == 1 {
				sel.SetSelected(opts[0])
			}
		}
	}
	var lookups tw.Latest
	communeEntry.OnChanged = func(s string) {
		lookups.Run(func() func() {
			c := findCommune(v.ctx, st, structure, s)
			return func() { show(s, c) }
		})
	}
	show(a.CommuneCode, findCommune(v.ctx, st, structure, a.CommuneCode))
	for id := range a.Villages {
		for n, vid := range villageIDs {
			if vid == a.Villages[id] {
				villages.Selected = append(villages.Selected, n)
			}
		}
	}
	villages.Refresh()

	fields := []tw.Field{
		{Name: election.FieldCommune, Label: "Xã, phường, thị trấn *", Widget: container.NewVBox(communeEntry, communeName), Entry: communeEntry, Required: true},
		{Name: election.FieldArea, Label: "Số khu vực bỏ phiếu *", Widget: number, Required: true},
		{Name: election.FieldName, Label: "Tên", Widget: name},
		{Name: election.FieldVillages, Label: "Thôn, tổ dân phố", Widget: villages, Hint: "Thêm thôn ở màn hình Đơn vị hành chính"},
	}
	for _, race := range v.cur.Races {
		fields = append(fields, tw.Field{Name: election.ConstituencyField(race), Label: "Đơn vị bầu cử " + race.Label() + " *", Widget: selects[race]})
	}
	title, action := "Thêm khu vực bỏ phiếu", "Thêm"
	if a.ID != 0 {
		title, action = "Sửa "+a.Label()+", "+a.CommuneName, "Lưu"
	}
	d := tw.NewEditDialog(v.h.Window(), title, action, fields, func() error {
		if lookups.Pending() { // saved before the commune typed was looked up
			show(communeEntry.Text, findCommune(v.ctx, st, structure, communeEntry.Text))
		}
		if found.ID == 0 {
			return &problem.Problem{Field: election.FieldCommune, Rule: problem.Unit, Message: "chưa có xã (gõ mã hoặc tên)"}
		}
		n, _ := tw.ParseCount(number.Text) // checked by its validator
		a.CommuneID, a.Number, a.Name = found.ID, int(n), name.Text
		a.In = map[election.Race]int64{}
		for _, race := range v.cur.Races {
			if id, ok := choices[race][selects[race].Selected]; ok {
				a.In[race] = id
			}
		}
		a.Villages = nil
		for _, s := range villages.Selected {
			a.Villages = append(a.Villages, villageIDs[s])
		}
		saved, err := st.SavePollingArea(v.ctx, a)
		if err == nil {
			a = saved
		}
		return err
	}, func() {
		v.refresh(func() { v.h.SetStatus("Đã lưu " + a.Label() + ", " + a.CommuneName) })
	})
	was := [3]string{communeEntry.Text, number.Text, name.Text}
	d.AskBeforeCancel(func() bool { return [3]string{communeEntry.Text, number.Text, name.Text} != was })
	if v.cur.Locked() {
		d.ReadOnly(lockedReason(v.cur))
	}
	d.Show(fyne.NewSize(760, 0), number)
}

func (t *areaTab) remove() {
	if t.sel < 0 || t.v.refuseLocked() {
		return
	}
	v := t.v
	a := t.areas[t.sel]
	msg := fmt.Sprintf("Xóa %s của %s? Sẽ mất cả %d biên bản kiểm phiếu của khu vực này. Việc này không hoàn tác được.", a.Label(), a.CommuneName, tallied(a))
	tw.Confirm(v.h.Window(), "Xóa khu vực bỏ phiếu", msg, "Xóa", func() {
		if err := v.h.Store().DeletePollingArea(v.ctx, a.ID); err != nil {
			tw.ShowError(v.h.Window(), err)
			return
		}
		t.table.ClearSelection()
		v.refresh(func() { v.h.SetStatus("Đã xóa " + a.Label() + ", " + a.CommuneName) })
	})
}
