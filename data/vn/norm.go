package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, the form tdkt stores.
// Invalid UTF-8 bytes are replaced by U+FFFD first, so the result is always
// valid UTF-8.
func NFC(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return norm.NFC.String(s)
}

// Clean prepares typed or imported text for storage: NFC, control characters
// (C0 and C1) and invisible format characters (zero-width space and joiners,
// word joiner, BOM, direction marks) removed, runs of white space of any kind
// (tab, new line, no-break space, ...) collapsed to one space, and the ends
// trimmed.
//
// The soft hyphen U+00AD is kept: in text still in the TCVN3 encoding it is
// the letter "ư". Call FixLegacy before Clean on imported text.
func Clean(s string) string {
	s = NFC(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case r == '\u00ad':
			// Kept: TCVN3 "ư", see above.
		case unicode.Is(unicode.Cc, r), unicode.Is(unicode.Cf, r):
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Fold returns the search form of s: Clean, then every diacritic removed,
// đ and Đ turned into d, invisible characters (such as the soft hyphen)
// dropped and everything lower-case, so that "Đặng Thị Ánh" and
// "dang thi anh" fold to the same "dang thi anh".
func Fold(s string) string {
	s = norm.NFD.String(Clean(s))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.In(r, unicode.Mn, unicode.Cf) {
			continue
		}
		switch r {
		case 'đ', 'Đ', 'ð', 'Ð', 'ɖ', 'Ɖ': // Ð and Ɖ are common look-alikes of Đ
			r = 'd'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// TitleName fixes the letter case of a person's name as people typed it:
// Clean, then in each word the first letter upper-case and the others
// lower-case ("nguyễn  văn AN" becomes "Nguyễn Văn An"). A letter after a
// hyphen or an apostrophe also starts a word, as in the names of ethnic
// minorities ("ksor h'bhia" becomes "Ksor H'Bhia").
func TitleName(s string) string {
	s = Clean(s)
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\'' || r == '’':
			start = true
		case unicode.IsLetter(r):
			if start {
				r = unicode.ToTitle(r)
			} else {
				r = unicode.ToLower(r)
			}
			start = false
		default:
			start = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// GivenName returns the given name (tên) of a Vietnamese full name: its last
// word after Clean. "Nguyễn Văn An" gives "An"; an empty name gives "".
func GivenName(fullName string) string {
	s := Clean(fullName)
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// LowerFirst lower-cases the first letter, for a name set inside a
// sentence: "Đợt thi đua ..." -> "đợt thi đua ...".
func LowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// UpperFirst upper-cases the first letter of a sentence.
func UpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
