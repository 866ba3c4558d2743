package award

import (
	"strings"
	"testing"
	"time"
)

func TestBasesFollowTheLawInForce(t *testing.T) {
	regime := func(d time.Time) Regime {
		r, ok := RegimeOn(DefaultRegimes, d)
		if !ok {
			t.Fatalf("no regime on %v", d)
		}
		return r
	}
	cases := []struct {
		name string
		day  time.Time
		want []string // substrings, in order
	}{
		{"2021 decision: 2015 local government law, 2003 emulation law, decree 91/2017",
			date(2021, time.June, 24), []string{"ngày 19 tháng 6 năm 2015", "ngày 26 tháng 11 năm 2003", "91/2017/NĐ-CP"}},
		{"2024 decision: emulation law of 2022, decree 98/2023",
			date(2024, time.March, 1), []string{"ngày 19 tháng 6 năm 2015", "ngày 15 tháng 6 năm 2022", "98/2023/NĐ-CP"}},
		{"spring 2025: the February 2025 local government law",
			date(2025, time.April, 2), []string{"ngày 19 tháng 02 năm 2025", "ngày 15 tháng 6 năm 2022", "98/2023/NĐ-CP"}},
		{"from 1/7/2025: the June 2025 law and decree 152/2025",
			date(2025, time.July, 1), []string{"ngày 16 tháng 6 năm 2025", "ngày 15 tháng 6 năm 2022", "152/2025/NĐ-CP"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Bases(c.day, regime(c.day), "Căn cứ Kế hoạch số 53/KH-UBND;")
			if len(got) != 4 {
				t.Fatalf("%d lines: %q", len(got), got)
			}
			for i, w := range c.want {
				if !strings.Contains(got[i], w) || !strings.HasPrefix(got[i], "Căn cứ ") || !strings.HasSuffix(got[i], ";") {
					t.Errorf("line %d = %q, want it to cite %q", i+1, got[i], w)
				}
			}
			if got[3] != "Căn cứ Kế hoạch số 53/KH-UBND;" {
				t.Errorf("extra line = %q", got[3])
			}
		})
	}
}
