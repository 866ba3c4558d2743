package award

import "time"

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Codes of the decrees with prize coefficients.
const (
	Decree91of2017  = "91/2017/NĐ-CP"
	Decree98of2023  = "98/2023/NĐ-CP"
	Decree152of2025 = "152/2025/NĐ-CP"
)

// DefaultRegimes are the decrees that set prize coefficients since the
// 2017 rules, each governing the decisions dated within its dates:
// Nghị định 91/2017/NĐ-CP (signed 31/7/2017, in force 1/10/2017, replaced
// when the Luật Thi đua, khen thưởng 2022 took effect), 98/2023/NĐ-CP
// (1/1/2024–30/6/2025) and 152/2025/NĐ-CP (from 1/7/2025).
var DefaultRegimes = []Regime{
	{Code: Decree91of2017, Name: "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		From: date(2017, time.October, 1), To: date(2023, time.December, 31)},
	{Code: Decree98of2023, Name: "Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		From: date(2024, time.January, 1), To: date(2025, time.June, 30)},
	{Code: Decree152of2025, Name: "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
		From: date(2025, time.July, 1)},
}

// DefaultBaseSalaries are the lương cơ sở values since 1/7/2019
// (Nghị định 38/2019, 24/2023 and 73/2024/NĐ-CP); later values are entered
// by the user.
var DefaultBaseSalaries = []BaseSalary{
	{From: date(2019, time.July, 1), Amount: 1_490_000},
	{From: date(2023, time.July, 1), Amount: 1_800_000},
	{From: date(2024, time.July, 1), Amount: 2_340_000},
}

// The award forms users pick, by their exact names.
const (
	FormGiayKhen         = "Giấy khen"
	FormBangKhenTinh     = "Bằng khen của Chủ tịch UBND tỉnh"
	FormBangKhenThuTuong = "Bằng khen của Thủ tướng Chính phủ"
	FormCoThiDuaTinh     = "Cờ thi đua của UBND tỉnh"
	FormChienSiCoSo      = "Chiến sĩ thi đua cơ sở"
	FormChienSiTinh      = "Chiến sĩ thi đua cấp tỉnh"
	FormLaoDongTienTien  = "Lao động tiên tiến"
	FormTapTheXuatSac    = "Tập thể lao động xuất sắc"
)

// DefaultForms are the coefficients (individual / collective, thousandths)
// of the forms a provincial Ban Thi đua – Khen thưởng deals with:
//
//	form                                 91/2017     98/2023     152/2025
//	Giấy khen                            0,3 / 0,6   0,3 / 0,6   0,3 / 0,6
//	Bằng khen của Chủ tịch UBND tỉnh     1,0 / 2,0   1,0 / 2,0   1,5 / 3,0
//	Bằng khen của Thủ tướng Chính phủ    3,5 / 7,0       –       3,5 / 7,0
//	Cờ thi đua của UBND tỉnh                 –       – / 8,0     – / 8,0
//	Chiến sĩ thi đua cơ sở               1,0 / –     1,0 / –     1,0 / –
//	Chiến sĩ thi đua cấp tỉnh            3,0 / –     3,0 / –     3,0 / –
//	Lao động tiên tiến                   0,3 / –     0,3 / –     0,3 / –
//	Tập thể lao động xuất sắc            – / 1,5     – / 1,5     – / 1,5
//
// Under 91/2017 a collective receives twice an individual's prize for a
// Bằng khen or Giấy khen. Rows marked "–" for a whole regime are left out
// because their coefficient could not be checked against the decree's text
// here (Cờ thi đua under 91/2017, Bằng khen của Thủ tướng under 98/2023);
// users add them in the program's table.
var DefaultForms = []FormCoefficients{
	{FormGiayKhen, Decree152of2025, 300, 600},
	{FormBangKhenTinh, Decree152of2025, 1500, 3000},
	{FormBangKhenThuTuong, Decree152of2025, 3500, 7000},
	{FormCoThiDuaTinh, Decree152of2025, 0, 8000},
	{FormChienSiCoSo, Decree152of2025, 1000, 0},
	{FormChienSiTinh, Decree152of2025, 3000, 0},
	{FormLaoDongTienTien, Decree152of2025, 300, 0},
	{FormTapTheXuatSac, Decree152of2025, 0, 1500},

	{FormGiayKhen, Decree98of2023, 300, 600},
	{FormBangKhenTinh, Decree98of2023, 1000, 2000},
	{FormCoThiDuaTinh, Decree98of2023, 0, 8000},
	{FormChienSiCoSo, Decree98of2023, 1000, 0},
	{FormChienSiTinh, Decree98of2023, 3000, 0},
	{FormLaoDongTienTien, Decree98of2023, 300, 0},
	{FormTapTheXuatSac, Decree98of2023, 0, 1500},

	{FormGiayKhen, Decree91of2017, 300, 600},
	{FormBangKhenTinh, Decree91of2017, 1000, 2000},
	{FormBangKhenThuTuong, Decree91of2017, 3500, 7000},
	{FormChienSiCoSo, Decree91of2017, 1000, 0},
	{FormChienSiTinh, Decree91of2017, 3000, 0},
	{FormLaoDongTienTien, Decree91of2017, 300, 0},
	{FormTapTheXuatSac, Decree91of2017, 0, 1500},
}
