package award

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestLuatTDKT2022_Competence: who may grant what (Luật Thi đua, khen
// thưởng 2022, Điều 79–81 as DOMAIN.md reads them): a decision outside
// the signer's competence is void.
func TestLuatTDKT2022_Competence(t *testing.T) {
	before, after := day2(2025, 6, 30), day2(2025, 7, 1)
	for _, tc := range []struct {
		form  string
		level Level
		date  time.Time
		want  bool
	}{
		{FormBangKhenTinh, LevelProvince, after, true},
		{FormCoThiDuaTinh, LevelProvince, after, true},
		{FormChienSiTinh, LevelProvince, after, true},
		{FormTapTheXuatSac, LevelProvince, after, true},
		{FormXaTieuBieu, LevelProvince, after, true},
		{FormBangKhenThuTuong, LevelProvince, after, false}, // granted above: a tờ trình
		{FormGiayKhen, LevelProvince, after, false},         // a commune's or a head's
		{FormGiayKhen, LevelCommune, after, true},
		{FormLaoDongTienTien, LevelCommune, after, true},
		{FormChienSiCoSo, LevelCommune, after, true},
		{FormThonVanHoa, LevelCommune, after, true},
		{FormBangKhenTinh, LevelCommune, after, false},
		{FormGiayKhen, LevelDistrict, before, true}, // districts until 30/6/2025
		{FormGiayKhen, LevelDistrict, after, false},
		{"giay khen", LevelCommune, after, true}, // names ignore case and diacritics
	} {
		if got := MayGrant(DefaultCompetence, tc.form, tc.level, tc.date); got != tc.want {
			t.Errorf("MayGrant(%q, %s, %s) = %v, want %v", tc.form, tc.level, tc.date.Format(time.DateOnly), got, tc.want)
		}
	}
	if got := Grantors(DefaultCompetence, FormGiayKhen, before); !reflect.DeepEqual(got, []Level{LevelDistrict, LevelCommune}) {
		t.Errorf("Grantors(Giấy khen, 2025-06-30) = %v", got)
	}
	if got := Grantors(DefaultCompetence, FormBangKhenThuTuong, after); len(got) != 0 {
		t.Errorf("Grantors(Bằng khen Thủ tướng) = %v, want none", got)
	}
	msg := NotCompetent(FormBangKhenThuTuong, LevelProvince, nil, "Thủ tướng Chính phủ")
	for _, want := range []string{"Chủ tịch UBND tỉnh không có thẩm quyền tặng Bằng khen của Thủ tướng Chính phủ", "do Thủ tướng Chính phủ tặng", "tờ trình"} {
		if !strings.Contains(msg, want) {
			t.Errorf("%q lacks %q", msg, want)
		}
	}
	msg = NotCompetent(FormGiayKhen, LevelProvince, []Level{LevelCommune}, "")
	if !strings.Contains(msg, "thẩm quyền của Chủ tịch UBND xã") {
		t.Errorf("%q does not name the commune chairman", msg)
	}
}
