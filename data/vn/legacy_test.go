package vn_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"tdkt/data/vn"
)

// Sentences used in both encodings.
var sentences = []string{
	"Cộng hòa xã hội chủ nghĩa Việt Nam",
	"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
	"Độc lập - Tự do - Hạnh phúc",
	"Đặng Thị Ánh Tuyết",
	"ĐẶNG THỊ ÁNH TUYẾT",
	"Ủy ban nhân dân tỉnh Bắc Kạn",
	"ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
	"Nguyễn Văn Ưng",
	"Bằng khen của Chủ tịch UBND tỉnh",
	"Tổ 06 Thiện Phong, xã Thiệu Ngọc, huyện Thiệu Hóa, tỉnh Thanh Hóa",
	"Quyết định số 123/QĐ-UBND ngày 05 tháng 01 năm 2026",
	"Hà Nội là thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
	"Ông Trần Văn Sử, Bà Lê Thị Mỹ Ẩn, Ông Hồ Sĩ Ỷ",
	"Lương cơ sở 2.340.000 đồng; tỷ lệ cử tri đi bầu 99,81%",
	"khuya khoắt, quyết tâm, giữ gìn, người, rượu, khuỷu tay",
	"Ánh",
}

func TestRoundTripSentences(t *testing.T) {
	for _, enc := range []vn.Encoding{vn.TCVN3, vn.VNI} {
		for _, s := range sentences {
			legacy := vn.FromUnicode(s, enc)
			if legacy == s {
				t.Errorf("FromUnicode(%q, %v) changed nothing", s, enc)
			}
			if got := vn.ToUnicode(legacy, enc); got != s {
				t.Errorf("ToUnicode(%q, %v) = %q, want %q", legacy, enc, got, s)
			}
			if got, e := vn.FixLegacy(legacy); got != s || e != enc {
				t.Errorf("FixLegacy(%q) = %q, %v; want %q, %v", legacy, got, e, s, enc)
			}
		}
	}
}

func TestRoundTripLetters(t *testing.T) {
	for _, r := range vn.Letters() {
		l := string(r)
		// VNI has every letter in both cases.
		if got := vn.ToUnicode(vn.FromUnicode(l, vn.VNI), vn.VNI); got != l {
			t.Errorf("VNI round trip of %q gives %q", l, got)
		}
		if got := vn.ToUnicode(vn.FromUnicode("x"+l+"x", vn.VNI), vn.VNI); got != "x"+l+"x" {
			t.Errorf("VNI round trip of %q gives %q", "x"+l+"x", got)
		}
		// TCVN3 tells the case of a letter from its word.
		ctx := "nh" + l
		if unicode.IsUpper(r) {
			ctx = "NH" + l
		}
		legacy := vn.FromUnicode(ctx, vn.TCVN3)
		if utf8.RuneCountInString(legacy) != 3 {
			t.Errorf("FromUnicode(%q, TCVN3) = %q, want one byte per letter", ctx, legacy)
		}
		if got := vn.ToUnicode(legacy, vn.TCVN3); got != ctx {
			t.Errorf("TCVN3 round trip of %q gives %q (via %q)", ctx, got, legacy)
		}
	}
}

func TestLegacyBytes(t *testing.T) {
	// Every legacy character is a Latin-1 character of 0xA0-0xFF or ASCII.
	for _, enc := range []vn.Encoding{vn.TCVN3, vn.VNI} {
		for _, r := range vn.Letters() {
			for _, c := range vn.FromUnicode(string(r), enc) {
				if c > 0xFF || (c >= 0x80 && c < 0xA0) {
					t.Errorf("FromUnicode(%q, %v) holds %U", r, enc, c)
				}
			}
		}
	}
	// TCVN3 has one byte per letter; capitals with a tone share it with
	// the lower-case letter.
	seen := map[string]rune{}
	for _, r := range vn.Letters() {
		b := vn.FromUnicode(string(r), vn.TCVN3)
		if utf8.RuneCountInString(b) != 1 {
			t.Errorf("FromUnicode(%q, TCVN3) = %q, want one byte", r, b)
		}
		if prev, ok := seen[b]; ok && unicode.ToLower(prev) != unicode.ToLower(r) {
			t.Errorf("TCVN3 byte %q used for %q and %q", b, prev, r)
		}
		seen[b] = r
	}
	if len(seen) != 67+7 {
		t.Errorf("TCVN3 uses %d bytes for letters, want 74", len(seen))
	}
}

// Literal legacy strings, as they are found in real files and documents.
func TestToUnicodeLiterals(t *testing.T) {
	tests := []struct {
		in   string
		enc  vn.Encoding
		want string
	}{
		{"Hµ Néi", vn.TCVN3, "Hà Nội"},
		{"B¶o Th¾ng", vn.TCVN3, "Bảo Thắng"},
		// The ư of TCVN3 is 0xAD, the invisible soft hyphen, easily lost
		// when such text is copied: "Mêng Kh¬ng" in a web page.
		{"M\u00adêng Kh\u00ad¬ng", vn.TCVN3, "Mường Khương"},
		{"B¸t X¸t", vn.TCVN3, "Bát Xát"},
		{"Céng hoµ x· héi chñ nghÜa ViÖt Nam", vn.TCVN3, "Cộng hoà xã hội chủ nghĩa Việt Nam"},
		{"§éc lËp - Tù do - H¹nh phóc", vn.TCVN3, "Độc lập - Tự do - Hạnh phúc"},
		{"Uû ban nh©n d©n tØnh B¾c K¹n", vn.TCVN3, "Uỷ ban nhân dân tỉnh Bắc Kạn"},
		{"NguyÔn V¨n ¦ng", vn.TCVN3, "Nguyễn Văn Ưng"},
		{"§Æng ThÞ ¸nh TuyÕt", vn.TCVN3, "Đặng Thị Ánh Tuyết"},
		{"§ÆNG THÞ ¸NH TUYÕT", vn.TCVN3, "ĐẶNG THỊ ÁNH TUYẾT"},
		{"CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", vn.TCVN3, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"Hµ Néi lµ thñ ®«", vn.TCVN3, "Hà Nội là thủ đô"},
		{"Hµ", vn.TCVN3, "Hà"},
		{"¸nh", vn.TCVN3, "Ánh"},
		// A capital with a tone inside lower-case text is lost in TCVN3.
		{"B»ng khen cña Chñ tÞch ñy ban nh©n d©n tØnh", vn.TCVN3, "Bằng khen của Chủ tịch ủy ban nhân dân tỉnh"},
		{"n÷", vn.TCVN3, "nữ"},
		{"Tr\u00adêng", vn.TCVN3, "Trường"}, // 0xAD, the soft hyphen, is ư
		{"ÀNH", vn.TCVN3, "ẮNH"},            // VN2 capital byte 0xC0
		{"Haø Noäi", vn.VNI, "Hà Nội"},
		{"Xin chaøo caùc baïn", vn.VNI, "Xin chào các bạn"},
		{"Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", vn.VNI, "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{"COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", vn.VNI, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"Ñoäc laäp - Töï do - Haïnh phuùc", vn.VNI, "Độc lập - Tự do - Hạnh phúc"},
		{"Ñaëng Thò AÙnh Tuyeát", vn.VNI, "Đặng Thị Ánh Tuyết"},
		{"UÛy ban nhaân daân tænh Baéc Kaïn", vn.VNI, "Ủy ban nhân dân tỉnh Bắc Kạn"},
		{"Nguyeãn Vaên Öng", vn.VNI, "Nguyễn Văn Ưng"},
		{"Möôøi laêm", vn.VNI, "Mười lăm"},
		{"Aù", vn.VNI, "Á"}, // mixed-case mark: the base decides
		{"Hà Nội", vn.Unicode, "Hà Nội"},
		{"Ha\u0300", vn.Unicode, "Hà"},
	}
	for _, tt := range tests {
		got := vn.ToUnicode(tt.in, tt.enc)
		if got != tt.want {
			t.Errorf("ToUnicode(%q, %v) = %q, want %q", tt.in, tt.enc, got, tt.want)
		}
		if tt.enc != vn.Unicode {
			if enc := vn.Detect(tt.in); enc != tt.enc && len([]rune(tt.in)) > 4 {
				t.Errorf("Detect(%q) = %v, want %v", tt.in, enc, tt.enc)
			}
		}
	}
}

func TestDetectUnicode(t *testing.T) {
	for _, s := range []string{
		"",
		"Nguyen Van An",
		"UBND 2021-2026 (QH)",
		"Hà Nội",
		"Tân Hà",
		"Bà Lê Thị Tâm",
		"Nguyễn Văn An",
		"Ủy ban nhân dân tỉnh Bắc Kạn",
		"Ha\u0300 No\u0302\u0323i",
		"Élève à l'école",
		"Müller, Größe, Straße",
		"José María Aznar López",
		"Crème brûlée",
		"naïve café",
		"São Paulo",
		"Noël et Gaëlle",
		"François Mitterrand",
		"Zürich",
		"25°C",
		"© 2021",
		"½ tháng lương",
		"Số: 53/KH-UBND “phát động”",
	} {
		if got := vn.Detect(s); got != vn.Unicode {
			t.Errorf("Detect(%q) = %v, want Unicode", s, got)
		}
		if got, enc := vn.FixLegacy(s); got != vn.NFC(s) || enc != vn.Unicode {
			t.Errorf("FixLegacy(%q) = %q, %v; want it unchanged", s, got, enc)
		}
	}
}

func TestDetectLegacyWithPunctuation(t *testing.T) {
	tests := []struct {
		in  string
		enc vn.Encoding
	}{
		{"“Hµ Néi” – 2021", vn.TCVN3}, // Windows-1252 quotes and dash
		{"1. Coäng hoøa…", vn.VNI},
	}
	for _, tt := range tests {
		if got := vn.Detect(tt.in); got != tt.enc {
			t.Errorf("Detect(%q) = %v, want %v", tt.in, got, tt.enc)
		}
	}
}

func TestEncodingString(t *testing.T) {
	for enc, want := range map[vn.Encoding]string{vn.Unicode: "Unicode", vn.TCVN3: "TCVN3", vn.VNI: "VNI", 7: "Encoding(?)"} {
		if got := enc.String(); got != want {
			t.Errorf("Encoding(%d).String() = %q, want %q", int(enc), got, want)
		}
	}
}

func FuzzFixLegacy(f *testing.F) {
	for _, s := range []string{
		"", "Hµ Néi", "Haø Noäi", "§ÆNG THÞ ¸NH", "Nguyễn Văn An", "Élève",
		"a\xffb", "Ha\u0300\u0301", "ù", "AÙ\u0301", "\u00ad\u00ad", "ÿþ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, enc := vn.FixLegacy(s)
		if enc != vn.Unicode && enc != vn.TCVN3 && enc != vn.VNI {
			t.Fatalf("FixLegacy(%q): encoding %d", s, enc)
		}
		if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
			t.Fatalf("FixLegacy(%q) = %q: not valid NFC", s, out)
		}
		for _, e := range []vn.Encoding{vn.Unicode, vn.TCVN3, vn.VNI} {
			u := vn.ToUnicode(s, e)
			if !utf8.ValidString(u) || !norm.NFC.IsNormalString(u) {
				t.Fatalf("ToUnicode(%q, %v) = %q: not valid NFC", s, e, u)
			}
			l := vn.FromUnicode(s, e)
			if !utf8.ValidString(l) {
				t.Fatalf("FromUnicode(%q, %v) = %q: not valid UTF-8", s, e, l)
			}
			if e == vn.Unicode {
				continue
			}
			// Proper Vietnamese text round-trips through VNI.
			// (No Latin-1 letters, which are VNI bytes, and no combining
			// marks, which NFC would join to a VNI byte.)
			if e == vn.VNI && !strings.ContainsFunc(vn.NFC(s), func(r rune) bool {
				return r >= 0x80 && r <= 0xFF || unicode.Is(unicode.Mn, r)
			}) {
				if back := vn.ToUnicode(l, e); back != vn.NFC(s) {
					t.Fatalf("VNI round trip of %q gives %q", s, back)
				}
			}
		}
	})
}

// TestTCVN3TitleCaseNames: names typed in title case in .VnTime come back
// in title case; the capitals rule ignores each word's first letter, and
// TCVN3's 0xA8–0xAE are known lower case.
func TestTCVN3TitleCaseNames(t *testing.T) {
	for in, want := range map[string]string{
		"Lª Vò":           "Lê Vũ",
		"Hoµng V¨n Th¾ng": "Hoàng Văn Thắng",
		"§Æng ThÞ ¸nh":    "Đặng Thị Ánh",
		"§ÆNG":            "ĐẶNG",
		"Hµ NéI":          "HÀ NỘI",
		"Hµ Néi":          "Hà Nội",
		"Nh÷ §×nh Tó":     "Nhữ Đình Tú",
		"ñy ban":          "Ủy ban",
	} {
		if got := vn.ToUnicode(in, vn.TCVN3); got != want {
			t.Errorf("ToUnicode(%q, TCVN3) = %q, want %q", in, got, want)
		}
	}
}
