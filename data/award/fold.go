package award

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold returns s lower-cased, without diacritics (đ becomes d), with runs of
// white space collapsed to one space and no leading or trailing space. It
// is used to compare user input case- and diacritic-insensitively.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ' || r == 'Ð' || r == 'ð':
			// Ð/ð (Icelandic eth) is a common stand-in for Đ in text
			// converted from legacy Vietnamese encodings.
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
