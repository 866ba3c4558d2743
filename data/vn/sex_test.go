package vn

import "testing"

func TestParseSex(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{{"Nam", "Nam", true}, {" nam ", "Nam", true}, {"Nữ", "Nữ", true}, {"NU", "Nữ", true}, {"nư\u0303", "Nữ", true}, {"", "", true},
		{"Khác", "", false}, {"M", "", false}} {
		got, ok := ParseSex(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("ParseSex(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
