package pdf

import (
	"fmt"
	"math"
	"strings"

	"tdkt/data/vn"
)

// Sizes (pt) of the minutes: the forms are set in 13 pt, their corner
// mark in 11 pt; tables in 11 pt, never below 10 pt.
const (
	sizeMinutes     = 13
	sizeMinutesForm = 11
	minutesSpace    = 3 * ptMM // between the form's lines
)

// draw draws round i of m as its own biên bản: header, title, the
// numbers, the vote table, the conclusion, the blanks for the officer,
// the signatures, then the attached table of tallies on a page of its own.
// Pages are numbered from the second page of each biên bản.
func (m Minutes) draw(w *writer, i int) {
	r := m.Rounds[i]
	w.mark = m.Status.mark()
	w.page = 0
	w.newPage()
	m.drawHeader(w)
	m.drawTitle(w, r)
	m.drawNumbers(w, r)
	w.voteTable(r, minutesPara(span{"SỐ PHIẾU BẦU CHO MỖI NGƯỜI ỨNG CỬ", bold}).centred())
	m.drawConclusion(w, i)
	m.drawBlanks(w, r)
	m.drawSignatures(w)
	if len(r.Areas) > 0 {
		m.drawTallies(w, r)
	}
}

// minutesPara is a justified paragraph of the form.
func minutesPara(spans ...span) para {
	return para{spans: spans, size: sizeMinutes, align: alignJustify, indent: firstIndent / 2, after: minutesSpace}
}

// centred returns p centred, without indent.
func (p para) centred() para {
	p.align, p.indent = alignCenter, 0
	return p
}

// item is one of the form's "- ..." lines.
func item(text string) para {
	p := minutesPara(span{"- " + text, regular})
	return p
}

// drawHeader draws the corner mark and the two-column header: the board
// and the constituency on the left, the national name and motto on the
// right.
func (m Minutes) drawHeader(w *writer) {
	const nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	const motto = "Độc lập - Tự do - Hạnh phúc"
	y := w.top
	if f := w.clean(m.FormNumber); f != "" {
		lh := lineHeight(sizeMinutesForm)
		width := w.measure(italic, sizeMinutesForm, f)
		w.text(italic, sizeMinutesForm, w.pageW-w.right-width, baseline(y, lh, sizeMinutesForm), f)
		y += lh + 1
	}
	textW := w.textWidth()
	rightW := max(w.measure(bold, sizeHeader, nation)+4, textW*0.55)
	leftW := textW - rightW
	leftX, rightX := w.left, w.left+leftW

	// As the forms set it: the board, the unit, for the Quốc hội the
	// province; a council's board over its locality.
	left := []string{"BAN BẦU CỬ", "ĐẠI BIỂU QUỐC HỘI", upper(m.unit()), upper(w.clean(m.Locality))}
	if !m.National {
		left = []string{"BAN BẦU CỬ ĐẠI BIỂU", upper("Hội đồng nhân dân " + w.clean(m.Locality)), upper(m.unit())}
	}
	ly, leftWidest := w.heading(left, bold, sizeMinutesForm+1, leftX, leftW, y)
	rule := min(max(leftWidest*0.4, 15), leftW)
	w.hline(leftX+(leftW-rule)/2, leftX+(leftW+rule)/2, ly+ruleGap, ruleWidth)

	ry, _ := w.heading([]string{nation}, bold, sizeHeader, rightX, rightW, y)
	ry, mottoW := w.heading([]string{motto}, bold, sizeBody, rightX, rightW, ry)
	w.hline(rightX+(rightW-mottoW)/2, rightX+(rightW+mottoW)/2, ry+ruleGap, ruleWidth)
	w.y = max(ly, ry) + ruleGap + 4
}

// drawTitle draws the title, what the constituency covers and, for a
// result not final, the status in a box.
func (m Minutes) drawTitle(w *writer, r MinutesRound) {
	textW := w.textWidth()
	title := []string{
		upper("Biên bản xác định kết quả " + r.Kind.word()),
		upper("đại biểu " + w.clean(m.body())),
		upper("ở " + m.unit()),
	}
	if m.National {
		title[1] += upper(m.term())
	}
	y, _ := w.heading(title, bold, sizeBody, w.left, textW, w.y+2)
	w.y = y + 1
	if c := w.clean(m.Covers); c != "" {
		p := para{spans: []span{{"Gồm: ", bold}, {c, regular}}, size: sizeMinutes, align: alignCenter, after: minutesSpace}
		w.flow(p, 0)
	}
	if s := m.Status.mark(); s != "" {
		note := w.clean(m.StatusNote)
		if note == "" {
			note = m.Status.sentence()
		}
		p := para{spans: []span{{s + ": ", bold}, {note, boldItalic}}, size: sizeMinutes, align: alignCenter,
			x: w.left + 4, width: textW - 8}
		h := w.height(p)
		top := w.y + 1
		w.y = top + 1.5
		w.flow(p, 0)
		w.pdf.SetLineWidth(0.5)
		w.pdf.Rect(w.left+2, top, textW-4, h+3, "D")
		w.y = top + h + 3 + minutesSpace
	}
	w.y += 2
}

// drawNumbers draws the opening (date, members, meeting, seats,
// candidates) and the constituency's numbers with their percentages.
func (m Minutes) drawNumbers(w *writer, r MinutesRound) {
	body := w.clean(m.body())
	w.flow(minutesPara(span{"Vào hồi " + blank + " giờ " + blank + " phút, " + dayText(r.Date) + ", " +
		w.clean(m.board()) + " ở " + m.unit() + " gồm có:", regular}), 0)
	for i, role := range members {
		w.flow(w.fillLine(fmt.Sprintf("%d. Ông/Bà ", i+1), ", "+role), 0)
	}
	w.flow(w.fillLine(fmt.Sprintf("%d. ", len(members)+1), ""), 0)

	place := w.clean(m.Place)
	if place == "" {
		place = blank + blank
	}
	meet := "Đã họp tại " + place + " để lập biên bản xác định kết quả " + r.Kind.word() + " đại biểu " + body + m.term() +
		" tại các khu vực bỏ phiếu của " + m.unit()
	if c := w.clean(m.Covers); c != "" {
		meet += " gồm " + c
	}
	w.flow(minutesPara(span{meet + ".", regular}), 0)

	seatsBy := w.clean(m.SeatsBasis)
	if seatsBy == "" {
		seatsBy = "Nghị quyết số " + blank + " ngày " + blank + " của " + m.committee()
	}
	w.flow(minutesPara(span{"Theo " + seatsBy + " thì " + m.unit() + " được bầu " + vn.Int(m.Seats) + " đại biểu " + body + ".", regular}), 0)
	listBy := w.clean(m.ListBasis)
	if listBy == "" {
		listBy = "Nghị quyết số " + blank + " ngày " + blank + " của " + m.committee()
	}
	w.flow(minutesPara(span{"Theo " + listBy + " thì " + m.unit() + " có " + vn.Int(int64(len(r.Candidates))) +
		" người ứng cử đại biểu " + body + ".", regular}), 0)

	intro := "Sau khi kiểm tra và tổng hợp kết quả từ Biên bản kết quả kiểm phiếu bầu cử do các Tổ bầu cử chuyển đến, kết quả " +
		r.Kind.word() + " đại biểu " + body + " ở " + m.unit()
	if !r.Day.IsZero() {
		intro += " " + vn.LongDate(r.Day)
	}
	w.flow(minutesPara(span{intro + " như sau:", regular}), 0)
	w.flow(item("Tổng số cử tri của đơn vị bầu cử: "+count(r.Voters, "người")+"."), 0)
	w.flow(item("Số cử tri đã tham gia bỏ phiếu: "+count(r.Voted, "người")+"."), 0)
	w.flow(item("Tỷ lệ cử tri đã tham gia bỏ phiếu so với tổng số cử tri của đơn vị bầu cử: "+pct(r.Voted, r.Voters)+"."), 0)
	w.flow(item("Số phiếu phát ra: "+count(r.Issued, "phiếu")+"."), 0)
	w.flow(item("Số phiếu thu vào: "+count(r.Received, "phiếu")+"."), 0)
	w.flow(item("Số phiếu hợp lệ: "+count(r.Valid, "phiếu")+". Tỷ lệ so với tổng số phiếu thu vào: "+pct(r.Valid, r.Received)+"."), 0)
	w.flow(item("Số phiếu không hợp lệ: "+count(r.Invalid, "phiếu")+". Tỷ lệ so với tổng số phiếu thu vào: "+pct(r.Invalid, r.Received)+"."), 0)
	w.flow(item("Số phiếu bầu cho mỗi người ứng cử như sau:"), 0)
}

// drawConclusion draws "Căn cứ vào kết quả ghi trên đây, ... kết luận:"
// with its items a) to c): turnout, the winners of the round, the seats
// filled and missing (after every round that counts), and what the board
// proposes.
func (m Minutes) drawConclusion(w *writer, i int) {
	r := m.Rounds[i]
	body := w.clean(m.body())
	w.y += minutesSpace
	w.flow(minutesPara(span{"Căn cứ vào kết quả ghi trên đây, " + w.clean(m.board()) + " kết luận:", bold}), lineHeight(sizeMinutes)*2)
	w.flow(minutesPara(span{"a) Số cử tri đã tham gia bỏ phiếu đạt " + pct(r.Voted, r.Voters) + " so với tổng số cử tri của đơn vị bầu cử.", regular}), 0)
	if r.Next == NextRepeat {
		w.flow(minutesPara(span{m.proposal(NextRepeat), italic}), 0)
	}
	won := m.winners(i)
	if len(won) == 0 {
		w.flow(minutesPara(span{"b) Không có người ứng cử nào nhận được quá nửa tổng số phiếu hợp lệ để trúng cử đại biểu " + body + m.term() + ".", regular}), 0)
	} else {
		w.flow(minutesPara(span{"b) Các Ông/Bà có tên sau đây nhận được quá nửa tổng số phiếu hợp lệ và có nhiều phiếu hơn, đã trúng cử đại biểu " +
			body + m.term() + ":", regular}), lineHeight(sizeMinutes))
		for k, c := range won {
			w.flow(winnerLine(w, k+1, c, ""), 0)
		}
	}

	all := m.allWinners(i)
	elected := int64(len(all))
	missing := max(m.Seats-elected, 0)
	c := fmt.Sprintf("c) Theo ấn định của %s, thì số đại biểu %s được bầu ở %s là %s đại biểu, nay đã bầu được %s đại biểu, còn thiếu %s đại biểu.",
		m.committee(), body, m.unit(), vn.Int(m.Seats), vn.Int(elected), vn.Int(missing))
	w.flow(minutesPara(span{c, regular}), 0)
	if rounds := m.roundsSince(i); len(rounds) > 1 {
		var names []string
		for _, j := range rounds {
			names = append(names, m.roundName(j))
		}
		w.flow(minutesPara(span{"Danh sách những người trúng cử đại biểu " + body + " ở " + m.unit() + " sau " +
			strings.Join(names, " và ") + ":", regular}), lineHeight(sizeMinutes))
		for k, c := range all {
			w.flow(winnerLine(w, k+1, c, m.roundName(c.round)), 0)
		}
	}
	if r.Next == NextAdditional {
		w.flow(minutesPara(span{m.proposal(NextAdditional), italic}), 0)
	}
	if n := w.clean(r.Note); n != "" {
		w.flow(minutesPara(span{n, italic}), 0)
	}
}

// winnerLine is one winner: "1. Ông/Bà Lê Văn An, số phiếu: 3.368, đạt
// 92,00% so với tổng số phiếu hợp lệ", with the round in the combined list.
func winnerLine(w *writer, n int, c winner, round string) para {
	s := fmt.Sprintf("%d. Ông/Bà %s, số phiếu: %s, đạt %s so với tổng số phiếu hợp lệ", n, w.clean(c.Name), vn.Int(c.Votes), vn.Percent(c.Percent))
	if round != "" {
		s += " (trúng cử tại " + round + ")"
	}
	p := minutesPara(span{s + ".", regular})
	p.indent = firstIndent
	p.hang = firstIndent
	return p
}

// drawBlanks draws items d) to g), which tdkt cannot fill, with dotted
// lines for the officer, the closing sentence and the list of attached
// documents.
func (m Minutes) drawBlanks(w *writer, r MinutesRound) {
	for _, t := range []string{
		"d) Tóm tắt những việc xảy ra: ",
		"đ) Những khiếu nại, tố cáo trong quá trình bầu cử do các Tổ bầu cử đã giải quyết: ",
		"e) Những khiếu nại, tố cáo trong quá trình bầu cử do Ban bầu cử đã giải quyết, cách giải quyết: ",
		"g) Những khiếu nại, tố cáo chuyển đến " + w.clean(m.complaintsTo()) + ": ",
	} {
		w.flow(w.dotted(minutesPara(span{t, regular})), lineHeight(sizeMinutes))
		w.flow(w.fillLine("", ""), 0)
	}
	w.flow(minutesPara(span{w.clean(m.sendTo(r)), regular}), 0)
	w.flow(minutesPara(span{"Các tài liệu kèm theo gồm:", regular}), lineHeight(sizeMinutes)*2)
	n := 1
	if len(r.Areas) > 0 {
		w.flow(minutesPara(span{"1. Bảng tổng hợp kết quả kiểm phiếu theo khu vực bỏ phiếu.", regular}), 0)
		n++
	}
	w.flow(w.fillLine(fmt.Sprintf("%d. ", n), ""), 0)
}

// drawSignatures draws the signature block, whole on one page: the head
// of the board on the left, the deputies on the right, then the form's
// warning.
func (m Minutes) drawSignatures(w *writer) {
	textW := w.textWidth()
	half := textW / 2
	lh := lineHeight(sizeMinutes)
	note := para{spans: []span{{"Ghi chú: Nhất thiết không được tẩy xóa trên biên bản.", boldItalic}}, size: sizeMinutes, before: minutesSpace}
	h := 4*lh + signSpace + w.height(note) + paraSpace
	w.ensure(h)
	top := w.y + paraSpace
	ly, _ := w.heading([]string{"TM. BAN BẦU CỬ", "TRƯỞNG BAN"}, bold, sizeMinutes, w.left, half, top)
	w.heading([]string{"(Ký, ghi rõ họ và tên,", "đóng dấu của Ban bầu cử)"}, italic, sizeMinutes, w.left, half, ly)
	ry, _ := w.heading([]string{"CÁC PHÓ TRƯỞNG BAN"}, bold, sizeMinutes, w.left+half, half, top+lh)
	w.heading([]string{"(Ký, ghi rõ họ và tên)"}, italic, sizeMinutes, w.left+half, half, ry)
	w.y = ly + 2*lh + signSpace
	w.flow(note, 0)
}

// fillLine is a line of the form: prefix, dots up to the right edge, then
// suffix.
func (w *writer) fillLine(prefix, suffix string) para {
	p := minutesPara()
	p.after = 1
	x := p.indent
	avail := w.textWidth() - x - w.measure(regular, sizeMinutes, prefix+suffix) - 0.5
	p.spans = []span{{prefix + dots(w, avail) + suffix, regular}}
	return p
}

// dotted ends p with dots up to the right edge of its last line.
func (w *writer) dotted(p para) para {
	lines, _ := w.layout(&p)
	used := p.indent
	if len(lines) > 1 {
		used = p.hang
	}
	if len(lines) > 0 {
		used += natural(lines[len(lines)-1])
	}
	if avail := p.width - used - w.measure(regular, p.size, " ") - 0.5; avail > 10 {
		p.spans = append(p.spans, span{dots(w, avail), regular})
	}
	p.align = alignLeft
	return p
}

// dots is as many dots as fit in width mm.
func dots(w *writer, width float64) string {
	d := w.measure(regular, sizeMinutes, ".")
	return strings.Repeat(".", max(int(math.Floor(width/d)), 3))
}
