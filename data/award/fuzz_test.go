package award

import (
	"errors"
	"math/big"
	"testing"
)

// FuzzPrizeMoney checks that the prize is a multiple of 10.000 đồng, never
// below the exact amount c × base / 1000, and less than 10.000 above it;
// realistic inputs never fail.
func FuzzPrizeMoney(f *testing.F) {
	for _, s := range [][2]int64{
		{1000, 1_490_000}, {300, 1_490_000}, {1500, 2_340_000}, {300, 2_340_000}, {600, 1_800_000},
		{1, 1}, {0, 0}, {270_000, 100_000_000}, {-1, 5}, {1 << 62, 1 << 62},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, c, base int64) {
		got, err := PrizeMoney(Coefficient(c), base, RoundUp)
		if err != nil {
			if c >= 0 && base >= 0 && c <= 1_000_000_000 && base <= 1_000_000_000 {
				t.Fatalf("PrizeMoney(%d, %d): %v for realistic inputs", c, base, err)
			}
			if c >= 0 && base >= 0 && !errors.Is(err, ErrOverflow) {
				t.Fatalf("PrizeMoney(%d, %d): %v, want ErrOverflow", c, base, err)
			}
			return
		}
		if c < 0 || base < 0 {
			t.Fatalf("PrizeMoney(%d, %d) = %d, want an error", c, base, got)
		}
		if got%10_000 != 0 {
			t.Fatalf("PrizeMoney(%d, %d) = %d is not a multiple of 10.000", c, base, got)
		}
		// Compare in thousandths of a đồng: got×1000 ≥ c×base > (got−10.000)×1000.
		exact := new(big.Int).Mul(big.NewInt(c), big.NewInt(base))
		g := new(big.Int).Mul(big.NewInt(got), big.NewInt(1000))
		if g.Cmp(exact) < 0 {
			t.Fatalf("PrizeMoney(%d, %d) = %d is below the exact amount", c, base, got)
		}
		if g.Sub(g, big.NewInt(10_000*1000)).Cmp(exact) >= 0 {
			t.Fatalf("PrizeMoney(%d, %d) = %d is 10.000 or more above the exact amount", c, base, got)
		}
	})
}
