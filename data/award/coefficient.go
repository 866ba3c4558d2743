package award

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"tdkt/data/vn"
)

// Coefficient is a prize coefficient (hệ số) in thousandths of the base
// salary: 0,3 is 300, 1,5 is 1500, 7,0 is 7000. 0 means the form is not
// given to that kind of nominee.
type Coefficient int64

// maxCoefficient bounds parsed coefficients far above any decree's (the
// largest, a Giải thưởng Hồ Chí Minh, is 270) so that money cannot overflow
// for realistic base salaries.
const maxCoefficient = 1_000_000 * 1000

// ParseCoefficient reads a coefficient written with a decimal comma or a
// decimal point and at most three decimals: "1,5" and "1.5" give 1500,
// "3" gives 3000, "0,25" gives 250. "", "-", "–" and "—" (how tables write
// "not given") give 0. A single separator is always decimal ("1.500" is
// 1,5); negative values, more than three significant decimals and more
// than one separator are errors (in Vietnamese).
func ParseCoefficient(s string) (Coefficient, error) {
	t := strings.TrimSpace(s)
	switch t {
	case "", "-", "–", "—":
		return 0, nil
	}
	n, err := vn.ParseDecimal(t, 3)
	if err != nil || n < 0 || n > maxCoefficient {
		return 0, fmt.Errorf("hệ số %q không hợp lệ: cần một số không âm, tối đa 3 chữ số thập phân, ví dụ 1,5", s)
	}
	return Coefficient(n), nil
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// String writes the coefficient the Vietnamese way, always with at least
// one decimal, as decrees write it: 1500 → "1,5", 3000 → "3,0",
// 300 → "0,3", 250 → "0,25", 0 → "0,0". ParseCoefficient reads it back.
func (c Coefficient) String() string {
	neg := c < 0
	u := uint64(c)
	if neg {
		u = -u
	}
	frac := strings.TrimRight(fmt.Sprintf("%03d", u%1000), "0")
	if frac == "" {
		frac = "0"
	}
	s := strconv.FormatUint(u/1000, 10) + "," + frac
	if neg {
		s = "-" + s
	}
	return s
}

// ErrOverflow is returned when a prize does not fit in int64 đồng.
var ErrOverflow = errors.New("số tiền thưởng quá lớn")
