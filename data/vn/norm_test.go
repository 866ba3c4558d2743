package vn_test

import (
	"testing"

	"golang.org/x/text/unicode/norm"

	"tdkt/data/vn"
)

func TestNFC(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Hà Nội", "Hà Nội"},
		{"Ha\u0300 No\u0302\u0323i", "Hà Nội"}, // decomposed
		{"Nguye\u0302\u0303n", "Nguyễn"},
		{"a\xffb", "a\uFFFDb"}, // invalid UTF-8
	}
	for _, tt := range tests {
		if got := vn.NFC(tt.in); got != tt.want {
			t.Errorf("NFC(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"Nguyễn Văn An", "Nguyễn Văn An"},
		{"  Nguyễn   Văn\tAn \n", "Nguyễn Văn An"},
		{"Nguyễn\u00a0Văn\u00a0An", "Nguyễn Văn An"},
		{"Nguyễn\u200bVăn", "NguyễnVăn"},
		{"\ufeffHà Nội", "Hà Nội"},
		{"Hà\u200c\u200d\u2060 Nội", "Hà Nội"},
		{"Hà\x00\x07\x1b Nội\x7f", "Hà Nội"},
		{"Hà\u0085Nội", "Hà Nội"}, // NEL is a space
		{"Hà\u0090\u009f Nội", "Hà Nội"},
		{"Hà\r\nNội", "Hà Nội"},
		{"Hà \u2003\u3000 Nội", "Hà Nội"},
		{"Tổ\u200e 01", "Tổ 01"},
		{"Ngo\u0302 Thi\u0323", "Ngô Thị"},
		{"\u00adx", "\u00adx"}, // TCVN3 "ư" survives
	}
	for _, tt := range tests {
		if got := vn.Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đặng Thị Ánh", "dang thi anh"},
		{"ĐẶNG", "dang"},
		{"đ", "d"},
		{"  Nguyễn   Văn  Ưng ", "nguyen van ung"},
		{"Ủy ban nhân dân tỉnh Bắc Kạn", "uy ban nhan dan tinh bac kan"},
		{"Cộng hòa xã hội chủ nghĩa Việt Nam", "cong hoa xa hoi chu nghia viet nam"},
		{"Nguye\u0302\u0303n", "nguyen"},
		{"Ðặng", "dang"}, // Icelandic eth typed for Đ
		{"Tổ 01", "to 01"},
		{"Crème brûlée", "creme brulee"},
		{"Ng\u00adọc", "ngoc"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := vn.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, r := range vn.Letters() {
		f := vn.Fold(string(r))
		if len(f) != 1 || f[0] < 'a' || f[0] > 'z' {
			t.Errorf("Fold(%q) = %q, want one ASCII letter", r, f)
		}
	}
}

func TestTitleName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nguyễn  văn AN", "Nguyễn Văn An"},
		{"ĐẶNG THỊ ÁNH TUYẾT", "Đặng Thị Ánh Tuyết"},
		{"đặng thị ánh tuyết", "Đặng Thị Ánh Tuyết"},
		{" lê\u00a0văn   bình ", "Lê Văn Bình"},
		{"ỨNG", "Ứng"},
		{"ksor h'bhia", "Ksor H'Bhia"},
		{"y-moan niê", "Y-Moan Niê"},
		{"Nguyễn Văn An", "Nguyễn Văn An"},
		{"", ""},
	}
	for _, tt := range tests {
		got := vn.TitleName(tt.in)
		if got != tt.want {
			t.Errorf("TitleName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Errorf("TitleName(%q) = %q is not NFC", tt.in, got)
		}
	}
}

func TestGivenName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyễn Văn An", "An"},
		{"  Đặng Thị  Ánh ", "Ánh"},
		{"Hà", "Hà"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := vn.GivenName(tt.in); got != tt.want {
			t.Errorf("GivenName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLetters(t *testing.T) {
	ls := vn.Letters()
	if len(ls) != 134 {
		t.Fatalf("Letters() has %d letters, want 134", len(ls))
	}
	seen := map[rune]bool{}
	for _, r := range ls {
		if seen[r] || r < 0x80 || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("Letters(): bad or repeated letter %q", r)
		}
		seen[r] = true
	}
	for _, r := range "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ" {
		if !seen[r] {
			t.Errorf("Letters() misses %q", r)
		}
	}
}
