package unitgen

import (
	"bytes"
	"testing"
)

func TestSplitType(t *testing.T) {
	for _, tc := range []struct{ in, typ, full string }{
		{"Tỉnh Cao Bằng", "Tỉnh", "Tỉnh Cao Bằng"},
		{"Thành phố Hà Nội", "Thành phố", "Thành phố Hà Nội"},
		{"Thành Phố Huế", "Thành phố", "Thành phố Huế"},
		{"Thị trấn Tây Sơn", "Thị trấn", "Thị trấn Tây Sơn"},
		{"Xã Xuân Thị", "Xã", "Xã Xuân Thị"},
		{"Đặc khu Côn Đảo", "Đặc khu", "Đặc khu Côn Đảo"},
		{"Phường Phường Đúc", "Phường", "Phường Phường Đúc"},
	} {
		typ, full, ok := splitType(tc.in)
		if !ok || typ != tc.typ || full != tc.full {
			t.Errorf("splitType(%q) = %q, %q, %v", tc.in, typ, full, ok)
		}
	}
	for _, in := range []string{"Cao Bằng", "Xã", "Thị"} {
		if _, _, ok := splitType(in); ok {
			t.Errorf("splitType(%q) found a type", in)
		}
	}
}

func TestCanonicalType(t *testing.T) {
	for in, want := range map[string]string{"Thị Xã": "Thị xã", "Thành Phố": "Thành phố", "Thị Trấn": "Thị trấn", "xã": "Xã"} {
		if got, ok := canonicalType(in); !ok || got != want {
			t.Errorf("canonicalType(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := canonicalType("Tổ"); ok {
		t.Error("canonicalType(Tổ) ok")
	}
}

func TestCollapseSpace(t *testing.T) {
	if got := collapseSpace(" Tạ An Khương  Đông "); got != "Tạ An Khương Đông" {
		t.Errorf("collapseSpace = %q", got)
	}
}

func TestPlainLatinNFC(t *testing.T) {
	if !PlainLatinNFC("Xã Thiệu Ngọc, Đắk Lắk - Ea H'leo 2") {
		t.Error("NFC text rejected")
	}
	for _, s := range []string{"Thie\u0323\u0302u", "a\tb", "a\nb", "\xff"} {
		if PlainLatinNFC(s) {
			t.Errorf("PlainLatinNFC(%q) = true", s)
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, err := Generate("../../source")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Generate("../../source")
	if err != nil {
		t.Fatal(err)
	}
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s differs between runs", name)
		}
	}
	if _, err := Generate(t.TempDir()); err == nil {
		t.Error("Generate of an empty directory: no error")
	}
}
