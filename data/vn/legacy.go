package vn

import (
	"maps"
	"strings"
	"unicode"
)

// Encoding names the encoding a piece of Vietnamese text was typed in.
//
// TCVN3 and VNI are the 8-bit encodings of the fonts used before Unicode
// (.VnTime and VNI-Times). An Excel file typed in them reaches Go as
// Unicode text in which every byte 0x80–0xFF became the Windows-1252 (or
// Latin-1) character of that byte: TCVN3 "Hµ Néi" and VNI "Haø Noäi" are
// both "Hà Nội".
type Encoding int

const (
	// Unicode is proper Unicode text (or plain ASCII, or text in another
	// language); it needs no conversion.
	Unicode Encoding = iota
	// TCVN3 is TCVN 5712:1993 VN3, the "ABC" encoding of the .VnTime fonts:
	// one byte per lower-case letter, one for each of Ă Â Ê Ô Ơ Ư Đ, and
	// upper-case letters with a tone typed with the lower-case byte in an
	// all-capitals font (.VnTimeH).
	TCVN3
	// VNI is VNI-Windows, the encoding of the VNI-Times fonts: a base letter
	// followed by a byte for its diacritics, and one byte for each of đ, ơ, ư
	// and the toned i and ỵ.
	VNI
)

// String returns the usual name of the encoding.
func (e Encoding) String() string {
	switch e {
	case Unicode:
		return "Unicode"
	case TCVN3:
		return "TCVN3"
	case VNI:
		return "VNI"
	}
	return "Encoding(?)"
}

// The tables. Sources, cross-checked: the TCVN3 and VNI-WIN tables of
// UniKey's vnconv (ukengine/data.cpp), the TCVN 5712 table of X11
// (lcUniConv/tcvn.h) for TCVN3, and the VNI tables of xvnkb (vni.h) and of
// the vietnamese-conversion npm package.

// tcvn3Vowels[v][t] is the TCVN3 byte of the lower-case vowel v with tone t
// (an ASCII letter for the plain a e i o u y).
var tcvn3Vowels = [numVowels][numTones]byte{
	vA:      {'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9},
	vAbreve: {0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6},
	vAcirc:  {0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB},
	vE:      {'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1},
	vEcirc:  {0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6},
	vI:      {'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE},
	vO:      {'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4},
	vOcirc:  {0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9},
	vOhorn:  {0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE},
	vU:      {'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4},
	vUhorn:  {0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9},
	vY:      {'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE},
}

// tcvn3Singles are the TCVN3 bytes of the upper-case letters it has and of đ.
var tcvn3Singles = map[byte]rune{
	0xA1: 'Ă', 0xA2: 'Â', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư', 0xA7: 'Đ', 0xAE: 'đ',
}

// tcvn3Capitals are upper-case letters that VN2, the superset of VN3, puts
// on bytes VN3 leaves unused. They are decoded, never produced.
var tcvn3Capitals = map[byte]rune{
	0xAF: 'Ằ', 0xBA: 'Ẳ', 0xBF: 'Ẵ', 0xC0: 'Ắ', 0xC1: 'Ầ', 0xC2: 'Ẩ', 0xC3: 'Ẫ', 0xC4: 'Ấ',
	0xC5: 'Ề', 0xCD: 'Ể', 0xD9: 'Ễ', 0xDA: 'Ế', 0xDB: 'Ồ', 0xE0: 'Ổ', 0xF0: 'Ỗ', 0xFF: 'Ố',
}

// VNI, lower-case forms. Its capital bytes are the Latin-1 upper-case of
// these (0x20 less), so unicode.ToUpper and ToLower switch between them.
var (
	// The marks after a base letter, indexed by tone: the tone alone
	// (after a e o u y ơ ư), with a circumflex (after a e o), with a breve
	// (after a).
	vniTone  = [numTones]byte{0, 0xF9, 0xF8, 0xFB, 0xF5, 0xEF}
	vniCirc  = [numTones]byte{0xE2, 0xE1, 0xE0, 0xE5, 0xE3, 0xE4}
	vniBreve = [numTones]byte{0xEA, 0xE9, 0xE8, 0xFA, 0xFC, 0xEB}

	// vniSpelling gives the base byte of each vowel and its marks.
	vniSpelling = [numVowels]struct {
		base  byte
		marks *[numTones]byte
	}{
		vA: {'a', &vniTone}, vAbreve: {'a', &vniBreve}, vAcirc: {'a', &vniCirc},
		vE: {'e', &vniTone}, vEcirc: {'e', &vniCirc},
		vI: {'i', &vniTone}, // but i with a tone is one byte, vniIToned
		vO: {'o', &vniTone}, vOcirc: {'o', &vniCirc}, vOhorn: {0xF4, &vniTone},
		vU: {'u', &vniTone}, vUhorn: {0xF6, &vniTone},
		vY: {'y', &vniTone}, // but ỵ is one byte, 0xEE
	}
	vniIToned = [numTones]byte{'i', 0xED, 0xEC, 0xE6, 0xF3, 0xF2}
)

// The VNI letters that are one byte of their own.
const (
	vniD     = 0xF1 // đ
	vniOhorn = 0xF4 // ơ, also a base
	vniUhorn = 0xF6 // ư, also a base
	vniYDot  = 0xEE // ỵ
)

// Decoding and encoding tables, built by init.
var (
	tcvn3Decode [256]rune // byte -> letter, 0 if not a letter
	tcvn3Encode = map[rune]byte{}

	vniSingles = map[byte]rune{}    // lower-case byte -> letter
	vniPairs   = map[[2]byte]rune{} // lower-case base and mark -> letter
	vniEncode  = map[rune]string{}  // letter -> its bytes, as Latin-1
)

func init() {
	// TCVN3.
	for v := range numVowels {
		for t := range numTones {
			lower, code := vowelLetters[v][t], tcvn3Vowels[v][t]
			if code < 0x80 {
				continue // a e i o u y
			}
			tcvn3Decode[code] = lower
			tcvn3Encode[lower] = code
			// A capital takes the lower-case byte, as in a capitals font;
			// tcvn3Singles below gives Ă Â Ê Ô Ơ Ư their own.
			tcvn3Encode[unicode.ToUpper(lower)] = code
		}
	}
	for code, r := range tcvn3Singles {
		tcvn3Decode[code] = r
		tcvn3Encode[r] = code
	}
	for code, r := range tcvn3Capitals {
		tcvn3Decode[code] = r
	}

	// VNI.
	vniSingles[vniD] = 'đ'
	vniSingles[vniOhorn] = 'ơ'
	vniSingles[vniUhorn] = 'ư'
	vniSingles[vniYDot] = vowelLetters[vY][toneDot]
	for t := toneAcute; t < numTones; t++ {
		vniSingles[vniIToned[t]] = vowelLetters[vI][t]
	}
	for code, r := range vniSingles {
		vniEncode[r] = string(rune(code))
	}
	for v, sp := range vniSpelling {
		for t := range numTones {
			r := vowelLetters[v][t]
			if _, single := vniEncode[r]; single {
				continue
			}
			enc := string(rune(sp.base))
			if m := sp.marks[t]; m != 0 {
				vniPairs[[2]byte{sp.base, m}] = r
				enc += string(rune(m))
			}
			vniEncode[r] = enc
		}
	}
	lowers := maps.Clone(vniEncode)
	for r, enc := range lowers {
		vniEncode[unicode.ToUpper(r)] = strings.ToUpper(enc)
	}
}

// legacyByte returns the byte a legacy-encoded character stands for, and
// false if it stands for none (only 0xA0–0xFF carry Vietnamese letters in
// both encodings, and there Windows-1252 and Latin-1 agree).
func legacyByte(r rune) (byte, bool) {
	if r >= 0xA0 && r <= 0xFF {
		return byte(r), true
	}
	return 0, false
}

// cp1252Extras are the characters Windows-1252 puts on 0x80–0x9F. Legacy
// text may hold them (smart quotes, dashes); they carry no letter.
const cp1252Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"

// ToUnicode converts s from the legacy encoding enc to Unicode NFC.
// Characters that are not part of the encoding pass unchanged; for Unicode,
// ToUnicode is NFC.
//
// TCVN3 has no bytes for upper-case letters with a tone (nor does a
// capitals font such as .VnTimeH use its 7 capital bytes): they were typed
// with lower-case bytes, so ToUnicode restores capitals from the context. A
// lower-case letter from a toned byte becomes upper-case when its word is in
// capitals (its letters of known case after the first are all upper-case),
// when the word has no lower-case letter and the whole text is in capitals
// (judged the same way, past each word's first letter), or when it
// begins the first word of the text, or a word of a text whose other words
// all begin with a capital. "§ÆNG", "Hµ NéI", "§Æng ThÞ ¸nh" and "ñy ban"
// give "ĐẶNG", "HÀ NỘI", "Đặng Thị Ánh" and "Ủy ban"; "Hµ Néi lµ thñ ®«"
// gives "Hà Nội là thủ đô".
func ToUnicode(s string, enc Encoding) string {
	s = NFC(s)
	switch enc {
	case TCVN3:
		return NFC(decodeTCVN3(s))
	case VNI:
		return NFC(decodeVNI(s))
	}
	return s
}

// decodeTCVN3 converts NFC text from TCVN3 and restores capitals.
func decodeTCVN3(s string) string {
	type char struct {
		r         rune
		ambiguous bool // a letter whose case TCVN3 cannot tell
	}
	cs := make([]char, 0, len(s))
	for _, r := range s {
		c := char{r: r}
		if b, ok := legacyByte(r); ok && tcvn3Decode[b] != 0 {
			c.r = tcvn3Decode[b]
			// In a capitals font (.VnTimeH) every toned lower-case byte
			// shows as a capital, so the case of such a letter is unknown;
			// the 7 capital bytes 0xA1–0xA7, the 7 lower-case bytes
			// 0xA8–0xAE (ă â ê ô ơ ư đ, which have capitals of their own)
			// and ASCII letters are known.
			c.ambiguous = unicode.IsLower(c.r) && (b < 0xA8 || b > 0xAE)
		}
		cs = append(cs, c)
	}

	// The words: runs of letters.
	type word struct{ from, to, up, lo int }
	var words []word
	textUp, textLo := 0, 0   // known-case letters in the text
	firstUp, firstLo := 0, 0 // words whose first letter has a known case
	for i := 0; i < len(cs); {
		if !unicode.IsLetter(cs[i].r) {
			i++
			continue
		}
		w := word{from: i}
		for i < len(cs) && unicode.IsLetter(cs[i].r) {
			// The capitals rule looks past a word's first letter: a
			// capital there says nothing of capitals ("Lª Vò" is "Lê Vũ").
			if !cs[i].ambiguous && i > w.from {
				w.up, w.lo = countCase(cs[i].r, w.up, w.lo)
			}
			i++
		}
		w.to = i
		words = append(words, w)
		textUp += w.up
		textLo += w.lo
		if first := cs[w.from]; !first.ambiguous {
			firstUp, firstLo = countCase(first.r, firstUp, firstLo)
		}
	}
	textCaps := textUp >= 1 && textLo == 0
	titleCase := firstUp >= 1 && firstLo == 0

	for n, w := range words {
		if w.lo == 0 && (w.up >= 1 || textCaps) {
			for k := w.from; k < w.to; k++ {
				if cs[k].ambiguous {
					cs[k].r = unicode.ToUpper(cs[k].r)
				}
			}
			continue
		}
		if first := &cs[w.from]; first.ambiguous && (n == 0 || titleCase) {
			first.r = unicode.ToUpper(first.r)
		}
	}

	var b strings.Builder
	b.Grow(len(s))
	for _, c := range cs {
		b.WriteRune(c.r)
	}
	return b.String()
}

func countCase(r rune, up, lo int) (int, int) {
	switch {
	case unicode.IsUpper(r):
		up++
	case unicode.IsLower(r):
		lo++
	}
	return up, lo
}

// decodeVNI converts NFC text from VNI-Windows.
func decodeVNI(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		upper := unicode.IsUpper(r)
		lower, ok := legacyByte(unicode.ToLower(r))
		if !ok && r < 0x80 {
			lower, ok = byte(unicode.ToLower(r)), true
		}
		if !ok {
			b.WriteRune(r)
			continue
		}
		// A base letter and its mark; the case is the base's.
		if i+1 < len(rs) {
			if m, ok := legacyByte(unicode.ToLower(rs[i+1])); ok {
				if out, ok := vniPairs[[2]byte{lower, m}]; ok {
					b.WriteRune(caseAs(out, upper))
					i++
					continue
				}
			}
		}
		if out, ok := vniSingles[lower]; ok {
			r = caseAs(out, upper)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// caseAs returns r upper-case if upper, else r.
func caseAs(r rune, upper bool) rune {
	if upper {
		return unicode.ToUpper(r)
	}
	return r
}

// FromUnicode writes s in the legacy encoding enc, each byte as its
// Latin-1 character, the way such text reaches Go from Excel. Characters
// the encoding lacks pass unchanged. In TCVN3 an upper-case letter with a
// tone is written with its lower-case byte, as in the capitals fonts. It is
// the inverse of ToUnicode, for tests and for writing to old systems.
func FromUnicode(s string, enc Encoding) string {
	s = NFC(s)
	if enc != TCVN3 && enc != VNI {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch enc {
		case TCVN3:
			if c, ok := tcvn3Encode[r]; ok {
				b.WriteRune(rune(c))
				continue
			}
		case VNI:
			if v, ok := vniEncode[r]; ok {
				b.WriteString(v)
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Detect tells which encoding s was typed in. It is conservative: it
// answers TCVN3 or VNI only when s holds nothing beyond Latin-1 and
// Windows-1252 and the words with non-ASCII characters read as Vietnamese
// syllables clearly more often once converted than as they are, for most of
// them. Plain ASCII, proper Unicode Vietnamese and text in other languages
// (French, German, ...) are Unicode. To decide for a whole column or sheet,
// join its cells with spaces and detect once.
func Detect(s string) Encoding {
	high := false
	for _, r := range s {
		switch {
		case r < 0x80:
		case r <= 0xFF:
			high = true
		case strings.ContainsRune(cp1252Extras, r):
		default:
			return Unicode // beyond Latin-1: Unicode text
		}
	}
	if !high {
		return Unicode
	}
	s = NFC(s)
	words, asIs, tcvn3, vni := 0, 0, 0, 0
	for _, w := range legacyWords(s) {
		words++
		if isSyllable(w) {
			asIs++
		}
		if isSyllable(decodeTCVN3(w)) {
			tcvn3++
		}
		if isSyllable(decodeVNI(w)) {
			vni++
		}
	}
	switch {
	case tcvn3 > asIs && tcvn3 > vni && 2*tcvn3 > words:
		return TCVN3
	case vni > asIs && vni > tcvn3 && 2*vni > words:
		return VNI
	}
	return Unicode
}

// legacyWords splits s into words at white space, ASCII punctuation and
// digits, and Windows-1252 punctuation, and keeps the words that contain a
// character of 0x80–0xFF. Latin-1 symbols stay inside words: in TCVN3 they
// are letters.
func legacyWords(s string) []string {
	sep := func(r rune) bool {
		return unicode.IsSpace(r) ||
			(r < 0x80 && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')) ||
			strings.ContainsRune(cp1252Extras, r)
	}
	var out []string
	for _, w := range strings.FieldsFunc(s, sep) {
		for _, r := range w {
			if r >= 0x80 {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// FixLegacy detects the encoding of s and converts it to Unicode NFC. It
// returns the text and the encoding it was found in (Unicode when no
// conversion was made).
func FixLegacy(s string) (string, Encoding) {
	enc := Detect(s)
	return ToUnicode(s, enc), enc
}
