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
// 2017 rules, each governing the decisions dated within its dates, named
// with their full dates as a "Căn cứ" line writes them: Nghị định
// 91/2017/NĐ-CP (signed 31/7/2017, in force 1/10/2017, replaced when the
// Luật Thi đua, khen thưởng 2022 took effect), 98/2023/NĐ-CP (signed
// 31/12/2023; 1/1/2024–30/6/2025) and 152/2025/NĐ-CP (signed 14/6/2025;
// from 1/7/2025, where a household receives 1,5 times a person's prize).
var DefaultRegimes = []Regime{
	{Code: Decree91of2017, Name: "Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		From: date(2017, time.October, 1), To: date(2023, time.December, 31)},
	{Code: Decree98of2023, Name: "Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
		From: date(2024, time.January, 1), To: date(2025, time.June, 30)},
	{Code: Decree152of2025, Name: "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
		From: date(2025, time.July, 1), Household: 1500},
}

// DefaultBaseSalaries are the lương cơ sở values since 1/7/2019
// (Nghị định 38/2019, 24/2023, 73/2024/NĐ-CP, and 2.530.000 from 1/7/2026 as
// reported for Nghị định 161/2026/NĐ-CP); later values are entered by the
// user.
var DefaultBaseSalaries = []BaseSalary{
	{From: date(2019, time.July, 1), Amount: 1_490_000},
	{From: date(2023, time.July, 1), Amount: 1_800_000},
	{From: date(2024, time.July, 1), Amount: 2_340_000},
	{From: date(2026, time.July, 1), Amount: 2_530_000},
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
	FormTapTheTienTien   = "Tập thể lao động tiên tiến"
	FormXaTieuBieu       = "Xã, phường, thị trấn tiêu biểu"
	FormThonVanHoa       = "Thôn, tổ dân phố văn hóa"
)

// DefaultForms are the coefficients (individual / collective, thousandths)
// of the forms a Ban Thi đua – Khen thưởng deals with; a row with an issuer
// level applies to that issuer only (FormOn):
//
//	form                                 91/2017     98/2023     152/2025
//	Giấy khen                            0,3 / 0,6   0,3 / 0,6   0,3 / 0,6
//	  – of a commune chairman            0,15 / 0,3  0,15 / 0,3      –
//	Bằng khen của Chủ tịch UBND tỉnh     1,0 / 2,0   1,0 / 2,0   1,5 / 3,0
//	Bằng khen của Thủ tướng Chính phủ    3,5 / 7,0   3,5 / 7,0   3,5 / 7,0
//	Cờ thi đua của UBND tỉnh              – / 8,0     – / 8,0     – / 8,0
//	Chiến sĩ thi đua cơ sở               1,0 / –     1,0 / –     1,0 / –
//	Chiến sĩ thi đua cấp tỉnh            3,0 / –     3,0 / –     3,0 / –
//	Lao động tiên tiến                   0,3 / –     0,3 / –     0,3 / –
//	Tập thể lao động xuất sắc            – / 1,5     – / 1,5     – / 1,5
//	Tập thể lao động tiên tiến               –           –        – / 0,8
//	Xã, phường, thị trấn tiêu biểu           –           –        – / 2,0
//	Thôn, tổ dân phố văn hóa                 –           –        – / 1,5
//
// Under 91/2017 and 98/2023 a collective receives twice an individual's
// prize for a Bằng khen or Giấy khen. The rows of Bằng khen của Thủ tướng
// and Cờ thi đua under 98/2023 follow DOMAIN.md's reading and were not
// confirmed from the decree's text here; the last three titles under the
// older regimes were not found and are left for users to enter.
var DefaultForms = []FormCoefficients{
	{FormGiayKhen, Decree152of2025, "", 300, 600},
	{FormBangKhenTinh, Decree152of2025, "", 1500, 3000},
	{FormBangKhenThuTuong, Decree152of2025, "", 3500, 7000},
	{FormCoThiDuaTinh, Decree152of2025, "", 0, 8000},
	{FormChienSiCoSo, Decree152of2025, "", 1000, 0},
	{FormChienSiTinh, Decree152of2025, "", 3000, 0},
	{FormLaoDongTienTien, Decree152of2025, "", 300, 0},
	{FormTapTheXuatSac, Decree152of2025, "", 0, 1500},
	{FormTapTheTienTien, Decree152of2025, "", 0, 800},
	{FormXaTieuBieu, Decree152of2025, "", 0, 2000},
	{FormThonVanHoa, Decree152of2025, "", 0, 1500},

	{FormGiayKhen, Decree98of2023, "", 300, 600},
	{FormGiayKhen, Decree98of2023, LevelCommune, 150, 300},
	{FormBangKhenTinh, Decree98of2023, "", 1000, 2000},
	{FormBangKhenThuTuong, Decree98of2023, "", 3500, 7000},
	{FormCoThiDuaTinh, Decree98of2023, "", 0, 8000},
	{FormChienSiCoSo, Decree98of2023, "", 1000, 0},
	{FormChienSiTinh, Decree98of2023, "", 3000, 0},
	{FormLaoDongTienTien, Decree98of2023, "", 300, 0},
	{FormTapTheXuatSac, Decree98of2023, "", 0, 1500},

	{FormGiayKhen, Decree91of2017, "", 300, 600},
	{FormGiayKhen, Decree91of2017, LevelCommune, 150, 300},
	{FormBangKhenTinh, Decree91of2017, "", 1000, 2000},
	{FormBangKhenThuTuong, Decree91of2017, "", 3500, 7000},
	{FormCoThiDuaTinh, Decree91of2017, "", 0, 8000},
	{FormChienSiCoSo, Decree91of2017, "", 1000, 0},
	{FormChienSiTinh, Decree91of2017, "", 3000, 0},
	{FormLaoDongTienTien, Decree91of2017, "", 300, 0},
	{FormTapTheXuatSac, Decree91of2017, "", 0, 1500},
}

// districtsAbolished is the last day of the district level (30/6/2025).
var districtsAbolished = date(2025, time.June, 30)

// DefaultCompetence is who may grant each form (DOMAIN.md, "Authority"):
// the provincial chairman grants Bằng khen, Cờ thi đua and Chiến sĩ thi đua
// of the province, Tập thể lao động xuất sắc and Xã tiêu biểu; Giấy khen,
// Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến
// and Thôn văn hóa are granted by commune chairmen (and district chairmen
// until 30/6/2025, and heads of agencies, who issue no UBND decision);
// Bằng khen của Thủ tướng is granted above the province: no row.
var DefaultCompetence = func() []Competence {
	var out []Competence
	since := date(2000, time.January, 1)
	for _, f := range []string{FormBangKhenTinh, FormCoThiDuaTinh, FormChienSiTinh, FormTapTheXuatSac, FormXaTieuBieu} {
		out = append(out, Competence{Form: f, Level: LevelProvince, From: since})
	}
	for _, f := range []string{FormGiayKhen, FormLaoDongTienTien, FormChienSiCoSo, FormTapTheTienTien, FormThonVanHoa} {
		out = append(out, Competence{Form: f, Level: LevelCommune, From: since},
			Competence{Form: f, Level: LevelDistrict, From: since, To: districtsAbolished})
	}
	return out
}()
