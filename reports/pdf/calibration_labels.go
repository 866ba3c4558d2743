package pdf

import (
	"fmt"
	"strconv"
)

// rect is a rectangle in mm from the sheet's top left corner.
type rect struct{ x0, y0, x1, y1 float64 }

// overlaps reports whether two rectangles share more than an edge.
func (r rect) overlaps(o rect) bool { return r.x0 < o.x1 && o.x0 < r.x1 && r.y0 < o.y1 && o.y0 < r.y1 }

// within reports whether r lies inside o.
func (r rect) within(o rect) bool {
	return r.x0 >= o.x0 && r.y0 >= o.y0 && r.x1 <= o.x1 && r.y1 <= o.y1
}

// The calibration labels' type size, pt, and their white plate's height
// and gap from what they name, mm.
const (
	labelSize = 6.5
	labelH    = 2.6
	labelGap  = 0.4
)

// calibrationLabel is where a field's label goes on the calibration page:
// the whole label (Number 0), or, when no place holds it, a numbered
// callout by the box whose text the legend gives.
type calibrationLabel struct {
	Field  int    // index in fields
	Text   string // "Họ và tên — x 40, y 80, rộng 217, cao 13 mm"
	Number int    // the callout's number; 0 for a label in full
	Shown  string // what the plate shows: Text, the callout's number, or the legend's line
	At     rect   // the white plate the label (or the number) is printed on
}

// calibrationPlan is the calibration page's layout of everything but the
// grid lines: the field boxes, the plates nothing may cover (the axis
// numbers, the note), the labels and the legend of the callouts.
type calibrationPlan struct {
	Boxes  []rect // each visible field's box, offsets included; hidden: zero
	Texts  []rect // where each visible field's sample text is set
	Axes   []rect // the bands of the axis numbers
	Note   rect   // the note at the foot of the page
	Labels []calibrationLabel
	Legend []calibrationLabel // one line per callout, At its line
}

// obstacles are what no label may cover.
func (p calibrationPlan) obstacles() []rect {
	var out []rect
	for _, b := range p.Boxes {
		if b != (rect{}) {
			out = append(out, b)
		}
	}
	out = append(out, p.Axes...)
	return append(out, p.Note)
}

// axisBands are the bands the grid prints its numbers in (grid): along
// the top and the left edge, and along the two middle lines.
func (w *writer) axisBands(width, height float64) []rect {
	const size = 6
	widest := w.measure(regular, size, strconv.Itoa(int(max(width, height))/10*10)) + 0.6
	asc, desc := size*ptMM*ascent+0.2, size*ptMM*descent+0.2
	midY, midX := height/2-0.6, width/2+0.6
	return []rect{
		{0, 0, width, 3 + desc},                // top: baseline 3 mm
		{0, 0, 0.6 + widest, height},           // left edge
		{0, midY - asc, width, midY + desc},    // across the middle
		{midX - 0.2, 0, midX + widest, height}, // down the middle
	}
}

// planCalibration places each field's label on the calibration page of
// the layout where it covers no box, no axis number, no other label and
// not the note: above its box, inside its box above the sample text,
// below, left, right, each slid along the box's side; a label with no
// such place becomes a numbered callout by its box, explained in a legend
// set where there is room.
func (w *writer) planCalibration(l CertificateLayout, note rect) calibrationPlan {
	page := rect{0, 0, l.Width, l.Height}
	p := calibrationPlan{Axes: w.axisBands(l.Width, l.Height), Note: note}
	names := l.FieldNames()
	fields := l.fields()
	p.Boxes = make([]rect, len(fields))
	p.Texts = make([]rect, len(fields))
	for i, f := range fields {
		if f.Hidden {
			continue
		}
		x, y := l.OffsetX+f.X, l.OffsetY+f.Y
		p.Boxes[i] = rect{x, y, x + f.Width, y + f.Height}
		n, size := w.fit(*f, names[i])
		th := float64(n) * lineHeight(size)
		p.Texts[i] = rect{x, y + (f.Height-th)/2, x + f.Width, y + (f.Height+th)/2}
	}
	free := func(r rect, own int) bool {
		if !r.within(page) {
			return false
		}
		for i, b := range p.Boxes {
			if b == (rect{}) {
				continue
			}
			if i == own {
				// Inside its own box a label keeps clear of the sample
				// text and of the box's lines.
				inner := rect{b.x0 + 0.3, b.y0 + 0.3, b.x1 - 0.3, b.y1 - 0.3}
				if r.overlaps(b) && (!r.within(inner) || r.overlaps(p.Texts[i])) {
					return false
				}
				continue
			}
			if r.overlaps(b) {
				return false
			}
		}
		for _, a := range append(p.Axes, p.Note) {
			if r.overlaps(a) {
				return false
			}
		}
		for _, o := range p.Labels {
			if r.overlaps(o.At) {
				return false
			}
		}
		return true
	}
	var callouts []calibrationLabel
	for i, f := range fields {
		if f.Hidden {
			continue
		}
		text := fmt.Sprintf("%s — x %s, y %s, rộng %s, cao %s mm", names[i], mm(f.X), mm(f.Y), mm(f.Width), mm(f.Height))
		if r, ok := w.spotBy(p.Boxes[i], w.measure(regular, labelSize, text)+1, func(r rect) bool { return free(r, i) }); ok {
			p.Labels = append(p.Labels, calibrationLabel{Field: i, Text: text, Shown: text, At: r})
			continue
		}
		n := len(callouts) + 1
		tag := "[" + strconv.Itoa(n) + "]"
		r, ok := w.spotBy(p.Boxes[i], w.measure(bold, labelSize, tag)+1.2, func(r rect) bool { return free(r, i) })
		if !ok {
			r, _ = scan(page, w.measure(bold, labelSize, tag)+1.2, labelH, func(r rect) bool { return free(r, i) })
		}
		c := calibrationLabel{Field: i, Text: text, Number: n, Shown: tag, At: r}
		p.Labels = append(p.Labels, c)
		callouts = append(callouts, c)
	}
	if len(callouts) == 0 {
		return p
	}
	// The legend: one line per callout, as a block where there is room.
	lines := make([]string, len(callouts))
	width := 0.0
	for k, c := range callouts {
		lines[k] = c.Shown + " " + c.Text
		width = max(width, w.measure(regular, labelSize, lines[k])+1)
	}
	block, _ := scan(page, width, labelH*float64(len(lines)), func(r rect) bool { return free(r, -1) })
	for k, c := range callouts {
		y := block.y0 + float64(k)*labelH
		p.Legend = append(p.Legend, calibrationLabel{Field: c.Field, Text: c.Text, Shown: lines[k], Number: c.Number, At: rect{block.x0, y, block.x0 + width, y + labelH}})
	}
	return p
}

// spotBy finds a place for a plate lw mm wide beside box b: above it,
// inside it at its top, below it, to its left, to its right, each slid
// along the side in 1 mm steps from the box's corner.
func (w *writer) spotBy(b rect, lw float64, ok func(rect) bool) (rect, bool) {
	along := func(y0 float64) (rect, bool) {
		for x := b.x0; x+lw <= max(b.x1, b.x0+lw)+1e-9; x++ {
			if r := (rect{x, y0, x + lw, y0 + labelH}); ok(r) {
				return r, true
			}
		}
		for x := b.x0 - 1; x >= b.x0-lw; x-- { // hanging out on the left
			if r := (rect{x, y0, x + lw, y0 + labelH}); ok(r) {
				return r, true
			}
		}
		return rect{}, false
	}
	down := func(x0 float64) (rect, bool) {
		for y := b.y0; y+labelH <= max(b.y1, b.y0+labelH)+1e-9; y += 0.5 {
			if r := (rect{x0, y, x0 + lw, y + labelH}); ok(r) {
				return r, true
			}
		}
		return rect{}, false
	}
	for _, try := range []func() (rect, bool){
		func() (rect, bool) { return along(b.y0 - labelGap - labelH) },
		func() (rect, bool) { return along(b.y0 + 0.4) },
		func() (rect, bool) { return along(b.y1 + labelGap) },
		func() (rect, bool) { return down(b.x0 - labelGap - lw) },
		func() (rect, bool) { return down(b.x1 + labelGap) },
	} {
		if r, found := try(); found {
			return r, true
		}
	}
	return rect{}, false
}

// scan finds the first place on the page, row by row in 1 mm steps, for a
// plate lw × lh mm that ok accepts; else the bottom left corner.
func scan(page rect, lw, lh float64, ok func(rect) bool) (rect, bool) {
	for y := page.y0; y+lh <= page.y1; y++ {
		for x := page.x0; x+lw <= page.x1; x++ {
			if r := (rect{x, y, x + lw, y + lh}); ok(r) {
				return r, true
			}
		}
	}
	return rect{page.x0, page.y1 - lh, page.x0 + lw, page.y1}, false
}
