package elections

import (
	"context"
	"fmt"
	"time"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/sample"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
)

// LoadSample loads the sample election: the unit tree of Tỉnh Thanh Hóa
// and the 2021 election of Xã Thiệu Ngọc with its tallies.
func LoadSample(ctx context.Context, st *data.Store, p tw.Progress) error {
	p(-1, "Đang tạo cây đơn vị hành chính tỉnh Thanh Hóa và nhập kết quả bầu cử xã Thiệu Ngọc…")
	_, err := sample.LoadThieuNgoc(ctx, st)
	return err
}

// ExportLatestSummary saves "Biểu tổng hợp kết quả bầu cử" of the latest
// election for the root of its data, as the Báo cáo screen offers it.
func ExportLatestSummary(h Host) {
	e, err := h.Store().LatestElection(context.Background())
	if err != nil {
		tw.ShowError(h.Window(), fmt.Errorf("%w: hãy nhập bảng tính bầu cử hoặc tải dữ liệu mẫu trước", err))
		return
	}
	exportSummary(h, e, -1)
}

// exportSummary saves "Biểu tổng hợp kết quả bầu cử" of an election for a
// unit (-1: the root of its data) in the background.
func exportSummary(h Host, e data.Election, unit int64) {
	h.SaveFile("Xuất biểu tổng hợp kết quả bầu cử", "Biểu tổng hợp kết quả bầu cử.xlsx", ".xlsx", func(path string) error {
		st := h.Store()
		tw.RunLong(h.Window(), "Xuất biểu tổng hợp kết quả bầu cử", func(ctx context.Context, p tw.Progress) error {
			p(-1, "Đang tính kết quả và ghi "+path+"…")
			return writeSummary(ctx, st, e, unit, path)
		}, func(err error) {
			if err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			h.SetStatus("Đã xuất biểu tổng hợp kết quả bầu cử: " + path)
		})
		return nil
	})
}

// writeSummary computes the results and writes the summary workbook.
func writeSummary(ctx context.Context, st *data.Store, e data.Election, unit int64, path string) error {
	_, err := electiondocs.ExportSummary(ctx, st, e.ID, unit, path, time.Now())
	return err
}

// importWorkbook asks for an election workbook and imports it in the
// background with progress; a refused file shows every problem in a list
// and nothing is written.
func (v *view) importWorkbook() {
	v.h.OpenFile("Nhập bảng tính bầu cử", []string{".xlsx"}, v.importPath)
}

// importPath imports the workbook at path.
func (v *view) importPath(path string) {
	var res data.ImportResult
	st := v.h.Store()
	tw.RunLong(v.h.Window(), "Nhập bảng tính bầu cử", func(ctx context.Context, p tw.Progress) error {
		p(-1, "Đang đọc và kiểm tra "+path+"…")
		var err error
		res, err = electiondocs.Import(ctx, st, path, func(f float64) {
			p(f, fmt.Sprintf("Đang kiểm tra và ghi… %d%%", int(f*100)))
		})
		return err
	}, func(err error) {
		if err != nil {
			tw.ShowProblems(v.h.Window(), "Bảng tính bầu cử bị từ chối", err)
			return
		}
		v.reload(res.Election.ID, func() {
			v.h.SetStatus(fmt.Sprintf("Đã nhập %s: %s đơn vị bầu cử, %s người ứng cử, %s khu vực bỏ phiếu, %s biên bản kiểm phiếu",
				path, vn.Int(int64(res.Constituencies)), vn.Int(int64(res.Candidates)), vn.Int(int64(res.Areas)), vn.Int(int64(res.Tallies))))
			tw.ShowWarnings(v.h.Window(), "Đã nhập bảng tính bầu cử, có cảnh báo", "Đã nhập "+path, res.Warnings)
		})
	})
}

// saveTemplate saves an empty election workbook.
func (v *view) saveTemplate() {
	v.h.SaveFile("Lưu mẫu bảng tính bầu cử", "Mẫu bảng tính bầu cử.xlsx", ".xlsx", electiondocs.Template)
}

// exportMinutes saves the official minutes of every constituency of the
// election (biên bản xác định kết quả bầu cử ở đơn vị bầu cử) as a PDF.
func exportMinutes(h Host, e data.Election) {
	h.SaveFile("Xuất biên bản xác định kết quả bầu cử", "Biên bản xác định kết quả bầu cử.pdf", ".pdf", func(path string) error {
		st := h.Store()
		var n int
		tw.RunLong(h.Window(), "Xuất biên bản xác định kết quả bầu cử", func(ctx context.Context, p tw.Progress) error {
			p(-1, "Đang tính kết quả và lập biên bản của từng đơn vị bầu cử…")
			r, err := st.Results(ctx, e.ID)
			if err != nil {
				return err
			}
			n, err = electiondocs.ExportMinutes(ctx, st, r, electiondocs.MinutesSelection{}, path)
			return err
		}, func(err error) {
			if err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			h.SetStatus(fmt.Sprintf("Đã xuất biên bản của %d đơn vị bầu cử: %s", n, path))
		})
		return nil
	})
}

// exportStatistics saves the Council's statistics form of the election
// (sơ bộ before the lock, chính thức after).
func exportStatistics(h Host, e data.Election) {
	h.SaveFile("Xuất biểu thống kê kết quả bầu cử", "Biểu thống kê kết quả bầu cử.xlsx", ".xlsx", func(path string) error {
		st := h.Store()
		tw.RunLong(h.Window(), "Xuất biểu thống kê kết quả bầu cử", func(ctx context.Context, p tw.Progress) error {
			p(-1, "Đang tính kết quả và cơ cấu người trúng cử…")
			r, err := st.Results(ctx, e.ID)
			if err != nil {
				return err
			}
			_, err = electiondocs.ExportStatistics(ctx, st, r, 0, path)
			return err
		}, func(err error) {
			if err != nil {
				tw.ShowError(h.Window(), err)
				return
			}
			h.SetStatus("Đã xuất biểu thống kê kết quả bầu cử: " + path)
		})
		return nil
	})
}
