package data

import "testing"

// TestParseDocNumber includes Nghị định 30/2020/NĐ-CP, Phụ lục I: a
// document number below 10 is written with a leading zero.
func TestNghiDinh30_ParseDocNumber(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"123/QĐ-UBND", "123/QĐ-UBND", true},
		{" 0123 / qđ-ubnd ", "123/QĐ-UBND", true},
		{"123/QD-UBND", "123/QĐ-UBND", true},
		{"7/QĐ-SNV", "07/QĐ-SNV", true},
		{"3/QĐ-UBND", "03/QĐ-UBND", true}, // NĐ 30/2020: numbers below 10 take a leading zero
		{"03/QĐ-UBND", "03/QĐ-UBND", true},
		{"003/qd-ubnd", "03/QĐ-UBND", true},
		{"10/QĐ-UBND", "10/QĐ-UBND", true},
		{"123/KH-UBND", "", false},
		{"QĐ-UBND", "", false},
		{"0/QĐ-UBND", "", false},
		{"123/QĐ-", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		n, err := ParseDocNumber(c.in)
		if (err == nil) != c.ok || (c.ok && n.String() != c.want) {
			t.Errorf("ParseDocNumber(%q) = %v, %v; want %q ok=%v", c.in, n, err, c.want, c.ok)
		}
	}
}
