package vn

import "testing"

// TestSyllableStructure: the syllable structure that decides detection.
func TestSyllableStructure(t *testing.T) {
	for _, w := range []string{"hòa", "hoà", "thúy", "thuý", "tiền", "người", "khuỷu", "ngoài", "quyết", "quý", "gì", "giữ",
		"kỹ", "nghiêng", "được", "học", "các", "ánh", "Việt", "Nguyễn", "Đặng", "yêu", "xoong", "thích", "hoàng", "cửu", "Ủy", "a"} {
		if !isSyllable(w) {
			t.Errorf("%q is a syllable", w)
		}
	}
	for _, w := range []string{
		"kú", "ỹn", "cé", "ghá", "ngé", "ký" + "n", // onset spelling; y before a coda
		"hóang", "tíên", "ngòai", "múôn", // tone on the wrong vowel
		"àc", "ac", "hỏc", "lãt", "ngoàt", // huyền, hỏi, ngã or no tone before -c, -ch, -p, -t
		"hòá", "xyz", "Hµ", "n¨m"} {
		if isSyllable(w) {
			t.Errorf("%q is not a syllable", w)
		}
	}
}
