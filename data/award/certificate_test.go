package award

import "testing"

// A Giấy khen form, or any form granted below the province, prints on a
// Giấy khen blank (Luật Thi đua, khen thưởng 2022, Điều 80–81).
func TestCertificateFamily(t *testing.T) {
	for _, tc := range []struct {
		form  string
		level Level
		want  Family
	}{
		{FormBangKhenTinh, LevelProvince, BangKhen},
		{FormBangKhenTinh, "", BangKhen},
		{FormGiayKhen, LevelCommune, GiayKhen},
		{FormGiayKhen, LevelProvince, GiayKhen},
		{"GIAY KHEN của Giám đốc Sở", "", GiayKhen},
		{FormLaoDongTienTien, LevelDistrict, GiayKhen},
		{FormLaoDongTienTien, LevelCommune, GiayKhen},
		{"Bằng khen của Bộ trưởng", LevelProvince, BangKhen},
	} {
		if got := CertificateFamily(tc.form, tc.level); got != tc.want {
			t.Errorf("CertificateFamily(%q, %q) = %q, want %q", tc.form, tc.level, got, tc.want)
		}
	}
}
