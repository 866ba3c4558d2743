package decisions

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// editor is the decision's text and list; the text is editable while the
// decision is a draft, read-only once issued.
func (v *view) editor(d data.Decision) fyne.CanvasObject {
	multi := func(lines []string, rows int) *widget.Entry {
		e := widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetText(strings.Join(lines, "\n"))
		e.SetMinRowsVisible(rows)
		return e
	}
	single := func(s string) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(s)
		return e
	}
	subject := multi([]string{d.Subject}, 2)
	bases := multi(d.Bases, 4)
	proposal := single(d.Proposal)
	articles := multi(d.Articles, 5)
	recipients := multi(d.Recipients, 3)
	signer := single(d.SignerName)
	signer.SetPlaceHolder("Họ và tên người ký (bắt buộc trước khi ban hành)")
	title := single(d.SignerTitle)
	forWhom := single(d.SignerFor)
	form := widget.NewForm(
		widget.NewFormItem("Trích yếu", subject),
		widget.NewFormItem("Căn cứ (mỗi dòng một căn cứ)", bases),
		widget.NewFormItem("Theo đề nghị của", proposal),
		widget.NewFormItem("Các điều (mỗi dòng một điều)", articles),
		widget.NewFormItem("Nơi nhận (mỗi dòng một nơi)", recipients),
		widget.NewFormItem("Người ký", signer),
		widget.NewFormItem("Chức vụ", title),
		widget.NewFormItem("Ký thay", forWhom),
	)
	lines := func(e *widget.Entry) []string { return strings.Split(e.Text, "\n") }
	// saveText writes what the form holds; issuing calls it first, so that
	// no edit is lost when a draft becomes unchangeable.
	saveText := func() error {
		d.Subject, d.Bases, d.Proposal, d.Articles, d.Recipients = subject.Text, lines(bases), proposal.Text, lines(articles), lines(recipients)
		d.SignerName, d.SignerTitle, d.SignerFor = signer.Text, title.Text, forWhom.Text
		return v.h.Store().UpdateDecisionText(v.ctx, d)
	}
	v.saveDraft = nil
	save := func() {
		if err := saveText(); err != nil {
			tw.ShowError(v.h.Window(), err)
			return
		}
		v.dirty = false
		sel := v.sel
		v.load()
		v.table.Select(widget.TableCellID{Row: sel, Col: 0})
		v.h.SetStatus("Đã lưu dự thảo " + d.Number)
	}
	entries := []*widget.Entry{subject, bases, proposal, articles, recipients, signer, title, forWhom}
	var body fyne.CanvasObject = form
	if d.Issued() {
		for _, e := range entries {
			e.Disable()
		}
		body = tw.ReadOnly(form)
	} else {
		for _, e := range entries {
			e.OnChanged = func(string) { v.dirty = true }
		}
		form.SubmitText = "Lưu dự thảo (Ctrl+S)"
		form.OnSubmit = save
		id := d.ID
		v.saveDraft = func(of int64) error {
			if of != id {
				return nil
			}
			return saveText()
		}
		v.h.OnKey("save", save)
	}

	items, err := v.h.Store().DecisionItems(v.ctx, d.ID)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
	}
	head := container.NewVBox(tw.Bold(fmt.Sprintf("Quyết định số %s ngày %s – %s", d.Number, vn.DMY(d.Date), stateText(d))))
	if d.Issued() {
		head.Add(tw.Wrapped(fmt.Sprintf("Đã ban hành lúc %s: chỉ xem, không sửa được. Nếu có sai sót, lập quyết định đính chính (nút \"Đính chính\").", vn.Moment(d.IssuedAt))))
	}
	total := tw.Wrapped(fmt.Sprintf("Danh sách kèm theo: %s – tổng tiền thưởng %s đồng (%s). Nghị định áp dụng: %s.",
		whomOf(d), vn.Int(d.Total), vn.MoneyWords(d.Total), d.Regime))
	return container.NewVBox(head, body, widget.NewSeparator(), total, itemsTable(items))
}

func whomOf(d data.Decision) string {
	return fmt.Sprintf("%s (%s)", vn.Int(int64(d.Collectives+d.Individuals+d.Households)), award.Whom(d.Collectives, d.Individuals, d.Households))
}

// itemsTable lists a decision's lines.
func itemsTable(items []data.DecisionItem) fyne.CanvasObject {
	cols := []struct {
		title string
		width float32
	}{{"STT", 50}, {"Họ và tên / Tên tập thể", 260}, {"Chức vụ, đơn vị", 330}, {"Hạng", 60}, {"Số tiền (đồng)", 130}, {"Số vào sổ", 90}}
	t := widget.NewTableWithHeaders(func() (int, int) { return len(items), len(cols) },
		func() fyne.CanvasObject { return widget.NewLabel("Ủy ban bầu cử huyện Ba Bể") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			it := items[id.Row]
			l.Truncation = fyne.TextTruncateEllipsis
			l.Alignment = fyne.TextAlignLeading
			switch id.Col {
			case 0:
				l.SetText(strconv.Itoa(it.Pos))
			case 1:
				l.SetText(it.Name)
			case 2:
				l.SetText(it.Detail)
			case 3:
				l.SetText(it.Rank)
			case 4:
				l.Alignment = fyne.TextAlignTrailing
				l.SetText(vn.Int(it.Money))
			case 5:
				l.SetText(it.RegisterNo)
			}
		})
	t.ShowHeaderColumn = false
	t.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Họ và tên / Tên tập thể") }
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		if id.Col >= 0 {
			o.(*widget.Label).SetText(cols[id.Col].title)
		}
	}
	for i, c := range cols {
		t.SetColumnWidth(i, c.width)
	}
	return container.NewGridWrap(fyne.NewSize(1000, 320), t)
}
