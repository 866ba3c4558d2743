package pdf

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Margins of the decision in mm, and the tolerance of poppler's boxes.
const (
	tol         = 0.3
	textLeft    = marginLeft
	textRight   = a4W - marginRight
	textTop     = marginTop
	textBottom  = a4H - marginBottom
	textCentreX = (textLeft + textRight) / 2
)

// sampleFile writes the Bắc Kạn decision with its appendix.
func sampleFile(t *testing.T) string {
	return writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, sampleDecision(), EmbeddedFonts()) })
}

// appendixStart returns the index of the first page of the appendix.
func appendixStart(t *testing.T, pages []string) int {
	t.Helper()
	for i, p := range pages {
		if strings.HasPrefix(p, "DANH SÁCH") {
			return i
		}
	}
	t.Fatal("no appendix page")
	return 0
}

func TestDecisionTextInOrder(t *testing.T) {
	pages := pageTexts(t, sampleFile(t))
	decision := strings.Join(pages[:appendixStart(t, pages)], " ")
	inOrder(t, decision,
		"ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
		"QUYẾT ĐỊNH",
		"Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
		"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
		"Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
		"Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;",
		"Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
		"Căn cứ Kế hoạch số 53/KH-UBND ngày 04/02/2021",
		"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 456/TTr-SNV ngày 18/6/2021.",
		"QUYẾT ĐỊNH:",
		"Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 27 tập thể và 31 cá nhân",
		"Điều 2. Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng 2.980.000 đồng",
		"Tổng số tiền thưởng là 126.650.000 đồng (Bằng chữ: Một trăm hai mươi sáu triệu sáu trăm năm mươi nghìn đồng)",
		"Điều 3.",
		"chịu trách nhiệm thi hành Quyết định này./.",
		"Nơi nhận:",
		"- Như Điều 3;",
		"- Chủ tịch, các PCT UBND tỉnh;",
		"- Ban Thi đua - Khen thưởng Trung ương;",
		"- Sở Tài chính;",
		"- Lưu: VT, NV.",
	)
	inOrder(t, decision, "Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lý Thị Hạnh")
	inOrder(t, decision, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QUYẾT ĐỊNH")
	for _, want := range []string{"Số: 123/QĐ-UBND", "Độc lập - Tự do - Hạnh phúc", "Bắc Kạn, ngày 24 tháng 6 năm 2021"} {
		if !strings.Contains(decision, want) {
			t.Errorf("%q is missing", want)
		}
	}
	if n := strings.Count(decision, "./."); n != 1 {
		t.Errorf(`"./." occurs %d times, want once, at the end of the last article`, n)
	}
}

// TestDecisionHeaderLayout checks the two-column header of Phụ lục I:
// faces, sizes, columns and the shared baseline of number and date.
func TestDecisionHeaderLayout(t *testing.T) {
	rs := runs(t, sampleFile(t))
	agency := find(t, rs, "ỦY BAN NHÂN DÂN")
	agency2 := find(t, rs, "TỈNH BẮC KẠN")
	nation := find(t, rs, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	motto := find(t, rs, "Độc lập - Tự do - Hạnh phúc")
	number := find(t, rs, "Số: 123/QĐ-UBND")
	date := find(t, rs, "Bắc Kạn, ngày 24 tháng 6 năm 2021")

	style := func(b box, bold, italic bool, size float64) {
		t.Helper()
		if b.bold != bold || b.italic != italic || b.size != size {
			t.Errorf("%q: bold %v italic %v size %g, want %v %v %g", b.text, b.bold, b.italic, b.size, bold, italic, size)
		}
	}
	style(agency, true, false, 13)
	style(agency2, true, false, 13)
	style(nation, true, false, 13)
	style(motto, true, false, 14)
	style(number, false, false, 13)
	style(date, false, true, 14)

	centre := func(b box) float64 { return (b.x0 + b.x1) / 2 }
	if d := math.Abs(centre(agency) - centre(agency2)); d > 1 {
		t.Errorf("issuing body lines not centred on each other: %.1f mm apart", d)
	}
	if d := math.Abs(centre(agency) - centre(number)); d > 1 {
		t.Errorf("number not centred under the issuing body: %.1f mm apart", d)
	}
	if d := math.Abs(centre(nation) - centre(motto)); d > 1 {
		t.Errorf("motto not centred under the national name: %.1f mm apart", d)
	}
	if d := math.Abs(centre(nation) - centre(date)); d > 1 {
		t.Errorf("date line not centred under the national name: %.1f mm apart", d)
	}
	if agency.x1 >= nation.x0 {
		t.Errorf("columns overlap: left ends at %.1f, right starts at %.1f", agency.x1, nation.x0)
	}
	if math.Abs(agency.y0-nation.y0) > 1 || agency.y0 < textTop-tol {
		t.Errorf("columns start at %.1f and %.1f mm, want both at the top margin", agency.y0, nation.y0)
	}
	// Same baseline: the boxes' bottoms differ only by the descents of 13
	// and 14 pt.
	base := func(b box) float64 { return b.y1 - descent*b.size*ptMM }
	if d := math.Abs(base(number) - base(date)); d > 0.8 {
		t.Errorf("number and date line not on one baseline: %.2f mm apart", d)
	}
	if number.y0 < agency2.y1 || date.y0 < motto.y1 {
		t.Error("number and date must come under the names")
	}
}

// TestDecisionBodyStyles checks the faces, sizes, indents, justification
// and spacing of the title, bases, articles and footer.
func TestDecisionBodyStyles(t *testing.T) {
	rs := runs(t, sampleFile(t))
	for _, c := range []struct {
		prefix       string
		bold, italic bool
		size         float64
		centred      bool
		x0           float64 // 0: not checked
	}{
		{"QUYẾT ĐỊNH", true, false, 14, true, 0},
		{"Về việc tặng Bằng khen", true, false, 14, true, 0},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", true, false, 14, true, 0},
		{"Căn cứ Luật Tổ chức", false, true, 14, false, textLeft + firstIndent},
		{"Luật sửa đổi, bổ sung", false, true, 14, false, textLeft},
		{"Theo đề nghị của", false, true, 14, false, textLeft + firstIndent},
		{"QUYẾT ĐỊNH:", true, false, 14, true, 0},
		{"Điều 1.", true, false, 14, false, textLeft + firstIndent},
		{"Tặng Bằng khen", false, false, 14, false, 0},
		{"Nơi nhận:", true, true, 12, false, textLeft},
		{"- Như Điều 3;", false, false, 11, false, textLeft},
		{"- Lưu: VT, NV.", false, false, 11, false, textLeft},
		{"KT. CHỦ TỊCH", true, false, 14, false, 0},
		{"PHÓ CHỦ TỊCH", true, false, 14, false, 0},
		{"Lý Thị Hạnh", true, false, 14, false, 0},
	} {
		b := find(t, rs, c.prefix)
		if b.text == "QUYẾT ĐỊNH:" && c.prefix == "QUYẾT ĐỊNH" {
			t.Fatal("title found after the decision line")
		}
		if b.bold != c.bold || b.italic != c.italic || b.size != c.size {
			t.Errorf("%q: bold %v italic %v size %g, want %v %v %g", c.prefix, b.bold, b.italic, b.size, c.bold, c.italic, c.size)
		}
		if c.centred && math.Abs((b.x0+b.x1)/2-textCentreX) > 1 {
			t.Errorf("%q not centred: %.1f–%.1f mm", c.prefix, b.x0, b.x1)
		}
		if c.x0 != 0 && math.Abs(b.x0-c.x0) > 0.5 {
			t.Errorf("%q starts at %.1f mm, want %.1f", c.prefix, b.x0, c.x0)
		}
	}

	// Justified: an inner line of a paragraph fills the text width.
	inner := find(t, rs, "và 31 cá nhân (có danh sách kèm theo)")
	if math.Abs(inner.x0-textLeft) > 0.5 || math.Abs(inner.x1-textRight) > 0.5 {
		t.Errorf("inner line of Điều 1 spans %.1f–%.1f mm, want %g–%g (justified)", inner.x0, inner.x1, textLeft, textRight)
	}
	// At least 6 pt between paragraphs: the step from a paragraph's last
	// line to the next paragraph exceeds the line step by about 2,1 mm.
	l1 := find(t, rs, "Căn cứ Luật Tổ chức")
	l2 := find(t, rs, "Luật sửa đổi, bổ sung")
	l3 := find(t, rs, "chính quyền địa phương ngày 22")
	next := find(t, rs, "Căn cứ Luật Thi đua")
	if lineStep, paraStep := l2.y0-l1.y0, next.y0-l3.y0; paraStep-lineStep < 6*ptMM-0.75 {
		t.Errorf("space between paragraphs %.2f mm, want ≥ 6 pt (%.2f mm)", paraStep-lineStep, 6*ptMM)
	}

	// The signature block: right of "Nơi nhận:", level with it, the name
	// centred under the title with room for signature and seal.
	recv := find(t, rs, "Nơi nhận:")
	kt := find(t, rs, "KT. CHỦ TỊCH")
	title := find(t, rs, "PHÓ CHỦ TỊCH")
	name := find(t, rs, "Lý Thị Hạnh")
	if kt.page != recv.page || name.page != recv.page {
		t.Errorf("footer split over pages %d, %d, %d", recv.page, kt.page, name.page)
	}
	if math.Abs(kt.y0-recv.y0) > 1.5 || kt.x0 < textCentreX-10 {
		t.Errorf("signature block at %.1f,%.1f, want level with Nơi nhận (%.1f) on the right", kt.x0, kt.y0, recv.y0)
	}
	if gap := name.y0 - title.y1; gap < 20 {
		t.Errorf("room for the signature %.1f mm, want ≥ 20", gap)
	}
	if d := math.Abs((name.x0+name.x1)/2 - (title.x0+title.x1)/2); d > 1 {
		t.Errorf("signer's name not centred under the title: %.1f mm", d)
	}
}

// TestDecisionPages checks A4 pages with pdfinfo, the margins with
// pdftotext -bbox and the page numbers: none on the first page of the
// decision and of the appendix, centred in the top margin on the others.
func TestDecisionPages(t *testing.T) {
	file := sampleFile(t)
	info := run(t, "pdfinfo", "-f", "1", "-l", "100", file)
	sizes := regexp.MustCompile(`Page +\d+ size: +([\d.]+) x ([\d.]+) pts`).FindAllStringSubmatch(info, -1)
	if len(sizes) < 4 {
		t.Fatalf("pdfinfo lists %d pages, want the decision and its appendix:\n%s", len(sizes), info)
	}
	for i, s := range sizes {
		if s[1] != "595.28" || s[2] != "841.89" {
			t.Errorf("page %d is %s x %s pt, want A4 595.28 x 841.89", i+1, s[1], s[2])
		}
	}

	ws, pages := words(t, file)
	first := appendixStart(t, pageTexts(t, file)) + 1 // page number of the appendix's first page
	numbers := map[int][]box{}
	for _, w := range ws {
		if w.y1 < textTop-tol {
			numbers[w.page] = append(numbers[w.page], w)
			continue
		}
		if w.x0 < textLeft-tol || w.x1 > textRight+tol || w.y1 > textBottom+tol {
			t.Errorf("page %d: %q at %.1f,%.1f–%.1f,%.1f mm is in the margins", w.page, w.text, w.x0, w.y0, w.x1, w.y1)
		}
	}
	for p := 1; p <= len(pages); p++ {
		want := p // numbering of the decision
		if p >= first {
			want = p - first + 1 // the appendix numbers its own pages
		}
		got := numbers[p]
		if want == 1 {
			if len(got) != 0 {
				t.Errorf("page %d: %q in the top margin of a first page", p, got[0].text)
			}
			continue
		}
		if len(got) != 1 || got[0].text != fmt.Sprint(want) {
			t.Errorf("page %d: top margin holds %v, want the number %d", p, got, want)
			continue
		}
		if c := (got[0].x0 + got[0].x1) / 2; math.Abs(c-textCentreX) > 0.5 {
			t.Errorf("page %d: number centred at %.1f mm, want %.1f", p, c, textCentreX)
		}
	}
	if first < 2 {
		t.Errorf("appendix starts on page %d, want a page of its own after the decision", first)
	}
}

// TestDecisionFonts checks with pdffonts that every font is embedded as a
// subset with a Unicode map, and that the file stays small although the
// four faces weigh 1,5 MB.
func TestDecisionFonts(t *testing.T) {
	file := sampleFile(t)
	out := run(t, "pdffonts", file)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2+4 {
		t.Fatalf("pdffonts lists fewer than 4 fonts:\n%s", out)
	}
	subset := regexp.MustCompile(`^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s`)
	for _, l := range lines[2:] {
		if !subset.MatchString(l) {
			t.Errorf("font not embedded as a subset with a Unicode map: %q", l)
		}
	}
	data := run(t, "pdfinfo", file)
	if m := regexp.MustCompile(`File size: +(\d+) bytes`).FindStringSubmatch(data); m == nil || num(m[1]) > 200_000 {
		t.Errorf("file size %v: fonts not subset?", m)
	}
}

// TestDecisionPageImages renders pages for people to look at.
func TestDecisionPageImages(t *testing.T) {
	file := sampleFile(t)
	first := appendixStart(t, pageTexts(t, file)) + 1
	render(t, file, 1, "decision-page1", 75)
	render(t, file, first-1, "decision-footer", 75)
	render(t, file, first, "appendix-page1", 75)
	render(t, file, first+1, "appendix-page2", 75)
}

// TestFooterKeptWhole moves the end of the decision down the page line by
// line: the footer is never split, never stands alone on a page, and goes
// with at least the last two lines of the last article.
func TestFooterKeptWhole(t *testing.T) {
	tool(t, "pdftohtml")
	footerPages := map[int]bool{}
	for extra := 0; extra <= 14; extra++ {
		d := sampleDecision()
		d.Appendix = nil
		d.Bases = nil
		for i := range extra {
			d.Bases = append(d.Bases, fmt.Sprintf("Căn cứ Quyết định số %d/QĐ-UBND của Ủy ban nhân dân tỉnh", 100+i))
		}
		file := writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) })
		rs := runs(t, file)
		recv := find(t, rs, "Nơi nhận:")
		footerPages[recv.page] = true
		for _, part := range []string{"- Lưu: VT, NV.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lý Thị Hạnh"} {
			if b := find(t, rs, part); b.page != recv.page {
				t.Errorf("extra %d: %q on page %d, Nơi nhận on page %d", extra, part, b.page, recv.page)
			}
		}
		body := 0
		for _, r := range rs {
			if r.page == recv.page && r.y0 >= textTop-tol && r.y1 <= recv.y0 && r.size == sizeBody && !r.bold {
				body++
			}
		}
		if body < 2 {
			t.Errorf("extra %d: %d lines of the articles above the footer on page %d, want ≥ 2", extra, body, recv.page)
		}
		end := find(t, rs, "thể, cá nhân có tên tại Điều 1")
		if end.page != recv.page {
			t.Errorf("extra %d: the article's last line is on page %d, the footer on %d", extra, end.page, recv.page)
		}
	}
	if !footerPages[1] || !footerPages[2] {
		t.Errorf("footer pages %v: the test should see it on page 1 and moved to page 2", footerPages)
	}
}

func TestDecisionRefusesIncomplete(t *testing.T) {
	var b bytes.Buffer
	d := sampleDecision()
	d.Number, d.SignerName = " ", ""
	d.Articles = []string{"  "}
	err := WriteDecision(&b, d, Fonts{})
	if err == nil {
		t.Fatal("no error for a decision without number, articles and signer")
	}
	for _, want := range []string{"số quyết định", "nội dung các điều", "họ tên người ký"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %q", err, want)
		}
	}
	if b.Len() != 0 {
		t.Errorf("%d bytes written for a refused decision", b.Len())
	}

	d = sampleDecision()
	d.Appendix.Individuals[1].Name = ""
	d.Appendix.Collectives[0].Money = -1
	err = WriteDecision(&b, d, Fonts{})
	if err == nil || !strings.Contains(err.Error(), "phần Cá nhân, dòng 2: thiếu tên") || !strings.Contains(err.Error(), "phần Tập thể, dòng 1") {
		t.Errorf("error %v, want the rows named", err)
	}
	if b.Len() != 0 {
		t.Errorf("%d bytes written for a refused appendix", b.Len())
	}
}

// TestDecisionTextIsNFC feeds decomposed (NFD) text and a character the
// font lacks: the page holds composed letters and a "?" instead of a box.
func TestDecisionTextIsNFC(t *testing.T) {
	d := sampleDecision()
	d.Appendix = nil
	d.SignerName = norm.NFD.String("Lý Thị Hạnh")
	d.Recipients = []string{norm.NFD.String("Sở Tài chính"), "Văn phòng 漢", "Sở Nội\u00ad vụ"}
	if d.SignerName == "Lý Thị Hạnh" {
		t.Fatal("test input is not decomposed")
	}
	text := strings.Join(pageTexts(t, writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) })), " ")
	for _, want := range []string{"Lý Thị Hạnh", "- Sở Tài chính;", "- Văn phòng ?;", "- Sở Nội vụ;"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q missing from %q", want, text)
		}
	}
	if !norm.NFC.IsNormalString(text) {
		t.Error("text read back is not NFC")
	}
}

// TestWriteDecisionConcurrently shares one Fonts between goroutines (run
// with -race).
func TestWriteDecisionConcurrently(t *testing.T) {
	fonts := EmbeddedFonts()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	sizes := make([]int, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			errs[i] = WriteDecision(&b, sampleDecision(), fonts)
			sizes[i] = b.Len()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil || sizes[i] < 10_000 {
			t.Errorf("goroutine %d: %v, %d bytes", i, err, sizes[i])
		}
	}
}

// A draft carries a boxed "DỰ THẢO" on every page and may lack its signer
// (FORMATS.md); an issued decision carries no mark.
func TestDecisionDraftMark(t *testing.T) {
	d := sampleDecision()
	d.Draft, d.SignerName = true, ""
	pages := pageTexts(t, writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, EmbeddedFonts()) }))
	if len(pages) < 2 {
		t.Fatalf("%d pages", len(pages))
	}
	for i, p := range pages {
		if !strings.Contains(p, "DỰ THẢO") {
			t.Errorf("page %d of the draft has no mark", i+1)
		}
		if strings.Contains(p, "123/QĐ-UBND") {
			t.Errorf("page %d of the draft shows the number: the clerk gives it on issue", i+1)
		}
	}
	if !strings.Contains(pages[0], "/QĐ-UBND") {
		t.Error("the draft's number line lost its symbol")
	}
	for i, p := range pageTexts(t, sampleFile(t)) {
		if strings.Contains(p, "DỰ THẢO") {
			t.Errorf("page %d of the issued decision carries the draft mark", i+1)
		}
	}
	d.Draft = false
	if err := WriteDecision(&bytes.Buffer{}, d, EmbeddedFonts()); err == nil || !strings.Contains(err.Error(), "họ tên người ký") {
		t.Errorf("an issued decision without signer: %v", err)
	}
}
