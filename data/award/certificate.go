package award

import (
	"strings"

	"tdkt/data/vn"
)

// Family is the family of a pre-printed certificate blank (phôi): a
// Bằng khen or a Giấy khen. Each family has its own blanks, one per kind
// of recipient.
type Family string

// The families of certificate blanks.
const (
	BangKhen Family = "Bằng khen"
	GiayKhen Family = "Giấy khen"
)

// CertificateFamily is the family of blank a decision on the form prints
// on: a Giấy khen when the form is one ("Giấy khen", "Giấy khen của Giám
// đốc Sở") or when its issuer is below the province (a district or a
// commune chairman grants Giấy khen, Luật Thi đua, khen thưởng 2022, Điều
// 80–81); otherwise a Bằng khen. An unknown level ("") counts as the
// province.
func CertificateFamily(form string, issuer Level) Family {
	if strings.HasPrefix(vn.Fold(form), vn.Fold(string(GiayKhen))) {
		return GiayKhen
	}
	if issuer == LevelDistrict || issuer == LevelCommune {
		return GiayKhen
	}
	return BangKhen
}

// householdName is a household as its certificate names it: "Hộ gia đình
// ông Lò Văn Ba" for "Hộ ông Lò Văn Ba", "Hộ gia đình" before a bare name.
func householdName(name string) string {
	name = vn.Clean(name)
	f := vn.Fold(name)
	switch {
	case name == "" || strings.HasPrefix(f, "ho gia dinh"):
		return name
	case strings.HasPrefix(f, "ho "):
		_, rest, _ := strings.Cut(name, " ")
		return "Hộ gia đình " + rest
	}
	return "Hộ gia đình " + name
}
