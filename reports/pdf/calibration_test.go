package pdf

import (
	"bytes"
	"strings"
	"testing"
)

// On the calibration page of every blank's default layout, and of
// layouts moved by the printer's offsets, no label covers a box (but its
// own, clear of the sample text), an axis number, the note or another
// label; a label with no room is a numbered callout explained in the
// legend.
func TestCalibrationLabelsCoverNothing(t *testing.T) {
	var layouts []CertificateLayout
	for _, b := range Blanks {
		layouts = append(layouts, DefaultLayout(b))
		moved := DefaultLayout(b)
		moved.OffsetX, moved.OffsetY = 3, -2
		layouts = append(layouts, moved)
	}
	crowded := DefaultLayout(Blank{})
	crowded.Decision.Y, crowded.Register.Y = 176, 183.5 // touching boxes
	layouts = append(layouts, crowded)
	for _, l := range layouts {
		w := newWriter(Fonts{}, l.Width, l.Height, 0, 0, 0, 0)
		note := rect{20, l.Height - 9, l.Width - 20, l.Height - 5}
		p := w.planCalibration(l, note)
		name := l.Blank.Name()
		all := append(append([]calibrationLabel(nil), p.Labels...), p.Legend...)
		labelled := map[int]bool{}
		for k, lb := range all {
			r := lb.At
			if !r.within(rect{0, 0, l.Width, l.Height}) {
				t.Errorf("%s: label %q off the sheet at %+v", name, lb.Shown, r)
			}
			for i, b := range p.Boxes {
				if b == (rect{}) {
					continue
				}
				if i == lb.Field && k < len(p.Labels) {
					if r.overlaps(b) && (!r.within(b) || r.overlaps(p.Texts[i])) {
						t.Errorf("%s: label %q at %+v covers its box's edge or sample text %+v", name, lb.Shown, r, p.Texts[i])
					}
					continue
				}
				if r.overlaps(b) {
					t.Errorf("%s: label %q at %+v covers the box of field %d %+v", name, lb.Shown, r, i, b)
				}
			}
			for _, a := range p.Axes {
				if r.overlaps(a) {
					t.Errorf("%s: label %q at %+v covers the axis numbers %+v", name, lb.Shown, r, a)
				}
			}
			if r.overlaps(p.Note) {
				t.Errorf("%s: label %q covers the note", name, lb.Shown)
			}
			for _, o := range all[k+1:] {
				if r.overlaps(o.At) {
					t.Errorf("%s: labels %q and %q overlap", name, lb.Shown, o.Shown)
				}
			}
			if k < len(p.Labels) {
				labelled[lb.Field] = true
			}
		}
		for i, f := range l.fields() {
			if !f.Hidden && !labelled[i] {
				t.Errorf("%s: field %d has no label", name, i)
			}
		}
		callouts := 0
		for _, lb := range p.Labels {
			if lb.Number > 0 {
				callouts++
			}
		}
		if callouts != len(p.Legend) {
			t.Errorf("%s: %d callouts, %d legend lines", name, callouts, len(p.Legend))
		}
	}
}

// The calibration page prints each label where the plan put it: read
// back, no label's words fall in another field's box or in the axis band
// along the top.
func TestCalibrationLabelsReadBack(t *testing.T) {
	for _, b := range []Blank{Blanks[0], Blanks[4]} {
		l := DefaultLayout(b)
		file := writePDF(t, func(buf *bytes.Buffer) error { return WriteCalibration(buf, l, Fonts{}) })
		ws, _ := words(t, file)
		names := l.FieldNames()
		for i, f := range l.fields() {
			if f.Hidden {
				continue
			}
			// The label's words: the field's name, "—", then its numbers.
			want := append(strings.Fields(names[i]), "—")
			var label []box
			for k := 0; k+len(want) <= len(ws); k++ {
				match := true
				for n, w := range want {
					match = match && ws[k+n].page == 1 && ws[k+n].text == w
				}
				if match {
					label = append(label, ws[k:min(len(ws), k+len(want)+9)]...)
				}
			}
			if len(label) == 0 {
				t.Errorf("%s: no label for %q", b.Name(), names[i])
			}
			for _, lb := range label {
				for j, g := range l.fields() {
					if g.Hidden || j == i {
						continue
					}
					gr := rect{g.X, g.Y, g.X + g.Width, g.Y + g.Height}
					if (rect{lb.x0 + 0.2, lb.y0 + 0.2, lb.x1 - 0.2, lb.y1 - 0.2}).overlaps(gr) {
						t.Errorf("%s: a label word %q at %.1f,%.1f lies in the box of %q", b.Name(), lb.text, lb.x0, lb.y0, names[j])
					}
				}
				if lb.y0 < 3.5 {
					t.Errorf("%s: a label word %q in the axis band at y %.1f", b.Name(), lb.text, lb.y0)
				}
			}
		}
		if b == Blanks[0] {
			render(t, file, 1, "calibration", 75)
		} else {
			render(t, file, 1, "calibration-giay-khen-tap-the", 50)
		}
	}
}
