package app

import (
	"context"
	"fmt"

	"tdkt/data"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
)

// importWorkbook asks for an election workbook and imports it in the
// background with progress; a refused file shows every problem in a list
// and nothing is written.
func (v *electionView) importWorkbook() {
	v.s.openFile("Nhập bảng tính bầu cử", []string{".xlsx"}, v.importPath)
}

// importPath imports the workbook at path.
func (v *electionView) importPath(path string) {
	var res data.ImportResult
	runLong(v.s.Win, "Nhập bảng tính bầu cử", func(ctx context.Context, p Progress) error {
		p(-1, "Đang đọc và kiểm tra "+path+"…")
		var err error
		res, err = electiondocs.Import(ctx, v.s.Store, path, func(f float64) {
			p(f, fmt.Sprintf("Đang kiểm tra và ghi… %d%%", int(f*100)))
		})
		return err
	}, func(err error) {
		if err != nil {
			showProblems(v.s.Win, "Bảng tính bầu cử bị từ chối", err)
			return
		}
		v.reload(res.Election.ID)
		v.s.SetStatus(fmt.Sprintf("Đã nhập %s: %s đơn vị bầu cử, %s người ứng cử, %s khu vực bỏ phiếu, %s biên bản kiểm phiếu",
			path, vn.Int(int64(res.Constituencies)), vn.Int(int64(res.Candidates)), vn.Int(int64(res.Areas)), vn.Int(int64(res.Tallies))))
	})
}

// saveTemplate saves an empty election workbook.
func (v *electionView) saveTemplate() {
	v.s.saveFile("Lưu mẫu bảng tính bầu cử", "Mẫu bảng tính bầu cử.xlsx", ".xlsx", electiondocs.Template)
}
