package decisions

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/decisiondocs"
)

// proposals is the Tờ trình tab: the proposals (tờ trình đề nghị khen
// thưởng) of every year, the selected one's text and list, and the
// actions on it: create, issue, PDF, print, delete a draft. Store work
// runs off the UI goroutine (tw.Background).
type proposals struct {
	h       Host
	ctx     context.Context
	list    []data.Proposal
	table   *widget.Table
	sel     int
	detail  *fyne.Container
	actions struct{ open, print, issue, del *widget.Button }
}

// proposalsPanel is the Tờ trình tab over h's store.
func proposalsPanel(h Host) fyne.CanvasObject {
	p := &proposals{h: h, ctx: context.Background(), sel: -1}
	cols := []struct {
		title string
		width float32
	}{{"Số", 130}, {"Ngày", 100}, {"Hình thức đề nghị", 300}, {"Tập thể", 70}, {"Cá nhân", 70}, {"Trạng thái", 110}}
	p.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(p.list), len(cols) },
		func() fyne.CanvasObject { return widget.NewLabel("Bằng khen của Thủ tướng Chính phủ") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			x := p.list[id.Row]
			l.Alignment = fyne.TextAlignLeading
			l.TextStyle = fyne.TextStyle{}
			switch id.Col {
			case 0:
				l.SetText(x.Number)
			case 1:
				l.SetText(vn.DMY(x.Date))
			case 2:
				l.Truncation = fyne.TextTruncateEllipsis
				l.SetText(x.FormName)
			case 3, 4:
				l.Alignment = fyne.TextAlignTrailing
				l.SetText(vn.Int(int64([]int{x.Collectives, x.Individuals}[id.Col-3])))
			case 5:
				l.TextStyle.Bold = x.Issued()
				l.SetText(proposalState(x))
			}
		})
	p.table.CreateHeader = func() fyne.CanvasObject { return widget.NewLabel("Hình thức đề nghị") }
	p.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		l := o.(*widget.Label)
		if id.Row < 0 {
			l.SetText(cols[id.Col].title)
		} else {
			l.SetText(strconv.Itoa(id.Row + 1))
		}
	}
	for i, c := range cols {
		p.table.SetColumnWidth(i, c.width)
	}
	p.table.OnSelected = func(id widget.TableCellID) { p.pick(id.Row) }

	newBtn := widget.NewButtonWithIcon("Lập tờ trình mới", theme.ContentAddIcon(), p.compose)
	newBtn.Importance = widget.HighImportance
	p.actions.open = widget.NewButtonWithIcon("Mở PDF tờ trình", theme.FileIcon(), func() { p.pdf(false) })
	p.actions.print = widget.NewButtonWithIcon("In tờ trình", theme.DocumentPrintIcon(), func() { p.pdf(true) })
	p.actions.issue = widget.NewButtonWithIcon("Ban hành tờ trình", theme.ConfirmIcon(), p.issue)
	p.actions.del = widget.NewButtonWithIcon("Xóa dự thảo tờ trình", theme.DeleteIcon(), p.remove)
	toolbar := container.NewHBox(newBtn, widget.NewSeparator(), p.actions.open, p.actions.print, p.actions.issue, p.actions.del)

	p.detail = container.NewVBox()
	split := container.NewVSplit(p.table, container.NewVScroll(container.NewPadded(p.detail)))
	split.Offset = 0.35
	p.load(0)
	return container.NewBorder(container.NewHScroll(toolbar), nil, nil, nil, split)
}

func proposalState(x data.Proposal) string {
	if x.Issued() {
		return "Đã ban hành"
	}
	return "Dự thảo"
}

// load reads the proposals in the background, then selects the one with
// id (0: none).
func (p *proposals) load(id int64) {
	st, ctx := p.h.Store(), p.ctx
	tw.Background(func() func() {
		list, err := st.Proposals(ctx, 0)
		return func() {
			if err != nil {
				tw.ShowError(p.h.Window(), err)
				return
			}
			p.list = list
			p.table.UnselectAll()
			p.table.Refresh()
			p.pick(-1)
			for i, x := range list {
				if x.ID == id {
					p.table.Select(widget.TableCellID{Row: i, Col: 0})
				}
			}
		}
	})
}

func (p *proposals) current() (data.Proposal, bool) {
	if p.sel < 0 || p.sel >= len(p.list) {
		return data.Proposal{}, false
	}
	return p.list[p.sel], true
}

// pick shows the proposal at row i (-1: none), its list read in the
// background, and enables what applies.
func (p *proposals) pick(i int) {
	p.sel = i
	x, ok := p.current()
	for _, b := range []*widget.Button{p.actions.open, p.actions.print, p.actions.issue, p.actions.del} {
		b.Disable()
	}
	p.detail.Objects = nil
	if !ok {
		msg := "Chọn một tờ trình để xem, ban hành hoặc in. Hình thức mà cấp mình không có thẩm quyền tặng (như Bằng khen của Thủ tướng Chính phủ) " +
			"được đề nghị bằng tờ trình: bấm \"Lập tờ trình mới\"."
		if len(p.list) == 0 {
			msg = "Chưa có tờ trình nào. " + msg
		}
		p.detail.Add(tw.Wrapped(msg))
		p.detail.Refresh()
		return
	}
	p.actions.open.Enable()
	p.actions.print.Enable()
	if !x.Issued() {
		p.actions.issue.Enable()
		p.actions.del.Enable()
	}
	p.detail.Add(tw.Bold(fmt.Sprintf("Tờ trình số %s ngày %s – %s", x.Number, vn.DMY(x.Date), proposalState(x))))
	p.detail.Add(tw.Wrapped("Kính gửi: " + strings.Join(x.Addressees, " ")))
	p.detail.Add(tw.Wrapped(x.Subject))
	for _, s := range x.Paragraphs {
		p.detail.Add(tw.Wrapped(s))
	}
	signer := x.SignerName
	if signer == "" {
		signer = "(chưa có người ký: điền trong Cài đặt trước khi ban hành)"
	}
	p.detail.Add(tw.Wrapped("Người ký: " + strings.ReplaceAll(x.SignerFor, "\n", " / ") + " / " + x.SignerTitle + " " + signer))
	list := tw.Wrapped("Đang đọc danh sách…")
	p.detail.Add(tw.Bold("Danh sách đề nghị"))
	p.detail.Add(list)
	p.detail.Refresh()
	st, ctx, id := p.h.Store(), p.ctx, x.ID
	tw.Background(func() func() {
		items, err := st.ProposalItems(ctx, id)
		return func() {
			if err != nil {
				list.SetText(err.Error())
				return
			}
			var b strings.Builder
			for _, it := range items {
				fmt.Fprintf(&b, "%d. %s (%s)", it.Pos, it.Name, strings.ToLower(string(it.Kind)))
				if it.Detail != "" {
					b.WriteString(" – " + it.Detail)
				}
				if it.Achievement != "" {
					b.WriteString(": " + it.Achievement)
				}
				b.WriteString("\n")
			}
			list.SetText(strings.TrimSpace(b.String()))
		}
	})
	p.h.SetStatus(fmt.Sprintf("Tờ trình %s – %s", x.Number, proposalState(x)))
}

// compose asks for the campaign, the form, the date and the number, and
// creates the draft in the background.
func (p *proposals) compose() {
	st, ctx, win := p.h.Store(), p.ctx, p.h.Window()
	tw.Background(func() func() {
		camps, err := st.Campaigns(ctx)
		if err != nil {
			return func() { tw.ShowError(win, err) }
		}
		forms, err := st.AwardForms(ctx)
		if err != nil {
			return func() { tw.ShowError(win, err) }
		}
		next, _ := st.NextProposalNumber(ctx, time.Now().Year(), false)
		nextDept, _ := st.NextProposalNumber(ctx, time.Now().Year(), true)
		set, err := st.Settings(ctx)
		if err != nil {
			return func() { tw.ShowError(win, err) }
		}
		return func() { p.composeDialog(camps, forms, next, nextDept, set.Proposer) }
	})
}

// composeDialog asks for what a new tờ trình needs: the committee's own
// to a higher authority, or, when the settings name a department as the
// proposer ("Giám đốc Sở Nội vụ"), the department's to the committee's
// chairman, signed by its director.
func (p *proposals) composeDialog(camps []data.Campaign, forms []data.AwardForm, next, nextDept, proposer string) {
	st, ctx, win := p.h.Store(), p.ctx, p.h.Window()
	if len(camps) == 0 {
		tw.ShowError(win, fmt.Errorf("chưa có đợt thi đua nào: hãy tạo đợt thi đua và nhập danh sách đề nghị ở mục Thi đua – Khen thưởng trước"))
		return
	}
	campNames := make([]string, len(camps))
	for i, c := range camps {
		campNames[i] = c.Name
	}
	formNames := make([]string, len(forms))
	for i, f := range forms {
		formNames[i] = f.Name
	}
	campaign := widget.NewSelect(campNames, nil)
	if len(camps) == 1 {
		campaign.SetSelectedIndex(0)
	}
	form := widget.NewSelect(formNames, nil)
	form.SetSelected(award.FormBangKhenThuTuong)
	date := tw.NewFormEntry("dd/mm/yyyy")
	date.SetText(vn.DMY(time.Now()))
	date.Validator = func(s string) error { _, err := vn.ParseDate(s); return err }
	number := tw.NewFormEntry("")
	number.SetText(next)
	number.Validator = func(s string) error { _, err := data.ParseProposalNumber(s); return err }
	title := widget.NewSelect([]string{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, nil)
	signer := tw.NewFormEntry("")
	signer.SetPlaceHolder("mặc định: người ký trong Cài đặt")
	var department *widget.Check
	items := []*widget.FormItem{}
	if head, body, ok := award.Department(proposer); ok {
		department = widget.NewCheck(fmt.Sprintf("Tờ trình của %s trình Chủ tịch Ủy ban (hình thức cấp mình quyết định)", body), func(on bool) {
			if on {
				number.SetText(nextDept)
				form.SetSelected(award.FormBangKhenTinh)
				up := strings.ToUpper(head)
				title.Options = []string{up, "PHÓ " + up}
				signer.SetPlaceHolder("Họ và tên " + strings.ToLower(head) + " hoặc phó " + strings.ToLower(head) + " ký")
			} else {
				number.SetText(next)
				form.SetSelected(award.FormBangKhenThuTuong)
				title.Options = []string{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}
				signer.SetPlaceHolder("mặc định: người ký trong Cài đặt")
			}
			title.ClearSelected()
			title.Refresh()
		})
		items = append(items, widget.NewFormItem("Cơ quan trình", department))
	}
	items = append(items,
		widget.NewFormItem("Đợt thi đua *", campaign),
		widget.NewFormItem("Hình thức đề nghị *", form),
		widget.NewFormItem("Ngày * (dd/mm/yyyy)", date),
		widget.NewFormItem("Số tờ trình *", number),
		widget.NewFormItem("Người ký", signer),
		widget.NewFormItem("Chức vụ người ký", title),
	)
	d := dialog.NewForm("Lập tờ trình đề nghị khen thưởng", "Tạo dự thảo", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		day, err := vn.ParseDate(date.Text)
		if err != nil || campaign.SelectedIndex() < 0 {
			tw.ShowError(win, fmt.Errorf("cần chọn đợt thi đua và ghi ngày dạng dd/mm/yyyy"))
			return
		}
		np := data.NewProposal{CampaignID: camps[campaign.SelectedIndex()].ID, Form: form.Selected, Number: number.Text, Date: day,
			SignerName: signer.Text, SignerTitle: title.Selected, Department: department != nil && department.Checked}
		tw.Background(func() func() {
			x, err := st.CreateProposal(ctx, np)
			return func() {
				if err != nil {
					tw.ShowError(win, err)
					return
				}
				p.load(x.ID)
				p.h.SetStatus(fmt.Sprintf("Đã tạo dự thảo tờ trình %s: đề nghị tặng %s cho %s", x.Number, x.FormName,
					award.Whom(x.Collectives, x.Individuals, x.Households)))
			}
		})
	}, win)
	d.Resize(fyne.NewSize(760, 460))
	tw.FormDialogKeys(win, d, date, number, signer)
	d.Show()
}

// pdf writes the proposal selected with its list to the documents folder,
// then opens or prints it.
func (p *proposals) pdf(print bool) {
	x, ok := p.current()
	if !ok {
		return
	}
	st := p.h.Store()
	tw.WriteDocument(p.h.Window(), tw.DocumentPath(x.Number, ""), print, func(ctx context.Context, w *bytes.Buffer) error {
		return decisiondocs.WriteProposalPDF(ctx, st, x.Number, w)
	}, func(path string) { p.h.SetStatus("Đã tạo " + path) })
}

// issue issues the draft selected after asking.
func (p *proposals) issue() {
	x, ok := p.current()
	if !ok || x.Issued() {
		return
	}
	who := award.Whom(x.Collectives, x.Individuals, x.Households)
	tw.Confirm(p.h.Window(), "Ban hành tờ trình", fmt.Sprintf("Ban hành tờ trình %s? Sau khi ban hành, tờ trình và danh sách %s không sửa, không xóa được nữa; "+
		"các đề nghị chuyển sang \"Trình ký\" và cấp mình không khen lại bằng quyết định.", x.Number, who), "Ban hành", func() {
		st, ctx := p.h.Store(), p.ctx
		tw.Background(func() func() {
			_, err := st.IssueProposal(ctx, x.Number)
			return func() {
				if err != nil {
					tw.ShowError(p.h.Window(), err)
					return
				}
				p.load(x.ID)
				p.h.SetStatus("Đã ban hành tờ trình " + x.Number)
			}
		})
	})
}

// remove deletes the draft selected after asking.
func (p *proposals) remove() {
	x, ok := p.current()
	if !ok || x.Issued() {
		return
	}
	tw.Confirm(p.h.Window(), "Xóa dự thảo tờ trình", fmt.Sprintf("Xóa dự thảo tờ trình %s? Các đề nghị trong danh sách trở lại chờ.", x.Number), "Xóa", func() {
		st, ctx := p.h.Store(), p.ctx
		tw.Background(func() func() {
			_, err := st.DeleteProposal(ctx, x.Number)
			return func() {
				if err != nil {
					tw.ShowError(p.h.Window(), err)
					return
				}
				p.load(0)
				p.h.SetStatus("Đã xóa dự thảo tờ trình " + x.Number)
			}
		})
	})
}
