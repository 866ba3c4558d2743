package pdf

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/sfnt"

	"tdkt/data/vn"
)

// ptMM is one typographic point in millimetres.
const ptMM = 25.4 / 72

// Times New Roman's ascent and descent as fractions of the font size
// (Liberation Serif has the same); text is placed in its line box with them.
const (
	ascent  = 0.891
	descent = 0.216
)

// singleSpacing is the line height of "single" spacing as Word sets Times
// New Roman: ascent + descent + line gap, in units of the font size. The
// decree asks for at least single spacing.
const singleSpacing = 1.15

// writer draws one document: it wraps fpdf with the page geometry, the
// faces of the family, the vertical position and the page numbering.
// Every string it draws goes through clean first.
type writer struct {
	pdf    *fpdf.Fpdf
	fonts  Fonts
	family [4]string // the fpdf family name registered for each face

	cur     style
	curSize float64
	fontSet bool

	buf     sfnt.Buffer
	covered map[rune]bool

	pageW, pageH             float64
	left, right, top, bottom float64 // margins, mm

	y        float64 // top of the next thing drawn, mm from the top edge
	page     int     // number of the current page within its numbering
	numbered bool    // page numbers are printed from the second page
	mark     string  // printed boxed in the top margin of every page ("DỰ THẢO"); "" for none
	noScale  bool    // ask viewers to print at 100 % (printAtSize)
}

// newWriter starts a document of pages pageW × pageH mm with the given
// margins (top, right, bottom, left, as CSS orders them).
func newWriter(fonts Fonts, pageW, pageH, top, right, bottom, left float64) *writer {
	fonts = fonts.orEmbedded()
	p := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: pageW, Ht: pageH},
	})
	w := &writer{
		pdf: p, fonts: fonts, covered: make(map[rune]bool),
		pageW: pageW, pageH: pageH, left: left, right: right, top: top, bottom: bottom,
	}
	for st, fc := range fonts.faces {
		w.family[st] = familyKey(style(st), fc.psName)
		p.AddUTF8FontFromBytes(w.family[st], styleSuffix[st], fc.data)
	}
	p.SetMargins(left, top, right)
	p.SetAutoPageBreak(false, 0)
	p.SetCompression(true)
	p.SetCreator("tdkt", true)
	p.SetDrawColor(0, 0, 0)
	p.SetTextColor(0, 0, 0)
	p.SetHeaderFuncMode(w.pageNumber, false)
	return w
}

// styleSuffix is fpdf's name for each face.
var styleSuffix = [4]string{"", "B", "I", "BI"}

// familyKey returns the fpdf family name of a face. fpdf names an embedded
// font "utf8" + lower-case family + style and does not mark it as a subset
// although it embeds only the glyphs used; the name chosen here has exactly
// the length of "ABCDEF+" + the PostScript name, so that markSubsets can
// put the proper subset name in its place without moving a byte. Each
// face's name starts with its own letter so that none is a prefix of
// another.
func familyKey(st style, psName string) string {
	n := len("ABCDEF+") + len(psName) - len("utf8") - len(styleSuffix[st])
	return string("rbij"[st]) + strings.Repeat("x", max(n-1, 0))
}

// pageNumber prints the page number centred in the top margin, from the
// second page of the current numbering on (Nghị định 30/2020/NĐ-CP: not on
// the first page).
func (w *writer) pageNumber() {
	if w.mark != "" {
		const size = 13
		width := w.measure(bold, size, w.mark)
		x := w.pageW - w.right - width - 3
		base := w.top * 0.65
		w.text(bold, size, x, base, w.mark)
		w.pdf.SetLineWidth(0.4)
		w.pdf.Rect(x-2, base-size*ptMM-1, width+4, size*ptMM+3, "D")
	}
	if !w.numbered || w.page < 2 {
		return
	}
	const size = 14
	s := strconv.Itoa(w.page)
	width := w.measure(regular, size, s)
	x := w.left + (w.pageW-w.left-w.right-width)/2
	w.text(regular, size, x, w.top*0.65, s)
}

// newPage starts a page; the y position goes to the top margin.
func (w *writer) newPage() {
	w.page++
	w.fontSet = false
	w.pdf.AddPage()
	w.fontSet = false
	w.y = w.top
}

// newPageSized starts a page of its own size, width × height mm (a
// certificate's blank): the pages of one document may differ.
func (w *writer) newPageSized(width, height float64) {
	w.page++
	w.fontSet = false
	w.pageW, w.pageH = width, height
	w.pdf.AddPageFormat("P", fpdf.SizeType{Wd: width, Ht: height})
	w.fontSet = false
	w.y = w.top
}

// textWidth is the width between the margins.
func (w *writer) textWidth() float64 { return w.pageW - w.left - w.right }

// limit is the lowest y text may reach: the top of the bottom margin.
func (w *writer) limit() float64 { return w.pageH - w.bottom }

// room is the height left on the page below y.
func (w *writer) room() float64 { return w.limit() - w.y }

// setFont selects a face and size (pt).
func (w *writer) setFont(st style, size float64) {
	if w.fontSet && w.cur == st && w.curSize == size {
		return
	}
	w.pdf.SetFont(w.family[st], styleSuffix[st], size)
	w.cur, w.curSize, w.fontSet = st, size, true
}

// measure returns the width of s in mm.
func (w *writer) measure(st style, size float64, s string) float64 {
	w.setFont(st, size)
	return w.pdf.GetStringWidth(s)
}

// text draws s with its baseline at y.
func (w *writer) text(st style, size, x, baseline float64, s string) {
	if s == "" {
		return
	}
	w.setFont(st, size)
	w.pdf.Text(x, baseline, s)
}

// baseline returns the baseline of text of size pt centred in a line box
// of height lh whose top is at top.
func baseline(top, lh, size float64) float64 {
	s := size * ptMM
	return top + (lh-(ascent+descent)*s)/2 + ascent*s
}

// lineHeight is the height of a line of single-spaced text of size pt.
func lineHeight(size float64) float64 { return size * singleSpacing * ptMM }

// hline draws a horizontal rule.
func (w *writer) hline(x1, x2, y, width float64) {
	w.pdf.SetLineWidth(width)
	w.pdf.Line(x1, y, x2, y)
}

// clean prepares one line of caller's text for the page: vn.Clean (NFC,
// control characters dropped, white space collapsed), soft hyphens
// dropped (vn.Clean keeps them for legacy-encoding detection, but a PDF
// would print them), and every character the font has no glyph for
// replaced by "?", so that nothing is drawn as an empty box.
func (w *writer) clean(s string) string {
	s = strings.ReplaceAll(vn.Clean(s), "\u00ad", "")
	ok := true
	for _, r := range s {
		if !w.has(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if w.has(r) {
			b.WriteRune(r)
		} else {
			b.WriteByte('?')
		}
	}
	return b.String()
}

// has tells whether the regular face has a glyph for r.
func (w *writer) has(r rune) bool {
	if r < 0x7f {
		return r >= 0x20
	}
	ok, seen := w.covered[r]
	if !seen {
		gi, err := w.fonts.faces[regular].font.GlyphIndex(&w.buf, r)
		ok = err == nil && gi != 0
		w.covered[r] = ok
	}
	return ok
}

// lines splits text given with explicit line breaks and cleans each line,
// dropping empty ones.
func (w *writer) lines(s string) []string {
	var out []string
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = w.clean(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// info sets the document's properties.
func (w *writer) info(title, subject, author string, created time.Time) {
	w.pdf.SetTitle(vn.Clean(title), true)
	w.pdf.SetSubject(vn.Clean(subject), true)
	w.pdf.SetAuthor(vn.Clean(author), true)
	if !created.IsZero() {
		w.pdf.SetCreationDate(created)
		w.pdf.SetModificationDate(created)
	}
}

// finish renders the document and writes it to out: nothing is written
// when rendering fails.
func (w *writer) finish(out io.Writer) error {
	var b bytes.Buffer
	if err := w.pdf.Output(&b); err != nil {
		return fmt.Errorf("không tạo được tệp PDF: %w", err)
	}
	doc, err := w.markSubsets(b.Bytes())
	if err != nil {
		return err
	}
	if w.noScale {
		if doc, err = noScaling(doc); err != nil {
			return err
		}
	}
	_, err = out.Write(doc)
	return err
}

// printAtSize asks PDF viewers to print the pages at their size, not
// fitted to the paper (/ViewerPreferences /PrintScaling /None): the
// millimetres of a certificate's layout must stay millimetres. fpdf has no
// setting for it; the catalog entries of SetDisplayMode are written and
// replaced, byte for byte, by noScaling (offsets stay right, as in
// markSubsets).
func (w *writer) printAtSize() {
	w.pdf.SetDisplayMode("real", "TwoColumnRight")
	w.noScale = true
}

// catalogDisplay is what SetDisplayMode("real", "TwoColumnRight") writes
// in the catalog; noScaling puts the viewer preference in its place.
const catalogDisplay = "/OpenAction [3 0 R /XYZ null null 1]\n/PageLayout /TwoColumnRight"

func noScaling(doc []byte) ([]byte, error) {
	pref := "/ViewerPreferences <</PrintScaling /None>>"
	pref += strings.Repeat(" ", len(catalogDisplay)-len(pref))
	if bytes.Count(doc, []byte(catalogDisplay)) != 1 {
		return nil, fmt.Errorf("không đặt được chế độ in đúng kích thước trong tệp PDF")
	}
	return bytes.Replace(doc, []byte(catalogDisplay), []byte(pref), 1), nil
}
