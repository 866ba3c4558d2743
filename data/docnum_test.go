package data

import "testing"

func TestParseDocNumber(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"123/QĐ-UBND", "123/QĐ-UBND", true},
		{" 0123 / qđ-ubnd ", "123/QĐ-UBND", true},
		{"123/QD-UBND", "123/QĐ-UBND", true},
		{"7/QĐ-SNV", "7/QĐ-SNV", true},
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
