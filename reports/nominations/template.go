package nominations

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// templateRows is how many rows of the template carry borders and
// drop-down lists; rows below still import.
const templateRows = 500

// templateColumns are the headers of the sheet Đề nghị khen thưởng with
// their widths (characters) and the hint shown when a cell is selected.
var templateColumns = []struct {
	name  string
	width float64
	hint  string
}{
	{ColSTT, 6, ""},
	{ColKind, 11, "Chọn Cá nhân, Tập thể hoặc Hộ gia đình"},
	{ColName, 30, "Họ và tên đầy đủ của cá nhân, hoặc tên tập thể"},
	{ColBirth, 13, "Cá nhân: ngày/tháng/năm (30/04/1975) hoặc năm sinh (1975); tập thể, hộ gia đình để trống"},
	{ColSex, 9, "Cá nhân: Nam hoặc Nữ; tập thể, hộ gia đình để trống"},
	{ColPosition, 22, "Chức vụ của cá nhân"},
	{ColWorkplace, 28, "Cơ quan, đơn vị công tác của cá nhân"},
	{ColForm, 30, "Chọn trong danh sách (sheet Danh mục)"},
	{ColRank, 7, "Chỉ tập thể, nếu danh sách xếp hạng: Nhất, Nhì, Ba"},
	{ColAchievement, 45, "Tóm tắt thành tích"},
	{ColProposer, 26, "Cơ quan, địa phương trình đề nghị, ví dụ: UBND huyện Ba Bể, Sở Y tế"},
}

// instructions are the lines of the sheet Hướng dẫn.
var instructions = []string{
	"HƯỚNG DẪN LẬP DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
	"",
	"1. Ghi mỗi cá nhân, tập thể được đề nghị trên một dòng của sheet \"Đề nghị khen thưởng\", bắt đầu từ dòng 2. Không đổi tên sheet, không xóa, không đổi tên dòng tiêu đề (dòng 1); có thể thêm cột khác, chương trình bỏ qua.",
	"2. Cột \"Loại\": chọn \"Cá nhân\", \"Tập thể\" hoặc \"Hộ gia đình\" (hộ gia đình được thưởng 1,5 lần mức của cá nhân theo Nghị định 152/2025/NĐ-CP).",
	"3. Cột \"Họ và tên / Tên tập thể\": ghi đầy đủ, có dấu. Tên cá nhân được tự sửa chữ hoa, chữ thường và khoảng trắng thừa (\"nguyễn  văn AN\" thành \"Nguyễn Văn An\"); tên tập thể giữ nguyên cách viết hoa (\"UBND xã Cao Thượng\").",
	"4. Cột \"Ngày sinh\" (chỉ cá nhân): ngày/tháng/năm, ví dụ 30/04/1975, hoặc chỉ năm sinh, ví dụ 1975. Ngày sinh không được ở tương lai. Tập thể và hộ gia đình để trống các cột Ngày sinh, Giới tính.",
	"5. Cột \"Giới tính\" (chỉ cá nhân): Nam hoặc Nữ.",
	"6. Cột \"Hình thức khen thưởng\": chọn trong danh sách, là các hình thức trong sheet \"Danh mục\". Hình thức phải áp dụng được cho loại đối tượng (ví dụ Cờ thi đua chỉ tặng tập thể).",
	"7. Cột \"Hạng\": chỉ dùng cho tập thể khi danh sách có xếp hạng (Nhất, Nhì, Ba); để trống nếu không xếp hạng.",
	"8. Cột \"Đơn vị đề nghị\": cơ quan, địa phương trình đề nghị, ví dụ \"UBND huyện Ba Bể\", \"Sở Y tế\". Tên UBND một huyện, xã được gắn với đơn vị hành chính đó.",
	"9. Sheet \"Đợt thi đua\" (không bắt buộc): ghi tên đợt thi đua, số kế hoạch và ngày kế hoạch ở dòng 2. Nếu chưa có đợt thi đua tên đó, chương trình tạo mới. Nếu bỏ trống sheet này, danh sách được nhập vào đợt thi đua đang có (khi chỉ có một đợt) hoặc đợt được chọn khi nhập.",
	"10. Mỗi cá nhân, tập thể chỉ được đề nghị một lần trong một đợt thi đua (một thành tích chỉ khen một lần): cùng họ tên và ngày sinh (hoặc cùng năm sinh), hoặc cùng tên tập thể, là trùng và bị từ chối. Tên chỉ khác nhau ở dấu (ví dụ Hoa và Hòa) với cùng ngày sinh vẫn được nhập, kèm cảnh báo để kiểm tra lại.",
	"11. Khi nhập, chương trình kiểm tra toàn bộ tệp: nếu có lỗi, không dòng nào được ghi và mọi lỗi được liệt kê theo sheet, dòng, cột. Sửa hết rồi nhập lại.",
	"12. Tệp gõ bằng phông chữ cũ TCVN3 (.VnTime) hoặc VNI được tự nhận ra và chuyển sang Unicode.",
}

// Template builds the empty nomination workbook: the sheet Đề nghị khen
// thưởng with drop-down lists of kinds, the store's award forms, sexes and
// ranks; the sheet Đợt thi đua (filled with c when c.Name is set); the
// instructions; the lists. Times New Roman, set to print on A4.
func Template(forms []data.AwardForm, c data.Campaign) (*excelize.File, error) {
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", SheetNominations); err != nil {
		return nil, err
	}
	for _, name := range []string{SheetCampaign, SheetInstructions, SheetLists} {
		if _, err := f.NewSheet(name); err != nil {
			return nil, err
		}
	}
	st, err := sheet.NewStyles(f)
	if err != nil {
		return nil, err
	}
	if err := templateNominations(f, st, len(forms)); err != nil {
		return nil, err
	}
	formNames := make([]string, len(forms))
	for i, fm := range forms {
		formNames[i] = fm.Name
	}
	if err := templateLists(f, st, formNames); err != nil {
		return nil, err
	}
	if err := templateCampaign(f, st, c); err != nil {
		return nil, err
	}
	if err := templateInstructions(f, st); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	return f, nil
}

// WriteTemplate saves Template to path.
func WriteTemplate(path string, forms []data.AwardForm, c data.Campaign) error {
	f, err := Template(forms, c)
	if err != nil {
		return err
	}
	defer f.Close()
	return saveAtomic(f, path)
}

func templateNominations(f *excelize.File, st sheet.Styles, forms int) error {
	s := SheetNominations
	header := make([]any, len(templateColumns))
	for i, col := range templateColumns {
		header[i] = col.name
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(s, name, name, col.width); err != nil {
			return err
		}
	}
	if err := f.SetSheetRow(s, "A1", &header); err != nil {
		return err
	}
	last, _ := excelize.ColumnNumberToName(len(templateColumns))
	if err := f.SetCellStyle(s, "A1", last+"1", st.Header); err != nil {
		return err
	}
	if err := f.SetRowHeight(s, 1, 33); err != nil {
		return err
	}
	end := fmt.Sprint(templateRows + 1)
	if err := f.SetCellStyle(s, "A2", last+end, st.Text); err != nil {
		return err
	}
	for _, col := range []string{ColSTT, ColKind, ColBirth, ColSex, ColRank} {
		c := colLetter(col)
		if err := f.SetCellStyle(s, c+"2", c+end, st.Center); err != nil {
			return err
		}
	}
	lists := map[string]string{
		ColKind: "$A$2:$A$3",
		ColSex:  "$D$2:$D$3",
		ColRank: "$C$2:$C$4",
	}
	for i, col := range templateColumns {
		c, _ := excelize.ColumnNumberToName(i + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = c + "2:" + c + end
		switch ref, ok := lists[col.name]; {
		case ok:
			dv.SetSqrefDropList("'" + SheetLists + "'!" + ref)
		case col.name == ColForm:
			dv.SetSqrefDropList("'" + SheetLists + "'!$B$2:$B$" + fmt.Sprint(1+forms))
		case col.hint == "":
			continue
		}
		if col.hint != "" {
			dv.SetInput(col.name, col.hint)
		}
		if _, isList := lists[col.name]; isList || col.name == ColForm {
			dv.SetError(excelize.DataValidationErrorStyleStop, col.name, "Hãy chọn một giá trị trong danh sách.")
		}
		if err := f.AddDataValidation(s, dv); err != nil {
			return err
		}
	}
	if err := sheet.Freeze(f, s, 0, 1); err != nil {
		return err
	}
	return sheet.PrintSetup(f, s, true, 1)
}

func templateLists(f *excelize.File, st sheet.Styles, forms []string) error {
	s := SheetLists
	cols := [][]string{
		{"Loại", string(award.Individual), string(award.Collective), string(award.Household)},
		append([]string{"Hình thức khen thưởng"}, forms...),
		{"Hạng", string(award.RankFirst), string(award.RankSecond), string(award.RankThird)},
		append([]string{"Giới tính"}, vn.Sexes...),
	}
	for i, values := range cols {
		c, _ := excelize.ColumnNumberToName(i + 1)
		for j, v := range values {
			if err := f.SetCellValue(s, fmt.Sprintf("%s%d", c, j+1), v); err != nil {
				return err
			}
		}
		if err := f.SetCellStyle(s, c+"1", c+"1", st.Header); err != nil {
			return err
		}
		if len(values) > 1 {
			if err := f.SetCellStyle(s, c+"2", fmt.Sprintf("%s%d", c, len(values)), st.Text); err != nil {
				return err
			}
		}
	}
	if err := f.SetColWidth(s, "A", "A", 12); err != nil {
		return err
	}
	if err := f.SetColWidth(s, "B", "B", 40); err != nil {
		return err
	}
	return f.SetColWidth(s, "C", "D", 12)
}

func templateCampaign(f *excelize.File, st sheet.Styles, c data.Campaign) error {
	s := SheetCampaign
	if err := f.SetSheetRow(s, "A1", &[]any{ColCampaignName, ColPlanNumber, ColPlanDate}); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, "A1", "C1", st.Header); err != nil {
		return err
	}
	if err := f.SetCellStyle(s, "A2", "C2", st.Text); err != nil {
		return err
	}
	if c.Name != "" {
		date := ""
		if !c.PlanDate.IsZero() {
			date = vn.DMY(c.PlanDate)
		}
		if err := f.SetSheetRow(s, "A2", &[]any{c.Name, c.PlanNumber, date}); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(s, "A", "A", 70); err != nil {
		return err
	}
	if err := f.SetColWidth(s, "B", "C", 16); err != nil {
		return err
	}
	hints := []struct{ cell, title, text string }{
		{"A2", ColCampaignName, "Không bắt buộc: tên đợt thi đua mà danh sách này đề nghị khen thưởng"},
		{"B2", ColPlanNumber, "Số kế hoạch phát động, ví dụ 53/KH-UBND"},
		{"C2", ColPlanDate, "Ngày kế hoạch, dd/mm/yyyy"},
	}
	for _, h := range hints {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = h.cell
		dv.SetInput(h.title, h.text)
		if err := f.AddDataValidation(s, dv); err != nil {
			return err
		}
	}
	return sheet.PrintSetup(f, s, false, 0)
}

func templateInstructions(f *excelize.File, st sheet.Styles) error {
	s := SheetInstructions
	if err := f.SetColWidth(s, "A", "A", 110); err != nil {
		return err
	}
	for i, line := range instructions {
		cell := fmt.Sprintf("A%d", i+1)
		if err := f.SetCellValue(s, cell, line); err != nil {
			return err
		}
		style := st.Note
		if i == 0 {
			style = st.Title
		}
		if err := f.SetCellStyle(s, cell, cell, style); err != nil {
			return err
		}
		if line != "" && i > 0 {
			lines := 1 + len([]rune(line))/105
			if err := f.SetRowHeight(s, i+1, float64(16*lines)); err != nil {
				return err
			}
		}
	}
	return sheet.PrintSetup(f, s, false, 0)
}

// colLetter is the column letter of a template header.
func colLetter(name string) string {
	for i, col := range templateColumns {
		if col.name == name {
			c, _ := excelize.ColumnNumberToName(i + 1)
			return c
		}
	}
	panic("no template column " + strings.TrimSpace(name))
}
