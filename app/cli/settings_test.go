package cli

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data"
	"tdkt/data/award"
)

// cliProvinceDB is a database whose province was built by `tdkt units
// load` (not by the store), with a campaign of three nominations for the
// provincial Bằng khen.
func cliProvinceDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "tdkt.db")
	if out, e, code := run(t, db, "units", "load", "--source", "2025-03", "--province", "06"); code != 0 ||
		strings.TrimSpace(out) != "Tỉnh Bắc Kạn (06): 8 huyện, 108 xã; thêm mới 117 đơn vị" || e != "" {
		t.Fatalf("units load: %d %q %q", code, out, e)
	}
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	c, err := st.SaveCampaign(ctx, data.Campaign{Name: "Thi đua bầu cử 2021", PlanNumber: "53/KH-UBND",
		PlanDate: time.Date(2021, 2, 4, 0, 0, 0, 0, time.UTC), LaunchedBy: "UBND tỉnh Bắc Kạn"})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []award.Entry{
		{Kind: award.Collective, Name: "Ủy ban bầu cử huyện Ba Bể"},
		{Kind: award.Individual, Name: "Trần Thị Bình", Birth: "1980", Sex: "Nữ", Position: "Chuyên viên", Workplace: "Sở Nội vụ"},
		{Kind: award.Individual, Name: "Nguyễn Văn An", Birth: "1975", Sex: "Nam", Position: "Trưởng phòng", Workplace: "Sở Tư pháp"},
	} {
		n.Form = award.FormBangKhenTinh
		if _, err := st.AddNomination(ctx, c.ID, n); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// FORMATS.md: `units load` fills the settings that follow from the
// province, so that `units load` then `decision create` works.
func TestUnitsLoadFillsSettings(t *testing.T) {
	db := cliProvinceDB(t)
	out, e, code := run(t, db, "settings")
	if code != 0 {
		t.Fatalf("settings: %d %q", code, e)
	}
	for _, want := range []string{"structure = 2025-03", "province_code = 06", "issuer_unit = 06", "agency = ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
		"agency_short = UBND", "place = Bắc Kạn", "authority = CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "signer_title = CHỦ TỊCH",
		"proposer = Giám đốc Sở Nội vụ", "signer_name = \n", "rounding = \n"} {
		if !strings.Contains(out, want) {
			t.Errorf("settings lacks %q:\n%s", want, out)
		}
	}
	out, e, code = run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "3/QĐ-UBND", "--date", "24/06/2021")
	if code != 0 || strings.TrimSpace(out) != "03/QĐ-UBND" {
		t.Fatalf("units load then decision create: %d %q %q", code, out, e)
	}

	// A second province keeps the settings of the first.
	before, _, _ := run(t, db, "settings", "--json")
	out, e, code = run(t, db, "units", "load", "--source", "2025-07", "--province", "04")
	if code != 0 || strings.TrimSpace(out) != "Tỉnh Cao Bằng (04): 56 xã; thêm mới 57 đơn vị" || !strings.Contains(e, "Cài đặt giữ nguyên") {
		t.Fatalf("second province: %d %q %q", code, out, e)
	}
	if after, _, _ := run(t, db, "settings", "--json"); after != before {
		t.Errorf("a second province changed the settings:\n%s\nwas\n%s", after, before)
	}
}

func TestSettingsCommands(t *testing.T) {
	db := cliProvinceDB(t)
	var all map[string]string
	out, _, code := run(t, db, "settings", "--json")
	if code != 0 || json.Unmarshal([]byte(out), &all) != nil {
		t.Fatalf("settings --json: %d %q", code, out)
	}
	if len(all) != len(data.SettingKeys) || all["issuer_unit"] != "06" || all["place"] != "Bắc Kạn" {
		t.Errorf("settings --json = %v", all)
	}
	for _, c := range []struct{ key, value, want string }{
		{"signer_name", "  Hoàng  Duy Chinh ", "signer_name = Hoàng Duy Chinh"},
		{"signer_title", "Phó Chủ tịch", "signer_title = PHÓ CHỦ TỊCH"},
		{"parent_body", "", "parent_body = "},
		{"agency", "SỞ NỘI VỤ TỈNH BẮC KẠN", "agency = SỞ NỘI VỤ TỈNH BẮC KẠN"},
		{"agency_short", "snv", "agency_short = SNV"},
		{"place", "Bắc Kạn", "place = Bắc Kạn"},
		{"authority", "GIÁM ĐỐC SỞ NỘI VỤ", "authority = GIÁM ĐỐC SỞ NỘI VỤ"},
		{"proposer", "Trưởng ban Thi đua – Khen thưởng", "proposer = Trưởng ban Thi đua – Khen thưởng"},
		{"issuer_unit", "01834", "issuer_unit = 01834"}, // a ward of Bắc Kạn
		{"ISSUER_UNIT", "06", "issuer_unit = 06"},
		{"rounding", "nearest", "rounding = nearest"},
		{"rounding", "UP", "rounding = up"},
	} {
		out, e, code := run(t, db, "settings", "set", c.key, c.value)
		if code != 0 || strings.TrimSpace(out) != strings.TrimSpace(c.want) {
			t.Errorf("settings set %s %q: %d %q %q", c.key, c.value, code, out, e)
		}
		if list, _, _ := run(t, db, "settings"); !strings.Contains(list, c.want+"\n") {
			t.Errorf("after settings set %s: %s", c.key, list)
		}
	}
	// Decomposed input is stored as NFC.
	run(t, db, "settings", "set", "place", "Ba\u0306\u0301c Ka\u0323n")
	if out, _, _ := run(t, db, "settings", "--json"); !strings.Contains(out, `"place": "Bắc Kạn"`) {
		t.Errorf("place not NFC: %s", out)
	}

	before, _, _ := run(t, db, "settings", "--json")
	for _, c := range []struct {
		args []string
		msg  string
		code int
	}{
		{[]string{"settings", "set", "colour", "red"}, "các cài đặt đổi được: issuer_unit, parent_body, agency, agency_short, place, authority, signer_name, signer_title, signer_for, proposer, rounding, font_dir", 1},
		{[]string{"settings", "set", "province_code", "04"}, "không có cài đặt này", 1},
		{[]string{"settings", "set", "issuer_unit", "99999"}, "không có đơn vị hành chính mã \"99999\" trong danh mục 2025-03", 1},
		{[]string{"settings", "set", "issuer_unit", "00052x"}, "không có đơn vị hành chính mã", 1},
		{[]string{"settings", "set", "rounding", "down"}, "ghi up (làm tròn lên hàng chục nghìn đồng, mặc định) hoặc nearest", 1},
		{[]string{"settings", "set", "agency"}, "cần đúng KHÓA và GIÁ_TRỊ", 2},
		{[]string{"settings", "extra"}, "tham số thừa", 2},
	} {
		if _, e, code := run(t, db, c.args...); code != c.code || !strings.Contains(e, c.msg) {
			t.Errorf("%v: %d %q; want %d %q", c.args, code, e, c.code, c.msg)
		}
	}
	if after, _, _ := run(t, db, "settings", "--json"); after != before {
		t.Error("a refused settings set changed the settings")
	}
}

// On an empty database issuer_unit has no structure to be checked in.
func TestSettingsSetBeforeAnyProvince(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if _, e, code := run(t, db, "settings", "set", "issuer_unit", "06"); code != 1 || !strings.Contains(e, "tdkt units load") {
		t.Errorf("issuer_unit before a province: %d %q", code, e)
	}
	if out, _, code := run(t, db, "settings", "set", "signer_name", "Lê Văn Nam"); code != 0 || out != "signer_name = Lê Văn Nam\n" {
		t.Errorf("signer_name: %d %q", code, out)
	}
}
