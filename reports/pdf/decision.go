package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"tdkt/data/vn"
)

// Decision is an award decision (quyết định khen thưởng) as it is printed.
// Text is given as people type it: it is cleaned (NFC, spaces), the parts
// the decree writes in capitals are upper-cased here, and the punctuation
// the decree requires is added where missing.
type Decision struct {
	// ParentBody is the parent body (cơ quan chủ quản) above the issuing
	// body, e.g. "UBND TỈNH BẮC KẠN" above "SỞ NỘI VỤ"; empty for a
	// People's Committee itself. A "\n" forces a line break.
	ParentBody string
	// Agency is the issuing body (cơ quan ban hành), e.g. "ỦY BAN NHÂN DÂN
	// TỈNH BẮC KẠN"; it is set on as many even lines as it needs ("ỦY BAN
	// NHÂN DÂN" over "TỈNH BẮC KẠN") unless "\n" says where to break.
	Agency string
	// Number is the number with its symbol, e.g. "123/QĐ-UBND".
	Number string
	// Place is the place name of the date line, e.g. "Bắc Kạn".
	Place string
	// Date is the date of issue.
	Date time.Time
	// Subject is the summary under "QUYẾT ĐỊNH", e.g. "Về việc tặng Bằng
	// khen của Chủ tịch Ủy ban nhân dân tỉnh".
	Subject string
	// Authority is the authority line, e.g. "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
	// BẮC KẠN".
	Authority string
	// Bases are the "Căn cứ ..." lines, one legal basis each; "Căn cứ" is
	// added when a line does not start with it, ";" when it has no end
	// punctuation. award.Bases (tdkt/data/award) gives the laws and decree in force.
	Bases []string
	// Proposal is the proposer, "Theo đề nghị của Giám đốc Sở Nội vụ" or
	// just "Giám đốc Sở Nội vụ".
	Proposal string
	// Articles are the articles' texts without "Điều N.", which is added;
	// the last one ends with "./.".
	Articles []string
	// SignerFor is the line above the signer's title when a deputy signs
	// for the head, e.g. "KT. CHỦ TỊCH"; empty when the head signs.
	SignerFor string
	// SignerTitle is the signer's title, e.g. "PHÓ CHỦ TỊCH" or "CHỦ TỊCH".
	SignerTitle string
	// SignerName is the signer's full name.
	SignerName string
	// Recipients are the addressees of "Nơi nhận:", one a line, e.g. "Như
	// Điều 3"; "- " and ";" are added.
	Recipients []string
	// Archive is what the last line "- Lưu: VT, NV." keeps; empty means
	// "VT, NV".
	Archive string
	// Issuer names who signs in the appendix note, e.g. "Chủ tịch UBND
	// tỉnh Bắc Kạn" in "(Kèm theo Quyết định số ... của Chủ tịch UBND
	// tỉnh Bắc Kạn)".
	Issuer string
	// Appendix is the list that goes with the decision, nil if none.
	Appendix *Appendix
	// Draft marks a decision not yet issued: every page carries a boxed
	// "DỰ THẢO" in its top margin, and the signer may still be missing.
	Draft bool
}

// The decision's page: A4 portrait; margins within the ranges of Nghị
// định 30/2020/NĐ-CP (top and bottom 20–25 mm, left 30–35 mm, right 15–20
// mm).
const (
	a4W, a4H     = 210.0, 297.0
	marginTop    = 20.0
	marginBottom = 20.0
	marginLeft   = 30.0
	marginRight  = 15.0
)

// Sizes (pt) and spacing of the decision's parts, per Nghị định
// 30/2020/NĐ-CP, Phụ lục I.
const (
	sizeHeader    = 13   // parent body, issuing body, national name, number
	sizeBody      = 14   // motto, date line, title, subject, body, signature
	sizeRecvTitle = 12   // "Nơi nhận:"
	sizeRecv      = 11   // the recipients
	firstIndent   = 12.7 // first-line indent of body paragraphs, mm (1,27 cm)
	ruleWidth     = 0.2  // rules under headings, mm
	ruleGap       = 1.2  // from the line box of a heading down to its rule, mm
	signSpace     = 28.0 // room for the signature and the seal, mm
)

// paraSpace is the space between body paragraphs: 6 pt, the decree's
// minimum.
const paraSpace = 6 * ptMM

// WriteDecision writes the decision, and its appendix when it has one, as
// a PDF to out. Nothing is written when d lacks a required part or when
// rendering fails; the error says what is missing, in Vietnamese.
func WriteDecision(out io.Writer, d Decision, fonts Fonts) error {
	if err := d.check(); err != nil {
		return err
	}
	w := newWriter(fonts, a4W, a4H, marginTop, marginRight, marginBottom, marginLeft)
	w.info("Quyết định số "+d.Number, d.Subject, d.Agency, time.Time{})
	w.numbered = true
	if d.Draft {
		w.mark = "DỰ THẢO"
	}
	w.newPage()
	d.drawHeader(w)
	d.drawTitle(w)
	d.drawBody(w)
	if d.Appendix != nil {
		d.Appendix.draw(w, d)
	}
	return w.finish(out)
}

// shownNumber is the number as the document prints it: a draft leaves the
// sequence blank for the clerk who issues it ("Số:      /QĐ-UBND"), as
// drafts are written; an issued decision shows its number.
// The blank is no-break spaces, which w.clean would collapse: only the
// number itself is cleaned.
func (d Decision) shownNumber(w *writer) string {
	n := w.clean(d.Number)
	if !d.Draft {
		return n
	}
	if _, symbol, ok := strings.Cut(n, "/"); ok {
		return strings.Repeat("\u00a0", 8) + "/" + symbol
	}
	return n
}

// check lists the required parts that are missing.
func (d Decision) check() error {
	var missing []string
	need := func(ok bool, what string) {
		if !ok {
			missing = append(missing, what)
		}
	}
	blank := func(s string) bool { return vn.Clean(s) == "" }
	need(!blank(d.Agency), "cơ quan ban hành")
	need(!blank(d.Number), "số quyết định")
	need(!blank(d.Place), "địa danh")
	need(!d.Date.IsZero(), "ngày ban hành")
	need(!blank(d.Subject), "trích yếu")
	need(!blank(d.Authority), "thẩm quyền ban hành")
	articles := 0
	for _, a := range d.Articles {
		if !blank(a) {
			articles++
		}
	}
	need(articles > 0, "nội dung các điều")
	if !d.Draft {
		need(!blank(d.SignerTitle), "chức vụ người ký")
		need(!blank(d.SignerName), "họ tên người ký")
	}
	if len(missing) > 0 {
		return fmt.Errorf("quyết định %s chưa đủ thông tin: thiếu %s", vn.Clean(d.Number), strings.Join(missing, ", "))
	}
	if d.Appendix != nil {
		if err := d.Appendix.check(); err != nil {
			return err
		}
	}
	return nil
}

// upper is the capitals the decree asks for.
func upper(s string) string { return strings.ToUpper(s) }

// heading draws lines centred in the column [x, x+width] from the top y,
// each as given or balanced when longer than the column, and returns the
// y below them and the width of the widest line.
func (w *writer) heading(texts []string, st style, size, x, width, y float64) (float64, float64) {
	lh := lineHeight(size)
	widest := 0.0
	for _, t := range texts {
		for _, line := range w.balance(keep(w.words([]span{{t, st}}, size)), size, width) {
			nat := natural(line)
			widest = max(widest, nat)
			w.drawLine(line, size, x, width, baseline(y, lh, size), alignCenter, true)
			y += lh
		}
	}
	return y, widest
}

// drawHeader draws the two-column header: the issuing body and the number
// on the left, the national name, the motto and the date line on the
// right.
func (d Decision) drawHeader(w *writer) {
	const nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
	const motto = "Độc lập - Tự do - Hạnh phúc"
	textW := w.textWidth()
	rightW := max(w.measure(bold, sizeHeader, nation)+4, textW*0.58)
	leftW := textW - rightW
	leftX, rightX := w.left, w.left+leftW

	// Left: parent body (regular), issuing body (bold), a short rule.
	y := w.top
	y, _ = w.heading(w.lines(upper(d.ParentBody)), regular, sizeHeader, leftX, leftW, y)
	y, agencyW := w.heading(w.lines(upper(d.Agency)), bold, sizeHeader, leftX, leftW, y)
	rule := max(agencyW*0.4, 15)
	w.hline(leftX+(leftW-rule)/2, leftX+(leftW+rule)/2, y+ruleGap, ruleWidth)
	leftBottom := y + ruleGap

	// Right: national name, motto with a rule of its length.
	y = w.top
	y, _ = w.heading([]string{nation}, bold, sizeHeader, rightX, rightW, y)
	y, mottoW := w.heading([]string{motto}, bold, sizeBody, rightX, rightW, y)
	w.hline(rightX+(rightW-mottoW)/2, rightX+(rightW+mottoW)/2, y+ruleGap, ruleWidth)
	rightBottom := y + ruleGap

	// Then on one baseline: the number left, place and date right.
	y = max(leftBottom, rightBottom) + 3
	lh := lineHeight(sizeBody)
	number := w.balance(w.words([]span{{"Số: " + d.shownNumber(w), regular}}, sizeHeader), sizeHeader, leftW)
	date := w.balance(w.words([]span{{w.clean(d.Place) + ", " + vn.LongDate(d.Date), italic}}, sizeBody), sizeBody, rightW)
	for i, line := range number {
		w.drawLine(line, sizeHeader, leftX, leftW, baseline(y+float64(i)*lh, lh, sizeBody), alignCenter, true)
	}
	for i, line := range date {
		w.drawLine(line, sizeBody, rightX, rightW, baseline(y+float64(i)*lh, lh, sizeBody), alignCenter, true)
	}
	w.y = y + float64(max(len(number), len(date)))*lh
}

// drawTitle draws "QUYẾT ĐỊNH", the subject with its short rule and the
// authority line.
func (d Decision) drawTitle(w *writer) {
	y := w.titleAndSubject("QUYẾT ĐỊNH", d.Subject)
	y += ruleGap + lineHeight(sizeBody)*0.8
	y, _ = w.heading(w.lines(upper(d.Authority)), bold, sizeBody, w.left, w.textWidth(), y)
	w.y = y + paraSpace
}

// titleAndSubject draws a document's name ("QUYẾT ĐỊNH", "TỜ TRÌNH") below
// the header and its subject with a short rule under it, and returns the
// y of the subject's last line box bottom (the rule is ruleGap below it).
func (w *writer) titleAndSubject(title, subject string) float64 {
	textW := w.textWidth()
	w.y += lineHeight(sizeBody) * 1.2
	y, _ := w.heading([]string{title}, bold, sizeBody, w.left, textW, w.y)
	subjectW := textW - 20
	y, widest := w.heading(w.lines(subject), bold, sizeBody, w.left+10, subjectW, y)
	rule := min(max(widest*0.4, 25), 60)
	w.hline(w.left+(textW-rule)/2, w.left+(textW+rule)/2, y+ruleGap, ruleWidth)
	return y
}

// bodyPara is a justified body paragraph with its first-line indent.
func bodyPara(spans ...span) para {
	return para{spans: spans, size: sizeBody, align: alignJustify, indent: firstIndent, after: paraSpace}
}

// withEnd returns s ending with end unless it already ends with one of the
// punctuation marks in keep.
func withEnd(s, end, keep string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsRune(keep, []rune(s)[len([]rune(s))-1]) {
		return s
	}
	return s + end
}

// basisLine writes one legal basis as the decree does: "Căn cứ ...;".
func basisLine(s string) string {
	if !strings.HasPrefix(strings.ToLower(s), "căn cứ") {
		s = "Căn cứ " + s
	}
	return withEnd(s, ";", ";,.")
}

// proposalLine writes the proposer's line: "Theo đề nghị của ....".
func proposalLine(s string) string {
	l := strings.ToLower(s)
	if !strings.HasPrefix(l, "theo đề nghị") && !strings.HasPrefix(l, "xét đề nghị") {
		s = "Theo đề nghị của " + s
	}
	return withEnd(s, ".", ".;,")
}

// lastArticle ends the last article with "./.".
func lastArticle(s string) string {
	if strings.HasSuffix(s, "./.") {
		return s
	}
	return strings.TrimRight(s, ".;, ") + "./."
}

// drawBody draws the legal bases, "QUYẾT ĐỊNH:", the articles and the
// footer; the footer stays whole on one page with at least the last two
// lines of the last article.
func (d Decision) drawBody(w *writer) {
	for _, b := range d.Bases {
		if b = w.clean(b); b != "" {
			w.flow(bodyPara(span{basisLine(b), italic}), 0)
		}
	}
	if p := w.clean(d.Proposal); p != "" {
		w.flow(bodyPara(span{proposalLine(p), italic}), 0)
	}
	decide := para{spans: []span{{"QUYẾT ĐỊNH:", bold}}, size: sizeBody, align: alignCenter, before: paraSpace, after: paraSpace * 2}
	w.flow(decide, 0)

	var articles []string
	for _, a := range d.Articles {
		if a = w.clean(a); a != "" {
			articles = append(articles, a)
		}
	}
	foot := d.footer(w)
	for i, a := range articles {
		reserve := 0.0
		if i == len(articles)-1 {
			a = lastArticle(a)
			reserve = foot.height
		}
		w.flow(bodyPara(span{fmt.Sprintf("Điều %d.", i+1), bold}, span{" " + a, regular}), reserve)
	}
	w.ensure(foot.height)
	foot.draw(w)
}

// footer is the block under the articles: "Nơi nhận:" on the left, the
// signature on the right, measured before it is drawn.
type footer struct {
	height float64
	draw   func(w *writer)
}

// footer lays out the footer of d.
func (d Decision) footer(w *writer) footer {
	textW := w.textWidth()
	leftW := textW * 0.45
	rightX, rightW := w.left+leftW, textW-leftW

	recv := []para{{spans: []span{{"Nơi nhận:", boldItalic}}, size: sizeRecvTitle, x: w.left, width: leftW}}
	dash := w.measure(regular, sizeRecv, "- ")
	archive := "VT, NV"
	for _, r := range d.Recipients {
		r = strings.TrimSpace(strings.TrimLeft(w.clean(r), "-–+• "))
		r = strings.TrimRight(r, ";.,")
		if r == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(r, "Lưu:"); ok {
			archive = strings.TrimSpace(rest)
			continue
		}
		recv = append(recv, para{spans: []span{{"- " + r + ";", regular}}, size: sizeRecv, x: w.left, width: leftW, hang: dash})
	}
	if a := strings.TrimRight(w.clean(d.Archive), "."); a != "" {
		archive = a
	}
	recv = append(recv, para{spans: []span{{"- Lưu: " + archive + ".", regular}}, size: sizeRecv, x: w.left, width: leftW, hang: dash})
	leftH := 0.0
	for _, p := range recv {
		leftH += w.height(p)
	}

	var sign []string
	sign = append(sign, w.lines(upper(d.SignerFor))...)
	sign = append(sign, w.lines(upper(d.SignerTitle))...)
	name := w.clean(d.SignerName)
	lh := lineHeight(sizeBody)
	signLines := 0
	for _, s := range sign {
		signLines += len(w.balance(w.words([]span{{s, bold}}, sizeBody), sizeBody, rightW))
	}
	rightH := float64(signLines)*lh + signSpace + lh

	return footer{
		height: max(leftH, rightH) + paraSpace,
		draw: func(w *writer) {
			top := w.y + paraSpace
			w.y = top
			for _, p := range recv {
				w.flow(p, 0)
			}
			y, _ := w.heading(sign, bold, sizeBody, rightX, rightW, top)
			w.heading([]string{name}, bold, sizeBody, rightX, rightW, y+signSpace)
			w.y = max(w.y, y+signSpace+lh)
		},
	}
}
