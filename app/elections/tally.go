package elections

import (
	"errors"
	"fmt"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// tallyFields are the six numbers of the minutes, in their order.
var tallyFields = []struct{ field, label string }{
	{election.FieldVoters, "Tổng số cử tri"},
	{election.FieldVoted, "Số cử tri đã tham gia bỏ phiếu"},
	{election.FieldIssued, "Số phiếu phát ra"},
	{election.FieldReceived, "Số phiếu thu vào"},
	{election.FieldValid, "Số phiếu hợp lệ"},
	{election.FieldInvalid, "Số phiếu không hợp lệ"},
}

// tallyForm is the vote-count minutes (biên bản kết quả kiểm phiếu) of a
// polling area for a race. It checks the rules of the law as the user
// types (pure functions, no store), marks the number a broken rule points
// at and names the rule, and saves only a consistent and complete tally.
// Enter saves, Esc cancels.
type tallyForm struct {
	v        *view
	area     data.PollingArea
	race     *widget.Select
	round    *widget.Select // Lần đầu, or the constituency's second round
	roundRow *fyne.Container
	second   bool // the second round's minutes are shown
	ts       data.TallySheet
	nums     []*tw.FormEntry
	votes    []*tw.FormEntry
	marks    map[*tw.FormEntry]string // the message shown beside an entry
	problems *widget.Label
	state    *widget.Label
	save     *widget.Button
	del      *widget.Button
	body     *fyne.Container
	d        dialog.Dialog
	was      []string // the numbers as loaded, to tell unsaved changes
}

// texts are the numbers as typed, in order.
func (f *tallyForm) texts() []string {
	var out []string
	for _, e := range append(append([]*tw.FormEntry{}, f.nums...), f.votes...) {
		out = append(out, e.Text)
	}
	return out
}

// dirty tells whether numbers were typed and not saved.
func (f *tallyForm) dirty() bool {
	return strings.Join(f.texts(), "\x00") != strings.Join(f.was, "\x00")
}

// cancel closes the form (Hủy, Esc), asking first when numbers typed
// would be lost.
func (f *tallyForm) cancel() {
	if !f.dirty() {
		f.d.Hide()
		return
	}
	tw.Confirm(f.v.h.Window(), "Bỏ biên bản chưa lưu?",
		fmt.Sprintf("Các số vừa nhập cho biên bản %s của %s chưa được lưu. Đóng mà không lưu thì các số này sẽ mất.", f.ts.Race, f.area.Label()),
		"Bỏ thay đổi", f.d.Hide)
}

// secondRoundOf is the second round of the area's constituency in a race,
// nil when it has none.
func (f *tallyForm) secondRoundOf(race election.Race) *data.SecondRound {
	if f.v.res == nil {
		return nil
	}
	id := f.area.In[race]
	for _, c := range f.v.res.Constituencies {
		if c.ID == id {
			return c.SecondRound
		}
	}
	return nil
}

// showRounds offers the rounds of the race's constituency: the choice
// appears only where a bầu thêm or bầu lại was recorded.
func (f *tallyForm) showRounds(race election.Race) {
	sr := f.secondRoundOf(race)
	if sr == nil {
		f.second = false
		f.roundRow.Hide()
		return
	}
	f.round.Options = []string{election.Regular.Word(), sr.Kind.Word()}
	f.round.Selected = f.round.Options[0]
	if f.second {
		f.round.Selected = f.round.Options[1]
	}
	f.round.Refresh()
	f.roundRow.Show()
}

// switchRound shows the minutes of the other round, asking first when
// numbers typed would be lost.
func (f *tallyForm) switchRound(s string) {
	second := s != election.Regular.Word()
	if second == f.second {
		return
	}
	load := func() {
		f.second = second
		f.round.Selected = s
		f.round.Refresh()
		f.loadRace(f.ts.Race)
	}
	if !f.dirty() {
		load()
		return
	}
	f.round.Selected = f.round.Options[0]
	if f.second {
		f.round.Selected = f.round.Options[1]
	}
	f.round.Refresh()
	tw.Confirm(f.v.h.Window(), "Bỏ biên bản chưa lưu?",
		fmt.Sprintf("Các số vừa nhập cho biên bản %s chưa được lưu. Chuyển sang biên bản %s thì các số này sẽ mất.", f.ts.Race, strings.ToLower(s)),
		"Bỏ thay đổi", load)
}

// switchRace shows another race's minutes, asking first when numbers
// typed for the race shown would be lost.
func (f *tallyForm) switchRace(s string) {
	race := election.Race(s)
	if f.ts.Race == "" || race == f.ts.Race || !f.dirty() {
		f.second = false
		f.showRounds(race)
		f.loadRace(race)
		return
	}
	f.race.Selected = string(f.ts.Race) // until the user agrees
	f.race.Refresh()
	tw.Confirm(f.v.h.Window(), "Bỏ biên bản chưa lưu?",
		fmt.Sprintf("Các số vừa nhập cho biên bản %s chưa được lưu. Chuyển sang %s thì các số này sẽ mất.", f.ts.Race, race),
		"Bỏ thay đổi", func() {
			f.race.Selected = s
			f.race.Refresh()
			f.second = false
			f.showRounds(race)
			f.loadRace(race)
		})
}

// openTallyForm opens the minutes of a polling area, for race (or its
// first race without a tally when race is "").
func openTallyForm(v *view, a data.PollingArea, race election.Race) *tallyForm {
	f := &tallyForm{v: v, area: a, marks: map[*tw.FormEntry]string{}}
	if race == "" {
		race = v.cur.Races[0]
		for _, r := range v.cur.Races {
			if !a.Tallied[r] {
				race = r
				break
			}
		}
	}
	var races []string
	for _, r := range v.cur.Races {
		races = append(races, string(r))
	}
	f.race = widget.NewSelect(races, f.switchRace)
	f.round = widget.NewSelect(nil, f.switchRound)
	f.roundRow = container.NewBorder(nil, nil, widget.NewLabel("Lần bầu:"), nil, f.round)
	f.roundRow.Hide()
	f.problems = tw.Wrapped("")
	f.problems.Importance = widget.DangerImportance
	f.state = tw.Bold("")
	f.save = widget.NewButtonWithIcon("Lưu biên bản", theme.DocumentSaveIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	f.del = widget.NewButtonWithIcon("Xóa biên bản", theme.DeleteIcon(), f.remove)
	cancel := widget.NewButtonWithIcon("Hủy", theme.CancelIcon(), f.cancel)
	if v.cur.Locked() {
		cancel.SetText("Đóng")
	}
	f.body = container.NewStack()
	head := container.NewVBox(
		tw.Bold(fmt.Sprintf("%s – %s", a.Label(), a.CommuneName)),
		container.NewGridWithColumns(2, container.NewBorder(nil, nil, widget.NewLabel("Cấp bầu cử:"), nil, f.race), f.roundRow),
	)
	if v.cur.Locked() {
		locked := tw.Wrapped(lockedReason(v.cur))
		locked.Importance = widget.WarningImportance
		head.Add(locked)
	}
	foot := container.NewVBox(f.state, f.problems, container.NewHBox(cancel, f.del, layout.NewSpacer(), f.save))
	content := container.NewBorder(head, foot, nil, nil, f.body)
	f.d = dialog.NewCustomWithoutButtons("Biên bản kết quả kiểm phiếu", content, v.h.Window())
	room := v.h.Window().Canvas().Size() // the whole form in the smallest window
	f.d.Resize(fyne.NewSize(min(1040, room.Width-16), min(600, room.Height-8)))
	f.race.SetSelected(string(race))
	f.d.Show()
	if len(f.nums) > 0 {
		v.h.Window().Canvas().Focus(f.nums[0])
	}
	return f
}

// loadRace shows the minutes of the area for a race, of the round chosen.
func (f *tallyForm) loadRace(race election.Race) {
	sheet := f.v.h.Store().TallySheet
	if f.second {
		sheet = f.v.h.Store().RoundTallySheet
	}
	ts, err := sheet(f.v.ctx, f.area.ID, race)
	if err != nil {
		f.body.Objects = []fyne.CanvasObject{tw.Wrapped(err.Error())}
		f.body.Refresh()
		f.save.Disable()
		f.del.Disable()
		return
	}
	f.ts = ts
	f.marks = map[*tw.FormEntry]string{}
	entry := func() *tw.FormEntry {
		e := tw.NewFormEntry("")
		e.OnEsc = f.cancel
		e.OnSubmitted = func(string) { f.submit() }
		e.OnChanged = func(string) { f.check() }
		e.AlwaysShowValidationError = true
		e.Validator = func(s string) error {
			if strings.TrimSpace(s) != "" {
				if _, ok := tw.ParseCount(s); !ok {
					return errors.New("cần một số nguyên không âm")
				}
			}
			if msg := f.marks[e]; msg != "" {
				return errors.New(msg)
			}
			return nil
		}
		return e
	}
	form := widget.NewForm()
	f.nums = f.nums[:0]
	saved := []int64{ts.Voters, ts.Voted, ts.Issued, ts.Received, ts.Valid, ts.Invalid}
	for i, tf := range tallyFields {
		e := entry()
		if ts.Saved {
			e.SetText(vn.Int(saved[i]))
		}
		f.nums = append(f.nums, e)
		form.Append(tf.label+" *", e)
	}
	votes := widget.NewForm()
	f.votes = f.votes[:0]
	for i, c := range ts.Candidates {
		e := entry()
		if ts.Saved {
			e.SetText(vn.Int(ts.Votes[i]))
		}
		f.votes = append(f.votes, e)
		label := c.Name
		if !c.Birth.IsZero() {
			label += " (" + vn.DMY(c.Birth) + ")"
		}
		votes.Append(label+" *", e)
	}
	k := ts.Constituency
	title := tw.Bold(fmt.Sprintf("Số phiếu bầu cho từng người ứng cử\n%s, %d đại biểu được bầu", k.Label(), k.Seats))
	if ts.Round == election.Additional {
		title.SetText(fmt.Sprintf("Số phiếu bầu thêm cho những người chưa trúng cử\n%s, bầu thêm %d đại biểu", k.Label(), ts.Seats))
	}
	title.Wrapping = fyne.TextWrapWord
	var right fyne.CanvasObject = votes
	if len(ts.Candidates) > 8 {
		right = container.NewVScroll(votes)
	}
	f.body.Objects = []fyne.CanvasObject{container.NewGridWithColumns(2,
		container.NewBorder(tw.Bold("Các số của biên bản"), nil, nil, nil, form),
		container.NewBorder(title, nil, nil, nil, right))}
	f.body.Refresh()
	f.was = f.texts()
	if ts.Saved {
		f.del.Enable()
	} else {
		f.del.Disable()
	}
	f.check()
	if f.v.cur.Locked() {
		// Read-only, the numbers as dark as normal text.
		for _, e := range append(append([]*tw.FormEntry{}, f.nums...), f.votes...) {
			e.Disable()
		}
		f.body.Objects = []fyne.CanvasObject{tw.ReadOnly(f.body.Objects[0])}
		f.body.Refresh()
		f.save.Disable()
		f.del.Disable()
		f.state.SetText("")
	}
}

// read returns the numbers typed, whether every one is there, and the
// labels of those missing.
func (f *tallyForm) read() (election.Tally, []int64, bool) {
	vals := make([]int64, len(f.nums))
	complete := true
	for i, e := range f.nums {
		n, ok := tw.ParseCount(e.Text)
		vals[i], complete = n, complete && ok
	}
	votes := make([]int64, len(f.votes))
	for i, e := range f.votes {
		n, ok := tw.ParseCount(e.Text)
		votes[i], complete = n, complete && ok
	}
	t := election.Tally{Voters: vals[0], Voted: vals[1], Issued: vals[2], Received: vals[3], Valid: vals[4], Invalid: vals[5]}
	return t, votes, complete
}

// check applies the law to what is typed so far: every rule broken is
// named under the form and marked beside its number.
func (f *tallyForm) check() {
	if len(f.nums) < len(tallyFields) {
		return
	}
	t, votes, complete := f.read()
	f.marks = map[*tw.FormEntry]string{}
	var msgs []string
	if complete {
		names := make([]string, len(f.ts.Candidates))
		for i, c := range f.ts.Candidates {
			names[i] = c.Name
		}
		for _, viol := range election.NameCandidates(election.CheckTally(t, votes, f.ts.Seats), names) {
			msg := viol.Message
			var e *tw.FormEntry
			if viol.Item > 0 {
				e = f.votes[viol.Item-1]
			} else {
				for i, tf := range tallyFields {
					if tf.field == viol.Field {
						e = f.nums[i]
					}
				}
			}
			if e != nil && f.marks[e] == "" {
				f.marks[e] = election.Short(viol.Rule)
			}
			msgs = append(msgs, "• "+msg)
		}
	}
	for _, e := range append(append([]*tw.FormEntry{}, f.nums...), f.votes...) {
		e.Validate()
	}
	switch {
	case !complete:
		f.state.Importance = widget.MediumImportance
		f.state.SetText("Nhập đủ các số của biên bản (ô có dấu *)")
		f.save.Disable()
	case len(msgs) > 0:
		f.state.Importance = widget.DangerImportance
		f.state.SetText(fmt.Sprintf("Biên bản chưa khớp, chưa lưu được (%d quy định):", len(msgs)))
		f.save.Disable()
	default:
		f.state.Importance = widget.SuccessImportance
		f.state.SetText("Biên bản khớp với các quy định của Luật Bầu cử – có thể lưu (Enter)")
		f.save.Enable()
	}
	f.problems.SetText(strings.Join(msgs, "\n"))
}

// submit saves a consistent tally; the election's results are then
// recomputed off the UI goroutine.
func (f *tallyForm) submit() {
	if f.save.Disabled() {
		return
	}
	t, votes, _ := f.read()
	save := f.v.h.Store().SaveTally
	if f.second {
		save = f.v.h.Store().SaveRoundTally
	}
	if err := save(f.v.ctx, f.area.ID, f.ts.Race, t, votes); err != nil {
		log.Printf("elections: save the tally of %s, %s: %v", f.area.Label(), f.area.CommuneName, err)
		f.problems.SetText(err.Error())
		return
	}
	f.d.Hide()
	v := f.v
	v.refresh(func() {
		v.h.SetStatus(fmt.Sprintf("Đã lưu biên bản kiểm phiếu %s của %s, %s", f.ts.Race, f.area.Label(), f.area.CommuneName))
	})
}

func (f *tallyForm) remove() {
	race := f.ts.Race
	v := f.v
	if len(f.nums) > 0 { // the keyboard back in the form if the user says no
		v.h.Window().Canvas().Focus(f.nums[0])
	}
	tw.Confirm(v.h.Window(), "Xóa biên bản kiểm phiếu",
		fmt.Sprintf("Xóa biên bản kiểm phiếu %s của %s, %s cùng số phiếu bầu của %d người ứng cử?", race, f.area.Label(), f.area.CommuneName, len(f.ts.Candidates)),
		"Xóa", func() {
			del := v.h.Store().DeleteTally
			if f.second {
				del = v.h.Store().DeleteRoundTally
			}
			if err := del(v.ctx, f.area.ID, race); err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
			f.d.Hide()
			v.refresh(func() {
				v.h.SetStatus("Đã xóa biên bản kiểm phiếu " + string(race) + " của " + f.area.Label())
			})
		})
}
