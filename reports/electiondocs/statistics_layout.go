package electiondocs

import (
	"math"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"tdkt/reports/sheet"
)

// The statistics form prints on A4 landscape. Every part shares one grid
// of statColWidths columns; the widths are chosen so that the grid fits
// the printable width at a scale that keeps statFontSize printed at 9 pt
// or more (statistics_test.go checks it, and the PDF LibreOffice makes).
const (
	statFontSize = 10.0 // points, every cell of the tables
	statMarginLR = 0.5  // inches, left and right page margins
	statMarginTB = 0.6  // inches, top and bottom page margins
	a4LongSide   = 11.69
)

// statColWidths are the widths of columns A..X in Excel's character units.
// Part I uses them as: A STT, B Cấp bầu cử, C–E cử tri (numbers up to the
// national 69.523.133), F–K đơn vị bầu cử, L–P khu vực bỏ phiếu, Q–U phiếu
// bầu (Q, R, T as wide as C). Parts II–IV reuse the grid.
var statColWidths = []float64{
	3.7, 12, 8.5, 8.5, 5.8, // A–E
	5.6, 5.6, 5.6, 5.6, 5.6, 5.6, // F–K
	5.6, 5.6, 5.6, 5.6, 5.6, // L–P
	8.5, 8.5, 5.8, 8.5, 5.8, // Q–U
	5.6, 5.6, 5.6, // V–X
}

// statCols is the number of columns of the grid.
var statCols = len(statColWidths)

// colPoints is the printed width of a column of w character units at 100 %:
// Excel stores w = pixels/7 (the maximum digit width of the default font,
// Calibri 11, padding included), and 96 pixels make 72 points.
func colPoints(w float64) float64 { return math.Trunc((256*w+math.Trunc(128.0/7))/256*7) * 0.75 }

// statPrintScale is the scale at which the grid fits the printable width of
// A4 landscape: printable width / sum of column widths, capped at 1.
func statPrintScale() float64 {
	total := 0.0
	for _, w := range statColWidths {
		total += colPoints(w)
	}
	return math.Min(1, (a4LongSide-2*statMarginLR)*72/total)
}

// spanPoints is the width in points of columns c1..c2 (1-based).
func spanPoints(c1, c2 int) float64 {
	p := 0.0
	for c := c1; c <= c2 && c <= statCols; c++ {
		p += colPoints(statColWidths[c-1])
	}
	return p
}

// runeWidth estimates the width of r in Times New Roman as a fraction of
// the font size: enough to wrap header text into lines the way the
// spreadsheet will.
func runeWidth(r rune, bold bool) float64 {
	w := 0.46
	switch {
	case r == ' ':
		w = 0.25
	case unicode.IsDigit(r):
		w = 0.5
	case unicode.IsUpper(r):
		w = 0.7
	case strings.ContainsRune(".,:;()-/|", r):
		w = 0.3
	case r == '%':
		w = 0.83
	}
	if bold {
		w *= 1.06
	}
	return w
}

// textLines is the number of lines text takes wrapped into width points at
// size points: greedy word wrap, as the spreadsheet does it.
func textLines(text string, width, size float64, bold bool) int {
	inner := width - 5 // cell padding
	n := 0
	for _, para := range strings.Split(text, "\n") {
		n++
		line := 0.0
		for i, word := range strings.Fields(para) {
			ww := 0.0
			for _, r := range word {
				ww += runeWidth(r, bold) * size
			}
			space := 0.0
			if i > 0 && line > 0 {
				space = runeWidth(' ', bold) * size
			}
			if line > 0 && line+space+ww > inner {
				n++
				line = ww
				continue
			}
			line += space + ww
		}
	}
	return n
}

// linesHeight is the row height in points that shows lines lines at size.
func linesHeight(lines int, size float64) float64 {
	return math.Ceil(float64(lines)*size*1.2 + 4)
}

// statStyles are the cell styles of the form.
type statStyles struct {
	FormNo   int // italic, right: "Mẫu số 30/HĐBC"
	Head     int // bold, centred: the two-column document header
	Rule     int // centred short rule under a header line
	DateLine int // italic, centred
	Title    int // bold 12, centred, wrapped
	Section  int // bold, left: "I. KẾT QUẢ …"
	Header   int // bold, centred, wrapped, bordered
	Label    int // bold, left, wrapped, bordered: a row's label
	Center   int // centred, bordered: STT
	Int      int // bordered #,##0
	Pct      int // bordered 0,00%
	BoldInt  int // the totals row
	BoldPct  int
	Blank    int // bordered, nothing in it: for the officer
	Sign     int // bold, centred
	SignNote int // italic, centred, wrapped
	Note     int // italic, left, wrapped
}

func newStatStyles(f *excelize.File) (statStyles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: sheet.Font, Size: size, Bold: bold, Italic: italic}
	}
	align := func(h string, wrap bool) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "center", WrapText: wrap}
	}
	intFmt, pctFmt := sheet.FmtInt, sheet.FmtPercent
	fs := statFontSize
	var s statStyles
	defs := []struct {
		dst *int
		st  excelize.Style
	}{
		{&s.FormNo, excelize.Style{Font: font(fs, false, true), Alignment: align("right", false)}},
		{&s.Head, excelize.Style{Font: font(fs+1, true, false), Alignment: align("center", true)}},
		{&s.Rule, excelize.Style{Font: font(fs, false, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
		{&s.DateLine, excelize.Style{Font: font(fs+1, false, true), Alignment: align("center", false)}},
		{&s.Title, excelize.Style{Font: font(fs+2, true, false), Alignment: align("center", true)}},
		{&s.Section, excelize.Style{Font: font(fs+1, true, false), Alignment: align("left", false)}},
		{&s.Header, excelize.Style{Font: font(fs, true, false), Border: border, Alignment: align("center", true)}},
		{&s.Label, excelize.Style{Font: font(fs, true, false), Border: border, Alignment: align("left", true)}},
		{&s.Center, excelize.Style{Font: font(fs, true, false), Border: border, Alignment: align("center", false)}},
		{&s.Int, excelize.Style{Font: font(fs, false, false), Border: border, CustomNumFmt: &intFmt, Alignment: align("right", false)}},
		{&s.Pct, excelize.Style{Font: font(fs, false, false), Border: border, CustomNumFmt: &pctFmt, Alignment: align("right", false)}},
		{&s.BoldInt, excelize.Style{Font: font(fs, true, false), Border: border, CustomNumFmt: &intFmt, Alignment: align("right", false)}},
		{&s.BoldPct, excelize.Style{Font: font(fs, true, false), Border: border, CustomNumFmt: &pctFmt, Alignment: align("right", false)}},
		{&s.Blank, excelize.Style{Font: font(fs, false, false), Border: border}},
		{&s.Sign, excelize.Style{Font: font(fs+1, true, false), Alignment: align("center", false)}},
		{&s.SignNote, excelize.Style{Font: font(fs, false, true), Alignment: align("center", true)}},
		{&s.Note, excelize.Style{Font: font(fs, false, true), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, d := range defs {
		id, err := f.NewStyle(&d.st)
		if err != nil {
			return s, err
		}
		*d.dst = id
	}
	return s, nil
}

// statPrintSetup makes the sheet print on A4 landscape fitted to the width,
// with the form's margins and page numbers in the footer.
func statPrintSetup(f *excelize.File, name string) error {
	if err := sheet.PrintSetup(f, name, true, 0); err != nil {
		return err
	}
	lr, tb := statMarginLR, statMarginTB
	return f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Left: &lr, Right: &lr, Top: &tb, Bottom: &tb})
}
