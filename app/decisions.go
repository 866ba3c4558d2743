package app

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/sysopen"
	"tdkt/data"
	"tdkt/data/vn"
	"tdkt/reports/decisiondocs"
)

// decisionsView is the Quyết định section: the register of decisions by
// year, the selected decision's text (editable while a draft) and list,
// and the actions on it: save, issue, PDF, print, certificates.
type decisionsView struct {
	s       *Shell
	years   *widget.Select
	list    []data.Decision
	table   *widget.Table
	sel     int
	detail  *fyne.Container
	status  string
	actions struct{ open, print, certs, issue, del, correct *widget.Button }
}

func decisionsScreen(s *Shell) fyne.CanvasObject {
	v := &decisionsView{s: s, sel: -1}
	v.years = widget.NewSelect(nil, func(string) { v.load() })
	cols := []struct {
		title string
		width float32
	}{{"Số", 130}, {"Ngày", 100}, {"Hình thức", 260}, {"Tập thể", 70}, {"Cá nhân", 70}, {"Tổng tiền (đồng)", 140}, {"Trạng thái", 110}}
	v.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(v.list), len(cols) },
		func() fyne.CanvasObject { return widget.NewLabel("Bằng khen của Chủ tịch UBND tỉnh") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			d := v.list[id.Row]
			l.Alignment = fyne.TextAlignLeading
			l.TextStyle = fyne.TextStyle{}
			switch id.Col {
			case 0:
				l.SetText(d.Number)
			case 1:
				l.SetText(vn.DMY(d.Date))
			case 2:
				l.Truncation = fyne.TextTruncateEllipsis
				l.SetText(d.FormName)
			case 3, 4, 5:
				l.Alignment = fyne.TextAlignTrailing
				l.SetText(vn.Int([]int64{int64(d.Collectives), int64(d.Individuals), d.Total}[id.Col-3]))
			case 6:
				l.TextStyle.Bold = d.Issued()
				l.SetText(stateText(d))
			}
		})
	v.table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Tổng tiền (đồng)") }
	v.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		if id.Row < 0 {
			l.SetText(cols[id.Col].title)
		} else {
			l.SetText(strconv.Itoa(id.Row + 1))
		}
	}
	for i, c := range cols {
		v.table.SetColumnWidth(i, c.width)
	}
	v.table.OnSelected = func(id widget.TableCellID) { v.pick(id.Row) }

	newBtn := widget.NewButtonWithIcon("Soạn quyết định mới", theme.ContentAddIcon(), func() { v.compose(0) })
	newBtn.Importance = widget.HighImportance
	v.actions.open = widget.NewButtonWithIcon("Mở PDF", theme.FileIcon(), func() { v.pdf(false) })
	v.actions.print = widget.NewButtonWithIcon("In", theme.DocumentPrintIcon(), func() { v.pdf(true) })
	v.actions.certs = widget.NewButtonWithIcon("In Bằng khen", theme.DocumentPrintIcon(), v.certificates)
	v.actions.issue = widget.NewButtonWithIcon("Ban hành", theme.ConfirmIcon(), v.issue)
	v.actions.del = widget.NewButtonWithIcon("Xóa dự thảo", theme.DeleteIcon(), v.remove)
	v.actions.correct = widget.NewButtonWithIcon("Đính chính", theme.ContentRedoIcon(), func() {
		if d, ok := v.current(); ok {
			v.compose(d.ID)
		}
	})
	toolbar := container.NewHBox(widget.NewLabel("Năm:"), v.years, newBtn, widget.NewSeparator(),
		v.actions.open, v.actions.print, v.actions.certs, v.actions.issue, v.actions.correct, v.actions.del)
	s.OnKey("new", func() { v.compose(0) })
	s.OnKey("print", func() { v.pdf(true) })

	v.detail = container.NewVBox()
	split := container.NewVSplit(v.table, container.NewVScroll(container.NewPadded(v.detail)))
	split.Offset = 0.35
	v.fillYears()
	return screen("Quyết định khen thưởng", container.NewHScroll(toolbar), split)
}

func stateText(d data.Decision) string {
	if d.Issued() {
		return "Đã ban hành"
	}
	return "Dự thảo"
}

// fillYears lists the register's years (and this year), newest first.
func (v *decisionsView) fillYears() {
	all, err := v.s.Store.Decisions(v.s.ctx, 0)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	seen := map[string]bool{}
	opts := []string{"Tất cả"}
	add := func(y int) {
		if k := strconv.Itoa(y); !seen[k] {
			seen[k] = true
			opts = append(opts, k)
		}
	}
	for _, d := range all {
		add(d.Year)
	}
	add(time.Now().Year())
	v.years.Options = opts
	if v.years.Selected == "" {
		v.years.SetSelected("Tất cả")
	} else {
		v.load()
	}
}

func (v *decisionsView) load() {
	year, _ := strconv.Atoi(v.years.Selected)
	list, err := v.s.Store.Decisions(v.s.ctx, year)
	if err != nil {
		v.s.ShowError(err)
		return
	}
	v.list = list
	v.table.UnselectAll()
	v.table.Refresh()
	v.pick(-1)
	issued := 0
	for _, d := range list {
		if d.Issued() {
			issued++
		}
	}
	v.status = fmt.Sprintf("%d quyết định (%d đã ban hành, %d dự thảo)", len(list), issued, len(list)-issued)
	v.s.SetStatus(v.status)
}

func (v *decisionsView) current() (data.Decision, bool) {
	if v.sel < 0 || v.sel >= len(v.list) {
		return data.Decision{}, false
	}
	return v.list[v.sel], true
}

// pick shows the decision at row i (-1: none) and enables what applies.
func (v *decisionsView) pick(i int) {
	v.sel = i
	d, ok := v.current()
	for _, b := range []*widget.Button{v.actions.open, v.actions.print, v.actions.certs, v.actions.issue, v.actions.del, v.actions.correct} {
		b.Disable()
	}
	v.detail.Objects = nil
	if !ok {
		msg := "Chọn một quyết định trong sổ để xem, sửa dự thảo, ban hành hoặc in. Bấm \"Soạn quyết định mới\" (Ctrl+N) để soạn quyết định khen thưởng cho một hình thức của một đợt thi đua."
		if len(v.list) == 0 {
			msg = "Chưa có quyết định nào trong sổ. Bấm \"Soạn quyết định mới\" (Ctrl+N): chọn đợt thi đua và hình thức khen thưởng, tdkt lập danh sách, tính tiền thưởng và soạn sẵn nội dung theo Nghị định 30/2020/NĐ-CP."
		}
		l := widget.NewLabel(msg)
		l.Wrapping = fyne.TextWrapWord
		v.detail.Add(l)
		v.detail.Refresh()
		return
	}
	v.actions.open.Enable()
	v.actions.print.Enable()
	if d.Issued() {
		v.actions.certs.Enable()
		v.actions.correct.Enable()
	} else {
		v.actions.issue.Enable()
		v.actions.del.Enable()
	}
	v.detail.Objects = []fyne.CanvasObject{v.editor(d)}
	v.detail.Refresh()
	v.s.SetStatus(fmt.Sprintf("Quyết định %s – %s", d.Number, stateText(d)))
}

// editor is the decision's text and list; the text is editable while the
// decision is a draft, read-only once issued.
func (v *decisionsView) editor(d data.Decision) fyne.CanvasObject {
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
	save := func() {
		d.Subject, d.Bases, d.Proposal, d.Articles, d.Recipients = subject.Text, lines(bases), proposal.Text, lines(articles), lines(recipients)
		d.SignerName, d.SignerTitle, d.SignerFor = signer.Text, title.Text, forWhom.Text
		if err := v.s.Store.UpdateDecisionText(v.s.ctx, d); err != nil {
			v.s.ShowError(err)
			return
		}
		sel := v.sel
		v.load()
		v.table.Select(widget.TableCellID{Row: sel, Col: 0})
		v.s.SetStatus("Đã lưu dự thảo " + d.Number)
	}
	if d.Issued() {
		for _, e := range []*widget.Entry{subject, bases, proposal, articles, recipients, signer, title, forWhom} {
			e.Disable()
		}
	} else {
		form.SubmitText = "Lưu dự thảo (Ctrl+S)"
		form.OnSubmit = save
		v.s.OnKey("save", save)
	}

	items, err := v.s.Store.DecisionItems(v.s.ctx, d.ID)
	if err != nil {
		v.s.ShowError(err)
	}
	head := widget.NewLabelWithStyle(fmt.Sprintf("Quyết định số %s ngày %s – %s", d.Number, vn.DMY(d.Date), stateText(d)),
		fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	total := widget.NewLabel(fmt.Sprintf("Danh sách kèm theo: %s – tổng tiền thưởng %s đồng (%s). Nghị định áp dụng: %s.",
		whomOf(d), vn.Int(d.Total), vn.MoneyWords(d.Total), d.Regime))
	total.Wrapping = fyne.TextWrapWord
	return container.NewVBox(head, form, widget.NewSeparator(), total, itemsTable(items))
}

func whomOf(d data.Decision) string {
	return fmt.Sprintf("%s (%d tập thể, %d cá nhân)", vn.Int(int64(d.Collectives+d.Individuals)), d.Collectives, d.Individuals)
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

// docPath is where a decision's PDF is written for viewing and printing:
// <Documents>/tdkt/<number with "-" for "/">[ suffix].pdf.
func docPath(number, suffix string) string {
	name := strings.ReplaceAll(number, "/", "-") + suffix + ".pdf"
	return filepath.Join(documentsFolder(), "tdkt", vn.NFC(name))
}

// writePDF renders in the background, writes the file whole, then opens
// or prints it with the system's application.
func (v *decisionsView) writePDF(path string, print bool, render func(ctx context.Context, w *bytes.Buffer) error) {
	runLong(v.s.Win, "Tạo tệp PDF", func(ctx context.Context, p Progress) error {
		p(-1, "Đang tạo "+filepath.Base(path)+"…")
		var buf bytes.Buffer
		if err := render(ctx, &buf); err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		return os.WriteFile(path, buf.Bytes(), 0o644)
	}, func(err error) {
		if err != nil {
			v.s.ShowError(err)
			return
		}
		hand := sysopen.Open
		if print {
			hand = sysopen.Print
		}
		if err := hand(path); err != nil {
			v.s.ShowError(fmt.Errorf("đã tạo %s nhưng không mở được bằng chương trình của hệ thống: %w", path, err))
			return
		}
		v.s.SetStatus("Đã tạo " + path)
	})
}

func (v *decisionsView) pdf(print bool) {
	d, ok := v.current()
	if !ok {
		return
	}
	v.writePDF(docPath(d.Number, ""), print, func(ctx context.Context, w *bytes.Buffer) error {
		return decisiondocs.WriteDecisionPDF(ctx, v.s.Store, d.Number, w)
	})
}

func (v *decisionsView) certificates() {
	d, ok := v.current()
	if !ok || !d.Issued() {
		return
	}
	v.writePDF(docPath(d.Number, " Bằng khen"), false, func(ctx context.Context, w *bytes.Buffer) error {
		return decisiondocs.WriteCertificatesPDF(ctx, v.s.Store, d.Number, w)
	})
}

func (v *decisionsView) issue() {
	d, ok := v.current()
	if !ok || d.Issued() {
		return
	}
	confirm(v.s.Win, "Ban hành quyết định", fmt.Sprintf("Ban hành quyết định %s? Sau khi ban hành, quyết định và danh sách %s không sửa, không xóa được nữa; "+
		"các đề nghị trong danh sách chuyển sang \"Đã khen\". Muốn sửa phải ban hành quyết định đính chính.", d.Number, whomOf(d)), "Ban hành", func() {
		if _, err := v.s.Store.IssueDecision(v.s.ctx, d.Number); err != nil {
			v.s.ShowError(err)
			return
		}
		sel := v.sel
		v.load()
		v.table.Select(widget.TableCellID{Row: sel, Col: 0})
		v.s.SetStatus("Đã ban hành quyết định " + d.Number)
	})
}

func (v *decisionsView) remove() {
	d, ok := v.current()
	if !ok || d.Issued() {
		return
	}
	confirm(v.s.Win, "Xóa dự thảo", fmt.Sprintf("Xóa dự thảo quyết định %s? Nội dung đã soạn sẽ mất; %s trong danh sách trở lại chờ quyết định.", d.Number, whomOf(d)), "Xóa", func() {
		if err := v.s.Store.DeleteDecision(v.s.ctx, d.ID); err != nil {
			v.s.ShowError(err)
			return
		}
		v.fillYears()
		v.s.SetStatus("Đã xóa dự thảo " + d.Number)
	})
}
