package election

import (
	"strings"

	"tdkt/data/vn"
)

// Race is the body being elected (cấp bầu cử). Its value is the name used
// in workbooks and in the database.
type Race string

// The races of an election. HĐND huyện exists only until the district level
// was abolished on 1/7/2025 (three races from the 2026 election on).
const (
	RaceQH       Race = "QH"
	RaceProvince Race = "HĐND tỉnh"
	RaceDistrict Race = "HĐND huyện"
	RaceCommune  Race = "HĐND xã"
)

// Races lists every race, from the highest body to the lowest.
var Races = []Race{RaceQH, RaceProvince, RaceDistrict, RaceCommune}

// raceWords maps the folded, normalised spelling of a race (see
// normaliseRace) to the race.
var raceWords = map[string]Race{
	"qh":            RaceQH,
	"hdnd tinh":     RaceProvince,
	"tinh":          RaceProvince,
	"hdnd huyen":    RaceDistrict,
	"huyen":         RaceDistrict,
	"hdnd quan":     RaceDistrict,
	"hdnd thi xa":   RaceDistrict,
	"hdnd xa":       RaceCommune,
	"xa":            RaceCommune,
	"hdnd phuong":   RaceCommune,
	"hdnd thi tran": RaceCommune,
	"hdnd dac khu":  RaceCommune,
}

// normaliseRace folds s and rewrites the usual long forms to short ones:
// "Đại biểu Hội đồng nhân dân cấp tỉnh" becomes "hdnd tinh", "Quốc hội" and
// "ĐBQH" become "qh".
func normaliseRace(s string) string {
	f := vn.Fold(s)
	f = strings.Map(func(r rune) rune {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			return r
		}
		return ' '
	}, f)
	f = " " + strings.Join(strings.Fields(f), " ") + " "
	for _, rw := range [][2]string{
		{" hoi dong nhan dan ", " hdnd "},
		{" dai bieu quoc hoi ", " qh "},
		{" quoc hoi ", " qh "},
		{" dbqh ", " qh "},
		{" dai bieu ", " "},
		{" db ", " "},
		{" cap ", " "},
	} {
		f = strings.ReplaceAll(f, rw[0], rw[1])
	}
	return strings.TrimSpace(f)
}

// ParseRace recognises a race written as users write it, ignoring case,
// diacritics, punctuation and the words "cấp" and "đại biểu": "qh",
// "Quốc hội", "ĐBQH", "HĐND TỈNH", "hdnd tinh", "Hđnd cấp tỉnh",
// "Hội đồng nhân dân cấp xã", "HĐND phường". It reports false for anything
// else.
func ParseRace(s string) (Race, bool) {
	r, ok := raceWords[normaliseRace(s)]
	return r, ok
}

// MaxSeats is the largest number of seats a constituency of the race may
// have: 3 for Quốc hội, 5 for a Hội đồng nhân dân (0 for an unknown race).
func (r Race) MaxSeats() int {
	switch r {
	case RaceQH:
		return 3
	case RaceProvince, RaceDistrict, RaceCommune:
		return 5
	}
	return 0
}

// Label is the Vietnamese name of the race for screens and reports:
// "Đại biểu Quốc hội", "HĐND tỉnh", "HĐND huyện", "HĐND xã".
func (r Race) Label() string {
	if r == RaceQH {
		return "Đại biểu Quốc hội"
	}
	return string(r)
}

// IsQH reports whether the race elects deputies to the Quốc hội, whose
// bầu thêm rule differs from that of the councils.
func (r Race) IsQH() bool { return r == RaceQH }
