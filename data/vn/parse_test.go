package vn

import (
	"errors"
	"testing"
)

func TestParseCount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1952", 1952, true}, {"1.952", 1952, true}, {"1 952", 1952, true}, {" 3.722 ", 3722, true},
		{"69.500.000", 69_500_000, true}, {"69 500 000", 69_500_000, true}, {"0", 0, true},
		{"1952,0", 1952, true}, {"1952.0", 1952, true}, {"1.952,00", 1952, true}, {"1\u00a0952", 1952, true},
		{"1.000", 1000, true}, {"999", 999, true},
		// the window used to read "54.2" as 542 while the workbook refused it: both refuse now
		{"54.2", 0, false}, {"54,2", 0, false}, {"1952,5", 0, false}, {"1.95", 0, false},
		{"1.9520", 0, false}, {"1952.000.000", 0, false}, {"1.952 000", 0, false}, {"1..952", 0, false},
		{".952", 0, false}, {"952.", 0, false}, {"1952,", 0, false}, {"-3", 0, false}, {"", 0, false},
		{"abc", 0, false}, {"12a", 0, false}, {"1.234.5678", 0, false}, {"9223372036854775808", 0, false},
		{"9.223.372.036.854.775.807", 9223372036854775807, true},
	} {
		got, err := ParseCount(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseCount(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		if err != nil && !errors.Is(err, ErrNotNumber) {
			t.Errorf("ParseCount(%q): %v does not wrap ErrNotNumber", tc.in, err)
		}
	}
}

func TestParseMoney(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"2.340.000", 2_340_000, true}, {"2340000", 2_340_000, true}, {"2 340 000", 2_340_000, true},
		{"2.530.000 đ", 2_530_000, true}, {"2.530.000đồng", 2_530_000, true}, {"2.530.000 VNĐ", 2_530_000, true},
		{"0", 0, false}, {"", 0, false}, {"đ", 0, false}, {"2,34 triệu", 0, false}, {"2.340.000,5", 0, false},
	} {
		got, err := ParseMoney(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseMoney(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestParseDecimal(t *testing.T) {
	for _, tc := range []struct {
		in     string
		places int
		want   int64
		ok     bool
	}{
		{"12,5", 2, 1250, true}, {"12.5", 2, 1250, true}, {"-3", 2, -300, true}, {"0,25", 3, 250, true},
		{",5", 1, 5, true}, {"1,500", 1, 15, true}, {"0", 2, 0, true}, {"7", 0, 7, true},
		{"1,234", 2, 0, false}, {"1.234,5", 2, 0, false}, {"", 2, 0, false}, {",", 2, 0, false}, {"-", 2, 0, false},
		{"1,2a", 2, 0, false}, {"99999999999999999999", 2, 0, false},
	} {
		got, err := ParseDecimal(tc.in, tc.places)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseDecimal(%q, %d) = %d, %v; want %d, ok %v", tc.in, tc.places, got, err, tc.want, tc.ok)
		}
	}
}

// FuzzParseCount: never panics, never negative, and every number written
// the Vietnamese way (Int) reads back as itself.
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"1.952", "54.2", "1 952", "1952,0", "", "9.223.372.036.854.775.807", "1.2.3", "\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseCount(s)
		if err != nil {
			if n != 0 {
				t.Fatalf("ParseCount(%q) = %d with error %v", s, n, err)
			}
			return
		}
		if n < 0 {
			t.Fatalf("ParseCount(%q) = %d", s, n)
		}
		back, err := ParseCount(Int(n))
		if err != nil || back != n {
			t.Fatalf("ParseCount(Int(%d) = %q) = %d, %v", n, Int(n), back, err)
		}
	})
}
