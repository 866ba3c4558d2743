package award

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"tdkt/data/vn"
)

// NomineeKey identifies a nominee for duplicate detection: the same person
// or collective nominated twice in one campaign is an error to show.
type NomineeKey struct {
	Kind   Kind
	Folded string // the name folded: lower case, no diacritics, đ → d, single spaces
	Birth  string // individuals: "YYYY-MM-DD", "YYYY" or ""; collectives: ""
}

var dmy = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

// KeyFor makes the key of a nominee. The birth is given as "YYYY-MM-DD",
// "YYYY" or "" (a "dd/mm/yyyy" date is converted to "YYYY-MM-DD"); it is
// ignored for a collective.
func KeyFor(kind Kind, name string, birth string) NomineeKey {
	k := NomineeKey{Kind: kind, Folded: vn.Fold(name)}
	if kind != Collective {
		b := strings.TrimSpace(birth)
		if m := dmy.FindStringSubmatch(b); m != nil {
			d, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			b = fmt.Sprintf("%s-%02d-%02d", m[3], mo, d)
		}
		k.Birth = b
	}
	return k
}

// isDate reports whether b looks like "YYYY-MM-DD".
func isDate(b string) bool {
	return len(b) == 10 && b[4] == '-' && b[7] == '-' && digits(b[:4]) && digits(b[5:7]) && digits(b[8:])
}

// isYear reports whether b looks like "YYYY".
func isYear(b string) bool { return len(b) == 4 && digits(b) }

// Same reports whether a and b are the same nominee: collectives with the
// same folded name; individuals with the same folded name and the same
// birth, where a year alone matches any date in that year. An empty birth
// matches only an empty birth.
func (a NomineeKey) Same(b NomineeKey) bool {
	if a.Kind != b.Kind || a.Folded != b.Folded {
		return false
	}
	if a.Kind == Collective || a.Birth == b.Birth {
		return true
	}
	switch {
	case isYear(a.Birth) && isDate(b.Birth):
		return b.Birth[:4] == a.Birth
	case isDate(a.Birth) && isYear(b.Birth):
		return a.Birth[:4] == b.Birth
	}
	return false
}

// Duplicate says that the nominee at index B is the same as the earlier one
// at index A (A < B).
type Duplicate struct {
	A, B   int
	Reason string // Vietnamese
}

// FindDuplicates finds the keys that repeat an earlier key (Same). Each
// repeating key is reported once, paired with the earliest key it matches,
// in the order of B. It runs in linear time with maps.
func FindDuplicates(keys []NomineeKey) []Duplicate {
	type group struct {
		kind   Kind
		folded string
	}
	type slot struct {
		g group
		s string
	}
	exact := make(map[slot]int, len(keys))   // first index with exactly this birth
	yearOnly := make(map[slot]int)           // first index with this year alone as birth
	yearAny := make(map[slot]int, len(keys)) // first index with a birth in this year (date or year alone)
	first := func(m map[slot]int, k slot, i int) {
		if _, ok := m[k]; !ok {
			m[k] = i
		}
	}
	var out []Duplicate
	for i, k := range keys {
		g := group{k.Kind, k.Folded}
		birth := k.Birth
		if k.Kind == Collective {
			birth = ""
		}
		match := -1
		consider := func(m map[slot]int, s string) {
			if j, ok := m[slot{g, s}]; ok && (match < 0 || j < match) {
				match = j
			}
		}
		switch {
		case isDate(birth):
			consider(exact, birth)
			consider(yearOnly, birth[:4])
		case isYear(birth):
			consider(yearAny, birth)
		default:
			consider(exact, birth)
		}
		if match >= 0 {
			out = append(out, Duplicate{A: match, B: i, Reason: duplicateReason(keys[match], k)})
		}
		first(exact, slot{g, birth}, i)
		switch {
		case isDate(birth):
			first(yearAny, slot{g, birth[:4]}, i)
		case isYear(birth):
			first(yearOnly, slot{g, birth}, i)
			first(yearAny, slot{g, birth}, i)
		}
	}
	return out
}

// duplicateReason explains in Vietnamese why b repeats a.
func duplicateReason(a, b NomineeKey) string {
	if b.Kind == Collective {
		return "Tập thể được đề nghị hai lần trong cùng đợt: trùng tên tập thể"
	}
	switch {
	case a.Birth == "" && b.Birth == "":
		return "Cá nhân được đề nghị hai lần trong cùng đợt: trùng họ và tên, cùng không có ngày sinh"
	case a.Birth == b.Birth:
		return fmt.Sprintf("Cá nhân được đề nghị hai lần trong cùng đợt: trùng họ và tên và ngày sinh (%s)", b.Birth)
	}
	return fmt.Sprintf("Cá nhân được đề nghị hai lần trong cùng đợt: trùng họ và tên, năm sinh khớp (%s và %s)", a.Birth, b.Birth)
}
