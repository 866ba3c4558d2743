package election

import (
	"math"
	"testing"
)

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		name     string
		num, den int64
		want     int64
	}{
		{"FORMATS example 609/610 is 99,84", 609, 610, 9984},
		{"one third rounds down", 1, 3, 3333},
		{"two thirds rounds up", 2, 3, 6667},
		{"half up exactly at .005", 1, 20000, 1},
		{"just below .005 rounds down", 1, 20001, 0},
		{"half up exactly at .005 above zero", 3, 20000, 2}, // 0,015% → 0,02%
		{"whole", 610, 610, 10000},
		{"zero", 0, 610, 0},
		{"den zero", 5, 0, 0},
		{"den negative", 5, -3, 0},
		{"negative num rounds half away from zero", -1, 20000, -1},
		{"Bắc Kạn-like turnout", 99810, 100000, 9981},
		{"national scale", 69_243_431, 69_523_133, 9960}, // 99.5976...
		{"huge num is exact", math.MaxInt64 / 20000, math.MaxInt64 / 20000, 10000},
		{"result too large is clamped", math.MaxInt64, 1, math.MaxInt64},
		{"min int64", math.MinInt64, 1, -math.MaxInt64},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Percent(tc.num, tc.den); got != tc.want {
				t.Errorf("Percent(%d, %d) = %d, want %d", tc.num, tc.den, got, tc.want)
			}
		})
	}
}

func TestFormatPercent(t *testing.T) {
	for h, want := range map[int64]string{
		9981: "99,81%", 10000: "100,00%", 5: "0,05%", 0: "0,00%", 9980: "99,80%", -150: "-1,50%",
	} {
		if got := FormatPercent(h); got != want {
			t.Errorf("FormatPercent(%d) = %q, want %q", h, got, want)
		}
	}
}

func TestJSONNumber(t *testing.T) {
	for h, want := range map[int64]string{
		9984: "99.84", 9980: "99.8", 10000: "100", 0: "0", 5: "0.05", 8533: "85.33", -150: "-1.5",
	} {
		if got := JSONNumber(h); string(got) != want {
			t.Errorf("JSONNumber(%d) = %q, want %q", h, got, want)
		}
	}
}
