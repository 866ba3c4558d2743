package pdf

import (
	"encoding/json"
	"fmt"
	"io"
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

// DefaultCertificateLayout fits an A4-landscape Bằng khen blank: the
// printed heading above 75 mm, the recipient's name, position and
// achievement centred in the middle, the date line above the signature on
// the right, the decision and register numbers at the bottom left.
func DefaultCertificateLayout() CertificateLayout {
	return CertificateLayout{
		Width: 297, Height: 210,
		Name:        Field{X: 40, Y: 80, Width: 217, Height: 13, Size: 24, Bold: true, Align: "center"},
		Position:    Field{X: 40, Y: 95, Width: 217, Height: 10, Size: 16, Align: "center"},
		Achievement: Field{X: 40, Y: 107, Width: 217, Height: 22, Size: 16, Italic: true, Align: "center"},
		PlaceDate:   Field{X: 150, Y: 138, Width: 120, Height: 8, Size: 14, Italic: true, Align: "center"},
		Decision:    Field{X: 28, Y: 172, Width: 110, Height: 7, Size: 12, Align: "left", Prefix: "Quyết định số "},
		Register:    Field{X: 28, Y: 180, Width: 110, Height: 7, Size: 12, Align: "left", Prefix: "Số sổ vàng: "},
		SignerTitle: Field{X: 150, Y: 146, Width: 120, Height: 13, Size: 14, Bold: true, Align: "center"},
		SignerName:  Field{X: 150, Y: 186, Width: 120, Height: 8, Size: 14, Bold: true, Align: "center"},
	}
}

// fieldNames names the fields in messages and on the calibration page.
var fieldNames = []string{"Họ và tên", "Chức vụ, đơn vị", "Thành tích", "Quyết định số, ngày", "Số sổ vàng", "Địa danh, ngày tháng",
	"Chức vụ người ký", "Họ tên người ký"}

// FieldNames names the layout's fields, in the order of Fields.
func FieldNames() []string { return append([]string(nil), fieldNames...) }

// Fields lists the layout's fields in the order of FieldNames: the window
// edits them in this order.
func (l *CertificateLayout) Fields() []*Field { return l.fields() }

// fields lists the layout's fields in the order of fieldNames.
func (l *CertificateLayout) fields() []*Field {
	return []*Field{&l.Name, &l.Position, &l.Achievement, &l.Decision, &l.Register, &l.PlaceDate, &l.SignerTitle, &l.SignerName}
}

// ParseCertificateLayout reads a layout saved as JSON. Fields absent from
// the JSON keep their default; an empty input gives the default layout.
// Impossible values (a sheet or a size not above zero, a box outside the
// sheet, an unknown alignment) are refused with a message naming the field.
func ParseCertificateLayout(data []byte) (CertificateLayout, error) {
	l := DefaultCertificateLayout()
	if strings.TrimSpace(string(data)) == "" {
		return l, nil
	}
	if err := json.Unmarshal(data, &l); err != nil {
		return CertificateLayout{}, fmt.Errorf("bố cục in bằng khen không đọc được: %v", err)
	}
	return l, l.Check()
}

// Check tells whether the layout can be printed, in Vietnamese.
func (l CertificateLayout) Check() error {
	if l.Width <= 0 || l.Height <= 0 || l.Width > 1200 || l.Height > 1200 {
		return fmt.Errorf("bố cục in bằng khen: khổ giấy %g × %g mm không hợp lệ", l.Width, l.Height)
	}
	for i, f := range l.fields() {
		name := fieldNames[i]
		switch {
		case f.Hidden:
			continue
		case f.Size <= 0 || f.Size > 200:
			return fmt.Errorf("bố cục in bằng khen, ô %q: cỡ chữ %g không hợp lệ", name, f.Size)
		case f.Width <= 0 || f.Height <= 0:
			return fmt.Errorf("bố cục in bằng khen, ô %q: chiều rộng và chiều cao phải lớn hơn 0", name)
		case f.X < 0 || f.Y < 0 || f.X+f.Width > l.Width+1e-9 || f.Y+f.Height > l.Height+1e-9:
			return fmt.Errorf("bố cục in bằng khen, ô %q: nằm ngoài khổ giấy %g × %g mm", name, l.Width, l.Height)
		}
		if _, ok := alignOf(f.Align); !ok {
			return fmt.Errorf("bố cục in bằng khen, ô %q: căn lề %q không hợp lệ (left, center, right)", name, f.Align)
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

// WriteCertificates writes one page per certificate, each with its fields
// where the layout puts them, to be printed onto the blanks. Nothing is
// written when the layout is wrong or there is no certificate.
func WriteCertificates(out io.Writer, layout CertificateLayout, certs []Certificate, fonts Fonts) error {
	if err := layout.Check(); err != nil {
		return err
	}
	if len(certs) == 0 {
		return fmt.Errorf("không có bằng khen nào để in")
	}
	w := newWriter(fonts, layout.Width, layout.Height, 0, 0, 0, 0)
	w.info("Bằng khen", "", "", time.Time{})
	w.printAtSize()
	for _, c := range certs {
		w.newPage()
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
	paras := w.lines(text) // a field may hold lines of its own (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)
	if len(paras) == 0 {
		return
	}
	al, _ := alignOf(f.Align)
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
	lh := lineHeight(size)
	top := l.OffsetY + f.Y + (f.Height-float64(len(lines))*lh)/2
	for i, line := range lines {
		w.drawLine(line, size, l.OffsetX+f.X, f.Width, baseline(top+float64(i)*lh, lh, size), al, true)
	}
}
