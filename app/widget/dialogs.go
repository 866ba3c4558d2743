package widget

import (
	"fmt"
	"log"
	"runtime"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tdkt/data/vn"
)

// ShowError shows an error in Vietnamese, in the words the store gave it,
// with a button to close; the error goes to the log too, with the
// function that met it.
func ShowError(w fyne.Window, err error) {
	if err == nil {
		return
	}
	logAt(2, err)
	msg := Wrapped(err.Error())
	d := dialog.NewCustom("Không thực hiện được", "Đóng", container.NewGridWrap(fyne.NewSize(520, 120), msg), w)
	DialogKeys(w, d, nil, nil)
	d.Show()
}

// ShowInfo tells the user something, in a dialog with a button to close
// that Enter and Esc press too; a long message scrolls.
func ShowInfo(w fyne.Window, title, message string) {
	d := dialog.NewCustom(title, "Đóng", container.NewGridWrap(fyne.NewSize(560, 170), container.NewVScroll(Wrapped(message))), w)
	DialogKeys(w, d, nil, nil)
	d.Show()
}

// logAt writes err to the log, naming the function depth frames above
// logAt (1: its caller).
func logAt(depth int, err error) {
	where := "tdkt"
	if pc, _, _, ok := runtime.Caller(depth); ok {
		if f := runtime.FuncForPC(pc); f != nil {
			where = f.Name()
		}
	}
	log.Printf("%s: %v", where, err)
}

// Confirm asks before something destructive; the message names what will
// be lost and action (the button) what will be done. Enter confirms, Esc
// cancels; when it closes over another dialog (a form asking whether to
// drop its edits), the keyboard goes back to where it was in that one.
func Confirm(w fyne.Window, title, message, action string, yes func()) {
	prev := w.Canvas().Focused()
	d := dialog.NewCustomConfirm(title, action, "Hủy", container.NewGridWrap(fyne.NewSize(460, 90), Wrapped(message)), func(ok bool) {
		if ok {
			yes()
		}
	}, w)
	d.SetOnClosed(func() {
		if prev != nil && len(w.Canvas().Overlays().List()) > 0 {
			w.Canvas().Focus(prev)
		}
	})
	DialogKeys(w, d, d.Confirm, nil)
	d.Show()
}

// ShowProblems shows why a workbook was refused: its problems (by sheet,
// row and column) one a line, as many as there are, in a list that
// scrolls. Another error is shown as ShowError shows it.
func ShowProblems(w fyne.Window, title string, err error) {
	probs, refused := problem.Of(err)
	if !refused || len(probs) == 0 {
		ShowError(w, err)
		return
	}
	logAt(2, fmt.Errorf("%s: %d problems, the first: %v", title, len(probs), probs[0]))
	head := fmt.Sprintf("Không có gì được ghi. Có %s lỗi, liệt kê theo sheet, dòng và cột; sửa trong tệp rồi nhập lại:", vn.Int(int64(len(probs))))
	showList(w, title, head, probs)
}

// ShowWarnings shows what a finished import accepted but the user should
// look at (problem.Problem with Warning: a possible duplicate), one a
// line by sheet, row and column, under what was done (done). Nothing is
// shown without warnings.
func ShowWarnings(w fyne.Window, title, done string, warnings problem.List) {
	if len(warnings) == 0 {
		return
	}
	head := fmt.Sprintf("%s. Có %s cảnh báo: dữ liệu vẫn được ghi, hãy kiểm tra lại các dòng sau:", done, vn.Int(int64(len(warnings))))
	showList(w, title, head, warnings)
}

// showList shows problems one a line, as many as there are, in a list
// that scrolls, under head.
func showList(w fyne.Window, title, head string, probs problem.List) {
	lines := make([]string, len(probs))
	for i, p := range probs {
		lines[i] = p.String()
	}
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject { return Wrapped("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	for i, l := range lines {
		list.SetItemHeight(i, float32(28*(1+len([]rune(l))/110)))
	}
	d := dialog.NewCustom(title, "Đóng", container.NewBorder(Wrapped(head), nil, nil, nil, list), w)
	d.Resize(fyne.NewSize(min(1000, w.Canvas().Size().Width-40), min(520, w.Canvas().Size().Height-40)))
	DialogKeys(w, d, nil, nil)
	d.Show()
}
