package pdf

import (
	"fmt"
	"io"
	"strconv"
	"time"
)

// WriteCalibration writes the calibration page of a layout: a millimetre
// grid over the whole sheet (1 mm light lines, 5 mm medium, 10 mm dark and
// numbered) and each field's box at its position, offsets included, with
// its name written in the field's own type. Printed onto a blank, it shows
// how far each field sits from where the blank wants it; the user corrects
// X and Y in millimetres, or the offsets for the whole sheet.
func WriteCalibration(out io.Writer, layout CertificateLayout, fonts Fonts) error {
	if err := layout.Check(); err != nil {
		return err
	}
	w := newWriter(fonts, layout.Width, layout.Height, 0, 0, 0, 0)
	w.printAtSize()
	w.info("Trang căn chỉnh vị trí in bằng khen", "", "", time.Time{})
	w.newPage()
	w.grid(layout.Width, layout.Height)

	p := w.pdf
	// Labels on white above the boxes, then the boxes over them, then each
	// field's name set as the field would be.
	const labelSize = 6.5
	p.SetFillColor(255, 255, 255)
	p.SetTextColor(200, 0, 0)
	for i, f := range layout.fields() {
		if f.Hidden {
			continue
		}
		x, y := layout.OffsetX+f.X, layout.OffsetY+f.Y
		label := fmt.Sprintf("%s — x %s, y %s, rộng %s, cao %s mm", fieldNames[i], mm(f.X), mm(f.Y), mm(f.Width), mm(f.Height))
		p.Rect(x, y-2.8, w.measure(regular, labelSize, label)+1, 2.6, "F")
		w.text(regular, labelSize, x+0.5, y-0.8, label)
	}
	p.SetDrawColor(200, 0, 0)
	p.SetLineWidth(0.35)
	for _, f := range layout.fields() {
		if !f.Hidden {
			p.Rect(layout.OffsetX+f.X, layout.OffsetY+f.Y, f.Width, f.Height, "D")
		}
	}
	p.SetTextColor(0, 0, 160)
	for i, f := range layout.fields() {
		if !f.Hidden {
			w.field(layout, *f, fieldNames[i])
		}
	}
	p.SetTextColor(0, 0, 0)
	p.SetDrawColor(0, 0, 0)

	note := fmt.Sprintf("Trang căn chỉnh: in lên phôi khổ %s × %s mm, đo độ lệch của từng ô rồi sửa tọa độ (mm) trong Cài đặt. Lệch chung: x %s, y %s mm.",
		mm(layout.Width), mm(layout.Height), mm(layout.OffsetX), mm(layout.OffsetY))
	size := 7.0
	nw := w.measure(italic, size, note)
	x := (layout.Width - nw) / 2
	y := layout.Height - 6
	p.SetFillColor(255, 255, 255)
	p.Rect(x-1, y-3, nw+2, 4, "F")
	w.text(italic, size, x, y, note)
	return w.finish(out)
}

// mm writes a length in millimetres with a decimal comma when it has one.
func mm(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	for i := range s {
		if s[i] == '.' {
			return s[:i] + "," + s[i+1:]
		}
	}
	return s
}

// grid draws the millimetre grid over a sheet of width × height mm: light
// lines every millimetre, medium every 5 mm, dark every 10 mm with its
// number along the top and the left edge.
func (w *writer) grid(width, height float64) {
	p := w.pdf
	type pass struct {
		every int
		grey  int
		line  float64
	}
	for _, ps := range []pass{{1, 215, 0.05}, {5, 150, 0.12}, {10, 60, 0.2}} {
		p.SetDrawColor(ps.grey, ps.grey, ps.grey)
		p.SetLineWidth(ps.line)
		for v := 0; float64(v) <= width; v += ps.every {
			p.Line(float64(v), 0, float64(v), height)
		}
		for v := 0; float64(v) <= height; v += ps.every {
			p.Line(0, float64(v), width, float64(v))
		}
	}
	p.SetTextColor(60, 60, 60)
	const size = 6
	for v := 10; float64(v) < width; v += 10 {
		s := strconv.Itoa(v)
		w.text(regular, size, float64(v)+0.4, 3, s)
		w.text(regular, size, float64(v)+0.4, height/2-0.6, s)
	}
	for v := 10; float64(v) < height; v += 10 {
		s := strconv.Itoa(v)
		w.text(regular, size, 0.6, float64(v)-0.6, s)
		w.text(regular, size, width/2+0.6, float64(v)-0.6, s)
	}
	p.SetTextColor(0, 0, 0)
	p.SetDrawColor(0, 0, 0)
}
