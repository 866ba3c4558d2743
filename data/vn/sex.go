package vn

// ParseSex reads a sex as people type it, ignoring case and diacritics:
// "Nam", "nữ", "NU" ("Nữ"); blank is unknown (""). It reports false for
// anything else.
func ParseSex(s string) (string, bool) {
	switch Fold(s) {
	case "":
		return "", true
	case "nam":
		return "Nam", true
	case "nu":
		return "Nữ", true
	}
	return "", false
}
