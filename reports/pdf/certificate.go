package pdf

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"time"

	"tdkt/data/vn"
)

// Certificate is what is printed on one pre-printed Bằng khen or Giấy khen
// blank (phôi).
type Certificate struct {
	// Name is the recipient as the certificate names it: "Ông Nguyễn Văn
	// An", "Phòng Nội vụ huyện Ba Bể".
	Name string
	// Position is the position and unit: "Chuyên viên Phòng Nội vụ huyện
	// Ba Bể".
	Position string
	// Achievement is the achievement line: "Đã có thành tích xuất sắc
	// trong tổ chức cuộc bầu cử ...".
	Achievement string
	// DecisionNumber and DecisionDate identify the decision.
	DecisionNumber string
	DecisionDate   time.Time
	// Register is the register number (số sổ vàng).
	Register string
	// Place and Date make the date line: "Bắc Kạn, ngày 24 tháng 6 năm
	// 2021"; a zero Date takes DecisionDate.
	Place string
	Date  time.Time
	// SignerFor, SignerTitle and SignerName are the signer block, as the
	// decision's ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", the name).
	SignerFor, SignerTitle, SignerName string
	// Blank is the blank it prints on; its layout places the fields.
	Blank Blank
}

// Field is where and how one field is printed on the blank. Positions are
// millimetres from the top left corner of the sheet.
type Field struct {
	X      float64 `json:"x"`      // left edge of the field's box
	Y      float64 `json:"y"`      // top edge of the box
	Width  float64 `json:"width"`  // the text wraps within it
	Height float64 `json:"height"` // text that needs more is set smaller
	Size   float64 `json:"size"`   // type size, pt
	Bold   bool    `json:"bold"`
	Italic bool    `json:"italic"`
	// Align is "left", "center" or "right".
	Align string `json:"align"`
	// Prefix is printed before the value, e.g. "Số sổ vàng: "; empty when
	// the blank has the label printed already.
	Prefix string `json:"prefix,omitempty"`
	// Hidden leaves the field out, for blanks that have no place for it.
	Hidden bool `json:"hidden,omitempty"`
}

// CertificateLayout places the fields on the blank. The zero value is not
// usable: start from DefaultCertificateLayout or ParseCertificateLayout.
// It is saved in the settings as JSON (encoding/json).
type CertificateLayout struct {
	// Blank is the blank the layout is for; it is the key the layout is
	// saved under, not part of its JSON.
	Blank Blank `json:"-"`
	// Width and Height are the sheet's size in mm: 297 × 210 for A4
	// landscape, 210 × 297 for A4 portrait, 420 × 297 for A3 landscape.
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// OffsetX and OffsetY shift every field, mm, to make up for a printer
	// that feeds the sheet off by a little.
	OffsetX float64 `json:"offset_x"`
	OffsetY float64 `json:"offset_y"`

	Name        Field `json:"name"`         // họ và tên / tên tập thể
	Position    Field `json:"position"`     // chức vụ, đơn vị
	Achievement Field `json:"achievement"`  // thành tích
	Decision    Field `json:"decision"`     // quyết định số ... ngày ...
	Register    Field `json:"register"`     // số sổ vàng
	PlaceDate   Field `json:"place_date"`   // địa danh, ngày tháng năm
	SignerTitle Field `json:"signer_title"` // "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH"
	SignerName  Field `json:"signer_name"`  // the signer's name, under the room for the signature and seal
}

// DefaultCertificateLayout is the default layout of the Bằng khen cá
// nhân blank (DefaultLayout).
func DefaultCertificateLayout() CertificateLayout { return DefaultLayout(Blank{}) }

// fieldNames names the fields in messages and on the calibration page.
var fieldNames = []string{"Họ và tên", "Chức vụ, đơn vị", "Thành tích", "Quyết định số, ngày", "Số sổ vàng", "Địa danh, ngày tháng",
	"Chức vụ người ký", "Họ tên người ký"}

// FieldNames names the fields of the Bằng khen cá nhân blank, in the
// order of Fields.
func FieldNames() []string { return append([]string(nil), fieldNames...) }

// FieldNames names the layout's fields as its blank calls them ("Tên tập
// thể", "Địa chỉ (thôn, xã)"), in the order of Fields.
func (l *CertificateLayout) FieldNames() []string { return fieldNamesOf(l.Blank) }

// Fields lists the layout's fields in the order of FieldNames: the window
// edits them in this order.
func (l *CertificateLayout) Fields() []*Field { return l.fields() }

// fields lists the layout's fields in the order of fieldNames.
func (l *CertificateLayout) fields() []*Field {
	return []*Field{&l.Name, &l.Position, &l.Achievement, &l.Decision, &l.Register, &l.PlaceDate, &l.SignerTitle, &l.SignerName}
}

// ParseCertificateLayout reads a layout of the Bằng khen cá nhân blank
// saved as JSON (ParseLayout).
func ParseCertificateLayout(data []byte) (CertificateLayout, error) {
	return ParseLayout(Blank{}, data)
}

// ParseLayout reads the layout of a blank saved as JSON. Fields absent
// from the JSON keep the blank's default; an empty input gives the
// default layout. Unknown names, values of the wrong type and impossible
// values (a sheet or a size not above zero, a box outside the sheet, an
// unknown alignment) are refused with a message naming the blank and the
// field.
func ParseLayout(b Blank, data []byte) (CertificateLayout, error) {
	l := DefaultLayout(b)
	if strings.TrimSpace(string(data)) == "" {
		return l, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return CertificateLayout{}, fmt.Errorf("bố cục in %s không đọc được: %s", l.Blank.Name(), jsonProblem(l, err))
	}
	l.Blank = b.norm()
	return l, l.Check()
}

// jsonProblem says in Vietnamese what is wrong in a layout's JSON, naming
// the field: "ô "Họ và tên", "size": cần một số".
func jsonProblem(l CertificateLayout, err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fieldPath(l, te.Field) + ": cần " + map[bool]string{true: "một số", false: "giá trị kiểu " + te.Type.String()}[isNumber(te.Type.Kind())] +
			", không phải " + te.Value
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return "không có mục " + name + " (các mục: width, height, offset_x, offset_y, name, position, achievement, decision, register, place_date, signer_title, signer_name; trong mỗi ô: x, y, width, height, size, bold, italic, align, prefix, hidden)"
	}
	return "JSON hỏng (" + err.Error() + ")"
}

// fieldPath names a JSON path of a layout: "name.size" is ô "Họ và tên",
// mục "size".
func fieldPath(l CertificateLayout, path string) string {
	head, rest, _ := strings.Cut(path, ".")
	for i, key := range fieldKeys {
		if key != head {
			continue
		}
		if rest == "" {
			return fmt.Sprintf("ô %q", l.FieldNames()[i])
		}
		return fmt.Sprintf("ô %q, mục %q", l.FieldNames()[i], rest)
	}
	return fmt.Sprintf("mục %q", path)
}

// fieldKeys are the fields' JSON names, in the order of fields.
var fieldKeys = []string{"name", "position", "achievement", "decision", "register", "place_date", "signer_title", "signer_name"}

// isNumber reports whether a JSON target of that kind is a number.
func isNumber(k reflect.Kind) bool {
	return k == reflect.Float64 || k == reflect.Float32 || k == reflect.Int || k == reflect.Int64
}

// Check tells whether the layout can be printed, in Vietnamese, naming
// the blank and the field.
func (l CertificateLayout) Check() error {
	blank := l.Blank.Name()
	if l.Width <= 0 || l.Height <= 0 || l.Width > 1200 || l.Height > 1200 {
		return fmt.Errorf("bố cục in %s: khổ giấy %g × %g mm không hợp lệ", blank, l.Width, l.Height)
	}
	names := l.FieldNames()
	for i, f := range l.fields() {
		name := names[i]
		switch {
		case f.Hidden:
			continue
		case f.Size <= 0 || f.Size > 200:
			return fmt.Errorf("bố cục in %s, ô %q: cỡ chữ %g không hợp lệ", blank, name, f.Size)
		case f.Width <= 0 || f.Height <= 0:
			return fmt.Errorf("bố cục in %s, ô %q: chiều rộng và chiều cao phải lớn hơn 0", blank, name)
		case f.X < 0 || f.Y < 0 || f.X+f.Width > l.Width+1e-9 || f.Y+f.Height > l.Height+1e-9:
			return fmt.Errorf("bố cục in %s, ô %q: nằm ngoài khổ giấy %g × %g mm", blank, name, l.Width, l.Height)
		}
		if _, ok := alignOf(f.Align); !ok {
			return fmt.Errorf("bố cục in %s, ô %q: căn lề %q không hợp lệ (left, center, right)", blank, name, f.Align)
		}
	}
	return nil
}

// alignOf reads a field's alignment; empty is left.
func alignOf(s string) (align, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "left":
		return alignLeft, true
	case "center", "centre":
		return alignCenter, true
	case "right":
		return alignRight, true
	}
	return alignLeft, false
}

// styleOf is the face of a field.
func (f Field) styleOf() style {
	switch {
	case f.Bold && f.Italic:
		return boldItalic
	case f.Bold:
		return bold
	case f.Italic:
		return italic
	}
	return regular
}

// values returns the text of each field for c, in the order of fields.
func (c Certificate) values(l CertificateLayout) []string {
	date := c.Date
	if date.IsZero() {
		date = c.DecisionDate
	}
	decision := vn.Clean(c.DecisionNumber)
	if decision != "" && !c.DecisionDate.IsZero() {
		decision += " ngày " + vn.DMY(c.DecisionDate)
	}
	placeDate := ""
	if !date.IsZero() {
		placeDate = vn.LongDate(date)
		if p := vn.Clean(c.Place); p != "" {
			placeDate = p + ", " + placeDate
		}
	}
	title := strings.TrimSpace(strings.Join([]string{vn.Clean(c.SignerFor), vn.Clean(c.SignerTitle)}, "\n"))
	raw := []string{c.Name, c.Position, c.Achievement, decision, c.Register, placeDate, title, c.SignerName}
	for i, f := range l.fields() {
		if i == 6 { // the signer's title keeps its two lines
			continue
		}
		if v := vn.Clean(raw[i]); v != "" {
			raw[i] = f.Prefix + v
		} else {
			raw[i] = ""
		}
	}
	return raw
}

// WriteCertificates writes one page per certificate, each the size of
// its blank's sheet with its fields where the blank's layout puts them
// (layouts.For), to be printed onto the blanks. Nothing is written when a
// layout is wrong or there is no certificate.
func WriteCertificates(out io.Writer, layouts CertificateLayouts, certs []Certificate, fonts Fonts) error {
	if len(certs) == 0 {
		return fmt.Errorf("không có bằng khen nào để in")
	}
	for _, c := range certs {
		if err := layouts.For(c.Blank).Check(); err != nil {
			return err
		}
	}
	first := layouts.For(certs[0].Blank)
	w := newWriter(fonts, first.Width, first.Height, 0, 0, 0, 0)
	w.info("Bằng khen", "", "", time.Time{})
	w.printAtSize()
	for _, c := range certs {
		layout := layouts.For(c.Blank)
		w.newPageSized(layout.Width, layout.Height)
		values := c.values(layout)
		for i, f := range layout.fields() {
			if !f.Hidden {
				w.field(layout, *f, values[i])
			}
		}
	}
	return w.finish(out)
}

// field draws text in a field's box: wrapped to the box's width, centred
// vertically, and set smaller (down to 60 % of the size) when it needs
// more lines than the box holds.
func (w *writer) field(l CertificateLayout, f Field, text string) {
	lines, size := w.fitLines(f, text)
	if len(lines) == 0 {
		return
	}
	al, _ := alignOf(f.Align)
	lh := lineHeight(size)
	top := l.OffsetY + f.Y + (f.Height-float64(len(lines))*lh)/2
	for i, line := range lines {
		w.drawLine(line, size, l.OffsetX+f.X, f.Width, baseline(top+float64(i)*lh, lh, size), al, true)
	}
}

// fit is how many lines, at what size, field sets text in.
func (w *writer) fit(f Field, text string) (int, float64) {
	lines, size := w.fitLines(f, text)
	return len(lines), size
}

// fitLines wraps text to the field's width at its size, or smaller (down
// to 60 %) until the lines fit its height.
func (w *writer) fitLines(f Field, text string) ([][]word, float64) {
	paras := w.lines(text) // a field may hold lines of its own (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
	if len(paras) == 0 {
		return nil, f.Size
	}
	st := f.styleOf()
	size := f.Size
	var lines [][]word
	for {
		lines = nil
		for _, p := range paras {
			lines = append(lines, w.wrap(w.words([]span{{p, st}}, size), size, f.Width, f.Width)...)
		}
		if float64(len(lines))*lineHeight(size) <= f.Height+1e-6 || size <= f.Size*0.6 {
			break
		}
		size -= 0.5
	}
	return lines, size
}
