package vn_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"tdkt/data/vn"
)

// FuzzParseDate feeds the date readers every importer uses arbitrary text:
// no panic, every error wraps ErrInvalidDate and is Vietnamese, every date
// accepted is a real calendar day at midnight UTC that reads back from its
// dd/mm/yyyy form, and a bare year is only accepted as a birth.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"24/06/2021", "5/1/2026", "2021-06-24", "31/02/2021", "29/02/2024", "29.02.2023", "1975", "0999",
		"24/06-2021", "١٢/٠٦/٢٠٢١", " 01 / 01 / 2000 ", "99/99/9999", "1/1/10000", "", "-", "45000", "01/01/0001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vn.ParseDate(s)
		if err != nil {
			if !errors.Is(err, vn.ErrInvalidDate) || !strings.HasPrefix(err.Error(), "ngày không hợp lệ") {
				t.Fatalf("ParseDate(%q): %v", s, err)
			}
		} else {
			checkDay(t, s, d)
		}
		b, yearOnly, err := vn.ParseBirth(s)
		switch {
		case err != nil:
			if !errors.Is(err, vn.ErrInvalidDate) {
				t.Fatalf("ParseBirth(%q): %v", s, err)
			}
		case yearOnly:
			if b.Month() != time.January || b.Day() != 1 || len(vn.Clean(s)) != 4 {
				t.Fatalf("ParseBirth(%q) = %v as a bare year", s, b)
			}
			checkDay(t, s, b)
		default:
			if d != b {
				t.Fatalf("ParseBirth(%q) = %v, ParseDate = %v", s, b, d)
			}
		}
	})
}

func checkDay(t *testing.T, s string, d time.Time) {
	t.Helper()
	if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
		t.Fatalf("%q gives %v, not midnight UTC", s, d)
	}
	if d.Year() < 1000 || d.Year() > 9999 {
		t.Fatalf("%q gives the year %d", s, d.Year())
	}
	back, err := vn.ParseDate(vn.DMY(d))
	if err != nil || !back.Equal(d) {
		t.Fatalf("%q → %v → %q → %v, %v", s, d, vn.DMY(d), back, err)
	}
}
