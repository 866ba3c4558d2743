package decisions

import (
	"bytes"
	"context"
	"fmt"

	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/reports/decisiondocs"
)

// pdf writes the decision selected with its appendix to the documents
// folder in the background, then opens or prints it.
func (v *view) pdf(print bool) {
	d, ok := v.current()
	if !ok {
		return
	}
	st := v.h.Store()
	tw.WriteDocument(v.h.Window(), tw.DocumentPath(d.Number, ""), print, func(ctx context.Context, w *bytes.Buffer) error {
		return decisiondocs.WriteDecisionPDF(ctx, st, d.Number, w)
	}, v.written)
}

// certificates writes the Bằng khen of an issued decision, a page a
// person or collective, and opens them.
func (v *view) certificates() {
	d, ok := v.current()
	if !ok || !d.Issued() {
		return
	}
	st := v.h.Store()
	tw.WriteDocument(v.h.Window(), tw.DocumentPath(d.Number, " Bằng khen"), false, func(ctx context.Context, w *bytes.Buffer) error {
		return decisiondocs.WriteCertificatesPDF(ctx, st, d.Number, w)
	}, v.written)
}

func (v *view) written(path string) { v.h.SetStatus("Đã tạo " + path) }

// issue issues the draft selected after asking: from then on it and its
// list are read-only.
func (v *view) issue() {
	d, ok := v.current()
	if !ok || d.Issued() {
		return
	}
	tw.Confirm(v.h.Window(), "Ban hành quyết định", fmt.Sprintf("Ban hành quyết định %s? Sau khi ban hành, quyết định và danh sách %s không sửa, không xóa được nữa; "+
		"các đề nghị trong danh sách chuyển sang \"Đã khen\". Muốn sửa phải ban hành quyết định đính chính. "+
		"Nội dung đang soạn trên màn hình được lưu trước khi ban hành.", d.Number, whomOf(d)), "Ban hành", func() {
		if v.saveDraft != nil {
			if err := v.saveDraft(d.ID); err != nil {
				tw.ShowError(v.h.Window(), err)
				return
			}
		}
		if _, err := v.h.Store().IssueDecision(v.ctx, d.Number); err != nil {
			tw.ShowError(v.h.Window(), err)
			return
		}
		sel := v.sel
		v.load()
		v.table.Select(widget.TableCellID{Row: sel, Col: 0})
		v.h.SetStatus("Đã ban hành quyết định " + d.Number)
	})
}

// remove deletes the draft selected after asking.
func (v *view) remove() {
	d, ok := v.current()
	if !ok || d.Issued() {
		return
	}
	tw.Confirm(v.h.Window(), "Xóa dự thảo", fmt.Sprintf("Xóa dự thảo quyết định %s? Nội dung đã soạn sẽ mất; %s trong danh sách trở lại chờ quyết định.", d.Number, whomOf(d)), "Xóa", func() {
		if err := v.h.Store().DeleteDecision(v.ctx, d.ID); err != nil {
			tw.ShowError(v.h.Window(), err)
			return
		}
		v.fillYears()
		v.h.SetStatus("Đã xóa dự thảo " + d.Number)
	})
}
