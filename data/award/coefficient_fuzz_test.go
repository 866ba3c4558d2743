package award

import (
	"math/big"
	"strings"
	"testing"
	"time"
)

// FuzzCoefficientMoney follows a coefficient from the text a user types
// ("0,3", "1.5") to the prize: the parsed value is exactly the decimal
// typed (no floating point anywhere), String reads back to it, and the
// prize equals the exact rational product rounded up to 10.000 đồng.
func FuzzCoefficientMoney(f *testing.F) {
	for _, s := range []struct {
		c    string
		base int64
	}{{"0,3", 1_490_000}, {"1,5", 2_340_000}, {"1.5", 1_800_000}, {"3", 1_490_000}, {"0,25", 7}, {"0,1", 1},
		{"7,0", 2_340_000}, {"1.000", 1}, {"0,333", 3}, {"", 0}, {"-", 5}, {"1,2,3", 1}, {"-1", 1}, {"999999,999", 1 << 40}} {
		f.Add(s.c, s.base)
	}
	f.Fuzz(func(t *testing.T, text string, base int64) {
		c, err := ParseCoefficient(text)
		if err != nil {
			if !strings.Contains(err.Error(), "hệ số") {
				t.Fatalf("ParseCoefficient(%q): %v is not a Vietnamese message", text, err)
			}
			return
		}
		// The exact decimal the text names, read with big.Rat (it accepts
		// a decimal point; a comma is the same separator).
		typed := strings.Replace(strings.TrimSpace(text), ",", ".", 1)
		switch typed {
		case "", "-", "–", "—":
			typed = "0"
		}
		exact, ok := new(big.Rat).SetString(typed)
		if !ok {
			t.Fatalf("ParseCoefficient accepted %q, which is not a decimal", text)
		}
		if exact.Cmp(big.NewRat(int64(c), 1000)) != 0 {
			t.Fatalf("ParseCoefficient(%q) = %d thousandths, want %s", text, c, exact.FloatString(6))
		}
		if back, err := ParseCoefficient(c.String()); err != nil || back != c {
			t.Fatalf("%q → %d → %q → %d, %v", text, c, c.String(), back, err)
		}
		if base < 0 || base > 1_000_000_000 {
			return
		}
		got, err := PrizeMoney(c, base, RoundUp)
		if err != nil {
			t.Fatalf("PrizeMoney(%s, %d): %v", c, base, err)
		}
		// ceil(exact × base / 10.000) × 10.000
		p := new(big.Rat).Mul(exact, new(big.Rat).SetInt64(base))
		p.Quo(p, big.NewRat(10_000, 1))
		q := new(big.Int).Quo(p.Num(), p.Denom())
		if new(big.Rat).SetInt(q).Cmp(p) < 0 {
			q.Add(q, big.NewInt(1))
		}
		q.Mul(q, big.NewInt(10_000))
		if !q.IsInt64() || q.Int64() != got {
			t.Fatalf("PrizeMoney(%s, %d) = %d, want %s", c, base, got, q)
		}
		// Through the rule tables too, on a decision date.
		day := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
		forms := []FormCoefficients{{Regime: "test", Form: "Giấy khen", Individual: c, Collective: 2 * c}}
		regimes := []Regime{{Code: "test", From: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)}}
		salaries := []BaseSalary{{From: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC), Amount: base}}
		m, err := Tables{Forms: forms, Regimes: regimes, Salaries: salaries}.Money("giay khen", Individual, day)
		switch {
		case c == 0 && err == nil:
			t.Fatalf("Money with coefficient 0 = %d, want ErrWrongKind", m)
		case c > 0 && (err != nil || m != got):
			t.Fatalf("Money = %d, %v; PrizeMoney = %d", m, err, got)
		}
	})
}
