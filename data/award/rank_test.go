package award

import "testing"

func TestParseRank(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Rank
		ok   bool
	}{{"Nhất", RankFirst, true}, {"hạng nhì", RankSecond, true}, {"BA", RankThird, true}, {"1", RankFirst, true}, {"II", RankSecond, true},
		{"iii", RankThird, true}, {"", RankNone, true}, {"Tư", RankNone, false}, {"4", RankNone, false}} {
		got, ok := ParseRank(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseRank(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
