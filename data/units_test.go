package data

import (
	"context"
	"strings"
	"testing"
)

func countLevels(t *testing.T, st *Store, rootID int64) map[int]int {
	t.Helper()
	sub, err := st.Subtree(context.Background(), rootID)
	if err != nil {
		t.Fatal(err)
	}
	n := map[int]int{}
	for _, u := range sub {
		n[u.Level]++
	}
	return n
}

func TestLoadOfficialProvinces(t *testing.T) {
	cases := []struct {
		source, code, name string
		levels             map[int]int
	}{
		{"2025-03", "06", "Tỉnh Bắc Kạn", map[int]int{1: 1, 2: 8, 3: 108}},
		{"2025-07", "04", "Tỉnh Cao Bằng", map[int]int{1: 1, 2: 56}},
	}
	for _, c := range cases {
		t.Run(c.source+"/"+c.code, func(t *testing.T) {
			st := openTest(t)
			ctx := context.Background()
			res, err := st.LoadOfficial(ctx, c.source, c.code)
			if err != nil {
				t.Fatal(err)
			}
			if res.Province.Name != c.name {
				t.Errorf("province name = %q, want %q", res.Province.Name, c.name)
			}
			got := countLevels(t, st, res.Province.ID)
			for lvl, want := range c.levels {
				if got[lvl] != want {
					t.Errorf("level %d: %d units, want %d", lvl, got[lvl], want)
				}
			}
			total := 0
			for _, n := range c.levels {
				total += n
			}
			if res.Added != total {
				t.Errorf("added = %d, want %d", res.Added, total)
			}
			// Loading again changes nothing: no new units, no audit entry.
			var auditBefore int
			st.DB().QueryRow(`SELECT COUNT(*) FROM audit_log`).Scan(&auditBefore)
			again, err := st.LoadOfficial(ctx, c.source, c.code)
			if err != nil {
				t.Fatal(err)
			}
			var units, auditAfter int
			st.DB().QueryRow(`SELECT COUNT(*) FROM units`).Scan(&units)
			st.DB().QueryRow(`SELECT COUNT(*) FROM audit_log`).Scan(&auditAfter)
			if again.Added != 0 || units != total || auditAfter != auditBefore {
				t.Errorf("second load: added %d, units %d (want %d), audit %d -> %d", again.Added, units, total, auditBefore, auditAfter)
			}
		})
	}
}

func TestOfficialNamesWithTypeWord(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.LoadOfficial(ctx, "2025-03", "38"); err != nil {
		t.Fatal(err)
	}
	u, err := st.UnitByCode(ctx, "2025-03", "15775")
	if err != nil {
		t.Fatal(err)
	}
	if u.Name != "Xã Thiệu Ngọc" || u.Type != "Xã" || u.Level != 3 {
		t.Errorf("Thiệu Ngọc = %+v", u)
	}
	chain, err := st.Ancestors(ctx, u.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range chain {
		names = append(names, a.Name)
	}
	if got := strings.Join(names, " / "); got != "Tỉnh Thanh Hóa / Huyện Thiệu Hóa / Xã Thiệu Ngọc" {
		t.Errorf("ancestors = %s", got)
	}
}

func TestSearchUnitsIgnoresDiacritics(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.LoadOfficial(ctx, "2025-03", "38"); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"thieu ngoc", "THIỆU NGỌC", "Thiệu ngoc", "  thieu   ngoc "} {
		found, err := st.SearchUnits(ctx, q, 50)
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, u := range found {
			ok = ok || u.Code == "15775"
		}
		if !ok {
			t.Errorf("search %q did not find Xã Thiệu Ngọc: %v", q, found)
		}
	}
	// đ folds to d.
	found, _ := st.SearchUnits(ctx, "dong son", 50)
	if len(found) == 0 {
		t.Errorf(`search "dong son" found nothing in Thanh Hóa`)
	}
	// LIKE wildcards typed by the user are literal.
	if found, _ := st.SearchUnits(ctx, "%", 50); len(found) != 0 {
		t.Errorf(`search "%%" found %d units, want 0`, len(found))
	}
}

func TestVillages(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.LoadOfficial(ctx, "2025-03", "38"); err != nil {
		t.Fatal(err)
	}
	commune, _ := st.UnitByCode(ctx, "2025-03", "15775")
	v, err := st.AddVillage(ctx, commune.ID, "Thôn", "  thôn  Thiện Phong ")
	if err != nil {
		t.Fatal(err)
	}
	if v.Name != "Thôn Thiện Phong" || v.Level != 4 || v.Official || v.ParentID != commune.ID {
		t.Errorf("village = %+v", v)
	}
	if _, err := st.AddVillage(ctx, commune.ID, "Thôn", "THIỆN PHONG"); err == nil {
		t.Error("a second Thôn Thiện Phong in the same commune was accepted")
	}
	if _, err := st.AddVillage(ctx, commune.ParentID, "Thôn", "X"); err == nil {
		t.Error("a village under a district was accepted")
	}
	if _, err := st.AddVillage(ctx, commune.ID, "Làng xã", "X"); err == nil {
		t.Error("an unknown village type was accepted")
	}
	if _, err := st.AddVillage(ctx, commune.ID, "Thôn", "   "); err == nil {
		t.Error("an empty name was accepted")
	}
	if err := st.RenameVillage(ctx, v.ID, "Tổ dân phố", "Số 6"); err != nil {
		t.Fatal(err)
	}
	v, _ = st.Unit(ctx, v.ID)
	if v.Name != "Tổ dân phố Số 6" || v.Type != "Tổ dân phố" {
		t.Errorf("renamed village = %+v", v)
	}
	if found, _ := st.SearchUnits(ctx, "to dan pho so 6", 5); len(found) != 1 {
		t.Errorf("renamed village not found by its new folded name")
	}
	if err := st.RemoveVillage(ctx, v.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Unit(ctx, v.ID); err == nil {
		t.Error("removed village still there")
	}
}

// Official units are read-only for the store's methods and for raw SQL.
func TestOfficialUnitsAreReadOnly(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.LoadOfficial(ctx, "2025-07", "04"); err != nil {
		t.Fatal(err)
	}
	p, _ := st.UnitByCode(ctx, "2025-07", "04")
	if err := st.RenameVillage(ctx, p.ID, "Thôn", "X"); err == nil {
		t.Error("RenameVillage renamed a province")
	}
	if err := st.RemoveVillage(ctx, p.ID); err == nil {
		t.Error("RemoveVillage removed a province")
	}
	if _, err := st.DB().Exec(`UPDATE units SET name = 'X' WHERE id = ?`, p.ID); err == nil {
		t.Error("raw UPDATE of an official unit succeeded")
	}
	if _, err := st.DB().Exec(`DELETE FROM units WHERE id = ?`, p.ID); err == nil {
		t.Error("raw DELETE of an official unit succeeded")
	}
}

func TestSetupProvinceFillsSettings(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.SetupProvince(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	s, _ := st.Settings(ctx)
	want := Settings{Structure: "2025-03", ProvinceCode: "06", IssuerUnit: "06", Place: "Bắc Kạn", Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
		AgencyShort: "UBND", Authority: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", SignerTitle: "CHỦ TỊCH", Proposer: "Giám đốc Sở Nội vụ"}
	if s != want {
		t.Errorf("settings = %+v\nwant %+v", s, want)
	}
	// What the user typed is kept on a second setup.
	s.Place = "TP Bắc Kạn"
	st.SaveSettings(ctx, s)
	st.SetupProvince(ctx, "2025-03", "06")
	s, _ = st.Settings(ctx)
	if s.Place != "TP Bắc Kạn" {
		t.Errorf("setup overwrote the user's place name: %q", s.Place)
	}
}

// A second province (a neighbour, or the other structure) adds its units
// and leaves the settings of the user's own province as they are, even
// those still empty.
func TestSetupProvinceSecondProvinceKeepsSettings(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	res, err := st.SetupProvince(ctx, "2025-03", "06")
	if err != nil || !res.Own {
		t.Fatalf("first province: own %v, %v", res.Own, err)
	}
	first, _ := st.Settings(ctx)
	first.Proposer = "" // cleared by the user: not filled by another province
	if err := st.SaveSettings(ctx, first); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ source, code string }{{"2025-07", "04"}, {"2025-03", "04"}, {"2025-07", "19"}} {
		res, err := st.SetupProvince(ctx, c.source, c.code)
		if err != nil {
			t.Fatal(err)
		}
		if res.Own || res.Added == 0 || res.Province.Code != c.code {
			t.Errorf("%s %s: own %v, added %d, province %q", c.source, c.code, res.Own, res.Added, res.Province.Code)
		}
		if s, _ := st.Settings(ctx); s != first {
			t.Errorf("%s %s changed the settings:\n%+v\nwant %+v", c.source, c.code, s, first)
		}
	}
	// The same province again is still the user's own: empty settings are filled.
	res, err = st.SetupProvince(ctx, "2025-03", "06")
	if err != nil || !res.Own {
		t.Fatalf("own province again: own %v, %v", res.Own, err)
	}
	if s, _ := st.Settings(ctx); s.Proposer != "Giám đốc Sở Nội vụ" {
		t.Errorf("own province again: proposer %q", s.Proposer)
	}
}
