package widget

import (
	"errors"
	"strings"

	"tdkt/data/vn"

	"fyne.io/fyne/v2"
)

// ParseCount reads a whole non-negative number by vn.ParseCount, the rule
// the workbooks follow too ("1.952" is 1952, "54.2" is refused); ok is
// false when it is not one (empty included).
func ParseCount(s string) (n int64, ok bool) {
	n, err := vn.ParseCount(s)
	return n, err == nil
}

// CountValidator checks a number field (ParseCount) as the user types.
func CountValidator(required bool) fyne.StringValidator {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			if required {
				return errors.New("cần nhập")
			}
			return nil
		}
		if _, ok := ParseCount(s); !ok {
			return errors.New("cần một số nguyên không âm")
		}
		return nil
	}
}
