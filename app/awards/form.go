package awards

import (
	"context"
	"errors"
	"fmt"
	"log"
	"strings"

	"tdkt/data/problem"
	"tdkt/data/vn"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
)

// noRank is the rank choice for "not ranked".
const noRank = "Không xếp hạng"

// nominationForm is the edit dialog that adds or edits a nomination.
// Beside the fields it shows, as the user types, what the store would
// refuse (the same person already proposed in the campaign, a form not
// given to that kind of nominee, a birth date in the future, ...) and the
// award history of the person or collective across campaigns and years;
// both are read off the UI goroutine, the latest answer shown.
type nominationForm struct {
	v        *view
	id       int64 // the nomination edited; 0 for a new one
	kind     *keySelect
	name     *tw.FormEntry
	nameWarn *widget.Label // a possible duplicate: a warning under the name that does not stop a save
	birth    *tw.FormEntry
	sex      *keySelect
	position *tw.FormEntry
	work     *tw.FormEntry
	form     *keySelect
	rank     *keySelect
	achieve  *tw.FormEntry
	proposer *keySelectEntry
	checks   *widget.Label
	history  *widget.Label
	side     *fyne.Container // checks and history, laid out again as they grow
	dlg      *keyDialog
	entries  map[string]*tw.FormEntry // by the field the store names in a refusal
	errs     map[string]string        // field -> what the store refuses in it
	checking tw.Latest
	tried    bool        // save was pressed: show every problem, missing fields too
	initial  award.Entry // as opened: what differs is an unsaved edit
}

func (v *view) addNomination() {
	if v.campaign.ID == 0 {
		tw.ShowError(v.h.Window(), fmt.Errorf("hãy tạo hoặc chọn một đợt thi đua trước"))
		return
	}
	v.openForm(data.Nomination{Nominee: data.Nominee{Kind: award.Individual}})
}

func (v *view) editCurrent() {
	if n, ok := v.currentRow(); ok {
		v.openForm(n)
	}
}

// noSex is the choice of sex for "not recorded".
const noSex = "Không ghi"

// openForm opens the nomination n in the form: to edit, or only to look
// at when it cannot be changed any more (see lockReason).
func (v *view) openForm(n data.Nomination) *nominationForm {
	if why := v.lockReason(n); why != "" {
		v.showNomination(n, why)
		return nil
	}
	f := &nominationForm{v: v, id: n.ID, dlg: newKeyDialog(v.h.Window()), errs: map[string]string{}}
	f.kind = newKeySelect(&f.dlg.keys, []string{string(award.Individual), string(award.Collective), string(award.Household)}, nil)
	f.name = tw.NewFormEntry("Họ và tên đầy đủ, có dấu; hoặc tên tập thể")
	f.nameWarn = tw.Wrapped("⚠ Cảnh báo: có thể trùng với một đối tượng có tên chỉ khác ở dấu, cùng ngày sinh (xem mục Kiểm tra); vẫn lưu được.")
	f.nameWarn.Importance = widget.WarningImportance
	f.nameWarn.Hide()
	f.birth = tw.NewFormEntry("30/04/1975 hoặc 1975")
	f.sex = newKeySelect(&f.dlg.keys, append([]string{noSex}, vn.Sexes...), nil)
	f.position = tw.NewFormEntry("")
	f.work = tw.NewFormEntry("")
	var forms []string
	for _, fm := range v.forms {
		forms = append(forms, fm.Name)
	}
	f.form = newKeySelect(&f.dlg.keys, forms, nil)
	f.form.PlaceHolder = "Chọn hình thức khen thưởng"
	ranks := []string{noRank}
	for _, r := range award.Ranks {
		ranks = append(ranks, string(r))
	}
	f.rank = newKeySelect(&f.dlg.keys, ranks, nil)
	f.achieve = keyMultiLine(&f.dlg.keys, "", 3)
	var props []string
	for _, p := range v.proposers {
		props = append(props, p.Name)
	}
	f.proposer = newKeySelectEntry(&f.dlg.keys, props)
	f.proposer.SetPlaceHolder("Ví dụ: UBND huyện Ba Bể, Sở Y tế")

	// Fill in the nomination edited.
	f.kind.SetSelected(string(n.Nominee.Kind))
	f.name.SetText(n.Nominee.Name)
	f.birth.SetText(vn.BirthText(n.Nominee.Birth))
	f.sex.SetSelected(noSex)
	if n.Nominee.Sex != "" {
		f.sex.SetSelected(n.Nominee.Sex)
	}
	f.position.SetText(n.Position)
	f.work.SetText(n.Workplace)
	f.form.SetSelected(n.Form)
	f.rank.SetSelected(noRank)
	if n.Rank != award.RankNone {
		f.rank.SetSelected(string(n.Rank))
	}
	f.achieve.SetText(n.Achievement)
	f.proposer.SetText(n.Proposer)

	// Then check as the user changes it.
	f.kind.OnChanged = func(string) { f.kindChanged(); f.check() }
	f.form.OnChanged = func(string) { f.check() }
	f.entries = map[string]*tw.FormEntry{award.FieldName: f.name, award.FieldBirth: f.birth,
		award.FieldPosition: f.position, award.FieldWorkplace: f.work}
	for field, e := range f.entries {
		f.watch(field, e)
	}
	f.checks = tw.Wrapped("")
	f.history = tw.Wrapped("")
	f.side = container.NewVBox(
		tw.Bold("Kiểm tra"), f.checks,
		widget.NewSeparator(),
		tw.Bold("Lịch sử khen thưởng"), f.history)
	title := "Thêm đề nghị khen thưởng"
	if n.ID != 0 {
		title = "Sửa đề nghị: " + n.Nominee.Name
	}
	item := func(label string, w fyne.CanvasObject) *widget.FormItem { return widget.NewFormItem(label, w) }
	form := widget.NewForm(
		item("Loại *", f.kind),
		item("Họ và tên / Tên tập thể *", container.NewVBox(f.name, f.nameWarn)),
		item("Ngày sinh", f.birth),
		item("Giới tính", f.sex),
		item("Chức vụ", f.position),
		item("Đơn vị công tác", f.work),
		item("Hình thức khen thưởng *", f.form),
		item("Hạng", f.rank),
		item("Tóm tắt thành tích", f.achieve),
		item("Đơn vị đề nghị", f.proposer))
	split := container.NewHSplit(container.NewVScroll(form), container.NewVScroll(container.NewPadded(f.side)))
	split.Offset = 0.6
	f.dlg.act = f.save
	f.dlg.leave = f.leave
	f.kindChanged()
	f.initial = f.input()
	f.check()
	size := formSize(v.h.Window())
	f.dlg.height = size.Height
	f.dlg.show(title, "Lưu (Enter)", split, size.Width, f.name)
	return f
}

// watch shows beside the entry of field what the store refuses in it;
// typing clears that and checks again.
func (f *nominationForm) watch(field string, e *tw.FormEntry) {
	bindEntry(&f.dlg.keys, e)
	e.AlwaysShowValidationError = true
	e.Validator = func(string) error {
		if msg := f.errs[field]; msg != "" {
			return errors.New(msg)
		}
		return nil
	}
	e.OnChanged = func(string) {
		delete(f.errs, field)
		f.check()
	}
}

// setProblems shows beside each entry what the store refuses in it
// (field -> message), replacing what was shown.
func (f *nominationForm) setProblems(problems map[string]string) {
	f.errs = map[string]string{}
	for field, msg := range problems {
		if _, ok := f.entries[field]; ok {
			f.errs[field] = msg
		}
	}
	for _, e := range f.entries {
		e.Validate()
	}
}

// formSize is the nomination form's size: as large as it was made, but
// inside the window.
func formSize(win fyne.Window) fyne.Size {
	room := win.Canvas().Size()
	return fyne.NewSize(min(1100, room.Width-40), min(640, room.Height-40))
}

// leave closes the form (close) on Esc or Hủy, asking first when it has
// edits not saved.
func (f *nominationForm) leave(close func()) {
	if f.input() == f.initial {
		close()
		return
	}
	confirmKeys(f.v.h.Window(), "Bỏ các thay đổi chưa lưu?",
		"Các thay đổi trong đề nghị này chưa được lưu. Bỏ các thay đổi và đóng? (Hủy để quay lại sửa tiếp.)",
		"Bỏ thay đổi", close)
}

// kindChanged enables the fields of people or of collectives.
func (f *nominationForm) kindChanged() {
	person := award.Kind(f.kind.Selected).Person()
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
	if award.Kind(f.kind.Selected) != award.Collective {
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
		in.Position, in.Workplace = f.position.Text, f.work.Text
		if f.sex.Selected != noSex {
			in.Sex = f.sex.Selected
		}
		if b, err := vn.ParseBirthText(f.birth.Text); err == nil {
			in.Birth = b
		} else {
			in.Birth = f.birth.Text // the store explains what is wrong with it
		}
	}
	return in
}

// check asks the store, off the UI goroutine, what it would refuse and
// the history of the person or collective named, then shows both beside
// the fields; an answer to an older check is dropped.
func (f *nominationForm) check() {
	v := f.v
	st, campaign, id, in, tried := v.h.Store(), v.campaign.ID, f.id, f.input(), f.tried
	f.checking.Run(func() func() {
		probs, err := st.CheckNomination(v.ctx, campaign, id, in)
		if err != nil {
			log.Printf("awards: check the nomination of %q: %v", in.Name, err)
			return func() { f.checks.SetText(err.Error()) }
		}
		hist := history(v.ctx, st, id, in)
		return func() { f.show(probs, tried, hist) }
	})
}

// show writes what the store would refuse beside the fields and under
// "Kiểm tra", the warnings (a possible duplicate, which does not stop a
// save) under the name and there too, and the history under "Lịch sử
// khen thưởng".
func (f *nominationForm) show(probs problem.List, tried bool, hist string) {
	problems := map[string]string{}
	var lines []string
	warnings := 0
	for _, p := range probs {
		if p.Warning {
			warnings++
			lines = append(lines, "Cảnh báo (vẫn lưu được): "+p.Message)
			continue
		}
		if p.Rule == "required" && !tried {
			continue // an empty new form is not yet wrong
		}
		if problems[p.Field] == "" {
			problems[p.Field] = p.Message
		}
		lines = append(lines, "⚠ "+p.Message)
	}
	f.setProblems(problems)
	if shown := warnings > 0; shown != f.nameWarn.Visible() {
		if shown {
			f.nameWarn.Show()
		} else {
			f.nameWarn.Hide()
		}
		f.dlg.fit()
	}
	if len(lines) == 0 {
		lines = append(lines, "✓ Không thấy vấn đề: chưa có đối tượng này trong đợt, hình thức áp dụng được.")
	}
	f.checks.SetText(strings.Join(lines, "\n"))
	f.history.SetText(hist)
	f.side.Refresh()
}

// history is the award history of the person or collective of in, but
// the nomination edited (store work, off the UI goroutine).
func history(ctx context.Context, st *data.Store, editing int64, in award.Entry) string {
	if in.Name == "" {
		return "Gõ tên để xem các lần đề nghị, khen thưởng trước đây."
	}
	same, err := st.SameNominees(ctx, in.Kind, in.Name, in.Birth)
	if err != nil {
		log.Printf("awards: nominees named %q: %v", in.Name, err)
	}
	if err != nil || len(same) == 0 {
		return "Chưa có trong cơ sở dữ liệu: đây là đối tượng mới."
	}
	ids := make([]int64, len(same))
	for i, n := range same {
		ids[i] = n.ID
	}
	hist, err := st.NomineeHistory(ctx, ids...)
	if err != nil {
		log.Printf("awards: history of %q: %v", in.Name, err)
		return err.Error()
	}
	var h []string
	for _, e := range hist {
		if e.NominationID == editing {
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
	return strings.Join(h, "\n")
}

// save adds or changes the nomination; a refusal keeps the dialog open
// with every problem beside its field, missing fields too.
func (f *nominationForm) save() error {
	v := f.v
	f.tried = true
	in := f.input()
	var err error
	if f.id == 0 {
		_, err = v.h.Store().AddNomination(v.ctx, v.campaign.ID, in)
	} else {
		err = v.h.Store().UpdateNomination(v.ctx, f.id, in)
	}
	if err != nil {
		f.check()
		return f.refusal(err)
	}
	f.saved()
	return nil
}

// refusal marks the fields a refused save names and says the reasons.
func (f *nominationForm) refusal(err error) error {
	probs, refused := problem.Of(err)
	if !refused {
		log.Printf("awards: save the nomination: %v", err)
		return err
	}
	var lines []string
	for _, p := range probs {
		if _, ok := f.entries[p.Field]; ok && f.errs[p.Field] == "" {
			f.errs[p.Field] = p.Message
			f.entries[p.Field].Validate()
		}
		lines = append(lines, p.Message)
	}
	return errors.New(strings.Join(lines, "\n"))
}

// saved shows the list again with the nomination saved.
func (f *nominationForm) saved() {
	v := f.v
	name := strings.TrimSpace(f.name.Text)
	v.refreshAll(func() { v.h.SetStatus("Đã lưu đề nghị cho " + name) })
}
