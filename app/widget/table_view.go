package widget

import (
	"fyne.io/fyne/v2/theme"
)

// InView tells what the table shows at its current size without being
// scrolled: the titles of the columns wholly in view, left to right, and
// the number of rows wholly in view under the header. Tests at the office
// screen sizes assert with it that a screen shows what its task needs.
func (t *Table) InView() (cols []string, rows int) {
	size := t.Size()
	sep := theme.SeparatorThicknessSize()
	var x float32
	for _, c := range t.cols {
		if x+c.Width > size.Width {
			break
		}
		cols = append(cols, c.Title)
		x += c.Width + sep
	}
	cell := newCell().MinSize().Height
	header := t.inner.CreateHeader().MinSize().Height
	if room := size.Height - header - sep; room > 0 {
		rows = int((room + sep) / (cell + sep))
	}
	return cols, rows
}

// Width is the sum of the columns' widths: the width the table needs to
// show every column without a horizontal scrollbar.
func (t *Table) Width() float32 {
	var w float32
	for _, c := range t.cols {
		w += c.Width + theme.SeparatorThicknessSize()
	}
	return w
}
