package pdf

import (
	"bytes"
	"math"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"tdkt/data/award"
)

// Each blank has distinct defaults that can be printed; names and keys
// read back.
func TestBlanks(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range Blanks {
		l := DefaultLayout(b)
		if err := l.Check(); err != nil {
			t.Errorf("%s: %v", b.Name(), err)
		}
		if got, ok := ParseBlank(b.Name()); !ok || got != b {
			t.Errorf("ParseBlank(%q) = %v, %v", b.Name(), got, ok)
		}
		if got, ok := ParseBlank(b.Key()); !ok || got != b {
			t.Errorf("ParseBlank(%q) = %v, %v", b.Key(), got, ok)
		}
		seen[b.Key()] = true
	}
	if len(seen) != 6 || !seen["bang-khen/ca-nhan"] || !seen["giay-khen/ho-gia-dinh"] {
		t.Errorf("keys %v", seen)
	}
	for _, s := range []string{"GIAY KHEN  tap the", "giấy khen tập thể", "Giấy khen tập thể"} {
		if b, ok := ParseBlank(s); !ok || b != (Blank{award.GiayKhen, award.Collective}) {
			t.Errorf("ParseBlank(%q) = %v, %v", s, b, ok)
		}
	}
	if _, ok := ParseBlank("Huân chương"); ok {
		t.Error("an unknown blank was recognised")
	}
	col, home, gk := DefaultLayout(Blank{award.BangKhen, award.Collective}), DefaultLayout(Blank{award.BangKhen, award.Household}), DefaultLayout(Blank{award.GiayKhen, award.Individual})
	if !col.Position.Hidden || col.Name.Height < 2*lineHeight(col.Name.Size) || col.Name.Size <= DefaultCertificateLayout().Name.Size {
		t.Errorf("a collective's blank: %+v", col.Name)
	}
	if home.Position.Hidden || home.FieldNames()[1] != "Địa chỉ (thôn, xã)" {
		t.Errorf("a household's blank has no address line: %v", home.FieldNames())
	}
	if gk.Name.Y >= DefaultCertificateLayout().Name.Y || gk.Width != 297 || gk.Height != 210 {
		t.Errorf("a Giấy khen's heading is not smaller: name at %g on %g × %g", gk.Name.Y, gk.Width, gk.Height)
	}
}

// The layouts are saved in two settings: cert_layout, as before, holds the
// Bằng khen cá nhân, cert_layouts the others; a blank never saved has its
// own default, not the Bằng khen cá nhân's.
func TestCertificateLayoutsSettings(t *testing.T) {
	old := `{"width":297,"height":210,"offset_x":1.5,"name":{"x":45,"y":80,"width":200,"height":13,"size":24,"bold":true,"align":"center"}}`
	ls, err := ParseCertificateLayouts(old, "")
	if err != nil {
		t.Fatal(err)
	}
	if l := ls.For(Blank{}); l.OffsetX != 1.5 || l.Name.X != 45 {
		t.Errorf("the old cert_layout is not the Bằng khen cá nhân's: %+v", l)
	}
	gkc := Blank{award.GiayKhen, award.Collective}
	if !reflect.DeepEqual(ls.For(gkc), DefaultLayout(gkc)) {
		t.Error("a blank never saved does not take its own default")
	}

	a3 := DefaultLayout(gkc)
	a3.Width, a3.Height, a3.Name.X = 297, 420, 50
	ls[gkc] = a3
	single, others, err := ls.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(others, `"giay-khen/tap-the":{`) || strings.Contains(others, "bang-khen/ca-nhan") || !strings.Contains(single, `"offset_x":1.5`) {
		t.Errorf("encoded as %s | %s", single, others)
	}
	back, err := ParseCertificateLayouts(single, others)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.For(gkc), a3) || !reflect.DeepEqual(back.For(Blank{}), ls.For(Blank{})) {
		t.Errorf("round trip: %+v", back)
	}

	for _, c := range []struct{ single, others, want string }{
		{"", `{"giay-khen/tap-the": {"name": {"size": 0}}}`, `bố cục in Giấy khen tập thể, ô "Tên tập thể": cỡ chữ 0`},
		{"", `{"giay-khen/tap-the": {"name": {"size": "to"}}}`, `Giấy khen tập thể không đọc được: ô "Tên tập thể", mục "size": cần một số`},
		{"", `{"bang-khen/ho-gia-dinh": {"position": {"colour": 1}}}`, `bố cục in Bằng khen hộ gia đình không đọc được: không có mục "colour"`},
		{"", `{"huan-chuong/ca-nhan": {}}`, `không có loại phôi "huan-chuong/ca-nhan"`},
		{"", `{"bang-khen/ca-nhan": {}}`, `không có loại phôi "bang-khen/ca-nhan"`},
		{"", `[1, 2]`, "cert_layouts) không đọc được"},
		{`{"name": {"x": 290}}`, "", `bố cục in Bằng khen cá nhân, ô "Họ và tên": nằm ngoài khổ giấy`},
	} {
		_, err := ParseCertificateLayouts(c.single, c.others)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %s: error %v, want %q", c.single, c.others, err, c.want)
		}
	}
}

// One document, two blanks: a collective's Giấy khen on A3 portrait with
// its name where that blank was calibrated, then a person's Bằng khen on
// A4 landscape at its own positions.
func TestCertificatesOfSeveralBlanks(t *testing.T) {
	gkc, bk := Blank{award.GiayKhen, award.Collective}, Blank{}
	a3 := DefaultLayout(gkc)
	a3.Width, a3.Height = 297, 420
	a3.Name.X, a3.Name.Y, a3.Name.Width = 30, 150, 237
	layouts := CertificateLayouts{gkc: a3}
	certs := sampleCertificates()
	col, person := certs[2], certs[0]
	col.Blank, person.Blank = gkc, bk
	col.Position = "Chuyên trách bầu cử" // a collective's blank has no line for it
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteCertificates(b, layouts, []Certificate{col, person}, Fonts{}) })
	info := run(t, "pdfinfo", "-f", "1", "-l", "2", file)
	if !regexp.MustCompile(`Page +1 size: +841.89 x 1190.55 pts`).MatchString(info) || !regexp.MustCompile(`Page +2 size: +841.89 x 595.28 pts`).MatchString(info) {
		t.Errorf("want an A3-portrait page then an A4-landscape one:\n%s", info)
	}
	ws, pages := words(t, file)
	if len(pages) != 2 || math.Abs(pages[0].h-420) > 0.5 || math.Abs(pages[1].h-210) > 0.5 {
		t.Errorf("page sizes %+v", pages)
	}
	var name, an box
	for _, w := range ws {
		if w.page == 1 && w.text == "Na" {
			name = w
		}
		if w.page == 2 && w.text == "An" {
			an = w
		}
	}
	if name.y0 < a3.Name.Y-1 || name.y1 > a3.Name.Y+a3.Name.Height+1 {
		t.Errorf("the collective's name at y %.1f–%.1f, want in %g + %g", name.y0, name.y1, a3.Name.Y, a3.Name.Height)
	}
	def := DefaultCertificateLayout()
	if an.y0 < def.Name.Y-1 || an.y1 > def.Name.Y+def.Name.Height+1 {
		t.Errorf("the person's name at y %.1f–%.1f, want in %g + %g", an.y0, an.y1, def.Name.Y, def.Name.Height)
	}
	for _, w := range ws {
		if w.page == 1 && strings.HasPrefix(w.text, "Chuyên") {
			t.Error("the collective's blank printed a position line")
		}
	}
	render(t, file, 1, "certificate-giay-khen-tap-the", 50)
}
