package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var digitWords = [10]string{"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"}

// MoneyWords writes an amount of đồng in words, as decisions state prize
// money: 1500000 gives "Một triệu năm trăm nghìn đồng", 105000 gives
// "Một trăm linh năm nghìn đồng", 0 gives "Không đồng", a negative amount
// starts with "Âm". The first letter is upper-case.
func MoneyWords(n int64) string {
	return moneyWords(n, "linh")
}

// MoneyWordsLe is MoneyWords with "lẻ" instead of "linh", as the South says
// it: 105000 gives "Một trăm lẻ năm nghìn đồng".
func MoneyWordsLe(n int64) string {
	return moneyWords(n, "lẻ")
}

func moneyWords(n int64, zeroTens string) string {
	if n == 0 {
		return "Không đồng"
	}
	u, neg := magnitude(n)
	var w []string
	if neg {
		w = append(w, "âm")
	}
	w = appendNumber(w, u, false, zeroTens)
	w = append(w, "đồng")
	return upperFirst(strings.Join(w, " "))
}

// appendNumber appends the words of u > 0 to w. inner tells that u follows
// a higher part already said (the part after "tỷ"), so that its first group
// is said in full: "không trăm linh năm".
func appendNumber(w []string, u uint64, inner bool, zeroTens string) []string {
	const billion = 1_000_000_000
	if u >= billion {
		w = appendNumber(w, u/billion, inner, zeroTens)
		w = append(w, "tỷ")
		if lo := u % billion; lo > 0 {
			w = appendNumber(w, lo, true, zeroTens)
		}
		return w
	}
	groups := [3]uint64{u / 1_000_000, u / 1000 % 1000, u % 1000}
	scales := [3]string{"triệu", "nghìn", ""}
	for i, g := range groups {
		if g == 0 {
			continue // all-zero groups are not said
		}
		w = appendGroup(w, g, inner, zeroTens)
		if scales[i] != "" {
			w = append(w, scales[i])
		}
		inner = true
	}
	return w
}

// appendGroup appends the words of 0 < g < 1000. full says the hundreds even
// when they are zero ("không trăm"), as inside a larger number.
func appendGroup(w []string, g uint64, full bool, zeroTens string) []string {
	h, t, u := g/100, g/10%10, g%10
	if full || h > 0 {
		w = append(w, digitWords[h], "trăm")
	}
	switch t {
	case 0:
		if u > 0 {
			if full || h > 0 {
				w = append(w, zeroTens)
			}
			w = append(w, digitWords[u])
		}
		return w
	case 1:
		w = append(w, "mười")
	default:
		w = append(w, digitWords[t], "mươi")
	}
	switch {
	case u == 0:
	case u == 5:
		w = append(w, "lăm")
	case u == 1 && t > 1:
		w = append(w, "mốt")
	case u == 4 && t > 1:
		w = append(w, "tư")
	default:
		w = append(w, digitWords[u])
	}
	return w
}

// upperFirst returns s with its first letter upper-case.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
