package widget

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// AskBeforeCancel makes Hủy and Esc ask before closing the dialog while
// dirty reports unsaved changes (call after NewEditDialog). Saving
// closes the dialog without asking.
func (e *EditDialog) AskBeforeCancel(dirty func() bool) {
	cancel := func() {
		if !dirty() {
			e.Hide()
			return
		}
		ConfirmKeys(e.win, "Bỏ các thay đổi chưa lưu?",
			"Những gì vừa nhập chưa được lưu. Đóng mà không lưu thì các thay đổi này sẽ mất.", "Bỏ thay đổi", e.Hide)
	}
	for _, fe := range e.entries {
		fe.OnEsc = cancel
	}
	// The Hủy button: the first of the row under the form (NewEditDialog).
	if box, ok := e.buttons.(*fyne.Container); ok && len(box.Objects) == 2 {
		if row, ok := box.Objects[1].(*fyne.Container); ok && len(row.Objects) > 0 {
			if b, ok := row.Objects[0].(*widget.Button); ok {
				b.OnTapped = cancel
			}
		}
	}
}
