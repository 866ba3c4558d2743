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
// its name written in the field's own type and a label giving its
// numbers where it covers no box and no axis number (planCalibration).
// Printed onto a blank, it shows how far each field sits from where the
// blank wants it; the user corrects X and Y in millimetres, or the
// offsets for the whole sheet.
func WriteCalibration(out io.Writer, layout CertificateLayout, fonts Fonts) error {
	if err := layout.Check(); err != nil {
		return err
	}
	w := newWriter(fonts, layout.Width, layout.Height, 0, 0, 0, 0)
	w.printAtSize()
	w.info("Trang căn chỉnh vị trí in "+layout.Blank.Name(), "", "", time.Time{})
	w.newPage()
	w.grid(layout.Width, layout.Height)

	p := w.pdf
	note := fmt.Sprintf("Trang căn chỉnh phôi %s: in lên phôi khổ %s × %s mm, đo độ lệch của từng ô rồi sửa tọa độ (mm) trong Cài đặt. Lệch chung: x %s, y %s mm.",
		layout.Blank.Name(), mm(layout.Width), mm(layout.Height), mm(layout.OffsetX), mm(layout.OffsetY))
	const noteSize = 7.0
	nw := w.measure(italic, noteSize, note)
	nx, ny := (layout.Width-nw)/2, layout.Height-6
	plan := w.planCalibration(layout, rect{nx - 1, ny - 3, nx + nw + 1, ny + 1})

	// Each label on a white plate, then the boxes, then each field's name
	// set as the field would be.
	p.SetFillColor(255, 255, 255)
	p.SetTextColor(200, 0, 0)
	for _, lb := range append(append([]calibrationLabel(nil), plan.Labels...), plan.Legend...) {
		r := lb.At
		p.Rect(r.x0, r.y0, r.x1-r.x0, r.y1-r.y0, "F")
		st := regular
		if lb.Number > 0 && lb.Shown == "["+strconv.Itoa(lb.Number)+"]" {
			st = bold // a callout's number
		}
		w.text(st, labelSize, r.x0+0.5, r.y1-0.6, lb.Shown)
	}
	p.SetDrawColor(200, 0, 0)
	p.SetLineWidth(0.35)
	for _, b := range plan.Boxes {
		if b != (rect{}) {
			p.Rect(b.x0, b.y0, b.x1-b.x0, b.y1-b.y0, "D")
		}
	}
	p.SetTextColor(0, 0, 160)
	names := layout.FieldNames()
	for i, f := range layout.fields() {
		if !f.Hidden {
			w.field(layout, *f, names[i])
		}
	}
	p.SetTextColor(0, 0, 0)
	p.SetDrawColor(0, 0, 0)

	p.SetFillColor(255, 255, 255)
	p.Rect(plan.Note.x0, plan.Note.y0, plan.Note.x1-plan.Note.x0, plan.Note.y1-plan.Note.y0, "F")
	w.text(italic, noteSize, nx, ny, note)
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
