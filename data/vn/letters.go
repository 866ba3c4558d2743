package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The tones (thanh) of Vietnamese, in the column order of the legacy tables.
const (
	toneNone  = iota // ngang
	toneAcute        // sắc
	toneGrave        // huyền
	toneHook         // hỏi
	toneTilde        // ngã
	toneDot          // nặng
	numTones
)

// toneMarks are the combining marks of the tones, indexed by tone.
var toneMarks = [numTones]string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}

// vowelBases are the twelve vowels of the alphabet, each of which takes the
// six tones; the index is the row of the legacy tables.
var vowelBases = [...]rune{'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'}

const (
	vA = iota
	vAbreve
	vAcirc
	vE
	vEcirc
	vI
	vO
	vOcirc
	vOhorn
	vU
	vUhorn
	vY
	numVowels
)

// vowelOf locates a vowel letter (either case) in vowelBases and tones.
type vowelOf struct {
	vowel, tone int
}

var (
	// vowelLetters[v][t] is the lower-case letter of vowel v with tone t.
	// Built by a variable initialiser, so it is ready before any init.
	vowelLetters = composeVowels()
	// vowelIndex maps every vowel letter, lower- and upper-case, back.
	vowelIndex = indexVowels()
)

func composeVowels() (out [numVowels][numTones]rune) {
	for v, base := range vowelBases {
		for t := range numTones {
			s := norm.NFC.String(string(base) + toneMarks[t])
			r, size := utf8.DecodeRuneInString(s)
			if size != len(s) {
				panic("vn: vowel " + s + " does not compose")
			}
			out[v][t] = r
		}
	}
	return out
}

func indexVowels() map[rune]vowelOf {
	m := map[rune]vowelOf{}
	for v := range numVowels {
		for t := range numTones {
			r := vowelLetters[v][t]
			m[r] = vowelOf{v, t}
			m[unicode.ToUpper(r)] = vowelOf{v, t}
		}
	}
	return m
}

// Letters returns the 134 letters of the Vietnamese alphabet that are not
// in ASCII (67 lower-case and their 67 upper-case), in NFC: the vowels with
// their diacritics and tones, and đ, Đ.
func Letters() []rune {
	var out []rune
	for v := range numVowels {
		for t := range numTones {
			r := vowelLetters[v][t]
			if r < 0x80 {
				continue
			}
			out = append(out, r, unicode.ToUpper(r))
		}
	}
	return append(out, 'đ', 'Đ')
}

// Syllable structure, used to tell whether a decoded word is Vietnamese.
var (
	onsets = []string{"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m",
		"n", "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"}
	codas = []string{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"}

	// Vowel clusters by the codas they allow.
	openNuclei = set("y ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa iêu yêu " +
		"oai oao oay oeo uây uôi ươi ươu uya uyu")
	closedNuclei = set("ă â iê yê uô ươ uyê oo oă uâ")
	anyNuclei    = set("a e ê i o ô ơ u ư oa oe uê uy uơ")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isSyllable reports whether w, in either case, has the shape of a
// Vietnamese syllable: a known onset spelled as the orthography wants it
// before its vowel (k, gh, ngh before i, e, ê, y; c, g, ng not before them),
// a vowel cluster allowed with its coda, at most one tone, on a vowel that
// may carry it (old and new placement both: hòa and hoà), and after a stop
// coda (-c, -ch, -p, -t) only sắc or nặng. It is a plausibility test for
// encoding detection, not a spell checker.
func isSyllable(w string) bool {
	var base []rune
	tone, at := toneNone, -1
	for _, r := range w {
		r = unicode.ToLower(r)
		if vo, ok := vowelIndex[r]; ok {
			if vo.tone != toneNone {
				if at >= 0 {
					return false // two tones
				}
				tone, at = vo.tone, len(base)
			}
			base = append(base, vowelBases[vo.vowel])
			continue
		}
		if r != 'đ' && (r < 'a' || r > 'z') {
			return false
		}
		base = append(base, r)
	}
	s := string(base)
	for _, on := range onsets {
		if !strings.HasPrefix(s, on) {
			continue
		}
		rhyme := s[len(on):]
		for _, co := range codas {
			if !strings.HasSuffix(rhyme, co) {
				continue
			}
			nu := rhyme[:len(rhyme)-len(co)]
			if !(anyNuclei[nu] || (co == "" && openNuclei[nu]) || (co != "" && closedNuclei[nu])) {
				continue
			}
			if !onsetFits(on, nu) {
				continue
			}
			stop := co == "c" || co == "ch" || co == "p" || co == "t"
			if stop && tone != toneAcute && tone != toneDot {
				continue
			}
			if at < 0 {
				return true
			}
			pos := at - utf8.RuneCountInString(on)
			for _, p := range tonePlaces(nu, co != "") {
				if p == pos {
					return true
				}
			}
		}
	}
	return false
}

// onsetFits is the spelling rule of an onset before its vowel cluster: k,
// gh and ngh only before i, e, ê, y; c, g and ng never before i, e, ê (g
// before i only as in "gì", "gìn"); q only as qu.
func onsetFits(onset, nucleus string) bool {
	first, _ := utf8.DecodeRuneInString(nucleus)
	front := first == 'i' || first == 'e' || first == 'ê' || first == 'y'
	switch onset {
	case "k", "gh", "ngh":
		return front
	case "c", "ng":
		return !front
	case "g":
		return !front || nucleus == "i"
	}
	return true
}

// tonePlaces are the places (0-based, among the cluster's vowels) where a
// tone may sit on a vowel cluster: on its vowel with a diacritic (ơ of ươ);
// with a coda, on the last vowel; without, on the only or the first vowel,
// on either of oa, oe, uy (hòa and hoà), in the middle of oai, oay, oao,
// oeo, uya, uyu.
func tonePlaces(nucleus string, coda bool) []int {
	rs := []rune(nucleus)
	if nucleus == "ươ" || strings.HasPrefix(nucleus, "ươ") {
		return []int{1}
	}
	for i, r := range rs {
		switch r {
		case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư':
			return []int{i}
		}
	}
	switch {
	case coda:
		return []int{len(rs) - 1}
	case nucleus == "oa" || nucleus == "oe" || nucleus == "uy":
		return []int{0, 1}
	case len(rs) == 3:
		return []int{1}
	}
	return []int{0}
}
