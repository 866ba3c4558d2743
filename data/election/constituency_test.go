package election

import (
	"testing"

	"tdkt/assets"
	"tdkt/data/problem"
)

var (
	province3 = Unit{Code: "38", Name: "Tỉnh Thanh Hóa", Type: "Tỉnh", Level: 1, Structure: assets.Source202503, Official: true}
	district3 = Unit{Code: "391", Name: "Huyện Thiệu Hóa", Type: "Huyện", Level: 2, Structure: assets.Source202503, Official: true}
	commune3  = Unit{Code: "15943", Name: "Xã Thiệu Ngọc", Type: "Xã", Level: 3, Structure: assets.Source202503, Official: true}
	commune2  = Unit{Code: "01234", Name: "Phường Ba Đình", Type: "Phường", Level: 2, Structure: assets.Source202507, Official: true}
	village   = Unit{Name: "Thôn Chẩn Xuyên", Type: "Thôn", Level: 4, Structure: assets.Source202503}
)

// TestDieu10_CouncilLevel: a constituency belongs to the unit whose
// council it elects.
func TestDieu10_CouncilLevel(t *testing.T) {
	for _, tc := range []struct {
		race Race
		u    Unit
		want bool
	}{
		{RaceQH, province3, true}, {RaceQH, district3, false},
		{RaceProvince, province3, true}, {RaceProvince, commune3, false},
		{RaceDistrict, district3, true}, {RaceDistrict, province3, false},
		{RaceDistrict, Unit{Type: "Xã", Level: 2, Structure: assets.Source202507, Official: true}, false}, // no districts since 1/7/2025
		{RaceCommune, commune3, true}, {RaceCommune, commune2, true}, {RaceCommune, district3, false},
		{RaceCommune, village, false}, {Race("HĐND ấp"), commune3, false},
	} {
		if got := CouncilLevelFits(tc.race, tc.u); got != tc.want {
			t.Errorf("CouncilLevelFits(%s, %s) = %v, want %v", tc.race, tc.u.Name, got, tc.want)
		}
	}
}

// TestDieu10_ConstituencySeats: at most 3 deputies of Quốc hội and 5 of a
// Hội đồng nhân dân per constituency, at least one.
func TestDieu10_ConstituencySeats(t *testing.T) {
	e := ConstituencyRules{Election: "Bầu cử 2021", Structure: assets.Source202503, Races: Races}
	for _, tc := range []struct {
		name        string
		race        Race
		u           Unit
		number      int
		seats       int
		field, rule string
	}{
		{"QH 3 seats", RaceQH, province3, 1, 3, "", ""},
		{"QH 4 seats", RaceQH, province3, 1, 4, FieldSeats, problem.Seats},
		{"HĐND xã 5 seats", RaceCommune, commune3, 2, 5, "", ""},
		{"HĐND xã 6 seats", RaceCommune, commune3, 2, 6, FieldSeats, problem.Seats},
		{"no seats", RaceProvince, province3, 1, 0, FieldSeats, problem.Seats},
		{"number 0", RaceCommune, commune3, 0, 3, FieldNumber, problem.Required},
		{"number 10000", RaceCommune, commune3, 10000, 3, FieldNumber, problem.Required},
		{"wrong level", RaceDistrict, commune3, 1, 3, FieldUnit, problem.Unit},
		{"other unit list", RaceCommune, commune2, 1, 3, FieldUnit, problem.Unit},
		{"race not held", RaceDistrict, district3, 1, 3, "", ""},
	} {
		p := CheckConstituency(e, tc.race, tc.u, tc.number, tc.seats)
		if tc.rule == "" {
			if p != nil {
				t.Errorf("%s: refused: %v", tc.name, p)
			}
			continue
		}
		if p == nil || p.Rule != tc.rule || p.Field != tc.field {
			t.Errorf("%s: %+v, want %s on %s", tc.name, p, tc.rule, tc.field)
		}
	}
	three := ConstituencyRules{Election: "Bầu cử 2026", Structure: assets.Source202507, Races: []Race{RaceQH, RaceProvince, RaceCommune}}
	if p := CheckConstituency(three, RaceDistrict, district3, 1, 3); p == nil || p.Rule != problem.Race || p.Field != FieldRace {
		t.Errorf("a race the election does not hold: %+v", p)
	}
}

// TestDieu11_AreaCommune: a polling area lies in a commune of the
// election's unit list.
func TestDieu11_AreaCommune(t *testing.T) {
	for _, tc := range []struct {
		name   string
		u      Unit
		number int
		field  string
		rule   string
	}{
		{"commune", commune3, 6, "", ""},
		{"district", district3, 1, FieldCommune, problem.Unit},
		{"village", village, 1, FieldCommune, problem.Unit},
		{"other list", commune2, 1, FieldCommune, problem.Unit},
		{"number 0", commune3, 0, FieldArea, problem.Required},
	} {
		p := CheckAreaCommune(assets.Source202503, tc.u, tc.number)
		if tc.rule == "" {
			if p != nil {
				t.Errorf("%s: refused: %v", tc.name, p)
			}
			continue
		}
		if p == nil || p.Rule != tc.rule || p.Field != tc.field {
			t.Errorf("%s: %+v, want %s on %s", tc.name, p, tc.rule, tc.field)
		}
	}
}

// TestDieu11_CouncilIndex: in every race a polling area belongs to a
// constituency of the unit whose council the race elects.
func TestDieu11_CouncilIndex(t *testing.T) {
	for _, tc := range []struct {
		race  Race
		depth int
		want  int
	}{
		{RaceQH, 3, 0}, {RaceProvince, 2, 0}, {RaceDistrict, 3, 1}, {RaceDistrict, 2, -1},
		{RaceCommune, 3, 2}, {RaceCommune, 2, 1}, {RaceCommune, 0, -1}, {Race("x"), 3, -1},
	} {
		if got := CouncilIndex(tc.race, tc.depth); got != tc.want {
			t.Errorf("CouncilIndex(%s, %d) = %d, want %d", tc.race, tc.depth, got, tc.want)
		}
	}
}
