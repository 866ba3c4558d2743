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
			got, err := PrizeMoney(tc.c, tc.base)
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
			if got, err := PrizeMoney(tc.c, tc.base); err == nil {
				t.Errorf("PrizeMoney(%d, %d) = %d, want an error", tc.c, tc.base, got)
			}
		})
	}
}

func day2(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestMoney(t *testing.T) {
	money := func(form string, k Kind, d time.Time) (int64, error) {
		return Money(DefaultForms, DefaultRegimes, DefaultBaseSalaries, form, k, d)
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
		{"form not in the older regime's table", DefaultForms, DefaultBaseSalaries, FormBangKhenThuTuong, Individual, day2(2024, 3, 1), ErrUnknownForm, "98/2023/NĐ-CP"},
		{"collective form for a person", DefaultForms, DefaultBaseSalaries, FormCoThiDuaTinh, Individual, day2(2025, 8, 1), ErrWrongKind, "không áp dụng cho cá nhân"},
		{"individual form for a collective", DefaultForms, DefaultBaseSalaries, FormChienSiCoSo, Collective, day2(2025, 8, 1), ErrWrongKind, "không áp dụng cho tập thể"},
		{"unknown kind", DefaultForms, DefaultBaseSalaries, FormGiayKhen, "Hộ gia đình", day2(2025, 8, 1), ErrWrongKind, "không hợp lệ"},
		{"no base salary for the date", DefaultForms, DefaultBaseSalaries, FormGiayKhen, Individual, day2(2018, 5, 1), ErrNoBaseSalary, "ngày 01/05/2018"},
		{"no base salary at all", DefaultForms, nil, FormGiayKhen, Individual, day2(2025, 8, 1), ErrNoBaseSalary, "lương cơ sở"},
		{"overflow", []FormCoefficients{{"X", Decree152of2025, 1 << 40, 0}}, []BaseSalary{{From: day2(2025, 1, 1), Amount: 1 << 40}},
			"X", Individual, day2(2025, 8, 1), ErrOverflow, "quá lớn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Money(tc.forms, DefaultRegimes, tc.sal, tc.form, tc.kind, tc.date)
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
	unsorted := []BaseSalary{DefaultBaseSalaries[2], DefaultBaseSalaries[0], DefaultBaseSalaries[1]}
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
		{day2(2030, 1, 1), 2_340_000, true},
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
	seen := map[[2]string]bool{}
	for _, f := range DefaultForms {
		if !codes[f.Regime] {
			t.Errorf("%q: unknown regime %q", f.Form, f.Regime)
		}
		if f.Individual <= 0 && f.Collective <= 0 {
			t.Errorf("%q under %s has no coefficient", f.Form, f.Regime)
		}
		k := [2]string{f.Form, f.Regime}
		if seen[k] {
			t.Errorf("%q repeated under %s", f.Form, f.Regime)
		}
		seen[k] = true
	}
	for _, r := range DefaultRegimes {
		for _, form := range []string{FormGiayKhen, FormBangKhenTinh} {
			if _, ok := FormOn(DefaultForms, r.Code, form); !ok {
				t.Errorf("%q missing under %s", form, r.Code)
			}
		}
	}
}
