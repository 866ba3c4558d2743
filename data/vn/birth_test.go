package vn

import "testing"

func TestBirthText(t *testing.T) {
	for in, want := range map[string]string{"1975-04-30": "30/04/1975", "1975": "1975", "": "", "bad": "bad"} {
		if got := BirthText(in); got != want {
			t.Errorf("BirthText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseBirthText(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{{"30/4/1975", "1975-04-30", true}, {"1975", "1975", true}, {"  ", "", true}, {"31/02/1980", "", false}, {"abc", "", false}} {
		got, err := ParseBirthText(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseBirthText(%q) = %q, %v; want %q, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
