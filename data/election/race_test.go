package election

import "testing"

func TestParseRace(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Race
		ok   bool
	}{
		{"QH", RaceQH, true},
		{"qh", RaceQH, true},
		{"Quốc hội", RaceQH, true},
		{"QUỐC HỘI", RaceQH, true},
		{"Đại biểu Quốc hội", RaceQH, true},
		{"ĐBQH", RaceQH, true},
		{"HĐND tỉnh", RaceProvince, true},
		{"hdnd tinh", RaceProvince, true},
		{"HĐND TỈNH", RaceProvince, true},
		{"Hđnd cấp tỉnh", RaceProvince, true},
		{"  HĐND   tỉnh ", RaceProvince, true},
		{"Hội đồng nhân dân cấp tỉnh", RaceProvince, true},
		{"Đại biểu HĐND tỉnh", RaceProvince, true},
		{"HĐND huyện", RaceDistrict, true},
		{"HDND cap huyen", RaceDistrict, true},
		{"HĐND quận", RaceDistrict, true},
		{"HĐND xã", RaceCommune, true},
		{"hdnd xa", RaceCommune, true},
		{"HĐND phường", RaceCommune, true},
		{"HĐND thị trấn", RaceCommune, true},
		{"Hội đồng nhân dân xã", RaceCommune, true},
		// Decomposed (NFD) input, as some Mac and web sources send it.
		{"H\u0110ND ti\u0309nh", RaceProvince, true},
		{"", "", false},
		{"HĐND", "", false},
		{"Tổ bầu cử", "", false},
		{"HĐND thành phố", "", false}, // ambiguous: a province-level or a district-level city
	} {
		got, ok := ParseRace(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseRace(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	for _, r := range Races {
		if got, ok := ParseRace(string(r)); !ok || got != r {
			t.Errorf("ParseRace(%q) = %q, %v: a race's own name must parse", r, got, ok)
		}
		if got, ok := ParseRace(r.Label()); !ok || got != r {
			t.Errorf("ParseRace(%q) = %q, %v: a race's label must parse", r.Label(), got, ok)
		}
	}
}

func TestMaxSeats(t *testing.T) {
	for _, tc := range []struct {
		r    Race
		want int
	}{
		{RaceQH, 3}, {RaceProvince, 5}, {RaceDistrict, 5}, {RaceCommune, 5}, {"x", 0},
	} {
		if got := tc.r.MaxSeats(); got != tc.want {
			t.Errorf("%q.MaxSeats() = %d, want %d", tc.r, got, tc.want)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		r    Race
		want string
	}{
		{RaceQH, "Đại biểu Quốc hội"},
		{RaceProvince, "HĐND tỉnh"},
		{RaceDistrict, "HĐND huyện"},
		{RaceCommune, "HĐND xã"},
	} {
		if got := tc.r.Label(); got != tc.want {
			t.Errorf("%q.Label() = %q, want %q", tc.r, got, tc.want)
		}
	}
}
