package electiondocs

import (
	"fmt"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// templateRows is how many rows of each data sheet carry the template's
// formats and data validation.
const templateRows = 2000

// instructions are the lines of the sheet Hướng dẫn.
var instructions = []string{
	"BẢNG TÍNH BẦU CỬ – HƯỚNG DẪN NHẬP",
	"",
	"Bảng tính này dùng để nhập dữ liệu bầu cử vào tdkt bằng lệnh: tdkt import TỆP.xlsx (hoặc nút “Nhập bảng tính…” trên màn hình Bầu cử).",
	"Dòng 1 của mỗi sheet là dòng tiêu đề, không sửa; dữ liệu ghi từ dòng 2. Có thể thêm cột khác, tdkt bỏ qua các cột không có trong mẫu.",
	"Sheet nào mà dữ liệu đã có trong tdkt thì có thể xóa hoặc để trống (ví dụ: khi chỉ gửi kết quả kiểm phiếu).",
	"",
	"Các sheet:",
	"• Cuộc bầu cử: một dòng – tên cuộc bầu cử và ngày bầu cử (dd/mm/yyyy). Bỏ trống thì dùng cuộc bầu cử gần nhất trong tdkt. " +
		"Các cấp bầu cử (không bắt buộc): các cấp cuộc bầu cử này bầu, cách nhau bằng dấu chấm phẩy – ví dụ bầu cử bổ sung đại biểu HĐND xã chỉ ghi “HĐND xã”; để trống là bầu mọi cấp.",
	"• Đơn vị bầu cử: Cấp · Mã đơn vị hành chính (đơn vị có Hội đồng nhân dân được bầu; với QH là mã tỉnh) · Số đơn vị bầu cử · Số đại biểu được bầu · Mô tả.",
	"• Người ứng cử: Cấp · Mã đơn vị hành chính · Số đơn vị bầu cử (đơn vị bầu cử của người ứng cử) · Họ và tên · Ngày sinh (bắt buộc, dd/mm/yyyy) · Giới tính (Nam/Nữ). " +
		"Danh sách ít người hơn quy định (QH: số đại biểu + 2; HĐND: + 1, + 2 khi bầu 3 đại biểu, + 3 khi bầu từ 4) vẫn được nhập, kèm cảnh báo. " +
		"Các cột không bắt buộc, dùng cho biểu thống kê cơ cấu: Dân tộc · Tôn giáo · Đảng viên · Tái cử · Tự ứng cử (ba cột này ghi Có hoặc Không) · Trình độ chuyên môn · Trình độ lý luận chính trị · Nghề nghiệp, chức vụ · Nơi công tác.",
	"• Khu vực bỏ phiếu: Mã xã · Số khu vực bỏ phiếu · Tên · số đơn vị bầu cử của khu vực ở từng cấp (ĐVBC QH, ĐVBC HĐND tỉnh, ĐVBC HĐND huyện, ĐVBC HĐND xã; để trống cấp không bầu) · Thôn, tổ dân phố (không bắt buộc, cách nhau bằng dấu chấm phẩy).",
	"• Kiểm phiếu: mỗi biên bản kết quả kiểm phiếu một dòng – Mã xã · Số khu vực bỏ phiếu · Cấp · sáu con số của biên bản · Lần bầu.",
	"• Phiếu bầu: số phiếu bầu cho từng người ứng cử trong mỗi biên bản – Mã xã · Số khu vực bỏ phiếu · Cấp · Họ và tên người ứng cử · Số phiếu bầu · Lần bầu.",
	"• Lần bầu (không bắt buộc): để trống hoặc “Lần đầu” cho lần bỏ phiếu đầu tiên; “Bầu thêm” hoặc “Bầu lại” cho biên bản của lần bầu thứ hai ở đơn vị bầu cử. " +
		"Bầu thêm chỉ nhận khi lần đầu chưa bầu đủ (QH) hoặc chưa đủ hai phần ba số đại biểu (HĐND) – Điều 79, và biên bản chỉ có số phiếu của những người chưa trúng cử; " +
		"bầu lại chỉ nhận khi số cử tri đi bầu lần đầu chưa quá một nửa – Điều 80 (bầu lại do kết quả bị hủy thì ghi việc hủy trên màn hình Bầu cử trước), biên bản có số phiếu của mọi người ứng cử.",
	"",
	"Quy định:",
	"• Cấp ghi một trong: QH, HĐND tỉnh, HĐND huyện, HĐND xã (từ ngày 01/7/2025 không còn HĐND huyện).",
	"• Mã đơn vị hành chính là mã của Tổng cục Thống kê, ghi dạng chữ để giữ số 0 ở đầu: tỉnh 2 chữ số (“06”), huyện 3 (“016”), xã 5 (“00070”).",
	"• Mỗi đơn vị bầu cử có tối đa 3 đại biểu (QH) hoặc 5 đại biểu (HĐND). Người ứng cử phải đủ 21 tuổi vào ngày bầu cử.",
	"• Biên bản kiểm phiếu phải khớp: số cử tri đã bỏ phiếu ≤ tổng số cử tri; số phiếu thu vào ≤ số phiếu phát ra; số phiếu hợp lệ + số phiếu không hợp lệ = số phiếu thu vào; số phiếu của mỗi người ứng cử ≤ số phiếu hợp lệ; tổng số phiếu bầu cho các người ứng cử ≤ số phiếu hợp lệ × số đại biểu được bầu.",
	"• Mỗi biên bản cần số phiếu bầu của đủ mọi người ứng cử của đơn vị bầu cử (sheet Phiếu bầu).",
	"",
	"Khi nhập: tdkt kiểm tra toàn bộ bảng tính một lượt và liệt kê mọi lỗi (sheet, dòng, cột, quy định). Có lỗi thì không ghi gì cả.",
	"Nhập lại bảng tính đã sửa thì biên bản kiểm phiếu của khu vực bỏ phiếu được thay thế, không bị nhân đôi.",
	"Bảng tính gõ bằng phông TCVN3 (.VnTime) hoặc VNI được nhận ra và chuyển sang Unicode.",
}

// Template writes an empty election workbook: the sheets of FORMATS.md
// with their headers, widths, number formats and data validation (races
// from a list, whole numbers), and an instruction sheet in Vietnamese.
func Template(path string) error {
	f, err := newTemplate()
	if err != nil {
		return err
	}
	defer f.Close()
	return f.SaveAs(path)
}

// Fill writes rows into a workbook laid out as the template, for sending
// an election's data on or testing the import: every row goes to the
// sheet and row it names (ElectionImport rows carry their row numbers).
func Fill(path string, in data.ElectionImport) error {
	f, err := newTemplate()
	if err != nil {
		return err
	}
	defer f.Close()
	set := func(sheetName string, row int, values ...any) error {
		return f.SetSheetRow(sheetName, fmt.Sprintf("A%d", row), &values)
	}
	date := func(t time.Time) any {
		if t.IsZero() {
			return ""
		}
		return vn.DMY(t)
	}
	if e := in.Election; e != nil {
		races := make([]string, len(e.Races))
		for i, r := range e.Races {
			races[i] = string(r)
		}
		if err := set(SheetElection, e.Row, e.Name, date(e.Day), strings.Join(races, "; ")); err != nil {
			return err
		}
	}
	for _, r := range in.Constituencies {
		if err := set(SheetConstituencies, r.Row, string(r.Race), r.Unit, r.Number, r.Seats, r.Description); err != nil {
			return err
		}
	}
	for _, r := range in.Candidates {
		vals := []any{string(r.Race), r.Unit, r.Number, r.Name, date(r.Birth), r.Sex}
		if p := r.Profile; p != nil {
			vals = append(vals, p.Ethnicity, p.Religion, p.Party, p.Reelected, p.SelfNominated, p.Education, p.Theory, p.Occupation, p.Workplace)
		}
		if err := set(SheetCandidates, r.Row, vals...); err != nil {
			return err
		}
	}
	for _, r := range in.PollingAreas {
		vals := []any{r.Commune, r.Number, r.Name}
		for _, race := range election.Races {
			if n := r.In[race]; n > 0 {
				vals = append(vals, n)
			} else {
				vals = append(vals, "")
			}
		}
		vals = append(vals, strings.Join(r.Villages, "; "))
		if err := set(SheetAreas, r.Row, vals...); err != nil {
			return err
		}
	}
	for _, r := range in.Tallies {
		round := ""
		if r.Round != election.Regular {
			round = r.Round.Word()
		}
		if err := set(SheetTallies, r.Row, r.Commune, r.Area, string(r.Race), r.Voters, r.Voted, r.Issued, r.Received, r.Valid, r.Invalid, round); err != nil {
			return err
		}
		for _, v := range r.Votes {
			if err := set(SheetVotes, v.Row, r.Commune, r.Area, string(r.Race), v.Name, v.Votes, round); err != nil {
				return err
			}
		}
	}
	return f.SaveAs(path)
}

// newTemplate builds the template workbook in memory.
func newTemplate() (*excelize.File, error) {
	f := excelize.NewFile()
	if err := layoutTemplate(f); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func layoutTemplate(f *excelize.File) error {
	st, err := sheet.NewStyles(f)
	if err != nil {
		return err
	}
	textFmt := 49 // "@": codes keep their leading zeros
	codeStyle, err := f.NewStyle(&excelize.Style{NumFmt: textFmt, Font: &excelize.Font{Family: sheet.Font, Size: 12},
		Alignment: &excelize.Alignment{Horizontal: "center"}})
	if err != nil {
		return err
	}
	dateFmt := sheet.FmtDate
	dateStyle, err := f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt, Font: &excelize.Font{Family: sheet.Font, Size: 12},
		Alignment: &excelize.Alignment{Horizontal: "center"}})
	if err != nil {
		return err
	}
	plain, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: sheet.Font, Size: 12}})
	if err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", SheetInstructions); err != nil {
		return err
	}
	if err := writeInstructions(f, st); err != nil {
		return err
	}
	races := make([]string, len(election.Races))
	for i, r := range election.Races {
		races[i] = string(r)
	}
	last := templateRows + 1
	for _, l := range layouts {
		if _, err := f.NewSheet(l.name); err != nil {
			return err
		}
		for i, c := range l.cols {
			letter, _ := excelize.ColumnNumberToName(i + 1)
			if err := f.SetCellValue(l.name, letter+"1", c.Name); err != nil {
				return err
			}
			if err := f.SetColWidth(l.name, letter, letter, c.width); err != nil {
				return err
			}
			rng := fmt.Sprintf("%s2:%s%d", letter, letter, last)
			style := plain
			dv := excelize.NewDataValidation(true)
			dv.Sqref = rng
			valid := true
			switch c.field {
			case election.FieldRace:
				err = dv.SetDropList(races)
				dv.SetError(excelize.DataValidationErrorStyleStop, "Cấp bầu cử", "Chọn QH, HĐND tỉnh, HĐND huyện hoặc HĐND xã")
			case election.FieldSex:
				err = dv.SetDropList(vn.Sexes)
				dv.SetError(excelize.DataValidationErrorStyleStop, "Giới tính", "Chọn Nam hoặc Nữ")
			case election.FieldSeats:
				err = dv.SetRange(1, 5, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
				dv.SetError(excelize.DataValidationErrorStyleStop, "Số đại biểu được bầu", "Từ 1 đến 3 (QH) hoặc 5 (HĐND)")
			case election.FieldUnit, election.FieldCommune:
				style = codeStyle
				valid = false
			case election.FieldBirth, election.FieldDay:
				style = dateStyle
				valid = false
			case election.FieldNumber, election.FieldArea, election.FieldVoters, election.FieldVoted, election.FieldIssued, election.FieldReceived,
				election.FieldValid, election.FieldInvalid, election.FieldVotes:
				err = dv.SetRange(0, 10000000, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
				dv.SetError(excelize.DataValidationErrorStyleStop, c.Name, "Cần một số nguyên không âm")
			default:
				if strings.HasPrefix(c.field, election.FieldConstituency) {
					err = dv.SetRange(1, 9999, excelize.DataValidationTypeWhole, excelize.DataValidationOperatorBetween)
					dv.SetError(excelize.DataValidationErrorStyleStop, c.Name, "Số đơn vị bầu cử: số nguyên từ 1; để trống nếu không bầu cấp này")
				} else {
					valid = false
				}
			}
			if err != nil {
				return err
			}
			if valid {
				if err := f.AddDataValidation(l.name, dv); err != nil {
					return err
				}
			}
			if err := f.SetCellStyle(l.name, letter+"2", fmt.Sprintf("%s%d", letter, last), style); err != nil {
				return err
			}
		}
		lastCol, _ := excelize.ColumnNumberToName(len(l.cols))
		if err := f.SetCellStyle(l.name, "A1", lastCol+"1", st.Header); err != nil {
			return err
		}
		if err := f.SetRowHeight(l.name, 1, 36); err != nil {
			return err
		}
		if err := sheet.Freeze(f, l.name, 0, 1); err != nil {
			return err
		}
		if err := sheet.PrintSetup(f, l.name, true, 1); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return nil
}

func writeInstructions(f *excelize.File, st sheet.Styles) error {
	name := SheetInstructions
	if err := f.SetColWidth(name, "A", "A", 130); err != nil {
		return err
	}
	for i, line := range instructions {
		cell := fmt.Sprintf("A%d", i+1)
		if err := f.SetCellValue(name, cell, line); err != nil {
			return err
		}
		style := st.Note
		if i == 0 {
			style = st.Title
		}
		if err := f.SetCellStyle(name, cell, cell, style); err != nil {
			return err
		}
	}
	return sheet.PrintSetup(f, name, false, 0)
}
