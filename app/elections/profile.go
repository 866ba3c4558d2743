package elections

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data/election"
)

// profileFields are the entries of a candidate's composition (the optional
// columns of the Người ứng cử sheet), grouped in rows so that the dialog
// fits an office screen.
type profileFields struct {
	ethnicity, religion, education, theory, occupation, workplace *tw.FormEntry
	party, reelected, selfNominated                               *widget.Select
	origin, answers, levels                                       fyne.CanvasObject
}

// yesNo is a select of Có / Không, with "" for not known.
func yesNo(placeholder, v string) *widget.Select {
	s := widget.NewSelect([]string{"", election.Yes, election.No}, nil)
	s.PlaceHolder = placeholder
	s.SetSelected(v)
	return s
}

func newProfileFields(p election.Profile) *profileFields {
	entry := func(placeholder, v string) *tw.FormEntry {
		e := tw.NewFormEntry(placeholder)
		e.SetText(v)
		return e
	}
	f := &profileFields{
		ethnicity:     entry("Dân tộc, ví dụ Kinh, Tày", p.Ethnicity),
		religion:      entry("Tôn giáo, ví dụ Không, Phật giáo", p.Religion),
		education:     entry("Chuyên môn, ví dụ Thạc sĩ Luật", p.Education),
		theory:        entry("Lý luận chính trị, ví dụ Cao cấp", p.Theory),
		occupation:    entry("ví dụ Chủ tịch UBND xã", p.Occupation),
		workplace:     entry("ví dụ UBND xã Thiệu Ngọc", p.Workplace),
		party:         yesNo("Đảng viên?", p.Party),
		reelected:     yesNo("Tái cử?", p.Reelected),
		selfNominated: yesNo("Tự ứng cử?", p.SelfNominated),
	}
	f.origin = container.NewGridWithColumns(2, f.ethnicity, f.religion)
	labeled := func(label string, s *widget.Select) fyne.CanvasObject {
		return container.NewBorder(nil, nil, widget.NewLabel(label), nil, s)
	}
	f.answers = container.NewGridWithColumns(3, labeled("Đảng viên", f.party), labeled("Tái cử", f.reelected), labeled("Tự ứng cử", f.selfNominated))
	f.levels = container.NewGridWithColumns(2, f.education, f.theory)
	return f
}

// read is the profile as filled in.
func (f *profileFields) read() election.Profile {
	return election.Profile{Ethnicity: f.ethnicity.Text, Religion: f.religion.Text, Party: f.party.Selected,
		Reelected: f.reelected.Selected, SelfNominated: f.selfNominated.Selected, Education: f.education.Text,
		Theory: f.theory.Text, Occupation: f.occupation.Text, Workplace: f.workplace.Text}
}
