package settings

import (
	"bytes"
	"context"
	"encoding/json"
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

// certificateSettings calibrates where each field is printed on the
// pre-printed Bằng khen / Giấy khen blank, in millimetres from the sheet's
// top left corner, and prints the calibration page (a millimetre grid with
// every field's box) to check it against a blank.
func certificateSettings(h Host) fyne.CanvasObject {
	ctx := context.Background()
	layout, err := decisiondocs.CertificateLayout(ctx, h.Store())
	if err != nil {
		tw.ShowError(h.Window(), err)
		layout = pdf.DefaultCertificateLayout()
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
		name             string
		f                *pdf.Field
		x, y, w, h, size *widget.Entry
		hidden           *widget.Check
	}
	type namedField struct {
		name string
		f    *pdf.Field
	}
	var named []namedField
	for i, f := range layout.Fields() {
		named = append(named, namedField{pdf.FieldNames()[i], f})
	}
	grid := container.NewGridWithColumns(7,
		tw.Bold("Ô"), tw.Bold("Cách trái (mm)"), tw.Bold("Cách trên (mm)"), tw.Bold("Rộng (mm)"), tw.Bold("Cao (mm)"), tw.Bold("Cỡ chữ (pt)"), tw.Bold("Không in"))
	var rows []row
	for _, n := range named {
		r := row{name: n.name, f: n.f, x: num(n.f.X), y: num(n.f.Y), w: num(n.f.Width), h: num(n.f.Height), size: num(n.f.Size),
			hidden: widget.NewCheck("", nil)}
		r.hidden.SetChecked(n.f.Hidden)
		rows = append(rows, r)
		grid.Add(widget.NewLabel(n.name))
		for _, e := range []*widget.Entry{r.x, r.y, r.w, r.h, r.size} {
			grid.Add(e)
		}
		grid.Add(r.hidden)
	}
	offX, offY := num(layout.OffsetX), num(layout.OffsetY)
	// The sheet: a usual size, or one measured in millimetres.
	customW, customH := num(layout.Width), num(layout.Height)
	paper := widget.NewSelect([]string{"A4 ngang (297 × 210)", "A4 dọc (210 × 297)", "A3 ngang (420 × 297)", customPaper}, func(s string) {
		if s == customPaper {
			customW.Enable()
			customH.Enable()
		} else {
			customW.Disable()
			customH.Disable()
		}
	})
	paper.SetSelected(customPaper)
	for i, size := range paperSizes {
		if layout.Width == size[0] && layout.Height == size[1] {
			paper.SetSelectedIndex(i)
		}
	}

	// collect reads the form into a layout, checked.
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
				return l, fmt.Errorf("ô %q: %w", r.name, err)
			}
		}
		if err != nil {
			return l, err
		}
		return l, l.Check()
	}
	save := func() {
		l, err := collect()
		if err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		b, err := json.Marshal(l)
		if err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		set, err := h.Store().Settings(ctx)
		if err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		set.CertificateLayout = string(b)
		if err := h.Store().SaveSettings(ctx, set); err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		layout = l
		h.SetStatus("Đã lưu vị trí in Bằng khen, Giấy khen")
	}
	h.OnKey("save", save)
	calibrate := func() {
		l, err := collect()
		if err != nil {
			tw.ShowError(h.Window(), err)
			return
		}
		tw.WriteDocument(h.Window(), tw.DocumentPath("Trang căn chỉnh Bằng khen", ""), false, func(ctx context.Context, w *bytes.Buffer) error {
			return decisiondocs.WriteCalibrationPDF(ctx, h.Store(), l, w)
		}, func(path string) { h.SetStatus("Đã tạo " + path) })
	}
	reset := func() {
		d := pdf.DefaultCertificateLayout()
		for i, f := range d.Fields() {
			r := rows[i]
			r.x.SetText(fmt.Sprint(f.X))
			r.y.SetText(fmt.Sprint(f.Y))
			r.w.SetText(fmt.Sprint(f.Width))
			r.h.SetText(fmt.Sprint(f.Height))
			r.size.SetText(fmt.Sprint(f.Size))
			r.hidden.SetChecked(f.Hidden)
		}
		offX.SetText("0")
		offY.SetText("0")
		paper.SetSelectedIndex(0)
	}
	note := tw.Wrapped("In trang căn chỉnh lên một tờ phôi (hoặc giấy trắng đặt chồng lên phôi), đo vị trí cần in trên lưới milimét rồi sửa các số dưới đây. " +
		"\"Lệch máy in\" dịch mọi ô khi máy in kéo giấy lệch.")
	top := widget.NewForm(widget.NewFormItem("Khổ phôi", paper),
		widget.NewFormItem("Lệch máy in sang phải (mm)", offX), widget.NewFormItem("Lệch máy in xuống dưới (mm)", offY),
		widget.NewFormItem("Khổ khác: rộng × cao (mm)", container.NewGridWithColumns(2, customW, customH)))
	bar := container.NewHBox(
		widget.NewButtonWithIcon("Lưu (Ctrl+S)", theme.DocumentSaveIcon(), save),
		widget.NewButtonWithIcon("In trang căn chỉnh", theme.DocumentPrintIcon(), calibrate),
		widget.NewButtonWithIcon("Về mặc định", theme.ContentUndoIcon(), reset))
	return container.NewBorder(note, bar, nil, nil, container.NewScroll(container.NewPadded(container.NewVBox(top, grid))))
}

// paperSizes are the blanks' usual sheet sizes in mm, in the order of the
// paper choice; customPaper, the last choice, takes the size typed.
var paperSizes = [][2]float64{{297, 210}, {210, 297}, {420, 297}}

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
