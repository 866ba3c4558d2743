package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// allRaces is the race filter's choice for every race.
const allRaces = "Tất cả các cấp"

// constituencyTab lists the election's constituencies and, beside the one
// selected, its candidates; both can be added, edited and removed with
// the store's checks.
type constituencyTab struct {
	v         *electionView
	race      *widget.Select
	search    *widget.Entry
	rows      []data.ConstituencyResult
	table     *gridTable
	sel       int // row selected, -1 when none
	cands     []data.Candidate
	candTable *gridTable
	candSel   int
	title     *widget.Label
	edit, del *widget.Button
	addC      *widget.Button
	editC     *widget.Button
	delC      *widget.Button
	content   fyne.CanvasObject
}

func raceChoices(e data.Election) []string {
	out := []string{allRaces}
	for _, r := range e.Races {
		out = append(out, string(r))
	}
	return out
}

func newConstituencyTab(v *electionView) *constituencyTab {
	t := &constituencyTab{v: v, sel: -1, candSel: -1}
	t.race = widget.NewSelect([]string{allRaces}, func(string) { t.filter() })
	t.search = widget.NewEntry()
	t.search.SetPlaceHolder("Tìm theo đơn vị hành chính hoặc số (Ctrl+F)…")
	t.search.OnChanged = func(string) { t.filter() }
	t.table = newGridTable([]gridColumn{
		{title: "Cấp", width: 110},
		{title: "Đơn vị hành chính", width: 240},
		{title: "Số đơn vị bầu cử", width: 150, right: true, num: func(r int) int64 { return int64(t.rows[r].Number) }},
		{title: "Số đại biểu được bầu", width: 185, right: true, num: func(r int) int64 { return int64(t.rows[r].Seats) }},
		{title: "Người ứng cử", width: 125, right: true, num: func(r int) int64 { return int64(len(t.rows[r].Ranked)) }},
		{title: "Khu vực bỏ phiếu", width: 150, right: true, num: func(r int) int64 { return int64(t.rows[r].Areas) }},
	}, func(r, c int) string {
		x := t.rows[r]
		switch c {
		case 0:
			return string(x.Race)
		case 1:
			return x.UnitName
		case 2:
			return strconv.Itoa(x.Number)
		case 3:
			return strconv.Itoa(x.Seats)
		case 4:
			return strconv.Itoa(len(x.Ranked))
		}
		return vn.Int(int64(x.Areas))
	}, t.pick)
	t.candTable = newGridTable([]gridColumn{
		{title: "Họ và tên", width: 300},
		{title: "Ngày sinh", width: 130, num: func(r int) int64 { return t.cands[r].Birth.Unix() }},
		{title: "Giới tính", width: 110},
	}, func(r, c int) string {
		x := t.cands[r]
		switch c {
		case 0:
			return x.Name
		case 1:
			if x.Birth.IsZero() {
				return ""
			}
			return vn.DMY(x.Birth)
		}
		return x.Sex
	}, func(r int) {
		t.candSel = r
		t.editC.Enable()
		t.delC.Enable()
	})

	add := widget.NewButtonWithIcon("Thêm đơn vị bầu cử", theme.ContentAddIcon(), t.addConstituency)
	t.edit = widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() {
		if t.sel >= 0 {
			t.editConstituency(t.rows[t.sel].Constituency)
		}
	})
	t.del = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.removeConstituency)
	t.addC = widget.NewButtonWithIcon("Thêm người ứng cử", theme.ContentAddIcon(), func() { t.editCandidate(data.Candidate{}) })
	t.editC = widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() {
		if t.candSel >= 0 {
			t.editCandidate(t.cands[t.candSel])
		}
	})
	t.delC = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.removeCandidate)
	t.title = bold("Chọn một đơn vị bầu cử để xem người ứng cử")
	t.title.Truncation = fyne.TextTruncateEllipsis

	left := container.NewBorder(
		container.NewVBox(container.NewBorder(nil, nil, t.race, nil, t.search), container.NewHBox(add, t.edit, t.del)),
		nil, nil, nil, t.table.table)
	right := container.NewBorder(container.NewBorder(nil, nil, nil, container.NewHBox(t.addC, t.editC, t.delC), t.title), nil, nil, nil, t.candTable.table)
	split := container.NewVSplit(left, right)
	split.Offset = 0.6
	t.content = split
	return t
}

// load shows the election's constituencies (after any change).
func (t *constituencyTab) load() {
	t.race.SetOptions(raceChoices(t.v.cur))
	if t.race.Selected == "" {
		t.race.SetSelected(allRaces)
	}
	t.rows = t.v.res.Constituencies
	t.filter()
}

func (t *constituencyTab) filter() {
	if t.v.res == nil {
		return
	}
	q := vn.Fold(t.search.Text)
	var rows []int
	for i, c := range t.rows {
		if t.race.Selected != allRaces && string(c.Race) != t.race.Selected {
			continue
		}
		if q != "" && !strings.Contains(vn.Fold(c.UnitName+" "+c.UnitCode+" "+strconv.Itoa(c.Number)), q) {
			continue
		}
		rows = append(rows, i)
	}
	t.table.setRows(rows)
	if t.table.selected < 0 {
		t.pick(-1)
	}
	t.v.status()
}

// pick shows the candidates of a constituency (-1: none).
func (t *constituencyTab) pick(r int) {
	t.sel = r
	t.candSel = -1
	t.cands = nil
	t.editC.Disable()
	t.delC.Disable()
	if r < 0 {
		t.edit.Disable()
		t.del.Disable()
		t.addC.Disable()
		t.title.SetText("Chọn một đơn vị bầu cử để xem người ứng cử")
		t.candTable.setRows(nil)
		return
	}
	t.edit.Enable()
	t.del.Enable()
	t.addC.Enable()
	c := t.rows[r]
	cands, err := t.v.s.Store.Candidates(t.v.s.ctx, c.ID)
	if err != nil {
		t.v.s.ShowError(err)
		return
	}
	t.cands = cands
	t.title.SetText(fmt.Sprintf("%s: %d người ứng cử cho %d ghế", c.Label(), len(cands), c.Seats))
	t.candTable.setRows(allRows(len(cands)))
}

func (t *constituencyTab) addConstituency() {
	c := data.Constituency{ElectionID: t.v.cur.ID}
	if t.sel >= 0 { // most constituencies follow one of the same unit
		prev := t.rows[t.sel]
		c.Race, c.UnitID, c.UnitCode, c.UnitName = prev.Race, prev.UnitID, prev.UnitCode, prev.UnitName
	}
	t.editConstituency(c)
}

// editConstituency adds (ID 0) or changes a constituency.
func (t *constituencyTab) editConstituency(c data.Constituency) {
	v := t.v
	races := make([]string, len(v.cur.Races))
	for i, r := range v.cur.Races {
		races[i] = string(r)
	}
	race := widget.NewSelect(races, nil)
	race.SetSelected(string(c.Race))
	unit := newFormEntry("mã, ví dụ 15775, hoặc tên đơn vị")
	unit.SetText(c.UnitCode)
	unitName := widget.NewLabel(c.UnitName)
	var found data.Unit
	lookup := func(s string) {
		found = data.Unit{}
		s = strings.TrimSpace(s)
		if s == "" {
			unitName.SetText("")
			return
		}
		if u, err := v.s.Store.UnitByCode(v.s.ctx, v.cur.Structure, s); err == nil {
			found = u
		} else if us, err := v.s.Store.SearchUnits(v.s.ctx, s, 20); err == nil {
			for _, u := range us {
				if u.Official && u.Structure == v.cur.Structure && vn.Fold(u.Name) == vn.Fold(s) || len(us) == 1 && us[0].Official {
					found = u
					break
				}
			}
		}
		if found.ID == 0 {
			unitName.SetText("Không tìm thấy đơn vị hành chính này trong danh mục " + v.cur.Structure)
			return
		}
		unitName.SetText(fmt.Sprintf("%s (%s)", found.Name, found.Code))
	}
	unit.OnChanged = lookup
	lookup(c.UnitCode)
	number := newFormEntry("1")
	number.Validator = countValidator(true)
	seats := newFormEntry("tối đa 3 (QH), 5 (HĐND)")
	if c.ID != 0 {
		number.SetText(strconv.Itoa(c.Number))
		seats.SetText(strconv.Itoa(c.Seats))
	}
	desc := newFormEntry("ví dụ: gồm các xã …")
	desc.SetText(c.Description)
	title, action := "Thêm đơn vị bầu cử", "Thêm"
	if c.ID != 0 {
		title, action = "Sửa "+c.Label(), "Lưu"
	}
	d := newEditDialog(v.s.Win, title, action, []formField{
		{label: "Cấp *", widget: race},
		{field: election.FieldUnit, label: "Đơn vị hành chính *", widget: container.NewVBox(unit, unitName), entry: unit, required: true,
			hint: "Đơn vị có Hội đồng nhân dân được bầu; với đại biểu Quốc hội là tỉnh"},
		{field: election.FieldNumber, label: "Số đơn vị bầu cử *", widget: number, required: true},
		{field: election.FieldSeats, label: "Số đại biểu được bầu *", widget: seats, required: true},
		{field: election.FieldDescription, label: "Mô tả", widget: desc},
	}, func() error {
		n, _ := parseCount(number.Text)
		s, ok := parseCount(seats.Text)
		if !ok {
			return &problem.Problem{Field: election.FieldSeats, Rule: problem.Seats, Message: "cần một số nguyên"}
		}
		if race.Selected == "" {
			return fmt.Errorf("chọn cấp bầu cử")
		}
		if found.ID == 0 {
			return &problem.Problem{Field: election.FieldUnit, Rule: problem.Unit, Message: "chưa có đơn vị hành chính (gõ mã hoặc tên)"}
		}
		c.Race, c.UnitID, c.Number, c.Seats, c.Description = election.Race(race.Selected), found.ID, int(n), int(s), desc.Text
		saved, err := v.s.Store.SaveConstituency(v.s.ctx, c)
		if err == nil {
			c = saved
		}
		return err
	}, func() {
		v.refresh()
		v.s.SetStatus("Đã lưu " + c.Label())
	})
	d.show(680, number)
}

func (t *constituencyTab) removeConstituency() {
	if t.sel < 0 {
		return
	}
	c := t.rows[t.sel]
	use, err := t.v.s.Store.ConstituencyUse(t.v.s.ctx, c.ID)
	if err != nil {
		t.v.s.ShowError(err)
		return
	}
	msg := fmt.Sprintf("Xóa %s? Sẽ mất %d người ứng cử và %d biên bản kiểm phiếu; %d khu vực bỏ phiếu sẽ không còn thuộc đơn vị bầu cử %s nào. Việc này không hoàn tác được.",
		c.Label(), use.Candidates, use.Tallies, use.Areas, c.Race.Label())
	confirm(t.v.s.Win, "Xóa đơn vị bầu cử", msg, "Xóa", func() {
		if err := t.v.s.Store.DeleteConstituency(t.v.s.ctx, c.ID); err != nil {
			t.v.s.ShowError(err)
			return
		}
		t.table.selected = -1
		t.v.refresh()
		t.v.s.SetStatus("Đã xóa " + c.Label())
	})
}

// editCandidate adds (ID 0) or changes a candidate of the selected constituency.
func (t *constituencyTab) editCandidate(c data.Candidate) {
	if t.sel < 0 {
		return
	}
	k := t.rows[t.sel]
	v := t.v
	c.ConstituencyID = k.ID
	name := newFormEntry("Họ và tên đầy đủ, có dấu")
	name.SetText(c.Name)
	birth := newFormEntry("dd/mm/yyyy")
	if !c.Birth.IsZero() {
		birth.SetText(vn.DMY(c.Birth))
	}
	sex := widget.NewRadioGroup(vn.Sexes, nil)
	sex.Horizontal = true
	sex.SetSelected(c.Sex)
	title, action := "Thêm người ứng cử – "+k.Label(), "Thêm"
	if c.ID != 0 {
		title, action = "Sửa người ứng cử – "+k.Label(), "Lưu"
	}
	d := newEditDialog(v.s.Win, title, action, []formField{
		{field: election.FieldName, label: "Họ và tên *", widget: name, required: true},
		{field: election.FieldBirth, label: "Ngày sinh", widget: birth, hint: "Khi bằng phiếu ở ghế cuối, người nhiều tuổi hơn trúng cử (Điều 78)"},
		{label: "Giới tính", widget: sex},
	}, func() error {
		var b time.Time
		if strings.TrimSpace(birth.Text) != "" {
			var err error
			if b, err = vn.ParseDate(birth.Text); err != nil {
				return &problem.Problem{Field: election.FieldBirth, Rule: problem.Required, Message: err.Error()}
			}
		}
		c.Name, c.Birth, c.Sex = name.Text, b, sex.Selected
		saved, err := v.s.Store.SaveCandidate(v.s.ctx, c)
		if err == nil {
			c = saved
		}
		return err
	}, func() {
		sel := t.sel
		v.refresh()
		t.pick(sel)
		v.s.SetStatus("Đã lưu người ứng cử " + c.Name)
	})
	d.show(640, name)
}

func (t *constituencyTab) removeCandidate() {
	if t.candSel < 0 {
		return
	}
	c := t.cands[t.candSel]
	confirm(t.v.s.Win, "Xóa người ứng cử", fmt.Sprintf("Xóa người ứng cử %s khỏi %s?", c.Name, t.rows[t.sel].Label()), "Xóa", func() {
		if err := t.v.s.Store.DeleteCandidate(t.v.s.ctx, c.ID); err != nil {
			t.v.s.ShowError(err)
			return
		}
		sel := t.sel
		t.v.refresh()
		t.pick(sel)
		t.v.s.SetStatus("Đã xóa người ứng cử " + c.Name)
	})
}
