package data

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data/award"
)

// TestMigrateMoneyTables: a database of schema 4, as the first release
// seeded it and with a coefficient the user changed, gets schema 5's money
// tables (the 2026 base salary, regime names with their full dates, the
// household rule, the commune's Giấy khen, the new titles, competence) and
// keeps the user's value.
func TestMigrateMoneyTables(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "v4.db")
	old, err := openUpTo(path, 4)
	if err != nil {
		t.Fatal(err)
	}
	db := old.DB()
	for code, name := range oldRegimeNames {
		if _, err := db.Exec(`UPDATE award_regimes SET name = ? WHERE code = ?`, name, code); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`DELETE FROM base_salaries WHERE effective_from = '2026-07-01'`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE award_coefficients SET individual = 350 WHERE regime = ? AND form_id = (SELECT id FROM award_forms WHERE name = ?)`,
		award.Decree91of2017, award.FormGiayKhen); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE award_regimes SET name = 'Nghị định 98 (tên do người dùng sửa)' WHERE code = ?`, award.Decree98of2023); err != nil {
		t.Fatal(err)
	}
	old.Close()

	st, err := Open(path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer st.Close()
	regimes, err := st.Regimes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]award.Regime{}
	for _, r := range regimes {
		names[r.Code] = r
	}
	if got := names[award.Decree152of2025]; got.Name != award.DefaultRegimes[2].Name || got.Household != 1500 {
		t.Errorf("152/2025 after upgrade: %+v", got)
	}
	if got := names[award.Decree98of2023].Name; got != "Nghị định 98 (tên do người dùng sửa)" {
		t.Errorf("the user's name of 98/2023 was replaced: %q", got)
	}
	salaries, _ := st.BaseSalaries(ctx)
	if m, _ := award.BaseSalaryOn(salaries, time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)); m != 2_530_000 {
		t.Errorf("base salary on 1/7/2026 = %d", m)
	}
	forms, _ := st.Coefficients(ctx)
	if fc, ok := award.FormOn(forms, award.Decree91of2017, award.FormGiayKhen, ""); !ok || fc.Individual != 350 {
		t.Errorf("the user's Giấy khen coefficient: %+v, %v", fc, ok)
	}
	if fc, ok := award.FormOn(forms, award.Decree91of2017, award.FormGiayKhen, award.LevelCommune); !ok || fc.Individual != 150 || fc.Collective != 300 {
		t.Errorf("a commune's Giấy khen under 91/2017: %+v, %v", fc, ok)
	}
	if _, ok := award.FormOn(forms, award.Decree152of2025, award.FormTapTheTienTien, ""); !ok {
		t.Error("Tập thể lao động tiên tiến missing after upgrade")
	}
	comp, err := st.Competence(ctx)
	if err != nil || !award.MayGrant(comp, award.FormBangKhenTinh, award.LevelProvince, time.Now()) ||
		award.MayGrant(comp, award.FormBangKhenThuTuong, award.LevelProvince, time.Now()) {
		t.Errorf("competence after upgrade: %v, %v", comp, err)
	}
}

// TestMoneySettings: the rounding setting and the issuer's level reach the
// store's prize money.
func TestMoneySettings(t *testing.T) {
	ctx := context.Background()
	st := openTest(t)
	if _, err := st.SetupProvince(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC) // 98/2023, base 2.340.000
	money := func() int64 {
		t.Helper()
		m, err := st.PrizeMoney(ctx, award.FormGiayKhen, award.Individual, day)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	if m := money(); m != 710_000 {
		t.Errorf("province, rounding up: %d, want 710.000", m)
	}
	set, _ := st.Settings(ctx)
	set.Rounding = award.RoundNearest
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if m := money(); m != 700_000 {
		t.Errorf("rounding to the nearest: %d, want 700.000", m)
	}
	set.IssuerUnit = "01891" // a commune of Bắc Kạn in the 2025-03 list
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if lvl, err := st.IssuerLevel(ctx); err != nil || lvl != award.LevelCommune {
		t.Fatalf("issuer level = %q, %v", lvl, err)
	}
	if m := money(); m != 350_000 { // 0,15 × 2.340.000 = 351.000, nearest
		t.Errorf("a commune's Giấy khen: %d, want 350.000", m)
	}
}

// TestHouseholdsStored: schema 5 lets a household be a nominee and a
// line of a decision, on a new database and on one upgraded from schema 4.
func TestHouseholdsStored(t *testing.T) {
	for _, from := range []int{0, 4} {
		path := filepath.Join(t.TempDir(), "hh.db")
		if from > 0 {
			old, err := openUpTo(path, from)
			if err != nil {
				t.Fatal(err)
			}
			old.Close()
		}
		st, err := Open(path)
		if err != nil {
			t.Fatalf("from %d: %v", from, err)
		}
		ctx := context.Background()
		c, err := st.SaveCampaign(ctx, Campaign{Name: "Đợt có hộ gia đình"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := st.AddNomination(ctx, c.ID, award.Entry{Kind: award.Household, Name: "Hộ ông Lò Văn Ba", Form: award.FormGiayKhen}); err != nil {
			t.Fatalf("from %d: a household: %v", from, err)
		}
		var sql string
		if err := st.DB().QueryRow(`SELECT sql FROM sqlite_schema WHERE name = 'decision_items'`).Scan(&sql); err != nil || !strings.Contains(sql, kindCheckNew) {
			t.Errorf("from %d: decision_items: %q, %v", from, sql, err)
		}
		st.Close()
	}
}

// TestEditMoneyTables: a coefficient for one issuer's level, removed again
// (the row for every issuer applies), and the household factor of a
// regime, as Cài đặt edits them.
func TestEditMoneyTables(t *testing.T) {
	ctx := context.Background()
	st := openTest(t)
	forms, _ := st.AwardForms(ctx)
	var gk int64
	for _, f := range forms {
		if f.Name == award.FormGiayKhen {
			gk = f.ID
		}
	}
	if err := st.SetCoefficients(ctx, gk, award.Decree152of2025, award.LevelCommune, 200, 400); err != nil {
		t.Fatal(err)
	}
	coefs, _ := st.Coefficients(ctx)
	if fc, _ := award.FormOn(coefs, award.Decree152of2025, award.FormGiayKhen, award.LevelCommune); fc.Individual != 200 || fc.Issuer != award.LevelCommune {
		t.Errorf("the commune's row: %+v", fc)
	}
	if err := st.SetCoefficients(ctx, gk, award.Decree152of2025, award.LevelCommune, 0, 0); err != nil {
		t.Fatal(err)
	}
	coefs, _ = st.Coefficients(ctx)
	if fc, _ := award.FormOn(coefs, award.Decree152of2025, award.FormGiayKhen, award.LevelCommune); fc.Individual != 300 || fc.Issuer != "" {
		t.Errorf("after removing the commune's row: %+v", fc)
	}
	if err := st.SetCoefficients(ctx, gk, award.Decree152of2025, "thôn", 1, 1); err == nil {
		t.Error("an unknown level was accepted")
	}
	if err := st.SetHousehold(ctx, award.Decree98of2023, 1500); err != nil {
		t.Fatal(err)
	}
	m, err := st.PrizeMoney(ctx, award.FormGiayKhen, award.Household, time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC))
	if err != nil || m != 1_060_000 { // 0,45 × 2.340.000 = 1.053.000
		t.Errorf("a household under 98/2023 after setting its factor: %d, %v", m, err)
	}
	if err := st.SetHousehold(ctx, "không có", 1500); !errors.Is(err, ErrNotFound) {
		t.Errorf("an unknown regime: %v", err)
	}
}
