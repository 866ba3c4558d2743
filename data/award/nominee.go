package award

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"tdkt/data/vn"
)

// NomineeKey identifies a nominee for duplicate detection: the same person
// or collective nominated twice in one campaign is an error to show, a
// name that differs only by its marks is a possible duplicate to confirm
// (see Compare).
type NomineeKey struct {
	Kind Kind
	// Name is the name as written, in NFC, lower case, with single spaces:
	// two keys with the same Name (and birth) are the same nominee.
	Name string
	// Folded is the name folded: lower case, no diacritics, đ → d, single
	// spaces: keys that share it but not Name differ only by tone or other
	// marks ("Hoa" / "Hòa", "Nguyen Van An" / "Nguyễn Văn An").
	Folded string
	Birth  string // individuals: "YYYY-MM-DD", "YYYY" or ""; collectives: ""
}

var dmy = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)

// KeyFor makes the key of a nominee. The birth is given as "YYYY-MM-DD",
// "YYYY" or "" (a "dd/mm/yyyy" date is converted to "YYYY-MM-DD"); it is
// ignored for a collective.
func KeyFor(kind Kind, name string, birth string) NomineeKey {
	k := NomineeKey{Kind: kind, Name: strings.ToLower(vn.Clean(name)), Folded: vn.Fold(name)}
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

// sameBirth reports whether two births are the same for duplicate
// detection: equal, or a year alone and a date in that year. An empty
// birth matches only an empty birth.
func sameBirth(a, b string) bool {
	switch {
	case a == b:
		return true
	case isYear(a) && isDate(b):
		return b[:4] == a
	case isDate(a) && isYear(b):
		return a[:4] == b
	}
	return false
}

// Match is what Compare finds between two nominees.
type Match int

// The answers of Compare.
const (
	// MatchDifferent: other people or collectives.
	MatchDifferent Match = iota
	// MatchPossible: the names differ only by tone or other marks (đ/d
	// included), with the same birth: perhaps one person typed two ways,
	// perhaps two people ("Hoa" and "Hòa" are different names). A possible
	// duplicate is shown as a warning naming both, never refused.
	MatchPossible
	// MatchSame: the same name (NFC, ignoring case and spaces) and the same
	// birth: the same nominee, whom a campaign may propose only once.
	MatchSame
)

// String names the match in English, for tests and logs.
func (m Match) String() string {
	switch m {
	case MatchSame:
		return "same"
	case MatchPossible:
		return "possible duplicate"
	}
	return "different"
}

// Compare decides whether a and b are the same nominee, a possible
// duplicate or different, under the principle of the Luật Thi đua, khen
// thưởng that one achievement earns one award: the same nominee proposed
// twice in one campaign is refused, a possible duplicate is a warning.
//
// Same kind is required. Collectives compare by name alone; individuals by
// name and birth, where a year alone matches any date of that year and an
// empty birth matches only an empty birth.
func Compare(a, b NomineeKey) Match {
	if a.Kind != b.Kind || a.Folded != b.Folded {
		return MatchDifferent
	}
	if a.Kind != Collective && !sameBirth(a.Birth, b.Birth) {
		return MatchDifferent
	}
	if a.Name == b.Name {
		return MatchSame
	}
	return MatchPossible
}

// PossibleReason says in Vietnamese why two nominees of a kind are a
// possible duplicate (Compare gives MatchPossible) and what to do.
func PossibleReason(kind Kind) string {
	what := "họ và tên chỉ khác nhau ở dấu (dấu thanh, dấu chữ hoặc đ/d), cùng ngày sinh"
	if kind == Collective {
		what = "tên chỉ khác nhau ở dấu (dấu thanh, dấu chữ hoặc đ/d)"
	}
	return what + ": có thể là một đối tượng gõ hai cách, có thể là hai đối tượng khác nhau. " +
		"Đề nghị vẫn được ghi; hãy kiểm tra lại, nếu là một đối tượng thì xóa một đề nghị"
}

// Same reports whether a and b are the same nominee (Compare gives
// MatchSame).
func (a NomineeKey) Same(b NomineeKey) bool { return Compare(a, b) == MatchSame }

// Duplicate says that the nominee at index B is the same as the earlier one
// at index A (A < B).
type Duplicate struct {
	A, B   int
	Reason string // Vietnamese
}

// FindDuplicates finds the keys that repeat an earlier key (Same; a
// possible duplicate, whose name differs only by its marks, is not one).
// Each repeating key is reported once, paired with the earliest key it
// matches, in the order of B. It runs in linear time with maps.
func FindDuplicates(keys []NomineeKey) []Duplicate {
	type group struct {
		kind Kind
		name string
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
		g := group{k.Kind, k.Name}
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
