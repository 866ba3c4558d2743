package award

import "testing"

func TestParseKind(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Kind
		ok   bool
	}{
		{"Cá nhân", Individual, true},
		{"ca nhan", Individual, true},
		{"CÁ NHÂN", Individual, true},
		{"  cá   nhân ", Individual, true},
		{"Tập thể", Collective, true},
		{"TẬP THỂ", Collective, true},
		{"tap the", Collective, true},
		{"", "", false},
		{"cá nhân tập thể", "", false},
		{"Hộ gia đình", Household, true}, {"HO GIA DINH", Household, true}, {"Doanh nghiệp", "", false},
	} {
		got, ok := ParseKind(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseKind(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
