package pdf

import (
	"fmt"

	"tdkt/data/vn"
)

// The tables of the minutes: the vote table (the form's "SỐ PHIẾU BẦU CHO
// MỖI NGƯỜI ỨNG CỬ": a row per polling area, a column per candidate in the
// order of the official list, then the totals and their percentages) and
// the attached table of the areas' tallies.

// sizeGrid is the type size of the tables, pt.
const sizeGrid = 11

// Widths of the vote table, mm.
const (
	areaColumn   = 42.0 // the polling area
	minCandidate = 17.0 // a candidate's column, at least
	maxCandidate = 30.0 // and at most
)

// gridRow lays out a row of cells from x: texts[i] spans spans[i] of the
// widths.
func (w *writer) gridRow(x float64, widths []float64, texts []string, spans []int, aligns []align, st style) tableRow {
	lh := lineHeight(sizeGrid)
	var r tableRow
	c, most := 0, 1
	for i, t := range texts {
		width := 0.0
		for range spans[i] {
			width += widths[c]
			c++
		}
		lines := w.wrap(w.words([]span{{w.clean(t), st}}, sizeGrid), sizeGrid, width-2*padX, width-2*padX)
		most = max(most, len(lines))
		r.cells = append(r.cells, cell{x: x, width: width, lines: lines, align: aligns[i], st: st})
		x += width
	}
	r.height = float64(most)*lh + 2*padY
	return r
}

// drawGrid draws a row at the current y.
func (w *writer) drawGrid(r tableRow) {
	lh := lineHeight(sizeGrid)
	w.pdf.SetLineWidth(0.2)
	for _, c := range r.cells {
		w.pdf.Rect(c.x, w.y, c.width, r.height, "D")
		top := w.y + (r.height-float64(len(c.lines))*lh)/2
		for i, line := range c.lines {
			w.drawLine(line, sizeGrid, c.x+padX, c.width-2*padX, baseline(top+float64(i)*lh, lh, sizeGrid), c.align, true)
		}
	}
	w.y += r.height
}

// grid is a table being drawn: its header row repeats on every page.
type grid struct {
	w      *writer
	header tableRow
}

// ensure starts a new page with the header unless h mm fit.
func (g grid) ensure(h float64) {
	if g.w.y+h > g.w.limit()+1e-6 {
		g.w.newPage()
		g.w.drawGrid(g.header)
	}
}

// ones returns n spans of one column.
func ones(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = 1
	}
	return s
}

// same returns n copies of a.
func same(n int, a align) []align {
	s := make([]align, n)
	for i := range s {
		s[i] = a
	}
	return s
}

// candidateBlocks splits n candidates into blocks of columns that fit
// beside the area's column, as even as possible: [[0,7)] or [[0,6),[6,11)].
// minWidth is the narrowest column the numbers allow.
func candidateBlocks(n int, textW, minWidth float64) [][2]int {
	per := max(int((textW-areaColumn)/max(minCandidate, minWidth)), 1)
	blocks := (n + per - 1) / per
	size := (n + blocks - 1) / max(blocks, 1)
	var out [][2]int
	for from := 0; from < n; from += size {
		out = append(out, [2]int{from, min(from+size, n)})
	}
	return out
}

// voteTable draws title and the vote table of r, in blocks of candidates
// when they do not fit across the page; the title stays with the header
// and the first row, the totals with the last row.
func (w *writer) voteTable(r MinutesRound, title para) {
	textW := w.textWidth()
	widest := 0.0
	for _, c := range r.Candidates {
		widest = max(widest, w.measure(bold, sizeGrid, vn.Int(c.Votes)), w.measure(regular, sizeGrid, vn.Percent(c.Percent)))
	}
	blocks := candidateBlocks(len(r.Candidates), textW, widest+2*padX+1)
	for b, blk := range blocks {
		k := blk[1] - blk[0]
		cw := min((textW-areaColumn)/float64(k), maxCandidate)
		widths := []float64{areaColumn}
		for range k {
			widths = append(widths, cw)
		}
		titles := []string{"Khu vực bỏ phiếu"}
		for i := blk[0]; i < blk[1]; i++ {
			titles = append(titles, fmt.Sprintf("%d. %s", i+1, r.Candidates[i].Name))
		}
		header := w.gridRow(w.left, widths, titles, ones(k+1), same(k+1, alignCenter), bold)
		total := []string{"Tổng cộng"}
		share := []string{"Tỷ lệ % so với tổng số phiếu hợp lệ"}
		for i := blk[0]; i < blk[1]; i++ {
			total = append(total, vn.Int(r.Candidates[i].Votes))
			share = append(share, vn.Percent(r.Candidates[i].Percent))
		}
		nums := append([]align{alignLeft}, same(k, alignRight)...)
		totalRow := w.gridRow(w.left, widths, total, ones(k+1), nums, bold)
		shareRow := w.gridRow(w.left, widths, share, ones(k+1), nums, regular)
		foot := totalRow.height + shareRow.height

		first := foot
		if len(r.Areas) > 0 {
			first = w.gridRow(w.left, widths[:1], []string{r.Areas[0].Name}, []int{1}, []align{alignLeft}, regular).height
		}
		if b == 0 {
			w.ensure(w.height(title) + 8 + header.height + first)
			w.flow(title, 0)
		}
		if len(blocks) > 1 {
			caption := para{spans: []span{{fmt.Sprintf("Phần %d/%d: người ứng cử thứ %d đến thứ %d theo danh sách chính thức", b+1, len(blocks), blk[0]+1, blk[1]), italic}},
				size: sizeGrid, before: 2, after: 1}
			w.ensure(w.height(caption) + header.height + first)
			w.flow(caption, 0)
		}
		w.ensure(header.height + first)
		g := grid{w, header}
		w.drawGrid(header)
		for ai, a := range r.Areas {
			var row tableRow
			if a.Missing {
				row = w.gridRow(w.left, widths, []string{a.Name, "Chưa có biên bản kết quả kiểm phiếu"}, []int{1, k}, []align{alignLeft, alignCenter}, italic)
			} else {
				cells := []string{a.Name}
				for i := blk[0]; i < blk[1]; i++ {
					cells = append(cells, vn.Int(a.Votes[i]))
				}
				row = w.gridRow(w.left, widths, cells, ones(k+1), nums, regular)
			}
			need := row.height
			if ai == len(r.Areas)-1 {
				need += foot
			}
			g.ensure(need)
			w.drawGrid(row)
		}
		g.ensure(foot)
		w.drawGrid(totalRow)
		w.drawGrid(shareRow)
		w.y += minutesSpace
	}
}

// drawTallies draws, on a page of its own, the attached table of the
// polling areas' tallies with the constituency's totals.
func (m Minutes) drawTallies(w *writer, r MinutesRound) {
	w.newPage()
	textW := w.textWidth()
	y, _ := w.heading([]string{"BẢNG TỔNG HỢP KẾT QUẢ KIỂM PHIẾU THEO KHU VỰC BỎ PHIẾU"}, bold, sizeMinutes, w.left, textW, w.y)
	note := "(Kèm theo Biên bản xác định kết quả " + r.Kind.word() + " đại biểu " + w.clean(m.body()) + m.term() + " ở " + m.unit() + ")"
	y, _ = w.heading(w.lines(note), italic, sizeMinutes, w.left, textW, y)
	w.y = y + 4

	num := (textW - areaColumn) / 6
	widths := []float64{areaColumn, num, num, num, num, num, num}
	titles := []string{"Khu vực bỏ phiếu", "Tổng số cử tri", "Số cử tri đã bỏ phiếu", "Số phiếu phát ra", "Số phiếu thu vào", "Số phiếu hợp lệ", "Số phiếu không hợp lệ"}
	header := w.gridRow(w.left, widths, titles, ones(7), same(7, alignCenter), bold)
	nums := append([]align{alignLeft}, same(6, alignRight)...)
	six := func(name string, a ...int64) []string {
		out := []string{name}
		for _, n := range a {
			out = append(out, vn.Int(n))
		}
		return out
	}
	total := w.gridRow(w.left, widths, six("Cộng", r.Voters, r.Voted, r.Issued, r.Received, r.Valid, r.Invalid), ones(7), nums, bold)
	g := grid{w, header}
	w.drawGrid(header)
	for i, a := range r.Areas {
		var row tableRow
		if a.Missing {
			row = w.gridRow(w.left, widths, []string{a.Name, "Chưa có biên bản kết quả kiểm phiếu"}, []int{1, 6}, []align{alignLeft, alignCenter}, italic)
		} else {
			row = w.gridRow(w.left, widths, six(a.Name, a.Voters, a.Voted, a.Issued, a.Received, a.Valid, a.Invalid), ones(7), nums, regular)
		}
		need := row.height
		if i == len(r.Areas)-1 {
			need += total.height
		}
		g.ensure(need)
		w.drawGrid(row)
	}
	g.ensure(total.height)
	w.drawGrid(total)
}
