// Package decisions is the Quyết định section: the register of award
// decisions by year, the selected decision's text (editable while a
// draft) and list, and the actions on it: save, issue, PDF, print,
// certificates; the composer of a new decision; and, in its second tab,
// the proposals (tờ trình) for forms granted by a higher authority.
package decisions

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// Host is what the decision screen needs of the window around it.
type Host interface {
	Window() fyne.Window
	Store() *data.Store
	// SetStatus writes the status line.
	SetStatus(msg string)
	// OnKey binds a shortcut ("new", "save", "print") while the screen is shown.
	OnKey(name string, f func())
	// OnLeave sets what is asked before the user leaves the screen
	// (unsaved edits of a draft); nil: nothing.
	OnLeave(f func(proceed func()))
}

// view is the screen's state.
type view struct {
	h   Host
	ctx context.Context
	// saveDraft saves the editor's text of the draft with that id (nil
	// while no draft is shown): issuing calls it first.
	saveDraft func(id int64) error
	dirty     bool // the draft shown has edits not saved yet
	years     *widget.Select
	list      []data.Decision
	table     *widget.Table
	sel       int
	detail    *fyne.Container
	status    string
	actions   struct{ open, print, certs, issue, del, correct *widget.Button }
}

// Screen is the Quyết định section over h's store.
func Screen(h Host) fyne.CanvasObject {
	v := &view{h: h, ctx: context.Background(), sel: -1}
	v.years = widget.NewSelect(nil, func(string) { v.load() })
	cols := []struct {
		title string
		width float32
	}{{"Số", 130}, {"Ngày", 100}, {"Hình thức", 360}, {"Tập thể", 70}, {"Cá nhân", 70}, {"Tổng tiền (đồng)", 140}, {"Trạng thái", 110}}
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
	v.table.ShowHeaderColumn = false
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
	v.table.OnSelected = func(id widget.TableCellID) {
		if id.Row == v.sel {
			return
		}
		stay := v.sel
		v.confirmLeave(func() { v.pick(id.Row) }, func() {
			if stay >= 0 {
				v.table.Select(widget.TableCellID{Row: stay, Col: id.Col})
			} else {
				v.table.UnselectAll()
			}
		})
	}
	h.OnLeave(func(proceed func()) { v.confirmLeave(proceed, nil) })

	newBtn := widget.NewButtonWithIcon("Soạn quyết định mới", theme.ContentAddIcon(), func() { v.confirmLeave(func() { v.compose(0) }, nil) })
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
	// The register's own tools above it; what acts on the decision
	// selected above its text, where they stay in view as it scrolls.
	toolbar := container.NewHBox(widget.NewLabel("Năm:"), v.years, newBtn)
	actions := container.NewHBox(v.actions.open, v.actions.print, v.actions.certs, v.actions.issue, v.actions.correct, v.actions.del)
	h.OnKey("new", func() { v.confirmLeave(func() { v.compose(0) }, nil) })
	h.OnKey("print", func() { v.pdf(true) })

	v.detail = container.NewVBox()
	split := container.NewVSplit(v.table, container.NewBorder(actions, nil, nil, nil, container.NewVScroll(container.NewPadded(v.detail))))
	split.Offset = 0.4
	v.fillYears()
	register := container.NewBorder(toolbar, nil, nil, nil, split)
	tabs := container.NewAppTabs(container.NewTabItem("Quyết định", register), container.NewTabItem("Tờ trình đề nghị", proposalsPanel(h)))
	return tw.Screen("Quyết định khen thưởng và tờ trình", nil, tabs)
}

func stateText(d data.Decision) string {
	if d.Issued() {
		return "Đã ban hành"
	}
	return "Dự thảo"
}

// fillYears lists the register's years (and this year), newest first.
func (v *view) fillYears() {
	all, err := v.h.Store().Decisions(v.ctx, 0)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
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

// load lists the decisions of the year chosen.
func (v *view) load() {
	year, _ := strconv.Atoi(v.years.Selected) // "Tất cả" is 0: every year
	list, err := v.h.Store().Decisions(v.ctx, year)
	if err != nil {
		tw.ShowError(v.h.Window(), err)
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
	v.h.SetStatus(v.status)
}

func (v *view) current() (data.Decision, bool) {
	if v.sel < 0 || v.sel >= len(v.list) {
		return data.Decision{}, false
	}
	return v.list[v.sel], true
}

// confirmLeave runs proceed at once when the draft shown has no unsaved
// edits; otherwise it asks first: save them (then proceed), drop them
// (then proceed), or stay (stay, when not nil, puts the selection back).
func (v *view) confirmLeave(proceed, stay func()) {
	d, ok := v.current()
	if !v.dirty || !ok || v.saveDraft == nil {
		proceed()
		return
	}
	win := v.h.Window()
	var dlg dialog.Dialog
	keep := widget.NewButtonWithIcon("Ở lại", theme.CancelIcon(), func() { dlg.Hide() })
	drop := widget.NewButtonWithIcon("Bỏ thay đổi", theme.DeleteIcon(), func() {
		v.dirty = false
		stay = nil
		dlg.Hide()
		proceed()
	})
	save := widget.NewButtonWithIcon("Lưu rồi tiếp tục", theme.DocumentSaveIcon(), func() {
		if err := v.saveDraft(d.ID); err != nil {
			dlg.Hide()
			tw.ShowError(win, err)
			return
		}
		v.dirty = false
		stay = nil
		dlg.Hide()
		v.h.SetStatus("Đã lưu dự thảo " + d.Number)
		proceed()
	})
	save.Importance = widget.HighImportance
	msg := tw.Wrapped(fmt.Sprintf("Dự thảo quyết định %s có thay đổi chưa lưu. Lưu trước khi tiếp tục?", d.Number))
	dlg = dialog.NewCustomWithoutButtons("Thay đổi chưa lưu", container.NewBorder(nil, container.NewHBox(layout.NewSpacer(), keep, drop, save), nil, nil,
		container.NewGridWrap(fyne.NewSize(460, 60), msg)), win)
	dlg.SetOnClosed(func() {
		if stay != nil {
			stay()
		}
	})
	tw.DialogKeys(win, dlg, save.OnTapped, nil)
	dlg.Show()
}

// pick shows the decision at row i (-1: none) and enables what applies.
func (v *view) pick(i int) {
	v.sel = i
	v.dirty = false
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
		v.detail.Add(tw.Wrapped(msg))
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
	v.h.SetStatus(fmt.Sprintf("Quyết định %s – %s", d.Number, stateText(d)))
}
