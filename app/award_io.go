package app

import (
	"context"
	"fmt"

	"tdkt/data/problem"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/vn"
	"tdkt/reports/nominations"
)

// importWorkbook asks for a nomination workbook and imports it in the
// background; a refused file shows every problem in a list.
func (v *awardsView) importWorkbook() {
	v.s.openFile("Nhập bảng tính đề nghị khen thưởng", []string{".xlsx"}, func(path string) {
		v.importPath(path)
	})
}

// importPath imports the workbook at path into the campaign shown (when
// the workbook does not name one itself).
func (v *awardsView) importPath(path string) {
	var res data.NominationImportResult
	runLong(v.s.Win, "Nhập bảng tính đề nghị khen thưởng", func(ctx context.Context, p Progress) error {
		var err error
		res, err = v.importWork(ctx, path, p)
		return err
	}, func(err error) { v.imported(res, err) })
}

// importWork reads, checks and writes a workbook (off the UI goroutine).
func (v *awardsView) importWork(ctx context.Context, path string, p Progress) (data.NominationImportResult, error) {
	p(-1, "Đang đọc và kiểm tra "+path+"…")
	return nominations.Import(ctx, v.s.Store, path, nominations.ImportOptions{
		Default: v.campaign.Name,
		Progress: func(done, total int) {
			p(float64(done)/float64(max(total, 1)), fmt.Sprintf("Đang ghi %s / %s đề nghị…", vn.Int(int64(done)), vn.Int(int64(total))))
		},
	})
}

// imported shows the outcome of an import: every problem of a refused
// file, or the campaign with its new rows.
func (v *awardsView) imported(res data.NominationImportResult, err error) {
	if err != nil {
		showProblems(v.s.Win, "Bảng tính bị từ chối", err)
		return
	}
	v.loadCampaigns(res.Campaign.ID)
	v.refreshAll()
	v.s.SetStatus(fmt.Sprintf("Đã nhập %s đề nghị vào đợt %q (%s đối tượng mới)", vn.Int(int64(res.Added)), res.Campaign.Name, vn.Int(int64(res.NewNominees))))
}

// saveTemplate writes the empty nomination workbook, with the campaign
// shown filled in its sheet Đợt thi đua.
func (v *awardsView) saveTemplate() {
	v.s.saveFile("Lưu mẫu bảng tính đề nghị khen thưởng", "Mẫu đề nghị khen thưởng.xlsx", ".xlsx", func(path string) error {
		forms, err := v.s.Store.AwardForms(v.s.ctx)
		if err != nil {
			return err
		}
		return nominations.WriteTemplate(path, forms, v.campaign)
	})
}

// exportNominations asks where to save a campaign's list (formID 0: every
// form) and writes it in the background with its progress.
func (s *Shell) exportNominations(c data.Campaign, formID int64) {
	if c.ID == 0 {
		showError(s.Win, fmt.Errorf("chưa có đợt thi đua nào để xuất: hãy tạo đợt thi đua hoặc nhập bảng tính đề nghị"))
		return
	}
	s.saveFile("Xuất danh sách đề nghị khen thưởng", "Danh sách đề nghị khen thưởng.xlsx", ".xlsx", func(path string) error {
		var res nominations.ExportResult
		runLong(s.Win, "Xuất danh sách đề nghị khen thưởng", func(ctx context.Context, p Progress) error {
			p(-1, "Đang xuất danh sách…")
			var err error
			res, err = nominations.Export(ctx, s.Store, c, path, nominations.ExportOptions{FormID: formID,
				Progress: func(done, total int) {
					p(float64(done)/float64(max(total, 1)), fmt.Sprintf("Đã ghi %s / %s dòng…", vn.Int(int64(done)), vn.Int(int64(total))))
				}})
			return err
		}, func(err error) {
			if err != nil {
				removeIfEmpty(path)
				s.ShowError(err)
				return
			}
			s.SetStatus(fmt.Sprintf("Đã xuất %s: %s tập thể, %s cá nhân, %s đồng", path,
				vn.Int(int64(res.Collectives)), vn.Int(int64(res.Individuals)), vn.Money(res.Money)))
		})
		return nil
	})
}

// showProblems shows an error; a refused workbook's problems are listed
// one a line, as many as there are, in a list that scrolls.
func showProblems(w fyne.Window, title string, err error) {
	probs, ok := problem.Of(err)
	if !ok {
		showError(w, err)
		return
	}
	lines := make([]string, len(probs))
	for i, p := range probs {
		lines[i] = p.String()
	}
	list := widget.NewList(func() int { return len(lines) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Wrapping = fyne.TextWrapWord
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(lines[i]) })
	for i, l := range lines {
		list.SetItemHeight(i, float32(28*(1+len([]rune(l))/110)))
	}
	head := widget.NewLabel(fmt.Sprintf("Không có gì được ghi. Có %s lỗi, liệt kê theo sheet, dòng và cột; sửa trong tệp rồi nhập lại:", vn.Int(int64(len(lines)))))
	head.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(title, "Đóng", container.NewBorder(head, nil, nil, nil, list), w)
	d.Resize(fyne.NewSize(1000, 520))
	d.Show()
}
