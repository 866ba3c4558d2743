package pdf

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

func sampleCertificates() []Certificate {
	date := time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)
	base := Certificate{
		Achievement:    "Đã có thành tích xuất sắc trong tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
		DecisionNumber: "123/QĐ-UBND", DecisionDate: date, Place: "Bắc Kạn",
	}
	a, b, c := base, base, base
	a.Name, a.Position, a.Register = "Ông Nguyễn Văn An", "Chuyên viên Phòng Nội vụ huyện Ba Bể", "0123"
	b.Name, b.Position, b.Register = "Bà Hoàng Thị Thu Hà", "Phó Chủ tịch Ủy ban nhân dân xã Cao Kỳ, huyện Chợ Mới", "0124"
	c.Name, c.Register = "Ủy ban bầu cử huyện Na Rì", "0125"
	return []Certificate{a, b, c}
}

func TestCertificateLayoutJSON(t *testing.T) {
	def := DefaultCertificateLayout()
	if err := def.Check(); err != nil {
		t.Fatalf("default layout: %v", err)
	}
	data, err := json.Marshal(def)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseCertificateLayout(data)
	if err != nil || !reflect.DeepEqual(back, def) {
		t.Fatalf("round trip: %v\n%+v\n%+v", err, back, def)
	}
	for _, key := range []string{`"name":{"x":40`, `"place_date":`, `"offset_x":0`, `"prefix":"Số sổ vàng: "`} {
		if !strings.Contains(string(data), key) {
			t.Errorf("JSON lacks %s: %s", key, data)
		}
	}

	// A saved layout that names some values keeps the defaults of others.
	l, err := ParseCertificateLayout([]byte(`{"offset_y": 1.5, "name": {"x": 50, "size": 26}, "register": {"hidden": true}}`))
	if err != nil {
		t.Fatal(err)
	}
	if l.OffsetY != 1.5 || l.Name.X != 50 || l.Name.Size != 26 || l.Name.Y != def.Name.Y || !l.Name.Bold || !l.Register.Hidden || l.Width != 297 {
		t.Errorf("partial layout read as %+v", l)
	}
	if empty, err := ParseCertificateLayout(nil); err != nil || !reflect.DeepEqual(empty, def) {
		t.Errorf("empty settings: %v, %+v", err, empty)
	}

	for _, c := range []struct{ json, want string }{
		{`{"name": {"size": 0}}`, `ô "Họ và tên": cỡ chữ 0`},
		{`{"width": -1}`, "khổ giấy -1 × 210 mm"},
		{`{"place_date": {"x": 250}}`, `ô "Địa danh, ngày tháng": nằm ngoài khổ giấy`},
		{`{"decision": {"align": "middle"}}`, `ô "Quyết định số, ngày": căn lề "middle"`},
		{`{"name": `, "không đọc được"},
	} {
		_, err := ParseCertificateLayout([]byte(c.json))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.json, err, c.want)
		}
	}
}

func TestWriteCertificates(t *testing.T) {
	layout := DefaultCertificateLayout()
	certs := sampleCertificates()
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteCertificates(b, only(layout), certs, Fonts{}) })

	info := run(t, "pdfinfo", file)
	if !strings.Contains(info, "Pages:           3") || !regexp.MustCompile(`Page size: +841.89 x 595.28 pts`).MatchString(info) {
		t.Errorf("want 3 A4-landscape pages:\n%s", info)
	}
	pages := pageTexts(t, file)
	for i, c := range certs {
		if i >= len(pages) {
			break
		}
		for _, want := range []string{c.Name, "Quyết định số 123/QĐ-UBND ngày 24/06/2021", "Số sổ vàng: " + c.Register, "Bắc Kạn, ngày 24 tháng 6 năm 2021"} {
			if !strings.Contains(pages[i], want) {
				t.Errorf("page %d lacks %q: %q", i+1, want, pages[i])
			}
		}
	}
	if strings.Contains(pages[2], "Chuyên viên") {
		t.Error("a certificate without a position printed another's")
	}

	inBox := func(b box, f Field) {
		t.Helper()
		if b.x0 < f.X-tol || b.x1 > f.X+f.Width+tol || b.y0 < f.Y-1 || b.y1 > f.Y+f.Height+1 {
			t.Errorf("%q at %.1f,%.1f–%.1f,%.1f outside its box %+v", b.text, b.x0, b.y0, b.x1, b.y1, f)
		}
	}
	rs := runs(t, file)
	name := find(t, rs, "Ông Nguyễn Văn An")
	inBox(name, layout.Name)
	if c := (name.x0 + name.x1) / 2; math.Abs(c-(layout.Name.X+layout.Name.Width/2)) > 0.7 {
		t.Errorf("name centred at %.1f mm", c)
	}
	if !name.bold || name.size != 24 {
		t.Errorf("name: bold %v size %g, want bold 24", name.bold, name.size)
	}
	inBox(find(t, rs, "Chuyên viên Phòng Nội vụ"), layout.Position)
	inBox(find(t, rs, "Đã có thành tích xuất sắc"), layout.Achievement)
	dec := find(t, rs, "Quyết định số 123/QĐ-UBND")
	inBox(dec, layout.Decision)
	if math.Abs(dec.x0-layout.Decision.X) > 0.5 {
		t.Errorf("decision line starts at %.1f, want %.1f (left aligned)", dec.x0, layout.Decision.X)
	}
	pd := find(t, rs, "Bắc Kạn, ngày")
	inBox(pd, layout.PlaceDate)
	if !pd.italic {
		t.Error("date line not italic")
	}

	// Offsets move everything; a name too long for its box is set smaller.
	layout.OffsetX, layout.OffsetY = 4, -3
	long := certs[0]
	long.Name = "Ban Chỉ đạo công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp huyện Ba Bể"
	rs = runs(t, writePDF(t, func(b *bytes.Buffer) error {
		return WriteCertificates(b, only(layout), []Certificate{certs[0], long}, Fonts{})
	}))
	moved := find(t, rs, "Ông Nguyễn Văn An")
	if math.Abs(moved.x0-name.x0-4) > 0.5 || math.Abs(moved.y0-name.y0+3) > 0.5 {
		t.Errorf("offsets moved the name from %.1f,%.1f to %.1f,%.1f", name.x0, name.y0, moved.x0, moved.y0)
	}
	small := find(t, rs, "Ban Chỉ đạo công tác")
	if small.size >= 24 || small.size < 24*0.6-0.5 {
		t.Errorf("long name set at %g pt, want smaller than 24 and ≥ 60 %%", small.size)
	}

	var b bytes.Buffer
	if err := WriteCertificates(&b, only(layout), nil, Fonts{}); err == nil || b.Len() != 0 {
		t.Errorf("no certificates: %v, %d bytes", err, b.Len())
	}
	bad := DefaultCertificateLayout()
	bad.Name.Size = -2
	if err := WriteCertificates(&b, only(bad), certs, Fonts{}); err == nil || b.Len() != 0 {
		t.Errorf("bad layout: %v, %d bytes", err, b.Len())
	}
}

func TestCalibrationPage(t *testing.T) {
	layout := DefaultCertificateLayout()
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteCalibration(b, layout, Fonts{}) })
	text := strings.Join(pageTexts(t, file), " ")
	for _, want := range []string{
		"Họ và tên — x 40, y 80, rộng 217, cao 13 mm", "Chức vụ, đơn vị —", "Thành tích —", "Quyết định số, ngày —",
		"Số sổ vàng —", "Địa danh, ngày tháng —", "Trang căn chỉnh", "290", "200",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("calibration page lacks %q", want)
		}
	}
	// Each field's name is printed in its box, as the field would be.
	rs := runs(t, file)
	for i, f := range layout.fields() {
		b := exact(t, rs, fieldNames[i])
		if b.y0 < f.Y-1 || b.y1 > f.Y+f.Height+1 || b.x0 < f.X-tol || b.x1 > f.X+f.Width+tol {
			t.Errorf("%q at %.1f,%.1f, outside its box %+v", fieldNames[i], b.x0, b.y0, *f)
		}
	}
	render(t, file, 1, "calibration", 75)
	cert := writePDF(t, func(b *bytes.Buffer) error {
		return WriteCertificates(b, only(layout), sampleCertificates()[:1], Fonts{})
	})
	render(t, cert, 1, "certificate", 75)
}

// The signer block prints at its calibrated place: "KT. CHỦ TỊCH" over
// "PHÓ CHỦ TỊCH", the name under the room for the signature.
func TestCertificateSignerBlock(t *testing.T) {
	l := DefaultCertificateLayout()
	c := Certificate{Name: "Ông Hà Văn An", DecisionNumber: "123/QĐ-UBND", DecisionDate: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC),
		Place: "Bắc Kạn", SignerFor: "KT. CHỦ TỊCH", SignerTitle: "PHÓ CHỦ TỊCH", SignerName: "Hoàng Duy Chinh"}
	ws, _ := words(t, writePDF(t, func(b *bytes.Buffer) error { return WriteCertificates(b, only(l), []Certificate{c}, Fonts{}) }))
	kt, pho, name := exact(t, ws, "KT."), exact(t, ws, "PHÓ"), exact(t, ws, "Hoàng")
	if !(kt.y0 < pho.y0 && pho.y1 < name.y0) {
		t.Errorf("signer block out of order: KT. %.1f, PHÓ %.1f, name %.1f mm", kt.y0, pho.y0, name.y0)
	}
	if name.y0 < l.SignerName.Y-1 || name.y1 > l.SignerName.Y+l.SignerName.Height+1 || kt.y0 < l.SignerTitle.Y-1 {
		t.Errorf("signer block not at its calibrated place: title %.1f (box %g), name %.1f (box %g)", kt.y0, l.SignerTitle.Y, name.y0, l.SignerName.Y)
	}
}

// Certificates and the calibration page ask viewers to print at 100 %
// (/PrintScaling /None): millimetres stay millimetres. The file still
// reads (pdfinfo, pdftotext).
func TestCertificatesPrintAtSize(t *testing.T) {
	c := Certificate{Name: "Ông Hà Văn An", DecisionNumber: "123/QĐ-UBND", DecisionDate: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)}
	for name, write := range map[string]func(*bytes.Buffer) error{
		"certificates": func(b *bytes.Buffer) error {
			return WriteCertificates(b, only(DefaultCertificateLayout()), []Certificate{c}, Fonts{})
		},
		"calibration": func(b *bytes.Buffer) error { return WriteCalibration(b, DefaultCertificateLayout(), Fonts{}) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b.Bytes(), []byte("/ViewerPreferences <</PrintScaling /None>>")) {
			t.Errorf("%s: no PrintScaling /None", name)
		}
		file := writePDF(t, write)
		run(t, "pdfinfo", file)
		if len(pageTexts(t, file)) == 0 {
			t.Errorf("%s: unreadable after the change", name)
		}
	}
}

// only is the layouts with l as its blank's.
func only(l CertificateLayout) CertificateLayouts { return CertificateLayouts{l.Blank: l} }
