package settings

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"tdkt/data/vn"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/reports/decisiondocs"
	"tdkt/reports/pdf"
)

// certificateSettings calibrates where each field is printed on each
// pre-printed blank (Bằng khen or Giấy khen, for a person, a collective
// or a household), in millimetres from the sheet's top left corner, and
// prints the calibration page (a millimetre grid with every field's box)
// of the blank to check it against one. Choosing another blank shows its
// saved layout; each blank is saved on its own.
func certificateSettings(h Host) fyne.CanvasObject {
	ctx := context.Background()
	layout, err := decisiondocs.CertificateLayout(ctx, h.Store(), pdf.Blanks[0])
	if err != nil {
		tw.ShowError(h.Window(), err)
		layout = pdf.DefaultLayout(pdf.Blanks[0])
	}
	num := func(v float64) *widget.Entry {
		e := widget.NewEntry()
		e.SetText(strconv.FormatFloat(v, 'f', -1, 64))
		e.Validator = func(t string) error {
			_, err := parseMM(t)
			return err
		}
		return e
	}
	type row struct {
		label            *widget.Label
		x, y, w, h, size *widget.Entry
		hidden           *widget.Check
	}
	grid := container.NewGridWithColumns(7,
		tw.Bold("Ô"), tw.Bold("Cách trái (mm)"), tw.Bold("Cách trên (mm)"), tw.Bold("Rộng (mm)"), tw.Bold("Cao (mm)"), tw.Bold("Cỡ chữ (pt)"), tw.Bold("Không in"))
	var rows []row
	for range layout.Fields() {
		r := row{label: widget.NewLabel(""), x: num(0), y: num(0), w: num(0), h: num(0), size: num(0), hidden: widget.NewCheck("", nil)}
		rows = append(rows, r)
		grid.Add(r.label)
		for _, e := range []*widget.Entry{r.x, r.y, r.w, r.h, r.size} {
			grid.Add(e)
		}
		grid.Add(r.hidden)
	}
	offX, offY := num(0), num(0)
	// The sheet: a usual size, or one measured in millimetres.
	customW, customH := num(0), num(0)
	paper := widget.NewSelect(paperNames, func(s string) {
		if s == customPaper {
			customW.Enable()
			customH.Enable()
		} else {
			customW.Disable()
			customH.Disable()
		}
	})

	// show puts a layout in the form.
	show := func(l pdf.CertificateLayout) {
		layout = l
		names := l.FieldNames()
		for i, f := range l.Fields() {
			r := rows[i]
			r.label.SetText(names[i])
			r.x.SetText(mmText(f.X))
			r.y.SetText(mmText(f.Y))
			r.w.SetText(mmText(f.Width))
			r.h.SetText(mmText(f.Height))
			r.size.SetText(mmText(f.Size))
			r.hidden.SetChecked(f.Hidden)
		}
		offX.SetText(mmText(l.OffsetX))
		offY.SetText(mmText(l.OffsetY))
		customW.SetText(mmText(l.Width))
		customH.SetText(mmText(l.Height))
		paper.SetSelected(customPaper)
		for i, size := range paperSizes {
			if l.Width == size[0] && l.Height == size[1] {
				paper.SetSelectedIndex(i)
			}
		}
	}
	show(layout)
	blank := widget.NewSelect(pdf.BlankNames(), func(s string) {
		b, ok := pdf.ParseBlank(s)
		if !ok || b == layout.Blank {
			return
		}
		l, err := decisiondocs.CertificateLayout(ctx, h.Store(), b)
		if err != nil {
			tw.ShowError(h.Window(), err)
			l = pdf.DefaultLayout(b)
		}
		show(l)
	})
	blank.SetSelectedIndex(0)

	// collect reads the form into a layout of the blank shown, checked.
	collect := func() (pdf.CertificateLayout, error) {
		l := layout
		var err error
		read := func(e *widget.Entry, dst *float64) {
			if err == nil {
				*dst, err = parseMM(e.Text)
			}
		}
		if i := paper.SelectedIndex(); i >= 0 && i < len(paperSizes) {
			l.Width, l.Height = paperSizes[i][0], paperSizes[i][1]
		} else {
			read(customW, &l.Width)
			read(customH, &l.Height)
		}
		read(offX, &l.OffsetX)
		read(offY, &l.OffsetY)
		fields := l.Fields()
		for i, r := range rows {
			f := fields[i]
			read(r.x, &f.X)
			read(r.y, &f.Y)
			read(r.w, &f.Width)
			read(r.h, &f.Height)
			read(r.size, &f.Size)
			f.Hidden = r.hidden.Checked
			if err != nil {
				return l, fmt.Errorf("%s, ô %q: %w", l.Blank.Name(), r.label.Text, err)
			}
		}
		if err != nil {
			return l, fmt.Errorf("%s: %w", l.Blank.Name(), err)
		}
		return l, l.Check()
	}
	save := func() {
		l, err := collect()
		if err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		if err := decisiondocs.SaveCertificateLayout(ctx, h.Store(), l); err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		layout = l
		h.SetStatus("Đã lưu vị trí in phôi " + l.Blank.Name())
	}
	h.OnKey("save", save)
	calibrate := func() {
		l, err := collect()
		if err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		tw.WriteDocument(h.Window(), tw.DocumentPath("Trang căn chỉnh "+l.Blank.Name(), ""), false, func(ctx context.Context, w *bytes.Buffer) error {
			return decisiondocs.WriteCalibrationPDF(ctx, h.Store(), l, w)
		}, func(path string) { h.SetStatus("Đã tạo " + path) })
	}
	reset := func() { show(pdf.DefaultLayout(layout.Blank)) }
	note := tw.Wrapped("Mỗi loại phôi (Bằng khen, Giấy khen; cá nhân, tập thể, hộ gia đình) có khổ giấy và vị trí in riêng; chọn loại phôi, sửa rồi lưu từng loại. " +
		"In trang căn chỉnh lên một tờ phôi (hoặc giấy trắng đặt chồng lên phôi), đo vị trí cần in trên lưới milimét rồi sửa các số dưới đây. " +
		"\"Lệch máy in\" dịch mọi ô khi máy in kéo giấy lệch.")
	top := widget.NewForm(widget.NewFormItem("Loại phôi", blank), widget.NewFormItem("Khổ phôi", paper),
		widget.NewFormItem("Lệch máy in sang phải (mm)", offX), widget.NewFormItem("Lệch máy in xuống dưới (mm)", offY),
		widget.NewFormItem("Khổ khác: rộng × cao (mm)", container.NewGridWithColumns(2, customW, customH)))
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), save),
		widget.NewButtonWithIcon("In trang căn chỉnh", theme.DocumentPrintIcon(), calibrate),
		widget.NewButtonWithIcon("Về mặc định", theme.ContentUndoIcon(), reset))
	return container.NewBorder(note, bar, nil, nil, container.NewScroll(container.NewPadded(container.NewVBox(top, grid))))
}

// mmText writes a length as the entries take it: "12,5".
func mmText(v float64) string {
	return strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1)
}

// paperSizes are the blanks' usual sheet sizes in mm, in the order of the
// paper choice; customPaper, the last choice, takes the size typed.
var paperSizes = [][2]float64{{297, 210}, {210, 297}, {420, 297}, {297, 420}}

// paperNames are the paper choices, in the order of paperSizes, then the
// custom size.
var paperNames = []string{"A4 ngang (297 × 210)", "A4 dọc (210 × 297)", "A3 ngang (420 × 297)", "A3 dọc (297 × 420)", customPaper}

const customPaper = "Khổ khác (nhập kích thước)"

// parseMM reads a length in millimetres by vn.ParseDecimal, to the
// hundredth: "12,5", "12.5", "-3".
func parseMM(t string) (float64, error) {
	v, err := vn.ParseDecimal(t, 2)
	if err != nil {
		return 0, fmt.Errorf("%q không phải là số milimét (ghi như 12,5)", strings.TrimSpace(t))
	}
	return float64(v) / 100, nil
}
