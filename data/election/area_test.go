package election

import (
	"reflect"
	"testing"

	"tdkt/assets"
	"tdkt/data/problem"
)

// TestDieu11_AreaRaces: a polling area belongs to one constituency of
// every race its election holds, and of no other race.
func TestDieu11_AreaRaces(t *testing.T) {
	four := ConstituencyRules{Election: "Bầu cử 2021", Structure: assets.Source202503, Races: Races}
	three := ConstituencyRules{Election: "Bầu cử 2026", Structure: assets.Source202507, Races: []Race{RaceQH, RaceProvince, RaceCommune}}
	all := map[Race]int64{RaceQH: 1, RaceProvince: 2, RaceDistrict: 3, RaceCommune: 4}
	for _, tc := range []struct {
		name   string
		e      ConstituencyRules
		in     map[Race]int64
		fields []string
		rules  []string
	}{
		{"every race", four, all, nil, nil},
		{"none", four, nil,
			[]string{"constituency:QH", "constituency:HĐND tỉnh", "constituency:HĐND huyện", "constituency:HĐND xã"},
			[]string{problem.NoConstituency, problem.NoConstituency, problem.NoConstituency, problem.NoConstituency}},
		{"zero is none", four, map[Race]int64{RaceQH: 1, RaceProvince: 2, RaceDistrict: 0, RaceCommune: 4},
			[]string{"constituency:HĐND huyện"}, []string{problem.NoConstituency}},
		{"a race not held", three, all, []string{"constituency:HĐND huyện"}, []string{problem.Race}},
		{"three races held", three, map[Race]int64{RaceQH: 1, RaceProvince: 2, RaceCommune: 4}, nil, nil},
	} {
		ps := CheckAreaRaces(tc.e, tc.in)
		var fields, rules []string
		for _, p := range ps {
			fields, rules = append(fields, p.Field), append(rules, p.Rule)
		}
		if !reflect.DeepEqual(fields, tc.fields) || !reflect.DeepEqual(rules, tc.rules) {
			t.Errorf("%s: %v", tc.name, ps)
		}
	}
}

// TestDieu11_AreaVillages: the villages of a polling area are its
// commune's.
func TestDieu11_AreaVillages(t *testing.T) {
	of := map[string]bool{"Thôn Chẩn Xuyên 1": true, "Thôn Tân Bình": true}
	in := func(v string) bool { return of[v] }
	if p := CheckAreaVillages("Xã Thiệu Ngọc", []string{"Thôn Tân Bình", "Thôn Chẩn Xuyên 1"}, in); p != nil {
		t.Errorf("villages of the commune refused: %v", p)
	}
	if p := CheckAreaVillages("Xã Thiệu Ngọc", nil, in); p != nil {
		t.Errorf("no villages refused: %v", p)
	}
	p := CheckAreaVillages("Xã Thiệu Ngọc", []string{"Thôn Tân Bình", "Thôn Ngọc Lãm"}, in)
	if p == nil || p.Rule != problem.VillageUnknown || p.Field != FieldVillages || p.Message != "Thôn, tổ dân phố Thôn Ngọc Lãm không thuộc Xã Thiệu Ngọc" {
		t.Errorf("a village of another commune: %+v", p)
	}
}

// TestDieu73_AreaUnknown: minutes need their polling area.
func TestDieu73_AreaUnknown(t *testing.T) {
	p := AreaUnknown(7, "Xã Thiệu Ngọc")
	if p.Rule != problem.AreaUnknown || p.Field != FieldArea || p.Message != "Không có khu vực bỏ phiếu số 7 của Xã Thiệu Ngọc (thêm vào sheet Khu vực bỏ phiếu)" {
		t.Errorf("%+v", p)
	}
}
