package vn

import "testing"

func TestIsSyllable(t *testing.T) {
	valid := []string{
		"a", "á", "ý", "ạ", "ăn", "ấy", "nguyễn", "người", "khuya", "khuỷu", "quyết", "quốc",
		"gì", "giữa", "gia", "xoong", "thuở", "yêu", "yên", "oanh", "Đặng", "TUYẾT", "ánh",
		"hòa", "hoà", "chuyện", "khoắn", "tuân", "rượu", "nghiêng", "mười", "lăm", "tư",
		"thuế", "khuây", "ngoài", "ngoẹo", "quả", "phúc", "trường",
	}
	invalid := []string{
		"", "café", "josé", "müller", "hµ", "néi", "hoọi", "straße", "ab", "nộe", "éi",
		"hàá", "fá", "wé", "bà1", "zú", "xoo", "ăa", "noël", "ẳy", "gạlle",
	}
	for _, w := range valid {
		if !isSyllable(w) {
			t.Errorf("isSyllable(%q) = false, want true", w)
		}
	}
	for _, w := range invalid {
		if isSyllable(w) {
			t.Errorf("isSyllable(%q) = true, want false", w)
		}
	}
}
