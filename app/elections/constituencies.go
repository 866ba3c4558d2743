package elections

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

	tw "tdkt/app/widget"
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
	v         *view
	race      *widget.Select
	search    *widget.Entry
	rows      []data.ConstituencyResult
	table     *tw.Table
	sel       int // row selected, -1 when none
	cands     []data.Candidate
	candTable *tw.Table
	candSel   int
	title     *widget.Label
	short     *widget.Label // the list is shorter than the law asks
	edit, del *widget.Button
	addC      *widget.Button
	editC     *widget.Button
	delC      *widget.Button
	toggle    *widget.Button
	split     *container.Split
	right     fyne.CanvasObject // the candidates pane
	content   fyne.CanvasObject
}

// candidatesShownKey remembers whether the candidates pane is shown.
const candidatesShownKey = "elections.constituencies.candidates"

// showCandidates shows or hides the candidates pane, the list taking the
// whole width when it is hidden.
func (t *constituencyTab) showCandidates(show bool) {
	if show {
		t.right.Show()
		t.toggle.SetIcon(theme.VisibilityIcon())
	} else {
		t.right.Hide()
		t.toggle.SetIcon(theme.VisibilityOffIcon())
	}
	fyne.CurrentApp().Preferences().SetBool(candidatesShownKey, show)
	t.split.Refresh()
}

func raceChoices(e data.Election) []string {
	out := []string{allRaces}
	for _, r := range e.Races {
		out = append(out, string(r))
	}
	return out
}

func newConstituencyTab(v *view) *constituencyTab {
	t := &constituencyTab{v: v, sel: -1, candSel: -1}
	t.race = widget.NewSelect([]string{allRaces}, func(string) { t.filter() })
	t.search = widget.NewEntry()
	t.search.SetPlaceHolder("Tìm theo đơn vị hành chính hoặc số (Ctrl+F)…")
	t.search.OnChanged = func(string) { t.filter() }
	t.table = tw.NewTable([]tw.Column{
		{Title: "Cấp", Width: colWidth("Cấp", "HĐND huyện")},
		{Title: "Đơn vị hành chính", Width: colWidth("Đơn vị hành chính", "Thành phố Thanh Hóa")},
		{Title: "Số", Width: colWidth("Số", "99"), Right: true, Num: func(r int) int64 { return int64(t.rows[r].Number) }},
		{Title: "Đại biểu", Width: colWidth("Đại biểu"), Right: true, Num: func(r int) int64 { return int64(t.rows[r].Seats) }},
		{Title: "Ứng cử", Width: colWidth("Ứng cử", "10 (cần 15)"), Right: true, Num: func(r int) int64 { return int64(len(t.rows[r].Ranked)) }},
		{Title: "Khu vực", Width: colWidth("Khu vực", "1.234"), Right: true, Num: func(r int) int64 { return int64(t.rows[r].Areas) }},
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
			n := strconv.Itoa(len(x.Ranked))
			if len(x.Warnings) > 0 { // Điều 57.6 / 58.3: a warning, never a refusal
				n += fmt.Sprintf(" (cần %d)", election.MinCandidates(x.Race, x.Seats))
			}
			return n
		}
		return vn.Int(int64(x.Areas))
	}, t.pick)
	t.candTable = tw.NewTable([]tw.Column{
		{Title: "Họ và tên", Width: colWidth("Họ và tên", "Nguyễn Thị Phương Thảo")},
		{Title: "Ngày sinh", Width: colWidth("Ngày sinh", "29/12/1978"), Num: func(r int) int64 { return t.cands[r].Birth.Unix() }},
		{Title: "Giới tính", Width: colWidth("Giới tính", "Nam")},
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
	t.addC = widget.NewButtonWithIcon("Thêm người", theme.ContentAddIcon(), func() { t.editCandidate(data.Candidate{}) })
	t.editC = widget.NewButtonWithIcon("Sửa", theme.DocumentCreateIcon(), func() {
		if t.candSel >= 0 {
			t.editCandidate(t.cands[t.candSel])
		}
	})
	t.delC = widget.NewButtonWithIcon("Xóa", theme.DeleteIcon(), t.removeCandidate)
	t.title = tw.Bold("Chọn một đơn vị bầu cử để xem người ứng cử")
	t.title.Truncation = fyne.TextTruncateEllipsis
	t.short = widget.NewLabel("")
	t.short.Importance = widget.WarningImportance
	t.short.Truncation = fyne.TextTruncateEllipsis
	t.short.Hide()

	// The list takes the whole height; the selected constituency's
	// candidates are beside it, in a pane that can be hidden.
	right := container.NewBorder(
		container.NewVBox(t.title, t.short, container.NewHBox(t.addC, t.editC, t.delC)),
		nil, nil, nil, t.candTable)
	// The list's side: its columns, and room for the scrollbar beside them.
	fit := func() float32 { return t.table.Width() + theme.ScrollBarSize() + 2*theme.Padding() }
	split := rememberedSplit("elections.constituencies.split", true, t.table, right, 0.6, fit)
	t.toggle = widget.NewButtonWithIcon("Người ứng cử", theme.VisibilityIcon(), func() { t.showCandidates(!right.Visible()) })
	t.right, t.split = right, split
	filters := container.NewBorder(nil, nil, atLeast(t.race, colWidth(allRaces)+30), container.NewHBox(add, t.edit, t.del, widget.NewSeparator(), t.toggle), t.search)
	t.content = container.NewBorder(filters, nil, nil, nil, split)
	t.showCandidates(fyne.CurrentApp().Preferences().BoolWithFallback(candidatesShownKey, true))
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
	t.table.SetRows(rows)
	if t.table.Selected() < 0 {
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
		t.short.Hide()
		t.candTable.SetRows(nil)
		return
	}
	t.edit.Enable()
	t.del.Enable()
	t.addC.Enable()
	c := t.rows[r]
	cands, err := t.v.h.Store().Candidates(t.v.ctx, c.ID)
	if err != nil {
		tw.ShowError(t.v.h.Window(), err)
		return
	}
	t.cands = cands
	t.title.SetText(fmt.Sprintf("%s: %d người ứng cử cho %d ghế", c.Label(), len(cands), c.Seats))
	if need := election.MinCandidates(c.Race, c.Seats); len(cands) < need {
		t.short.SetText(fmt.Sprintf("Ít hơn quy định: cần %d người ứng cử (%s)", need, listArticle(c.Race)))
		t.short.Show()
	} else {
		t.short.Hide()
	}
	t.candTable.SetRows(tw.AllRows(len(cands)))
}

func (t *constituencyTab) addConstituency() {
	if t.v.refuseLocked() {
		return
	}
	c := data.Constituency{ElectionID: t.v.cur.ID}
	if t.sel >= 0 { // most constituencies follow one of the same unit
		prev := t.rows[t.sel]
		c.Race, c.UnitID, c.UnitCode, c.UnitName = prev.Race, prev.UnitID, prev.UnitCode, prev.UnitName
	}
	t.editConstituency(c)
}

// editConstituency adds (ID 0) or changes a constituency. The unit typed
// is looked up off the UI goroutine as the user types.
func (t *constituencyTab) editConstituency(c data.Constituency) {
	v := t.v
	st, structure := v.h.Store(), v.cur.Structure
	races := make([]string, len(v.cur.Races))
	for i, r := range v.cur.Races {
		races[i] = string(r)
	}
	race := widget.NewSelect(races, nil)
	race.SetSelected(string(c.Race))
	unit := tw.NewFormEntry("mã, ví dụ 15775, hoặc tên đơn vị")
	unit.SetText(c.UnitCode)
	unitName := widget.NewLabel(c.UnitName)
	var found data.Unit
	show := func(s string, u data.Unit) {
		found = u
		switch {
		case strings.TrimSpace(s) == "":
			unitName.SetText("")
		case u.ID == 0:
			unitName.SetText("Không tìm thấy đơn vị hành chính này trong danh mục " + structure)
		default:
			unitName.SetText(fmt.Sprintf("%s (%s)", u.Name, u.Code))
		}
	}
	var lookups tw.Latest
	unit.OnChanged = func(s string) {
		lookups.Run(func() func() {
			u := findUnit(v.ctx, st, structure, s)
			return func() { show(s, u) }
		})
	}
	show(c.UnitCode, findUnit(v.ctx, st, structure, c.UnitCode))
	number := tw.NewFormEntry("1")
	number.Validator = tw.CountValidator(true)
	seats := tw.NewFormEntry("tối đa 3 (QH), 5 (HĐND)")
	if c.ID != 0 {
		number.SetText(strconv.Itoa(c.Number))
		seats.SetText(strconv.Itoa(c.Seats))
	}
	desc := tw.NewFormEntry("ví dụ: gồm các xã …")
	desc.SetText(c.Description)
	title, action := "Thêm đơn vị bầu cử", "Thêm"
	if c.ID != 0 {
		title, action = "Sửa "+c.Label(), "Lưu"
	}
	d := tw.NewEditDialog(v.h.Window(), title, action, []tw.Field{
		{Label: "Cấp *", Widget: race},
		{Name: election.FieldUnit, Label: "Đơn vị hành chính *", Widget: container.NewVBox(unit, unitName), Entry: unit, Required: true,
			Hint: "Đơn vị có Hội đồng nhân dân được bầu; với đại biểu Quốc hội là tỉnh"},
		{Name: election.FieldNumber, Label: "Số đơn vị bầu cử *", Widget: number, Required: true},
		{Name: election.FieldSeats, Label: "Số đại biểu được bầu *", Widget: seats, Required: true},
		{Name: election.FieldDescription, Label: "Mô tả", Widget: desc},
	}, func() error {
		if lookups.Pending() { // saved before the unit typed was looked up
			show(unit.Text, findUnit(v.ctx, st, structure, unit.Text))
		}
		n, _ := tw.ParseCount(number.Text) // checked by its validator
		s, ok := tw.ParseCount(seats.Text)
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
		saved, err := st.SaveConstituency(v.ctx, c)
		if err == nil {
			c = saved
		}
		return err
	}, func() {
		v.refresh(func() { v.h.SetStatus("Đã lưu " + c.Label()) })
	})
	was := [5]string{race.Selected, unit.Text, number.Text, seats.Text, desc.Text}
	d.AskBeforeCancel(func() bool { return [5]string{race.Selected, unit.Text, number.Text, seats.Text, desc.Text} != was })
	if v.cur.Locked() {
		d.ReadOnly(lockedReason(v.cur))
	}
	d.Show(fyne.NewSize(680, 0), number)
}

func (t *constituencyTab) removeConstituency() {
	if t.sel < 0 || t.v.refuseLocked() {
		return
	}
	v := t.v
	c := t.rows[t.sel]
	use, err := v.h.Store().ConstituencyUse(v.ctx, c.ID)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
		return
	}
	msg := fmt.Sprintf("Xóa %s? Sẽ mất %d người ứng cử và %d biên bản kiểm phiếu; %d khu vực bỏ phiếu sẽ không còn thuộc đơn vị bầu cử %s nào. Việc này không hoàn tác được.",
		c.Label(), use.Candidates, use.Tallies, use.Areas, c.Race.Label())
	tw.Confirm(v.h.Window(), "Xóa đơn vị bầu cử", msg, "Xóa", func() {
		if err := v.h.Store().DeleteConstituency(v.ctx, c.ID); err != nil {
			tw.ShowError(v.h.Window(), err)
			return
		}
		t.table.ClearSelection()
		v.refresh(func() { v.h.SetStatus("Đã xóa " + c.Label()) })
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
	name := tw.NewFormEntry("Họ và tên đầy đủ, có dấu")
	name.SetText(c.Name)
	birth := tw.NewFormEntry("dd/mm/yyyy")
	if !c.Birth.IsZero() {
		birth.SetText(vn.DMY(c.Birth))
	}
	sex := widget.NewRadioGroup(vn.Sexes, nil)
	sex.Horizontal = true
	sex.SetSelected(c.Sex)
	p := newProfileFields(c.Profile)
	title, action := "Thêm người ứng cử – "+k.Label(), "Thêm"
	if c.ID != 0 {
		title, action = "Sửa người ứng cử – "+k.Label(), "Lưu"
	}
	d := tw.NewEditDialog(v.h.Window(), title, action, []tw.Field{
		{Name: election.FieldName, Label: "Họ và tên *", Widget: name, Required: true},
		{Name: election.FieldBirth, Label: "Ngày sinh *", Widget: birth, Required: true,
			Hint: "Bắt buộc: danh sách chính thức ghi ngày sinh; khi bằng phiếu ở ghế cuối, người nhiều tuổi hơn trúng cử (Điều 78)"},
		{Label: "Giới tính", Widget: sex},
		{Label: "Dân tộc, tôn giáo", Widget: p.origin},
		{Label: "Đảng viên, tái cử, tự ứng cử", Widget: p.answers,
			Hint: "Cơ cấu người ứng cử và người trúng cử trong biểu thống kê; để trống nếu chưa biết"},
		{Label: "Trình độ", Widget: p.levels},
		{Name: election.FieldOccupation, Label: "Nghề nghiệp, chức vụ", Widget: p.occupation},
		{Name: election.FieldWorkplace, Label: "Nơi công tác", Widget: p.workplace},
	}, func() error {
		var b time.Time // left zero when blank: the store's rule names it
		if strings.TrimSpace(birth.Text) != "" {
			var err error
			if b, err = vn.ParseDate(birth.Text); err != nil {
				return &problem.Problem{Field: election.FieldBirth, Rule: problem.Date, Message: err.Error()}
			}
		}
		c.Name, c.Birth, c.Sex, c.Profile = name.Text, b, sex.Selected, p.read()
		saved, err := v.h.Store().SaveCandidate(v.ctx, c)
		if err == nil {
			c = saved
		}
		return err
	}, func() {
		sel := t.sel
		v.refresh(func() {
			t.pick(sel)
			v.h.SetStatus("Đã lưu người ứng cử " + c.Name)
		})
	})
	was := [3]string{name.Text, birth.Text, sex.Selected}
	wasProfile := p.read()
	d.AskBeforeCancel(func() bool { return [3]string{name.Text, birth.Text, sex.Selected} != was || p.read() != wasProfile })
	if v.cur.Locked() {
		d.ReadOnly(lockedReason(v.cur))
	}
	d.Show(fyne.NewSize(720, 0), name)
}

func (t *constituencyTab) removeCandidate() {
	if t.candSel < 0 || t.v.refuseLocked() {
		return
	}
	v := t.v
	c := t.cands[t.candSel]
	tw.Confirm(v.h.Window(), "Xóa người ứng cử", fmt.Sprintf("Xóa người ứng cử %s khỏi %s?", c.Name, t.rows[t.sel].Label()), "Xóa", func() {
		if err := v.h.Store().DeleteCandidate(v.ctx, c.ID); err != nil {
			tw.ShowError(v.h.Window(), err)
			return
		}
		sel := t.sel
		v.refresh(func() {
			t.pick(sel)
			v.h.SetStatus("Đã xóa người ứng cử " + c.Name)
		})
	})
}

// listArticle is the article of the list-length rule for the race.
func listArticle(r election.Race) string {
	if r == election.RaceQH {
		return "khoản 6 Điều 57 Luật Bầu cử"
	}
	return "khoản 3 Điều 58 Luật Bầu cử"
}
