package award

import (
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

func TestPrizeMoney(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    Coefficient
		base int64
		want int64
	}{
		{"exact multiple stays: 1,0 × 1.490.000", 1000, 1_490_000, 1_490_000},
		{"rounded up: 0,3 × 1.490.000 = 447.000", 300, 1_490_000, 450_000},
		{"exact multiple stays: 1,5 × 2.340.000 = 3.510.000", 1500, 2_340_000, 3_510_000},
		{"rounded up: 0,3 × 2.340.000 = 702.000", 300, 2_340_000, 710_000},
		{"exact multiple stays: 0,6 × 1.800.000 = 1.080.000", 600, 1_800_000, 1_080_000},
		{"exact multiple stays: 0,3 × 1.800.000 = 540.000", 300, 1_800_000, 540_000},
		{"rounded up: 3,5 × 1.490.000 = 5.215.000", 3500, 1_490_000, 5_220_000},
		{"one đồng above a multiple rounds up", 1000, 1_490_001, 1_500_000},
		{"a fraction of a đồng rounds up: 0,001 × 1 đồng", 1, 1, 10_000},
		{"one thousandth below a multiple", 1000, 9_999, 10_000},
		{"zero coefficient", 0, 2_340_000, 0},
		{"zero base", 1500, 0, 0},
		{"large but fitting", 270_000, 1_000_000_000, 270_000_000_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := PrizeMoney(tc.c, tc.base, RoundUp)
			if err != nil || got != tc.want {
				t.Errorf("PrizeMoney(%d, %d) = %d, %v; want %d", tc.c, tc.base, got, err, tc.want)
			}
		})
	}
	for _, tc := range []struct {
		name string
		c    Coefficient
		base int64
	}{
		{"negative coefficient", -300, 1_490_000},
		{"negative base", 300, -1},
		{"overflow", math.MaxInt64, math.MaxInt64},
		{"overflow after rounding", 1000, math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, err := PrizeMoney(tc.c, tc.base, RoundUp); err == nil {
				t.Errorf("PrizeMoney(%d, %d) = %d, want an error", tc.c, tc.base, got)
			}
		})
	}
}

func day2(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestMoney(t *testing.T) {
	money := func(form string, k Kind, d time.Time) (int64, error) {
		return Tables{Forms: DefaultForms, Regimes: DefaultRegimes, Salaries: DefaultBaseSalaries}.Money(form, k, d)
	}
	for _, tc := range []struct {
		name string
		form string
		kind Kind
		date time.Time
		want int64
	}{
		{"DOMAIN example: Bằng khen tỉnh 24/06/2021, person (91/2017, 1.490.000)", FormBangKhenTinh, Individual, day2(2021, 6, 24), 1_490_000},
		{"DOMAIN example: Bằng khen tỉnh 24/06/2021, collective", FormBangKhenTinh, Collective, day2(2021, 6, 24), 2_980_000},
		{"98/2023: Bằng khen tỉnh 01/03/2024, person (1.800.000)", FormBangKhenTinh, Individual, day2(2024, 3, 1), 1_800_000},
		{"98/2023: Bằng khen tỉnh 01/03/2024, collective", FormBangKhenTinh, Collective, day2(2024, 3, 1), 3_600_000},
		{"152/2025: Bằng khen tỉnh 01/08/2025, person 1,5 × 2.340.000", FormBangKhenTinh, Individual, day2(2025, 8, 1), 3_510_000},
		{"152/2025: Bằng khen tỉnh 01/08/2025, collective 3,0 × 2.340.000", FormBangKhenTinh, Collective, day2(2025, 8, 1), 7_020_000},
		{"91/2017: Giấy khen person 2021, 447.000 rounds up", FormGiayKhen, Individual, day2(2021, 5, 23), 450_000},
		{"91/2017: Giấy khen collective 2021, 894.000 rounds up", FormGiayKhen, Collective, day2(2021, 5, 23), 900_000},
		{"98/2023: Giấy khen person after 1/7/2024 base 2.340.000, 702.000 rounds up", FormGiayKhen, Individual, day2(2024, 7, 1), 710_000},
		{"98/2023: base salary still 1.800.000 on 30/6/2024", FormGiayKhen, Individual, day2(2024, 6, 30), 540_000},
		{"91/2017: last day 31/12/2023 with base 1.800.000", FormBangKhenTinh, Individual, day2(2023, 12, 31), 1_800_000},
		{"98/2023: last day 30/6/2025", FormBangKhenTinh, Individual, day2(2025, 6, 30), 2_340_000},
		{"152/2025: first day 1/7/2025", FormBangKhenTinh, Individual, day2(2025, 7, 1), 3_510_000},
		{"form names match ignoring case and diacritics", "bang khen cua chu tich ubnd tinh", Individual, day2(2025, 8, 1), 3_510_000},
		{"152/2025: Bằng khen Thủ tướng person 3,5 × 2.340.000 = 8.190.000", FormBangKhenThuTuong, Individual, day2(2025, 8, 1), 8_190_000},
		{"152/2025: Cờ thi đua collective 8,0", FormCoThiDuaTinh, Collective, day2(2025, 8, 1), 18_720_000},
		{"152/2025: Lao động tiên tiến 0,3 × 2.340.000 rounds up", FormLaoDongTienTien, Individual, day2(2025, 8, 1), 710_000},
		{"decision at 23:30 in Vietnam on 30/6/2025 is still 98/2023",
			FormBangKhenTinh, Individual, time.Date(2025, 6, 30, 23, 30, 0, 0, time.FixedZone("ICT", 7*3600)), 2_340_000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := money(tc.form, tc.kind, tc.date)
			if err != nil || got != tc.want {
				t.Errorf("Money(%q, %q, %s) = %d, %v; want %d", tc.form, tc.kind, tc.date.Format(time.DateOnly), got, err, tc.want)
			}
		})
	}

	for _, tc := range []struct {
		name   string
		forms  []FormCoefficients
		sal    []BaseSalary
		form   string
		kind   Kind
		date   time.Time
		reason error
		msg    string
	}{
		{"no regime before 1/10/2017", DefaultForms, DefaultBaseSalaries, FormGiayKhen, Individual, day2(2017, 9, 30), ErrNoRegime, "ngày 30/09/2017"},
		{"form unknown under the regime", DefaultForms, DefaultBaseSalaries, "Huân chương Lao động hạng Ba", Individual, day2(2025, 8, 1), ErrUnknownForm, "152/2025/NĐ-CP"},
		{"form not in the older regime's table", DefaultForms, DefaultBaseSalaries, FormXaTieuBieu, Collective, day2(2024, 3, 1), ErrUnknownForm, "98/2023/NĐ-CP"},
		{"collective form for a person", DefaultForms, DefaultBaseSalaries, FormCoThiDuaTinh, Individual, day2(2025, 8, 1), ErrWrongKind, "không áp dụng cho cá nhân"},
		{"individual form for a collective", DefaultForms, DefaultBaseSalaries, FormChienSiCoSo, Collective, day2(2025, 8, 1), ErrWrongKind, "không áp dụng cho tập thể"},
		{"unknown kind", DefaultForms, DefaultBaseSalaries, FormGiayKhen, "Doanh nghiệp", day2(2025, 8, 1), ErrWrongKind, "không hợp lệ"},
		{"no household rule under 98/2023", DefaultForms, DefaultBaseSalaries, FormGiayKhen, Household, day2(2024, 8, 1), ErrWrongKind, "hộ gia đình"},
		{"no base salary for the date", DefaultForms, DefaultBaseSalaries, FormGiayKhen, Individual, day2(2018, 5, 1), ErrNoBaseSalary, "ngày 01/05/2018"},
		{"no base salary at all", DefaultForms, nil, FormGiayKhen, Individual, day2(2025, 8, 1), ErrNoBaseSalary, "lương cơ sở"},
		{"overflow", []FormCoefficients{{"X", Decree152of2025, "", 1 << 40, 0}}, []BaseSalary{{From: day2(2025, 1, 1), Amount: 1 << 40}},
			"X", Individual, day2(2025, 8, 1), ErrOverflow, "quá lớn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Tables{Forms: tc.forms, Regimes: DefaultRegimes, Salaries: tc.sal}.Money(tc.form, tc.kind, tc.date)
			if err == nil {
				t.Fatalf("Money = %d, want an error", got)
			}
			if !errors.Is(err, tc.reason) {
				t.Errorf("error %q does not wrap %q", err, tc.reason)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("error %q does not contain %q", err, tc.msg)
			}
		})
	}
}

func TestBaseSalaryOn(t *testing.T) {
	unsorted := []BaseSalary{DefaultBaseSalaries[2], DefaultBaseSalaries[3], DefaultBaseSalaries[0], DefaultBaseSalaries[1]}
	for _, tc := range []struct {
		d    time.Time
		want int64
		ok   bool
	}{
		{day2(2019, 6, 30), 0, false},
		{day2(2019, 7, 1), 1_490_000, true},
		{day2(2023, 6, 30), 1_490_000, true},
		{day2(2023, 7, 1), 1_800_000, true},
		{day2(2024, 6, 30), 1_800_000, true},
		{day2(2024, 7, 1), 2_340_000, true},
		{day2(2026, 6, 30), 2_340_000, true},
		{day2(2026, 7, 1), 2_530_000, true},
		{day2(2030, 1, 1), 2_530_000, true},
	} {
		for _, table := range [][]BaseSalary{DefaultBaseSalaries, unsorted} {
			got, ok := BaseSalaryOn(table, tc.d)
			if got != tc.want || ok != tc.ok {
				t.Errorf("BaseSalaryOn(%s) = %d, %v; want %d, %v", tc.d.Format(time.DateOnly), got, ok, tc.want, tc.ok)
			}
		}
	}
}

func TestRegimeOn(t *testing.T) {
	for _, tc := range []struct {
		d    time.Time
		want string
	}{
		{day2(2017, 9, 30), ""},
		{day2(2017, 10, 1), Decree91of2017},
		{day2(2021, 6, 24), Decree91of2017},
		{day2(2023, 12, 31), Decree91of2017},
		{day2(2024, 1, 1), Decree98of2023},
		{day2(2025, 6, 30), Decree98of2023},
		{day2(2025, 7, 1), Decree152of2025},
		{day2(2040, 1, 1), Decree152of2025},
	} {
		r, ok := RegimeOn(DefaultRegimes, tc.d)
		if r.Code != tc.want || ok != (tc.want != "") {
			t.Errorf("RegimeOn(%s) = %q, %v; want %q", tc.d.Format(time.DateOnly), r.Code, ok, tc.want)
		}
	}
	// Overlapping regimes: the latest start wins.
	over := append([]Regime{{Code: "new", From: day2(2025, 1, 1)}}, DefaultRegimes...)
	if r, _ := RegimeOn(over, day2(2025, 3, 1)); r.Code != "new" {
		t.Errorf("overlap: got %q, want the later one", r.Code)
	}
}

// TestDefaultForms checks the seeded table: every row names a known regime
// and gives at least one kind a coefficient, and no form repeats in a regime.
func TestDefaultForms(t *testing.T) {
	codes := map[string]bool{}
	for _, r := range DefaultRegimes {
		codes[r.Code] = true
	}
	seen := map[[3]string]bool{}
	for _, f := range DefaultForms {
		if !codes[f.Regime] {
			t.Errorf("%q: unknown regime %q", f.Form, f.Regime)
		}
		if f.Individual <= 0 && f.Collective <= 0 {
			t.Errorf("%q under %s has no coefficient", f.Form, f.Regime)
		}
		k := [3]string{f.Form, f.Regime, string(f.Issuer)}
		if seen[k] {
			t.Errorf("%q repeated under %s", f.Form, f.Regime)
		}
		seen[k] = true
	}
	for _, r := range DefaultRegimes {
		for _, form := range []string{FormGiayKhen, FormBangKhenTinh} {
			if _, ok := FormOn(DefaultForms, r.Code, form, ""); !ok {
				t.Errorf("%q missing under %s", form, r.Code)
			}
		}
	}
}

// TestNghiDinh152_MoneyTables: the 2026 base salary, the titles added
// under 152/2025 and households at 1,5 times a person's prize.
func TestNghiDinh152_MoneyTables(t *testing.T) {
	tables := Tables{Forms: DefaultForms, Regimes: DefaultRegimes, Salaries: DefaultBaseSalaries}
	for _, tc := range []struct {
		name string
		form string
		kind Kind
		date time.Time
		want int64
	}{
		{"a decision after 1/7/2026 pays on 2.530.000: Bằng khen tỉnh 1,5 ×", FormBangKhenTinh, Individual, day2(2026, 7, 1), 3_800_000},
		{"the day before pays on 2.340.000", FormBangKhenTinh, Individual, day2(2026, 6, 30), 3_510_000},
		{"Tập thể lao động tiên tiến 0,8 × 2.340.000 = 1.872.000 → 1.880.000", FormTapTheTienTien, Collective, day2(2025, 8, 1), 1_880_000},
		{"Xã tiêu biểu 2,0 × 2.340.000", FormXaTieuBieu, Collective, day2(2025, 8, 1), 4_680_000},
		{"Thôn văn hóa 1,5 × 2.340.000", FormThonVanHoa, Collective, day2(2025, 8, 1), 3_510_000},
		{"a household: Giấy khen 0,3 × 1,5 = 0,45 × 2.340.000 = 1.053.000 → 1.060.000", FormGiayKhen, Household, day2(2025, 8, 1), 1_060_000},
		{"a household: Bằng khen tỉnh 2,25 × 2.530.000 = 5.692.500 → 5.700.000", FormBangKhenTinh, Household, day2(2026, 8, 1), 5_700_000},
	} {
		got, err := tables.Money(tc.form, tc.kind, tc.date)
		if err != nil || got != tc.want {
			t.Errorf("%s: %d, %v; want %d", tc.name, got, err, tc.want)
		}
	}
	if _, err := tables.Money(FormChienSiCoSo, Household, day2(2025, 8, 1)); err != nil {
		t.Errorf("a household under a person's title: %v", err)
	}
}

// TestNghiDinh91_GiayKhenOfACommune: under 91/2017 and 98/2023 a commune
// chairman's Giấy khen is 0,15 / 0,3; a district chairman's or a head's
// 0,3 / 0,6; under 152/2025 0,3 / 0,6 for all.
func TestNghiDinh91_GiayKhenOfACommune(t *testing.T) {
	for _, tc := range []struct {
		issuer Level
		kind   Kind
		date   time.Time
		want   int64
	}{
		{LevelCommune, Individual, day2(2021, 5, 23), 230_000}, // 0,15 × 1.490.000 = 223.500
		{LevelCommune, Collective, day2(2021, 5, 23), 450_000}, // 0,3 × 1.490.000 = 447.000
		{LevelDistrict, Individual, day2(2021, 5, 23), 450_000},
		{"", Individual, day2(2021, 5, 23), 450_000},
		{LevelCommune, Individual, day2(2024, 8, 1), 360_000}, // 98/2023: 0,15 × 2.340.000 = 351.000
		{LevelCommune, Individual, day2(2025, 8, 1), 710_000}, // 152/2025: 0,3 for all
	} {
		tables := Tables{Forms: DefaultForms, Regimes: DefaultRegimes, Salaries: DefaultBaseSalaries, Issuer: tc.issuer}
		got, err := tables.Money(FormGiayKhen, tc.kind, tc.date)
		if err != nil || got != tc.want {
			t.Errorf("Giấy khen of %q for %s on %s: %d, %v; want %d", tc.issuer, tc.kind, tc.date.Format(time.DateOnly), got, err, tc.want)
		}
	}
}

// TestNghiDinh152_Rounding: "làm tròn số lên hàng chục nghìn đồng", read
// as up (the default) or, as some departments do, to the nearest.
func TestNghiDinh152_Rounding(t *testing.T) {
	for _, tc := range []struct {
		c        Coefficient
		base     int64
		rounding string
		want     int64
	}{
		{300, 2_340_000, RoundUp, 710_000},
		{300, 2_340_000, "", 710_000},
		{300, 2_340_000, RoundNearest, 700_000},
		{300, 1_490_000, RoundNearest, 450_000},    // 447.000
		{150, 1_490_000, RoundNearest, 220_000},    // 223.500
		{1500, 2_530_000, RoundNearest, 3_800_000}, // 3.795.000: 5.000 goes up
		{1000, 1_490_000, RoundNearest, 1_490_000},
	} {
		got, err := PrizeMoney(tc.c, tc.base, tc.rounding)
		if err != nil || got != tc.want {
			t.Errorf("PrizeMoney(%s, %d, %q) = %d, %v; want %d", tc.c, tc.base, tc.rounding, got, err, tc.want)
		}
	}
	if _, err := PrizeMoney(300, 1_490_000, "down"); err == nil {
		t.Error("an unknown rounding rule was accepted")
	}
}
