package pdf

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"tdkt/data/vn"
)

// Proposal is a tờ trình đề nghị khen thưởng as it is printed (Nghị định
// 30/2020/NĐ-CP, Phụ lục III): the header, number and date line of a
// decision, "TỜ TRÌNH" and its subject, "Kính gửi", the grounds, the
// proposal and its closing, "Nơi nhận" and the signer; then its list.
// Text is cleaned as a Decision's is.
type Proposal struct {
	ParentBody string
	Agency     string // "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
	Number     string // "12/TTr-UBND"
	Place      string
	Date       time.Time
	// Subject is the summary under "TỜ TRÌNH": "Về việc đề nghị tặng …".
	Subject string
	// Addressees follow "Kính gửi:"; one goes on the same line, several
	// are listed "- …;". A line starting with "(" is a note set under them
	// in italics ("(qua Ban Thi đua – Khen thưởng Trung ương, Bộ Nội vụ)").
	Addressees []string
	// Bases are the "Căn cứ ...;" lines, as a Decision's.
	Bases []string
	// Paragraphs are the body: the proposal, then the closing ("… kính
	// trình … xem xét, quyết định"); the last one ends with "./.".
	Paragraphs  []string
	SignerFor   string // "TM. ỦY BAN NHÂN DÂN", "\n" then "KT. CHỦ TỊCH" when a deputy signs
	SignerTitle string
	SignerName  string
	Recipients  []string // "Nơi nhận" lines, as a Decision's
	Archive     string   // "VT, NV" when empty
	// List is the danh sách đề nghị that goes with it, nil if none.
	List *ProposalList
	// Draft marks a proposal not yet issued: a boxed "DỰ THẢO" on every
	// page, and the signer may be missing.
	Draft bool
}

// ProposalList is the list of a proposal: who is proposed, each with the
// summary of their achievement (tóm tắt thành tích).
type ProposalList struct {
	Title    string // "DANH SÁCH" when empty
	Subtitle string // "TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG …", in capitals
	// Note is the bracketed line under the subtitle; empty means "(Kèm
	// theo Tờ trình số <number> ngày <date> của <By>)".
	Note string
	By   string // the proposing body in the note: "Ủy ban nhân dân tỉnh Bắc Kạn"
	// Collectives, Households and Individuals are the groups, numbered
	// I., II., III. when more than one has rows.
	Collectives []ProposalRow
	Households  []ProposalRow
	Individuals []ProposalRow
}

// ProposalRow is one line of a proposal's list.
type ProposalRow struct {
	Name        string
	Detail      string // chức vụ, đơn vị
	Achievement string // tóm tắt thành tích
}

// decision is the proposal as a Decision for the parts they share: the
// header, the number and date line, and the footer.
func (p Proposal) decision() Decision {
	return Decision{ParentBody: p.ParentBody, Agency: p.Agency, Number: p.Number, Place: p.Place, Date: p.Date,
		SignerFor: p.SignerFor, SignerTitle: p.SignerTitle, SignerName: p.SignerName, Recipients: p.Recipients,
		Archive: p.Archive, Draft: p.Draft}
}

// WriteProposal writes the proposal, and its list when it has one, as a
// PDF to out. Nothing is written when a required part is missing.
func WriteProposal(out io.Writer, p Proposal, fonts Fonts) error {
	if err := p.check(); err != nil {
		return err
	}
	w := newWriter(fonts, a4W, a4H, marginTop, marginRight, marginBottom, marginLeft)
	w.info("Tờ trình số "+p.Number, p.Subject, p.Agency, time.Time{})
	w.numbered = true
	if p.Draft {
		w.mark = "DỰ THẢO"
	}
	w.newPage()
	d := p.decision()
	d.drawHeader(w)
	y := w.titleAndSubject("TỜ TRÌNH", p.Subject)
	w.y = y + ruleGap + lineHeight(sizeBody)*0.8
	p.drawAddressees(w)
	p.drawBody(w, d)
	if p.List != nil {
		p.List.draw(w, p)
	}
	return w.finish(out)
}

func (p Proposal) check() error {
	var missing []string
	blank := func(s string) bool { return vn.Clean(s) == "" }
	need := func(ok bool, what string) {
		if !ok {
			missing = append(missing, what)
		}
	}
	need(!blank(p.Agency), "cơ quan ban hành")
	need(!blank(p.Number), "số tờ trình")
	need(!blank(p.Place), "địa danh")
	need(!p.Date.IsZero(), "ngày ban hành")
	need(!blank(p.Subject), "trích yếu")
	need(slices.ContainsFunc(p.Addressees, func(s string) bool { return !blank(s) }), "nơi kính gửi")
	need(slices.ContainsFunc(p.Paragraphs, func(s string) bool { return !blank(s) }), "nội dung đề nghị")
	if !p.Draft {
		need(!blank(p.SignerTitle), "chức vụ người ký")
		need(!blank(p.SignerName), "họ tên người ký")
	}
	if len(missing) > 0 {
		return fmt.Errorf("tờ trình %s chưa đủ thông tin: thiếu %s", vn.Clean(p.Number), strings.Join(missing, ", "))
	}
	if l := p.List; l != nil && len(l.Collectives)+len(l.Households)+len(l.Individuals) == 0 {
		return fmt.Errorf("danh sách kèm theo tờ trình %s không có tập thể, cá nhân nào", vn.Clean(p.Number))
	}
	return nil
}

// drawAddressees draws "Kính gửi: …" centred under the subject: one
// addressee on its line, several as a list "- …;" under "Kính gửi:".
func (p Proposal) drawAddressees(w *writer) {
	var to, notes []string
	for _, a := range p.Addressees {
		a = strings.TrimRight(w.clean(a), ";.")
		switch {
		case a == "":
		case strings.HasPrefix(a, "("):
			notes = append(notes, a)
		default:
			to = append(to, a)
		}
	}
	textW := w.textWidth()
	y := w.y
	if len(to) == 1 {
		y, _ = w.heading([]string{"Kính gửi: " + to[0] + "."}, regular, sizeBody, w.left, textW, y)
	} else {
		y, _ = w.heading([]string{"Kính gửi:"}, regular, sizeBody, w.left, textW, y)
		for i, a := range to {
			end := ";"
			if i == len(to)-1 {
				end = "."
			}
			y, _ = w.heading([]string{"- " + a + end}, regular, sizeBody, w.left, textW, y)
		}
	}
	y, _ = w.heading(notes, italic, sizeBody, w.left, textW, y)
	w.y = y + paraSpace*2
}

// drawBody draws the grounds, the paragraphs and the footer, the footer
// whole on one page with the end of the last paragraph.
func (p Proposal) drawBody(w *writer, d Decision) {
	for _, b := range p.Bases {
		if b = w.clean(b); b != "" {
			w.flow(bodyPara(span{basisLine(b), regular}), 0)
		}
	}
	var paras []string
	for _, s := range p.Paragraphs {
		if s = w.clean(s); s != "" {
			paras = append(paras, s)
		}
	}
	foot := d.footer(w)
	for i, s := range paras {
		reserve := 0.0
		if i == len(paras)-1 {
			s, reserve = lastArticle(s), foot.height
		}
		w.flow(bodyPara(span{s, regular}), reserve)
	}
	w.ensure(foot.height)
	foot.draw(w)
}

// proposalColumns are the list's columns for the text width: the
// nomination list's, with the achievement summary in place of money.
func proposalColumns(textW float64) []column {
	stt := column{"STT", 12, alignCenter}
	name := column{"Họ và tên / Tên tập thể", 42, alignLeft}
	detail := column{"Chức vụ, đơn vị", 42, alignLeft}
	return []column{stt, name, detail, {"Tóm tắt thành tích", textW - stt.width - name.width - detail.width, alignLeft}}
}

// draw draws the list on new pages numbered on their own: title, subtitle,
// note, then the table with its header row on every page, rows never
// split, and the total.
func (l *ProposalList) draw(w *writer, p Proposal) {
	w.startList(l.Title, l.Subtitle, listNote(w, l.Note, "Tờ trình", w.clean(p.Number), p.Date, l.By))
	t := w.newTable(proposalColumns(w.textWidth()))

	type group struct {
		name, unit string
		rows       []ProposalRow
	}
	var groups []group
	var parts []string
	n := 0
	for _, g := range []group{{"Tập thể", "tập thể", l.Collectives}, {"Hộ gia đình", "hộ gia đình", l.Households}, {"Cá nhân", "cá nhân", l.Individuals}} {
		if len(g.rows) > 0 {
			groups = append(groups, g)
			n += len(g.rows)
			parts = append(parts, vn.Int(int64(len(g.rows)))+" "+g.unit)
		}
	}
	total := w.row(t.cols, []string{countsLabel(parts, n)}, []int{len(t.cols)}, []align{alignCenter}, bold)
	for gi, g := range groups {
		head := t.heading(romans[gi] + ". " + g.name)
		for i, r := range g.rows {
			body := t.body([]string{strconv.Itoa(i + 1), r.Name, r.Detail, r.Achievement})
			need := body.height
			if gi == len(groups)-1 && i == len(g.rows)-1 {
				need += total.height // the total never stands alone on a page
			}
			if i == 0 && len(groups) > 1 {
				// A group's heading (only with two groups or more) never
				// ends a page.
				t.ensure(head.height + need)
				w.drawRow(head)
			}
			t.ensure(need)
			w.drawRow(body)
		}
	}
	t.ensure(total.height)
	w.drawRow(total)
}
