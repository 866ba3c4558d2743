package awards

import (
	"context"
	"fmt"
	"strings"

	tw "tdkt/app/widget"
	"tdkt/data"
	sampledata "tdkt/data/sample"
	"tdkt/data/vn"
	"tdkt/reports/nominations"
)

// LoadSample loads the sample campaign: Tỉnh Bắc Kạn and its emulation
// campaign around the 2021 election, with its nominations.
func LoadSample(ctx context.Context, st *data.Store, p tw.Progress) error {
	p(-1, "Đang tạo tỉnh Bắc Kạn và đợt thi đua theo Kế hoạch số 53/KH-UBND ngày 04/02/2021…")
	return sampledata.LoadBacKanAwards(ctx, st)
}

// importWorkbook asks for a nomination workbook and imports it in the
// background; a refused file shows every problem in a list.
func (v *view) importWorkbook() {
	v.h.OpenFile("Nhập bảng tính đề nghị khen thưởng", []string{".xlsx"}, v.importPath)
}

// importPath imports the workbook at path into the campaign shown (when
// the workbook does not name one itself).
func (v *view) importPath(path string) {
	var res data.NominationImportResult
	tw.RunLong(v.h.Window(), "Nhập bảng tính đề nghị khen thưởng", func(ctx context.Context, p tw.Progress) error {
		var err error
		res, err = v.importWork(ctx, path, p)
		return err
	}, func(err error) { v.imported(res, err) })
}

// importWork reads, checks and writes a workbook (off the UI goroutine).
func (v *view) importWork(ctx context.Context, path string, p tw.Progress) (data.NominationImportResult, error) {
	p(-1, "Đang đọc và kiểm tra "+path+"…")
	return nominations.Import(ctx, v.h.Store(), path, nominations.ImportOptions{
		Default: v.campaign.Name,
		Progress: func(done, total int) {
			p(float64(done)/float64(max(total, 1)), fmt.Sprintf("Đang ghi %s / %s đề nghị…", vn.Int(int64(done)), vn.Int(int64(total))))
		},
	})
}

// imported shows the outcome of an import: every problem of a refused
// file, or the campaign with its new rows, and the warnings of the rows
// accepted (a possible duplicate) in a list.
func (v *view) imported(res data.NominationImportResult, err error) {
	if err != nil {
		tw.ShowProblems(v.h.Window(), "Bảng tính bị từ chối", err)
		return
	}
	done := fmt.Sprintf("Đã nhập %s đề nghị vào đợt %q (%s đối tượng mới)", vn.Int(int64(res.Added)), res.Campaign.Name, vn.Int(int64(res.NewNominees)))
	v.loadCampaigns(res.Campaign.ID, func() {
		status := done
		if n := len(res.Warnings); n > 0 {
			status += fmt.Sprintf("; %s cảnh báo cần kiểm tra", vn.Int(int64(n)))
		}
		v.h.SetStatus(status)
		tw.ShowWarnings(v.h.Window(), "Đã nhập, có cảnh báo", done, res.Warnings)
	})
}

// saveTemplate writes the empty nomination workbook, with the campaign
// shown filled in its sheet Đợt thi đua.
func (v *view) saveTemplate() {
	st, c := v.h.Store(), v.campaign
	v.h.SaveFile("Lưu mẫu bảng tính đề nghị khen thưởng", "Mẫu đề nghị khen thưởng.xlsx", ".xlsx", func(path string) error {
		forms, err := st.AwardForms(v.ctx)
		if err != nil {
			return err
		}
		return nominations.WriteTemplate(path, forms, c)
	})
}

// ExportNominations saves the list of nominations of a campaign (the only
// one, or the one the user picks) as a department sends it up, as the
// Báo cáo screen offers it.
func ExportNominations(h Host) {
	chooseCampaign(h, func(c data.Campaign) { exportNominations(h, c, 0, "") })
}

// exportList saves the campaign's list as the export writes it: the
// whole campaign, or its award form filtered on. The other filters on
// screen (kind, status, proposer, search) do not apply to the workbook,
// which lists a campaign as a department sends it up: when one is set,
// the user is told so first, and the status line says what was exported.
func (v *view) exportList() {
	scope, ignored := v.exportScope()
	if len(ignored) == 0 {
		exportNominations(v.h, v.campaign, v.formID(), scope)
		return
	}
	confirmKeys(v.h.Window(), "Xuất danh sách đề nghị", fmt.Sprintf("Bảng tính liệt kê %s, như khi gửi cấp trên. "+
		"Các bộ lọc đang chọn trên màn hình (%s) không áp dụng cho bảng tính.", scope, strings.Join(ignored, ", ")),
		"Xuất (Enter)", func() { exportNominations(v.h, v.campaign, v.formID(), scope) })
}

// exportScope says which nominations the export lists, and names the
// filters on screen it does not follow.
func (v *view) exportScope() (scope string, ignored []string) {
	scope = "cả đợt"
	if v.formID() != 0 {
		scope = "cả đợt, theo hình thức " + v.form.Selected
	}
	if v.kind.Selected != "" && v.kind.Selected != allKinds {
		ignored = append(ignored, "loại "+v.kind.Selected)
	}
	if v.status.Selected != "" && v.status.Selected != allStatuses {
		ignored = append(ignored, "trạng thái "+v.status.Selected)
	}
	if v.proposer.Selected != "" && v.proposer.Selected != allProposers {
		ignored = append(ignored, "đơn vị đề nghị "+v.proposer.Selected)
	}
	if strings.TrimSpace(v.search.Text) != "" {
		ignored = append(ignored, fmt.Sprintf("tìm %q", strings.TrimSpace(v.search.Text)))
	}
	return scope, ignored
}

// exportNominations asks where to save a campaign's list (formID 0: every
// form) and writes it in the background with its progress; scope ("" for
// none) says in the status line what the list holds.
func exportNominations(h Host, c data.Campaign, formID int64, scope string) {
	win := h.Window()
	if c.ID == 0 {
		tw.ShowError(win, fmt.Errorf("chưa có đợt thi đua nào để xuất: hãy tạo đợt thi đua hoặc nhập bảng tính đề nghị"))
		return
	}
	st := h.Store()
	h.SaveFile("Xuất danh sách đề nghị khen thưởng", "Danh sách đề nghị khen thưởng.xlsx", ".xlsx", func(path string) error {
		var res nominations.ExportResult
		tw.RunLong(win, "Xuất danh sách đề nghị khen thưởng", func(ctx context.Context, p tw.Progress) error {
			p(-1, "Đang xuất danh sách…")
			var err error
			res, err = nominations.Export(ctx, st, c, path, nominations.ExportOptions{FormID: formID,
				Progress: func(done, total int) {
					p(float64(done)/float64(max(total, 1)), fmt.Sprintf("Đã ghi %s / %s dòng…", vn.Int(int64(done)), vn.Int(int64(total))))
				}})
			return err
		}, func(err error) {
			if err != nil {
				tw.RemoveIfEmpty(path)
				tw.ShowError(win, err)
				return
			}
			msg := fmt.Sprintf("Đã xuất %s: %s tập thể, %s cá nhân, %s đồng", path,
				vn.Int(int64(res.Collectives)), vn.Int(int64(res.Individuals)), vn.Money(res.Money))
			if scope != "" {
				msg += " (" + scope + ")"
			}
			h.SetStatus(msg)
		})
		return nil
	})
}

// chooseCampaign calls then with the only campaign, or the one the user
// picks among several.
func chooseCampaign(h Host, then func(data.Campaign)) {
	win := h.Window()
	all, err := h.Store().Campaigns(context.Background())
	if err != nil {
		tw.ShowError(win, err)
		return
	}
	switch len(all) {
	case 0:
		tw.ShowError(win, fmt.Errorf("chưa có đợt thi đua nào: tạo đợt thi đua ở mục Thi đua – Khen thưởng"))
		return
	case 1:
		then(all[0])
		return
	}
	names := make([]string, len(all))
	for i, c := range all {
		names[i] = c.Name
	}
	k := newKeyDialog(win)
	sel := newKeySelect(&k.keys, names, nil)
	sel.SetSelected(names[0])
	k.act = func() error {
		k.close() // first: then opens the save dialog
		for _, c := range all {
			if c.Name == sel.Selected {
				then(c)
			}
		}
		return nil
	}
	k.show("Chọn đợt thi đua", "Tiếp tục (Enter)", sel, 560, sel)
}
