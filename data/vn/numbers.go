package vn

import (
	"strconv"
)

// magnitude returns |n| as an unsigned number (exact for math.MinInt64)
// and whether n is negative.
func magnitude(n int64) (uint64, bool) {
	if n < 0 {
		return -uint64(n), true
	}
	return uint64(n), false
}

// group writes the decimal digits of u with a dot between groups of three.
func group(u uint64) string {
	d := strconv.FormatUint(u, 10)
	if len(d) <= 3 {
		return d
	}
	b := make([]byte, 0, len(d)+len(d)/3)
	for i := 0; i < len(d); i++ {
		if i > 0 && (len(d)-i)%3 == 0 {
			b = append(b, '.')
		}
		b = append(b, d[i])
	}
	return string(b)
}

// Int writes n the Vietnamese way, with a dot between thousands: "1.952",
// "-1.234.567", "0".
func Int(n int64) string {
	u, neg := magnitude(n)
	if neg {
		return "-" + group(u)
	}
	return group(u)
}

// Decimal2 writes a number given in hundredths with two decimals and a
// decimal comma: 9981 gives "99,81", 5 gives "0,05", -150 gives "-1,50",
// 123456 gives "1.234,56".
func Decimal2(hundredths int64) string {
	u, neg := magnitude(hundredths)
	frac := u % 100
	s := group(u/100) + "," + string([]byte{byte('0' + frac/10), byte('0' + frac%10)})
	if neg {
		return "-" + s
	}
	return s
}

// Percent writes a percentage given in hundredths of a percent: 9981 gives
// "99,81%".
func Percent(hundredths int64) string {
	return Decimal2(hundredths) + "%"
}

// Money writes an amount of đồng as Int does, without a unit: 1490000 gives
// "1.490.000". Callers add " đồng" or " đ" where the form needs it.
func Money(n int64) string {
	return Int(n)
}
