package pdf

import "strings"

// align is the horizontal alignment of a paragraph's lines.
type align int

const (
	alignLeft align = iota
	alignCenter
	alignRight
	alignJustify // both edges; the last line of a paragraph is set left
)

// span is a run of text in one face.
type span struct {
	text string
	st   style
}

// piece is the part of a word in one face, measured.
type piece struct {
	text  string
	st    style
	width float64
}

// word is what lines break between: pieces without a space between them
// ("Điều" in bold is one word, "1." another), its width, and the width of
// a space after it.
type word struct {
	pieces []piece
	width  float64
	space  float64
	glue   bool // no line break after it (see keep)
}

// words splits spans of size pt into measured words. Spans are cleaned by
// the caller; a span boundary inside a word does not break it.
func (w *writer) words(spans []span, size float64) []word {
	var out []word
	var cur word
	flush := func(st style) {
		if len(cur.pieces) > 0 {
			cur.space = w.measure(st, size, " ")
			out = append(out, cur)
			cur = word{}
		}
	}
	for _, sp := range spans {
		for i, part := range strings.Split(sp.text, " ") {
			if i > 0 {
				flush(sp.st)
			}
			if part == "" {
				continue
			}
			pw := w.measure(sp.st, size, part)
			cur.pieces = append(cur.pieces, piece{text: part, st: sp.st, width: pw})
			cur.width += pw
		}
	}
	last := regular
	if len(spans) > 0 {
		last = spans[len(spans)-1].st
	}
	flush(last)
	return out
}

// wrap breaks words into lines no wider than first (the first line) and
// rest (the others), greedily as word processors do. A word wider than a
// whole line is cut between letters.
func (w *writer) wrap(words []word, size, first, rest float64) [][]word {
	var lines [][]word
	var line []word
	used := 0.0
	avail := first
	for i := 0; i < len(words); i++ {
		wd := words[i]
		gap := 0.0
		if len(line) > 0 {
			gap = line[len(line)-1].space
		}
		if len(line) > 0 && used+gap+wd.width > avail+1e-6 {
			// Words glued to this one go down with it, unless they
			// fill the whole line.
			k := len(line)
			for k > 0 && line[k-1].glue {
				k--
			}
			if k > 0 && k < len(line) {
				lines = append(lines, line[:k])
				line = append([]word{}, line[k:]...)
				used, avail = natural(line), rest
				i--
				continue
			}
			lines = append(lines, line)
			line, used, avail = nil, 0, rest
			i--
			continue
		}
		if len(line) == 0 && wd.width > avail+1e-6 {
			head, tail := w.cut(wd, size, avail)
			lines = append(lines, []word{head})
			avail = rest
			if tail == nil {
				continue
			}
			words = append(words[:i+1:i+1], append([]word{*tail}, words[i+1:]...)...)
			continue
		}
		line = append(line, wd)
		used += gap + wd.width
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// cut splits a word too wide for a line: the longest head (at least one
// letter) that fits in avail, and the rest, nil when nothing is left.
func (w *writer) cut(wd word, size, avail float64) (word, *word) {
	var head word
	used := 0.0
	for pi, p := range wd.pieces {
		runes := []rune(p.text)
		for ri, r := range runes {
			rw := w.measure(p.st, size, string(r))
			if used+rw > avail && (len(head.pieces) > 0 || ri > 0) {
				// Close the head here; the rest of this piece and the
				// following pieces form the tail.
				if ri > 0 {
					t := string(runes[:ri])
					tw := w.measure(p.st, size, t)
					head.pieces = append(head.pieces, piece{text: t, st: p.st, width: tw})
					head.width += tw
				}
				tail := word{space: wd.space}
				rest := string(runes[ri:])
				rw := w.measure(p.st, size, rest)
				tail.pieces = append(tail.pieces, piece{text: rest, st: p.st, width: rw})
				tail.width += rw
				for _, q := range wd.pieces[pi+1:] {
					tail.pieces = append(tail.pieces, q)
					tail.width += q.width
				}
				return head, &tail
			}
			used += rw
		}
		head.pieces = append(head.pieces, p)
		head.width += p.width
	}
	return head, nil
}

// natural is the width of a line set with normal spaces.
func natural(line []word) float64 {
	total := 0.0
	for i, wd := range line {
		total += wd.width
		if i < len(line)-1 {
			total += wd.space
		}
	}
	return total
}

// balance wraps words into as few lines as fit in width, made as even as
// possible, as centred headings are set by hand: "ỦY BAN NHÂN DÂN" over
// "TỈNH BẮC KẠN" rather than "ỦY BAN NHÂN DÂN TỈNH" over "BẮC KẠN".
func (w *writer) balance(words []word, size, width float64) [][]word {
	lines := w.wrap(words, size, width, width)
	if len(lines) < 2 {
		return lines
	}
	n := len(lines)
	// Never narrower than the widest glued phrase ("ỦY BAN NHÂN DÂN"): a
	// line that narrow would break inside it and still count as n lines.
	lo, hi := 0.0, width
	for start := 0; start < len(words); {
		end := start
		for end < len(words)-1 && words[end].glue {
			end++
		}
		if nat := natural(words[start : end+1]); nat <= width {
			lo = max(lo, nat)
		}
		start = end + 1
	}
	for range 30 {
		mid := (lo + hi) / 2
		if len(w.wrap(words, size, mid, mid)) <= n {
			hi = mid
		} else {
			lo = mid
		}
	}
	if l := w.wrap(words, size, hi, hi); len(l) <= n {
		return l
	}
	return lines
}

// drawLine draws one line of words in the box [x, x+width] on the given
// baseline. Justified lines spread their spaces so that both edges are
// flush, except the last line of a paragraph.
func (w *writer) drawLine(line []word, size, x, width, base float64, al align, last bool) {
	nat := natural(line)
	extra := 0.0
	switch al {
	case alignCenter:
		x += (width - nat) / 2
	case alignRight:
		x += width - nat
	case alignJustify:
		if !last && len(line) > 1 && nat < width {
			extra = (width - nat) / float64(len(line)-1)
		}
	}
	if extra == 0 {
		// One text operation per run of one face, spaces included, so that
		// the text reads back exactly.
		var run strings.Builder
		runStyle, runX := style(-1), x
		flush := func() {
			if run.Len() > 0 {
				w.text(runStyle, size, runX, base, run.String())
				run.Reset()
			}
		}
		for i, wd := range line {
			for _, p := range wd.pieces {
				if p.st != runStyle {
					flush()
					runStyle, runX = p.st, x
				}
				run.WriteString(p.text)
				x += p.width
			}
			if i < len(line)-1 {
				run.WriteByte(' ')
				x += wd.space
			}
		}
		flush()
		return
	}
	for i, wd := range line {
		for _, p := range wd.pieces {
			w.text(p.st, size, x, base, p.text)
			x += p.width
		}
		if i < len(line)-1 {
			x += wd.space + extra
		}
	}
}

// keepTogether are the phrases a heading never breaks inside, in folded
// form: a clerk sends back "Ủy ban nhân / dân", "BẰNG / KHEN", "ngày /
// 24/06/2021".
var keepTogether = [][]string{
	{"ủy", "ban", "nhân", "dân"}, {"hội", "đồng", "nhân", "dân"}, {"bằng", "khen"}, {"giấy", "khen"},
	{"cờ", "thi", "đua"}, {"thủ", "tướng"}, {"chính", "phủ"}, {"chủ", "tịch"}, {"thi", "đua"}, {"khen", "thưởng"},
}

// keep glues, in a heading's words, the phrases of keepTogether and a
// date to the word "ngày" before it, so that no line breaks inside them.
func keep(ws []word) []word {
	lower := func(wd word) string {
		var b strings.Builder
		for _, p := range wd.pieces {
			b.WriteString(p.text)
		}
		return strings.Trim(strings.ToLower(b.String()), ",.;:()“”\"")
	}
	for i := range ws {
		for _, ph := range keepTogether {
			if i+len(ph) > len(ws) {
				continue
			}
			match := true
			for k, p := range ph {
				if lower(ws[i+k]) != p {
					match = false
					break
				}
			}
			if match {
				for k := 0; k < len(ph)-1; k++ {
					ws[i+k].glue = true
				}
			}
		}
		if lower(ws[i]) == "ngày" && i+1 < len(ws) && strings.ContainsAny(lower(ws[i+1]), "0123456789") {
			ws[i].glue = true
		}
	}
	return ws
}
