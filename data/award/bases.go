package award

import "time"

// basis is a "Căn cứ" line of award decisions and the dates it applies to.
type basis struct {
	from, to time.Time // to: zero while in force
	line     string
}

// The laws an award decision of a People's Committee chairman cites, by the
// dates of the decisions they govern (from, to inclusive):
//
//   - Luật Tổ chức chính quyền địa phương 2015 (in force 1/1/2016), amended
//     by the law of 22/11/2019 (in force 1/7/2020); replaced by Luật
//     65/2025/QH15 of 19/02/2025 (in force 1/3/2025), itself replaced by
//     Luật 72/2025/QH15 of 16/6/2025 (in force from its adoption);
//   - Luật Thi đua, khen thưởng 2003, amended in 2005 and 2013; replaced by
//     Luật Thi đua, khen thưởng 2022, in force 1/1/2024.
//
// The decree line comes from the regime table (editable data), see Bases.
var (
	localGovernmentLaws = []basis{
		{date(2016, time.January, 1), date(2020, time.June, 30),
			"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"},
		{date(2020, time.July, 1), date(2025, time.February, 28),
			"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"},
		{date(2025, time.March, 1), date(2025, time.June, 15),
			"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"},
		{date(2025, time.June, 16), time.Time{},
			"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"},
	}
	emulationLaws = []basis{
		{date(2014, time.June, 1), date(2023, time.December, 31),
			"Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013;"},
		{date(2024, time.January, 1), time.Time{},
			"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"},
	}
)

func basisOn(table []basis, d time.Time) string {
	day := date(d.Year(), d.Month(), d.Day())
	for _, b := range table {
		if (b.from.IsZero() || !day.Before(b.from)) && (b.to.IsZero() || !day.After(b.to)) {
			return b.line
		}
	}
	return ""
}

// Bases are the default "Căn cứ" lines of an award decision dated d: the
// law on local government and the law on emulation and commendation in
// force that day, then the decree of the regime in force ("Căn cứ " +
// its name), then any further lines (e.g. the campaign's plan).
func Bases(d time.Time, regime Regime, more ...string) []string {
	var out []string
	for _, l := range []string{basisOn(localGovernmentLaws, d), basisOn(emulationLaws, d)} {
		if l != "" {
			out = append(out, l)
		}
	}
	if regime.Name != "" {
		out = append(out, "Căn cứ "+regime.Name+";")
	}
	return append(out, more...)
}
