package vn

import (
	"strings"
	"time"
)

// Sexes are the values of a person's sex besides "" (unknown).
var Sexes = []string{"Nam", "Nữ"}

// BirthText writes a stored birth as people read it: "30/04/1975", "1975"
// or "".
func BirthText(birth string) string {
	if t, err := time.Parse("2006-01-02", birth); err == nil {
		return DMY(t)
	}
	return birth
}

// ParseBirthText reads a birth as typed ("30/4/1975", "1975", "") into the
// stored form.
func ParseBirthText(s string) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	t, yearOnly, err := ParseBirth(s)
	if err != nil {
		return "", err
	}
	return BirthOf(t, yearOnly), nil
}

// BirthOf writes a parsed birth in the stored form: "YYYY-MM-DD", or
// "YYYY" for a bare year.
func BirthOf(t time.Time, yearOnly bool) string {
	if yearOnly {
		return t.Format("2006")
	}
	return t.Format("2006-01-02")
}
