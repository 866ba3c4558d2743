package app

import (
	"fmt"
	"strconv"
	"strings"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// areaTab lists the election's polling areas with their constituency in
// each race and how many of their tallies are in; from it a polling area
// is added, edited, removed, and its tallies entered.
type areaTab struct {
	v       *electionView
	search  *widget.Entry
	areas   []data.PollingArea
	number  map[int64]int // constituency id -> its number
	table   *gridTable
	races   []election.Race // the races of the table's columns
	holder  *fyne.Container
	sel     int
	edit    *widget.Button
	del     *widget.Button
	tally   *widget.Button
	content fyne.CanvasObject
}

func newAreaTab(v *electionView) *areaTab {
	t := &areaTab{v: v, sel: -1}
	t.search = widget.NewEntry()
	t.search.SetPlaceHolder("Tìm theo xã, mã xã, số hoặc tên khu vực bỏ phiếu (Ctrl+F)…")
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
			openTallyForm(t.v, t.areas[t.sel], "")
		}
	})
	t.tally.Importance = widget.HighImportance
	t.holder = container.NewStack()
	t.content = container.NewBorder(
		container.NewVBox(t.search, container.NewHBox(add, t.edit, t.del, widget.NewSeparator(), t.tally)),
		nil, nil, nil, t.holder)
	t.pick(-1)
	return t
}

// build makes the table for the election's races.
func (t *areaTab) build() {
	t.races = t.v.cur.Races
	cols := []gridColumn{
		{title: "Mã xã", width: 75},
		{title: "Xã, phường", width: 150},
		{title: "Số", width: 55, right: true, num: func(r int) int64 { return int64(t.areas[r].Number) }},
		{title: "Tên", width: 165},
	}
	for _, race := range t.races {
		race := race
		title := "ĐVBC " + strings.TrimPrefix(string(race), "HĐND ")
		cols = append(cols, gridColumn{title: title, width: 98, right: true,
			num: func(r int) int64 { return int64(t.number[t.areas[r].In[race]]) }})
	}
	cols = append(cols, gridColumn{title: "Biên bản", width: 90, right: true, num: func(r int) int64 { return int64(tallied(t.areas[r])) }})
	t.table = newGridTable(cols, func(r, c int) string {
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
	t.holder.Objects = []fyne.CanvasObject{t.table.table}
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

// load reads the polling areas of the election (after any change).
func (t *areaTab) load() {
	if t.table == nil || fmt.Sprint(t.races) != fmt.Sprint(t.v.cur.Races) {
		t.build()
	}
	areas, err := t.v.s.Store.PollingAreas(t.v.s.ctx, t.v.cur.ID, 0)
	if err != nil {
		t.v.s.ShowError(err)
		return
	}
	t.areas = areas
	t.number = map[int64]int{}
	for _, c := range t.v.res.Constituencies {
		t.number[c.ID] = c.Number
	}
	t.filter()
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
	t.table.setRows(rows)
	t.pick(t.table.selected)
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
		t.v.s.SetStatus(fmt.Sprintf("%s, %s: %d/%d biên bản kiểm phiếu đã nhập", a.Label(), a.CommuneName, tallied(a), len(t.races)))
	}
}

func (t *areaTab) add() {
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

// editArea adds (ID 0) or changes a polling area.
func (t *areaTab) editArea(a data.PollingArea) {
	v := t.v
	commune := newFormEntry("mã xã, ví dụ 15775, hoặc tên xã")
	commune.SetText(a.CommuneCode)
	communeName := widget.NewLabel(a.CommuneName)
	number := newFormEntry("1")
	number.Validator = countValidator(true)
	if a.Number > 0 {
		number.SetText(strconv.Itoa(a.Number))
	}
	name := newFormEntry("ví dụ: Tổ 06 Thiện Phong")
	name.SetText(a.Name)
	villages := widget.NewCheckGroup(nil, nil)
	villages.Horizontal = true
	selects := map[election.Race]*widget.Select{}
	choices := map[election.Race]map[string]int64{}
	var found data.Unit
	var villageIDs map[string]int64

	// fill lists what the commune offers: its villages and, per race, the
	// constituencies of its own council, district's and province's.
	fill := func() {
		villageIDs = map[string]int64{}
		var names []string
		if found.ID != 0 {
			kids, _ := v.s.Store.Children(v.s.ctx, found.ID)
			for _, k := range kids {
				if !k.Official {
					villageIDs[k.Name] = k.ID
					names = append(names, k.Name)
				}
			}
		}
		villages.Options = names
		villages.Refresh()
		chain, _ := v.s.Store.Ancestors(v.s.ctx, found.ID)
		inChain := map[int64]bool{}
		for _, u := range chain {
			inChain[u.ID] = true
		}
		for _, race := range v.cur.Races {
			choices[race] = map[string]int64{}
			var opts []string
			for _, c := range v.res.Constituencies {
				if c.Race == race && inChain[c.UnitID] {
					s := constituencyChoice(c)
					choices[race][s] = c.ID
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
	for _, race := range v.cur.Races {
		selects[race] = widget.NewSelect(nil, nil)
		selects[race].PlaceHolder = "Chọn đơn vị bầu cử " + race.Label()
	}
	lookup := func(s string) {
		found = data.Unit{}
		s = strings.TrimSpace(s)
		if u, err := v.s.Store.UnitByCode(v.s.ctx, v.cur.Structure, s); err == nil && s != "" {
			found = u
		} else if us, err := v.s.Store.SearchUnits(v.s.ctx, s, 50); err == nil && s != "" {
			var fit []data.Unit
			for _, u := range us {
				if u.Official && u.Structure == v.cur.Structure && (u.Type == "Xã" || u.Type == "Phường" || u.Type == "Thị trấn" || u.Type == "Đặc khu") {
					fit = append(fit, u)
				}
			}
			if len(fit) == 1 {
				found = fit[0]
			}
		}
		switch {
		case s == "":
			communeName.SetText("")
		case found.ID == 0:
			communeName.SetText("Không tìm thấy (hoặc nhiều xã trùng tên: gõ mã xã)")
		default:
			communeName.SetText(fmt.Sprintf("%s (%s)", found.Name, found.Code))
		}
		fill()
	}
	commune.OnChanged = lookup
	lookup(a.CommuneCode)
	for id := range a.Villages {
		for n, vid := range villageIDs {
			if vid == a.Villages[id] {
				villages.Selected = append(villages.Selected, n)
			}
		}
	}
	villages.Refresh()

	fields := []formField{
		{field: election.FieldCommune, label: "Xã, phường, thị trấn *", widget: container.NewVBox(commune, communeName), entry: commune, required: true},
		{field: election.FieldArea, label: "Số khu vực bỏ phiếu *", widget: number, required: true},
		{field: election.FieldName, label: "Tên", widget: name},
		{field: election.FieldVillages, label: "Thôn, tổ dân phố", widget: villages, hint: "Thêm thôn ở màn hình Đơn vị hành chính"},
	}
	for _, race := range v.cur.Races {
		fields = append(fields, formField{field: election.ConstituencyField(race), label: "Đơn vị bầu cử " + race.Label() + " *", widget: selects[race]})
	}
	title, action := "Thêm khu vực bỏ phiếu", "Thêm"
	if a.ID != 0 {
		title, action = "Sửa "+a.Label()+", "+a.CommuneName, "Lưu"
	}
	d := newEditDialog(v.s.Win, title, action, fields, func() error {
		if found.ID == 0 {
			return &problem.Problem{Field: election.FieldCommune, Rule: problem.Unit, Message: "chưa có xã (gõ mã hoặc tên)"}
		}
		n, _ := parseCount(number.Text)
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
		saved, err := v.s.Store.SavePollingArea(v.s.ctx, a)
		if err == nil {
			a = saved
		}
		return err
	}, func() {
		v.refresh()
		v.s.SetStatus("Đã lưu " + a.Label() + ", " + a.CommuneName)
	})
	d.show(760, number)
}

func (t *areaTab) remove() {
	if t.sel < 0 {
		return
	}
	a := t.areas[t.sel]
	msg := fmt.Sprintf("Xóa %s của %s? Sẽ mất cả %d biên bản kiểm phiếu của khu vực này. Việc này không hoàn tác được.", a.Label(), a.CommuneName, tallied(a))
	confirm(t.v.s.Win, "Xóa khu vực bỏ phiếu", msg, "Xóa", func() {
		if err := t.v.s.Store.DeletePollingArea(t.v.s.ctx, a.ID); err != nil {
			t.v.s.ShowError(err)
			return
		}
		t.table.selected = -1
		t.v.refresh()
		t.v.s.SetStatus("Đã xóa " + a.Label() + ", " + a.CommuneName)
	})
}
