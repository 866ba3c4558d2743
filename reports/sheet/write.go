package sheet

import (
	"strconv"

	"github.com/xuri/excelize/v2"
)

// Number formats with the Vietnamese locale (LCID 042A), so LibreOffice
// and a Vietnamese Excel show "1.952" and "99,81%".
const (
	FmtInt     = `[$-42A]#,##0`
	FmtPercent = `[$-42A]0.00%`
	FmtMoney   = `[$-42A]#,##0`
	FmtDate    = `dd/mm/yyyy`
)

// Font is the font of every workbook tdkt writes.
const Font = "Times New Roman"

// Styles are the cell styles of a tdkt workbook.
type Styles struct {
	Title    int // bold 14, centred, no border
	Subtitle int // italic 12, centred
	Header   int // bold 12, centred, wrapped, bordered, light fill
	Text     int // 12, bordered, wrapped
	Center   int // 12, bordered, centred
	Int      int // 12, bordered, #,##0
	Percent  int // 12, bordered, 0,00%
	Date     int // 12, bordered, dd/mm/yyyy
	Bold     int // bold 12, bordered (totals and group rows)
	BoldInt  int // bold 12, bordered, #,##0
	BoldPct  int // bold 12, bordered, 0,00%
	Note     int // italic 11, wrapped, no border
}

// NewStyles registers the styles in f.
func NewStyles(f *excelize.File) (Styles, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	font := func(size float64, bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: Font, Size: size, Bold: bold, Italic: italic}
	}
	fmtp := func(s string) *string { return &s }
	var s Styles
	defs := []struct {
		dst *int
		st  excelize.Style
	}{
		{&s.Title, excelize.Style{Font: font(14, true, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.Subtitle, excelize.Style{Font: font(12, false, true), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.Header, excelize.Style{Font: font(12, true, false), Border: border, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E7EEF7"}},
			Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.Text, excelize.Style{Font: font(12, false, false), Border: border, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.Center, excelize.Style{Font: font(12, false, false), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&s.Int, excelize.Style{Font: font(12, false, false), Border: border, CustomNumFmt: fmtp(FmtInt), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.Percent, excelize.Style{Font: font(12, false, false), Border: border, CustomNumFmt: fmtp(FmtPercent), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.Date, excelize.Style{Font: font(12, false, false), Border: border, CustomNumFmt: fmtp(FmtDate), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}},
		{&s.Bold, excelize.Style{Font: font(12, true, false), Border: border, Alignment: &excelize.Alignment{Vertical: "center", WrapText: true}}},
		{&s.BoldInt, excelize.Style{Font: font(12, true, false), Border: border, CustomNumFmt: fmtp(FmtInt), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.BoldPct, excelize.Style{Font: font(12, true, false), Border: border, CustomNumFmt: fmtp(FmtPercent), Alignment: &excelize.Alignment{Vertical: "center"}}},
		{&s.Note, excelize.Style{Font: font(11, false, true), Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
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

// PrintSetup makes a sheet print on A4, landscape or portrait, fitted to
// the page width, with rows 1..titleRows repeated on every page
// (titleRows 0: none) and page numbers in the footer.
func PrintSetup(f *excelize.File, sheet string, landscape bool, titleRows int) error {
	orient := "portrait"
	if landscape {
		orient = "landscape"
	}
	size := 9 // A4
	fitW, fitH := 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orient, FitToWidth: &fitW, FitToHeight: &fitH}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	m := 0.6
	top := 0.7
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{Left: &m, Right: &m, Top: &top, Bottom: &top}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&C&\"Times New Roman\"&10Trang &P/&N"}); err != nil {
		return err
	}
	if titleRows > 0 {
		ref := "$1:$" + strconv.Itoa(titleRows)
		return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!" + ref, Scope: sheet})
	}
	return nil
}

// RepeatRows prints rows first..last (1-based) at the top of every page,
// for a header that is not in row 1 (a title above it). Use it after
// PrintSetup with titleRows 0: a sheet has one set of print titles.
func RepeatRows(f *excelize.File, sheet string, first, last int) error {
	ref := "$" + strconv.Itoa(first) + ":$" + strconv.Itoa(last)
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: "'" + sheet + "'!" + ref, Scope: sheet})
}

// Freeze freezes the rows above and columns left of cell (e.g. "C5").
func Freeze(f *excelize.File, sheet string, cols, rows int) error {
	cell, err := excelize.CoordinatesToCellName(cols+1, rows+1)
	if err != nil {
		return err
	}
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: cols, YSplit: rows, TopLeftCell: cell, ActivePane: "bottomRight"})
}
