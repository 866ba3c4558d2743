package pdf

// para is a paragraph: spans of text set in a box, with its spacing.
type para struct {
	spans   []span
	size    float64 // pt
	align   align
	indent  float64 // extra indent of the first line, mm
	hang    float64 // extra indent of the other lines, mm
	x       float64 // left edge of the box; 0: the left margin
	width   float64 // width of the box; 0: up to the right margin
	before  float64 // space above, mm, dropped at the top of a page
	after   float64 // space below, mm
	balance bool    // even lines, for centred headings
}

// box fills in the default box of p.
func (w *writer) box(p *para) {
	if p.x == 0 {
		p.x = w.left
	}
	if p.width == 0 {
		p.width = w.pageW - w.right - p.x
	}
}

// layout breaks p into lines and returns them with the line height.
func (w *writer) layout(p *para) ([][]word, float64) {
	w.box(p)
	words := w.words(p.spans, p.size)
	var lines [][]word
	if p.balance {
		lines = w.balance(words, p.size, p.width)
	} else {
		lines = w.wrap(words, p.size, p.width-p.indent, p.width-p.hang)
	}
	return lines, lineHeight(p.size)
}

// height is the height p takes, spacing included.
func (w *writer) height(p para) float64 {
	lines, lh := w.layout(&p)
	return p.before + float64(len(lines))*lh + p.after
}

// drawLines draws lines[from:to] of p from the current y down.
func (w *writer) drawLines(p *para, lines [][]word, from, to int, lh float64) {
	for i := from; i < to; i++ {
		x, width := p.x+p.hang, p.width-p.hang
		if i == 0 {
			x, width = p.x+p.indent, p.width-p.indent
		}
		w.drawLine(lines[i], p.size, x, width, baseline(w.y, lh, p.size), p.align, i == len(lines)-1)
		w.y += lh
	}
}

// atTop tells whether nothing has been drawn yet on the current page.
func (w *writer) atTop() bool { return w.y <= w.top+1e-6 }

// flow draws p from the current y, going on to new pages as needed: a
// paragraph leaves at least two lines at the bottom of a page and carries
// at least two to the next (widow and orphan control, as Word does by
// default). reserve is the height of what must follow p on the same page
// (the signature block after the last article): when it does not fit after
// p, the last two lines of p go with it to the next page, or all of p when
// it is shorter than four lines.
func (w *writer) flow(p para, reserve float64) {
	lines, lh := w.layout(&p)
	if !w.atTop() {
		w.y += p.before
	}
	const eps = 1e-6
	n := len(lines)
	for i := 0; i < n; {
		fit := int((w.room() + eps) / lh)
		r := n - i
		keep := r
		switch {
		case r <= fit:
			if reserve == 0 || w.y+float64(r)*lh+p.after+reserve <= w.limit()+eps {
				break
			}
			keep = r - 2
			if keep < 2 {
				keep = 0
			}
		default:
			keep = fit
			if r-keep < 2 {
				keep = r - 2
			}
			if keep < 2 {
				keep = 0
			}
		}
		if keep == 0 && w.atTop() {
			// Nothing better can be had on a fresh page.
			keep = max(min(fit, r), 1)
		}
		w.drawLines(&p, lines, i, i+keep, lh)
		i += keep
		if i < n {
			w.newPage()
		}
	}
	w.y += p.after
}

// ensure starts a new page unless h mm fit below the current y.
func (w *writer) ensure(h float64) {
	if w.y+h > w.limit()+1e-6 && !w.atTop() {
		w.newPage()
	}
}
