package award

import "tdkt/data/vn"

// Kind tells whether a nominee is a person, a collective or a household.
type Kind string

// The kinds of nominee, as written in the nomination workbook's "Loại". A
// household (hộ gia đình) is paid as a multiple of a person's prize
// (Regime.Household).
const (
	Individual Kind = "Cá nhân"
	Collective Kind = "Tập thể"
	Household  Kind = "Hộ gia đình"
)

// Kinds lists the kinds in the order lists group them: collectives,
// households, then people (the order of the kind's text, descending, on
// which the store's list index rests).
var Kinds = []Kind{Collective, Household, Individual}

// Person reports whether the kind is a person: people have a birth, a sex
// and a name whose letter case is fixed; collectives and households not.
func (k Kind) Person() bool { return k == Individual }

// ParseKind recognises a kind ignoring case, diacritics and extra spaces:
// "ca nhan", "CÁ NHÂN", "Tập thể", "TẬP THỂ".
func ParseKind(s string) (Kind, bool) {
	switch vn.Fold(s) {
	case "ca nhan":
		return Individual, true
	case "tap the":
		return Collective, true
	case "ho gia dinh", "ho":
		return Household, true
	}
	return "", false
}

// label is the lower-case Vietnamese word for the kind, for sentences.
func (k Kind) label() string {
	switch k {
	case Individual:
		return "cá nhân"
	case Collective:
		return "tập thể"
	case Household:
		return "hộ gia đình"
	}
	return string(k)
}
