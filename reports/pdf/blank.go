package pdf

import (
	"strings"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// Blank is a kind of pre-printed certificate blank (phôi): a family
// (Bằng khen, Giấy khen) for a kind of recipient (cá nhân, tập thể, hộ gia
// đình). Each has its own sheet and field positions. The zero Blank is
// the Bằng khen cá nhân.
type Blank struct {
	Family award.Family
	Kind   award.Kind
}

// Blanks lists every blank in the order the window offers them.
var Blanks = []Blank{
	{award.BangKhen, award.Individual}, {award.BangKhen, award.Collective}, {award.BangKhen, award.Household},
	{award.GiayKhen, award.Individual}, {award.GiayKhen, award.Collective}, {award.GiayKhen, award.Household},
}

// norm gives the zero or partial Blank its defaults: Bằng khen, cá nhân.
func (b Blank) norm() Blank {
	if b.Family != award.GiayKhen {
		b.Family = award.BangKhen
	}
	if b.Kind != award.Collective && b.Kind != award.Household {
		b.Kind = award.Individual
	}
	return b
}

// Name is the blank's Vietnamese name: "Bằng khen cá nhân", "Giấy khen
// hộ gia đình".
func (b Blank) Name() string {
	b = b.norm()
	return string(b.Family) + " " + strings.ToLower(string(b.Kind))
}

// Key is the blank's stable ASCII key in the settings:
// "bang-khen/ca-nhan", "giay-khen/ho-gia-dinh".
func (b Blank) Key() string {
	b = b.norm()
	slug := func(s string) string { return strings.ReplaceAll(vn.Fold(s), " ", "-") }
	return slug(string(b.Family)) + "/" + slug(string(b.Kind))
}

// BlankNames are the names of Blanks, in order.
func BlankNames() []string {
	var out []string
	for _, b := range Blanks {
		out = append(out, b.Name())
	}
	return out
}

// ParseBlank recognises a blank by its name or its key, ignoring case,
// diacritics and extra spaces: "Giấy khen tập thể", "giay khen tap the",
// "giay-khen/tap-the".
func ParseBlank(s string) (Blank, bool) {
	f := vn.Fold(strings.NewReplacer("/", " ", "-", " ").Replace(s))
	for _, b := range Blanks {
		if f == vn.Fold(b.Name()) {
			return b, true
		}
	}
	return Blank{}, false
}

// BlankFor is the blank a certificate of the family for a recipient of
// the kind prints on.
func BlankFor(family award.Family, kind award.Kind) Blank { return Blank{family, kind}.norm() }

// fieldNamesOf names the fields of the blank's layout, in the order of
// fields: a collective's blank names the collective, a household's has
// its address where a person's position goes.
func fieldNamesOf(b Blank) []string {
	names := append([]string(nil), fieldNames...)
	switch b.norm().Kind {
	case award.Collective:
		names[0] = "Tên tập thể"
	case award.Household:
		names[0], names[1] = "Hộ gia đình", "Địa chỉ (thôn, xã)"
	}
	return names
}

// DefaultLayout is the layout a blank prints with until it is calibrated.
// Every blank is an A4-landscape sheet. A Bằng khen has its printed
// heading (the national emblem, the title) above 75 mm; a Giấy khen, a
// smaller heading above 55 mm, so its fields sit higher. A tập thể blank
// has no position line: its name is larger and may take two lines. A hộ
// gia đình blank names "Hộ gia đình ông …" and has the address where the
// position goes.
func DefaultLayout(b Blank) CertificateLayout {
	b = b.norm()
	l := CertificateLayout{
		Blank: b, Width: 297, Height: 210,
		Name:        Field{X: 40, Y: 80, Width: 217, Height: 13, Size: 24, Bold: true, Align: "center"},
		Position:    Field{X: 40, Y: 95, Width: 217, Height: 10, Size: 16, Align: "center"},
		Achievement: Field{X: 40, Y: 107, Width: 217, Height: 22, Size: 16, Italic: true, Align: "center"},
		PlaceDate:   Field{X: 150, Y: 138, Width: 120, Height: 8, Size: 14, Italic: true, Align: "center"},
		Decision:    Field{X: 28, Y: 172, Width: 110, Height: 7, Size: 12, Align: "left", Prefix: "Quyết định số "},
		Register:    Field{X: 28, Y: 180, Width: 110, Height: 7, Size: 12, Align: "left", Prefix: "Số sổ vàng: "},
		SignerTitle: Field{X: 150, Y: 146, Width: 120, Height: 13, Size: 14, Bold: true, Align: "center"},
		SignerName:  Field{X: 150, Y: 186, Width: 120, Height: 8, Size: 14, Bold: true, Align: "center"},
	}
	if b.Family == award.GiayKhen {
		l.Name = Field{X: 35, Y: 60, Width: 227, Height: 12, Size: 22, Bold: true, Align: "center"}
		l.Position = Field{X: 35, Y: 74, Width: 227, Height: 9, Size: 15, Align: "center"}
		l.Achievement = Field{X: 35, Y: 85, Width: 227, Height: 24, Size: 15, Italic: true, Align: "center"}
		l.PlaceDate = Field{X: 155, Y: 120, Width: 115, Height: 8, Size: 13, Italic: true, Align: "center"}
		l.SignerTitle = Field{X: 155, Y: 128, Width: 115, Height: 13, Size: 13, Bold: true, Align: "center"}
		l.SignerName = Field{X: 155, Y: 170, Width: 115, Height: 8, Size: 13, Bold: true, Align: "center"}
		l.Decision = Field{X: 25, Y: 168, Width: 105, Height: 7, Size: 11, Align: "left", Prefix: "Quyết định số "}
		l.Register = Field{X: 25, Y: 176, Width: 105, Height: 7, Size: 11, Align: "left", Prefix: "Số sổ vàng: "}
	}
	switch b.Kind {
	case award.Collective:
		l.Position.Hidden = true
		l.Name.Height += l.Position.Height + 2 // two lines of the name where the position went
		l.Name.Size += 2
	case award.Household:
		l.Name.Size -= 2
	}
	return l
}
