package widget

import (
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
)

// ParseCount reads a whole non-negative number typed as "1.952", "1952"
// or "1 952"; ok is false when it is not one (empty included).
func ParseCount(s string) (n int64, ok bool) {
	s = strings.NewReplacer(".", "", " ", "", ",", "").Replace(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && n >= 0
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
