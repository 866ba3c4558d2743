package award

import "testing"

func TestParseCoefficient(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Coefficient
		ok   bool
	}{
		{"1,5", 1500, true},
		{"1.5", 1500, true},
		{"0,3", 300, true},
		{",3", 300, true},
		{"7,0", 7000, true},
		{"7", 7000, true},
		{" 3,5 ", 3500, true},
		{"0,25", 250, true},
		{"0,125", 125, true},
		{"1,5000", 1500, true},
		{"1,", 1000, true},
		{"270", 270000, true},
		{"", 0, true},
		{"–", 0, true},
		{"-", 0, true},
		{"0", 0, true},
		{"0,1255", 0, false},
		{"-1,5", 0, false},
		{"1,5,0", 0, false},
		{"1.500.000", 0, false},
		{"1,5x", 0, false},
		{"abc", 0, false},
		{"1e3", 0, false},
		{"99999999999999999999", 0, false},
	} {
		got, err := ParseCoefficient(tc.in)
		if got != tc.want || (err == nil) != tc.ok {
			t.Errorf("ParseCoefficient(%q) = %d, %v; want %d, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}

func TestCoefficientString(t *testing.T) {
	for c, want := range map[Coefficient]string{
		1500: "1,5", 3000: "3,0", 300: "0,3", 250: "0,25", 125: "0,125", 0: "0,0", 7000: "7,0", 270000: "270,0", -1500: "-1,5",
	} {
		if got := c.String(); got != want {
			t.Errorf("Coefficient(%d).String() = %q, want %q", int64(c), got, want)
		}
		if c >= 0 {
			if back, err := ParseCoefficient(want); err != nil || back != c {
				t.Errorf("ParseCoefficient(%q) = %d, %v; want %d", want, back, err, c)
			}
		}
	}
}
