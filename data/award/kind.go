package award

import "tdkt/data/vn"

// Kind tells whether a nominee is a person or a collective.
type Kind string

// The kinds of nominee, as written in the nomination workbook's "Loại".
const (
	Individual Kind = "Cá nhân"
	Collective Kind = "Tập thể"
)

// ParseKind recognises a kind ignoring case, diacritics and extra spaces:
// "ca nhan", "CÁ NHÂN", "Tập thể", "TẬP THỂ".
func ParseKind(s string) (Kind, bool) {
	switch vn.Fold(s) {
	case "ca nhan":
		return Individual, true
	case "tap the":
		return Collective, true
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
	}
	return string(k)
}
