package vn

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// ErrNotNumber is wrapped by every error of ParseCount, ParseMoney and
// ParseDecimal.
var ErrNotNumber = errors.New("không phải là số")

// ParseCount reads a whole non-negative number as Vietnamese write it, the
// one rule of the window and the workbooks: plain digits ("1952"), or
// thousands grouped by a dot or a space in threes ("1.952", "1 952",
// "69.500.000"). A decimal part of zeros only is accepted ("1952,0", and
// "1952.0" as a spreadsheet writes a number), any other decimal part is
// refused: "54.2" and "54,2" are not counts. Blank is refused too; callers
// that allow an empty field check for it first.
func ParseCount(s string) (int64, error) {
	n, err := parseGrouped(s)
	if err != nil {
		return 0, fmt.Errorf("%q không phải là số nguyên không âm: %w", strings.TrimSpace(s), ErrNotNumber)
	}
	return n, nil
}

// ParseMoney reads an amount of đồng as ParseCount does, with an optional
// "đ", "đồng" or "VNĐ" after it ("2.340.000 đ"). The amount must be more
// than 0.
func ParseMoney(s string) (int64, error) {
	t := strings.TrimSpace(NFC(s))
	low := strings.ToLower(t)
	for _, unit := range []string{"vnđ", "vnd", "đồng", "đ"} {
		if strings.HasSuffix(low, unit) {
			t = strings.TrimSpace(t[:len(t)-len(unit)])
			break
		}
	}
	if t == "" {
		return 0, fmt.Errorf("cần nhập số tiền: %w", ErrNotNumber)
	}
	n, err := parseGrouped(t)
	if err != nil {
		return 0, fmt.Errorf("%q không phải là số tiền (ghi như 2.340.000): %w", strings.TrimSpace(s), ErrNotNumber)
	}
	if n == 0 {
		return 0, fmt.Errorf("số tiền phải lớn hơn 0: %w", ErrNotNumber)
	}
	return n, nil
}

// ParseDecimal reads a decimal number typed with a decimal comma, or a
// point ("12,5", "12.5", "-3", "0,25"), with at most places decimals, and
// returns it times 10^places: fixed point, never floating point. It takes
// no thousands separators (one separator at most): it is for coefficients
// and lengths, not for counts.
func ParseDecimal(s string, places int) (int64, error) {
	t := strings.TrimSpace(s)
	bad := func() (int64, error) {
		return 0, fmt.Errorf("%q không phải là số thập phân (ghi như 12,5; tối đa %d chữ số sau dấu phẩy): %w", t, places, ErrNotNumber)
	}
	neg := strings.HasPrefix(t, "-")
	if neg {
		t = t[1:]
	}
	if strings.Count(t, ",")+strings.Count(t, ".") > 1 {
		return bad()
	}
	whole, frac, _ := strings.Cut(strings.Replace(t, ",", ".", 1), ".")
	frac = strings.TrimRight(frac, "0")
	if (whole == "" && frac == "" && !strings.Contains(t, "0")) || !digitsOnly(whole) || !digitsOnly(frac) || len(frac) > places {
		return bad()
	}
	var n int64
	for _, r := range whole + frac + strings.Repeat("0", places-len(frac)) {
		d := int64(r - '0')
		if n > (math.MaxInt64-d)/10 {
			return bad()
		}
		n = n*10 + d
	}
	if neg {
		n = -n
	}
	return n, nil
}

// parseGrouped reads digits, grouped in threes by dots or spaces, with an
// optional decimal part of zeros.
func parseGrouped(s string) (int64, error) {
	t := strings.TrimSpace(strings.ReplaceAll(s, "\u00a0", " "))
	if t == "" {
		return 0, ErrNotNumber
	}
	// A decimal part of zeros only: after a comma always; after a point
	// only when the point does not group thousands ("1952.0", not "1.000").
	if i := strings.LastIndexByte(t, ','); i >= 0 {
		if strings.Trim(t[i+1:], "0") != "" || i == len(t)-1 {
			return 0, ErrNotNumber
		}
		t = t[:i]
	} else if i := strings.LastIndexByte(t, '.'); i >= 0 && len(t)-i-1 != 3 {
		if strings.Trim(t[i+1:], "0") != "" || i == len(t)-1 || strings.ContainsAny(t[:i], ". ") {
			return 0, ErrNotNumber
		}
		t = t[:i]
	}
	var sep rune
	groups := strings.FieldsFunc(t, func(r rune) bool {
		if r == '.' || r == ' ' {
			if sep == 0 {
				sep = r
			}
			return true
		}
		return false
	})
	if len(groups) == 0 {
		return 0, ErrNotNumber
	}
	if sep != 0 {
		// Grouped: one kind of separator, single, first group 1–3 digits,
		// every other group exactly 3.
		if strings.Count(t, string(sep)) != len(groups)-1 || strings.ContainsRune(t, otherSep(sep)) ||
			strings.HasPrefix(t, string(sep)) || strings.HasSuffix(t, string(sep)) {
			return 0, ErrNotNumber
		}
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return 0, ErrNotNumber
			}
		}
	}
	var n int64
	for _, g := range groups {
		if !digitsOnly(g) || g == "" {
			return 0, ErrNotNumber
		}
		for _, r := range g {
			d := int64(r - '0')
			if n > (math.MaxInt64-d)/10 {
				return 0, ErrNotNumber
			}
			n = n*10 + d
		}
	}
	return n, nil
}

func otherSep(r rune) rune {
	if r == '.' {
		return ' '
	}
	return '.'
}

// digitsOnly reports whether s has no other character than ASCII digits
// (the empty string has none).
func digitsOnly(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
