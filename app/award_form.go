package app

import (
	"errors"
	"fmt"
	"strings"

	"tdkt/data/vn"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/award"
)

// noRank is the rank choice for "not ranked".
const noRank = "Không xếp hạng"

// nominationForm is the dialog that adds or edits a nomination. Beside
// the fields it shows, as the user types, what the store would refuse
// (the same person already proposed in the campaign, a form not given to
// that kind of nominee, a birth date in the future, ...) and the award
// history of the person or collective across campaigns and years.
type nominationForm struct {
	v        *awardsView
	id       int64 // the nomination edited; 0 for a new one
	kind     *widget.RadioGroup
	name     *widget.Entry
	birth    *widget.Entry
	sex      *widget.RadioGroup
	position *widget.Entry
	work     *widget.Entry
	form     *widget.Select
	rank     *widget.Select
	achieve  *widget.Entry
	proposer *widget.SelectEntry
	problems map[string]string // field -> message, for the entries' validators
	checks   *widget.Label
	history  *widget.Label
	side     *fyne.Container // checks and history, laid out again as they grow
	dlg      dialog.Dialog
	tried    bool // save was pressed: show every problem, missing fields too
}

func (v *awardsView) addNomination() {
	if v.campaign.ID == 0 {
		showError(v.s.Win, fmt.Errorf("hãy tạo hoặc chọn một đợt thi đua trước"))
		return
	}
	v.openForm(data.Nomination{Nominee: data.Nominee{Kind: award.Individual}})
}

func (v *awardsView) editCurrent() {
	if n, ok := v.currentRow(); ok {
		v.openForm(n)
	}
}

func (v *awardsView) openForm(n data.Nomination) {
	f := &nominationForm{v: v, id: n.ID, problems: map[string]string{}}
	f.kind = widget.NewRadioGroup([]string{string(award.Individual), string(award.Collective)}, func(string) { f.kindChanged(); f.check() })
	f.kind.Horizontal = true
	f.name = widget.NewEntry()
	f.name.SetPlaceHolder("Họ và tên đầy đủ, có dấu; hoặc tên tập thể")
	f.birth = widget.NewEntry()
	f.birth.SetPlaceHolder("30/04/1975 hoặc 1975")
	f.sex = widget.NewRadioGroup(vn.Sexes, nil)
	f.sex.Horizontal = true
	f.position = widget.NewEntry()
	f.work = widget.NewEntry()
	var forms []string
	for _, fm := range v.forms {
		forms = append(forms, fm.Name)
	}
	f.form = widget.NewSelect(forms, func(string) { f.check() })
	f.form.PlaceHolder = "Chọn hình thức khen thưởng"
	ranks := []string{noRank}
	for _, r := range award.Ranks {
		ranks = append(ranks, string(r))
	}
	f.rank = widget.NewSelect(ranks, nil)
	f.achieve = widget.NewMultiLineEntry()
	f.achieve.SetMinRowsVisible(3)
	f.achieve.Wrapping = fyne.TextWrapWord
	var props []string
	for _, p := range v.proposers {
		props = append(props, p.Name)
	}
	f.proposer = widget.NewSelectEntry(props)
	f.proposer.SetPlaceHolder("Ví dụ: UBND huyện Ba Bể, Sở Y tế")

	// Fill in the nomination edited.
	f.kind.SetSelected(string(n.Nominee.Kind))
	f.name.SetText(n.Nominee.Name)
	f.birth.SetText(vn.BirthText(n.Nominee.Birth))
	f.sex.SetSelected(n.Nominee.Sex)
	f.position.SetText(n.Position)
	f.work.SetText(n.Workplace)
	f.form.SetSelected(n.Form)
	f.rank.SetSelected(noRank)
	if n.Rank != award.RankNone {
		f.rank.SetSelected(string(n.Rank))
	}
	f.achieve.SetText(n.Achievement)
	f.proposer.SetText(n.Proposer)

	for field, e := range map[string]*widget.Entry{award.FieldName: f.name, award.FieldBirth: f.birth, award.FieldPosition: f.position, award.FieldWorkplace: f.work} {
		field := field
		e.Validator = func(string) error {
			if msg := f.problems[field]; msg != "" {
				return errors.New(msg)
			}
			return nil
		}
		e.AlwaysShowValidationError = true // the problem shows beside the field as the user types
		e.OnChanged = func(string) { f.check() }
		e.OnSubmitted = func(string) { f.save() }
	}
	f.proposer.OnSubmitted = func(string) { f.save() }

	items := widget.NewForm(
		widget.NewFormItem("Loại *", f.kind),
		widget.NewFormItem("Họ và tên / Tên tập thể *", f.name),
		widget.NewFormItem("Ngày sinh", f.birth),
		widget.NewFormItem("Giới tính", f.sex),
		widget.NewFormItem("Chức vụ", f.position),
		widget.NewFormItem("Đơn vị công tác", f.work),
		widget.NewFormItem("Hình thức khen thưởng *", f.form),
		widget.NewFormItem("Hạng", f.rank),
		widget.NewFormItem("Tóm tắt thành tích", f.achieve),
		widget.NewFormItem("Đơn vị đề nghị", f.proposer),
	)
	f.checks = widget.NewLabel("")
	f.checks.Wrapping = fyne.TextWrapWord
	f.history = widget.NewLabel("")
	f.history.Wrapping = fyne.TextWrapWord
	f.side = container.NewVBox(
		widget.NewLabelWithStyle("Kiểm tra", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.checks,
		widget.NewSeparator(),
		widget.NewLabelWithStyle("Lịch sử khen thưởng", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), f.history)
	save := widget.NewButtonWithIcon("Lưu (Enter)", theme.DocumentSaveIcon(), f.save)
	save.Importance = widget.HighImportance
	cancel := widget.NewButtonWithIcon("Hủy", theme.CancelIcon(), func() { f.dlg.Hide() })
	split := container.NewHSplit(container.NewVScroll(items), container.NewVScroll(container.NewPadded(f.side)))
	split.Offset = 0.6
	content := container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), cancel, save), nil, nil, split)
	title := "Thêm đề nghị khen thưởng"
	if n.ID != 0 {
		title = "Sửa đề nghị: " + n.Nominee.Name
	}
	f.dlg = dialog.NewCustomWithoutButtons(title, content, v.s.Win)
	f.dlg.Resize(fyne.NewSize(1100, 640))
	f.kindChanged()
	f.check()
	f.dlg.Show()
	v.s.Win.Canvas().Focus(f.name)
}

// kindChanged enables the fields of people or of collectives.
func (f *nominationForm) kindChanged() {
	person := f.kind.Selected != string(award.Collective)
	for _, w := range []interface {
		Enable()
		Disable()
	}{f.birth, f.sex, f.position, f.work} {
		if person {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if person {
		f.rank.Disable()
		f.rank.SetSelected(noRank)
	} else {
		f.rank.Enable()
	}
}

// input is the nomination as typed.
func (f *nominationForm) input() award.Entry {
	in := award.Entry{Kind: award.Kind(f.kind.Selected), Name: f.name.Text, Form: f.form.Selected,
		Achievement: f.achieve.Text, Proposer: f.proposer.Text}
	if f.rank.Selected != noRank {
		in.Rank = award.Rank(f.rank.Selected)
	}
	if in.Kind == award.Individual {
		in.Sex, in.Position, in.Workplace = f.sex.Selected, f.position.Text, f.work.Text
		if b, err := vn.ParseBirthText(f.birth.Text); err == nil {
			in.Birth = b
		} else {
			in.Birth = f.birth.Text // the store explains what is wrong with it
		}
	}
	return in
}

// check asks the store what it would refuse and finds the history of the
// person or collective named, and shows both beside the fields.
func (f *nominationForm) check() {
	if f.checks == nil {
		return
	}
	v := f.v
	in := f.input()
	probs, err := v.s.Store.CheckNomination(v.s.ctx, v.campaign.ID, f.id, in)
	if err != nil {
		f.checks.SetText(err.Error())
		return
	}
	f.problems = map[string]string{}
	var lines []string
	for _, p := range probs {
		if p.Rule == "required" && !f.tried {
			continue // an empty new form is not yet wrong
		}
		if f.problems[p.Field] == "" {
			f.problems[p.Field] = p.Message
		}
		lines = append(lines, "⚠ "+p.Message)
	}
	for _, e := range []*widget.Entry{f.name, f.birth, f.position, f.work} {
		e.Validate()
	}
	if len(lines) == 0 {
		lines = append(lines, "✓ Không thấy vấn đề: chưa có đối tượng này trong đợt, hình thức áp dụng được.")
	}
	f.checks.SetText(strings.Join(lines, "\n"))

	defer f.side.Refresh()
	f.history.SetText("")
	if in.Name == "" {
		f.history.SetText("Gõ tên để xem các lần đề nghị, khen thưởng trước đây.")
		return
	}
	same, err := v.s.Store.SameNominees(v.s.ctx, in.Kind, in.Name, in.Birth)
	if err != nil || len(same) == 0 {
		f.history.SetText("Chưa có trong cơ sở dữ liệu: đây là đối tượng mới.")
		return
	}
	ids := make([]int64, len(same))
	for i, n := range same {
		ids[i] = n.ID
	}
	hist, err := v.s.Store.NomineeHistory(v.s.ctx, ids...)
	if err != nil {
		f.history.SetText(err.Error())
		return
	}
	var h []string
	for _, e := range hist {
		if e.NominationID == f.id {
			continue
		}
		line := "• " + e.String()
		if e.Position != "" || e.Workplace != "" {
			line += " (" + strings.Trim(e.Position+", "+e.Workplace, ", ") + ")"
		}
		h = append(h, line)
	}
	if len(h) == 0 {
		h = append(h, "Đã có trong cơ sở dữ liệu, chưa được đề nghị lần nào khác.")
	}
	f.history.SetText(strings.Join(h, "\n"))
	f.side.Refresh()
}

// save adds or changes the nomination; on a refusal the dialog stays open
// with the problems beside the fields.
func (f *nominationForm) save() {
	v := f.v
	f.tried = true
	in := f.input()
	var err error
	if f.id == 0 {
		_, err = v.s.Store.AddNomination(v.s.ctx, v.campaign.ID, in)
	} else {
		err = v.s.Store.UpdateNomination(v.s.ctx, f.id, in)
	}
	if _, ok := problem.Of(err); ok {
		f.check()
		return
	}
	if err != nil {
		v.s.ShowError(err)
		return
	}
	f.dlg.Hide()
	v.refreshAll()
	v.s.SetStatus("Đã lưu đề nghị cho " + strings.TrimSpace(in.Name))
}
