package election

import (
	"encoding/json"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Percent is num/den as hundredths of a percent, rounded half up (half away
// from zero for a negative num): Percent(609, 610) = 9984 (99,836% → 99,84%),
// Percent(1, 3) = 3333, Percent(2, 3) = 6667, Percent(1, 20000) = 1
// (0,005% → 0,01%). A den of 0 or less gives 0. The computation is exact
// for every int64 input; a result too large for int64 is clamped.
func Percent(num, den int64) int64 {
	if den <= 0 {
		return 0
	}
	if num < 0 {
		if num == math.MinInt64 {
			return -Percent(math.MaxInt64, den)
		}
		return -Percent(-num, den)
	}
	// (num*10000 + den/2) / den, with the half computed exactly:
	// (2*num*10000 + den) / (2*den), in 128 bits.
	hi, lo := bits.Mul64(uint64(num), 20000)
	lo, carry := bits.Add64(lo, uint64(den), 0)
	hi += carry
	d := 2 * uint64(den) // fits: den <= MaxInt64
	if hi >= d {
		return math.MaxInt64
	}
	q, _ := bits.Div64(hi, lo, d)
	if q > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(q)
}

// hundredths writes h/100 with exactly two decimals and the given decimal
// separator: 9984 → "99.84", 5 → "0.05", -150 → "-1.50".
func hundredths(h int64, sep string) string {
	neg := h < 0
	u := uint64(h)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u/100, 10) + sep
	if f := u % 100; f < 10 {
		s += "0" + strconv.FormatUint(f, 10)
	} else {
		s += strconv.FormatUint(f, 10)
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatPercent writes hundredths of a percent the Vietnamese way, with two
// decimals and a decimal comma: 9981 → "99,81%", 10000 → "100,00%".
func FormatPercent(h int64) string {
	return hundredths(h, ",") + "%"
}

// JSONNumber is the convenience conversion of hundredths of a percent to a
// JSON number for `results --json`: 9984 → 99.84, 9980 → 99.8,
// 10000 → 100. It is exact; no floating point is involved.
func JSONNumber(h int64) json.Number {
	s := hundredths(h, ".")
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	if s == "" || s == "-" {
		s = "0"
	}
	return json.Number(s)
}
