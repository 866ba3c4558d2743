package pdf

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tdkt/data/vn"
)

// thousandDecision is the Bắc Kạn decision with a 1,000-name appendix:
// 100 collectives and 900 individuals.
func thousandDecision() Decision {
	d := sampleDecision()
	d.Appendix = sampleAppendix(100, 900)
	return d
}

// BenchmarkDecision1000 renders a decision with a 1,000-name appendix
// (goal: under 0,5 s).
func BenchmarkDecision1000(b *testing.B) {
	d := thousandDecision()
	fonts := EmbeddedFonts()
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := WriteDecision(&buf, d, fonts); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1024, "KiB/pdf")
}

// BenchmarkLibreOfficeDocx1000 converts the same 1,000-name list, written
// as a .docx table (header row repeated, rows kept whole), to PDF with
// LibreOffice, for comparison with BenchmarkDecision1000. Skipped when
// soffice is not installed (apt-get install libreoffice-writer-nogui).
func BenchmarkLibreOfficeDocx1000(b *testing.B) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		b.Skip("soffice is missing: apt-get install libreoffice-writer-nogui")
	}
	dir := b.TempDir()
	docx := filepath.Join(dir, "danh-sach.docx")
	if err := writeListDocx(docx, thousandDecision()); err != nil {
		b.Fatal(err)
	}
	// A profile of its own, so that a LibreOffice already running is not
	// asked to do the work; the first run creates it and is not timed.
	profile := "-env:UserInstallation=file://" + filepath.Join(dir, "profile")
	convert := func() {
		cmd := exec.Command(soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("soffice: %v\n%s", err, out)
		}
	}
	convert()
	for b.Loop() {
		convert()
	}
	if st, err := os.Stat(filepath.Join(dir, "danh-sach.pdf")); err != nil || st.Size() == 0 {
		b.Fatalf("no PDF from LibreOffice: %v", err)
	}
	if keep := os.Getenv("TDKT_KEEP_DOCX"); keep != "" {
		for _, f := range []string{"danh-sach.docx", "danh-sach.pdf"} {
			data, _ := os.ReadFile(filepath.Join(dir, f))
			_ = os.WriteFile(filepath.Join(keep, f), data, 0o644)
		}
	}
}

// writeListDocx writes the appendix of d as a minimal WordprocessingML
// document: A4 with the decision's margins, Times New Roman 13 pt, the
// title lines, and a table whose header row repeats and whose rows do not
// split, as a clerk would make it in Word.
func writeListDocx(path string, d Decision) error {
	a := d.Appendix
	var body strings.Builder
	para := func(text string, bold, italic bool, center bool, size int) {
		body.WriteString("<w:p><w:pPr>")
		if center {
			body.WriteString(`<w:jc w:val="center"/>`)
		}
		body.WriteString("</w:pPr>")
		docxRun(&body, text, bold, italic, size)
		body.WriteString("</w:p>")
	}
	para("DANH SÁCH", true, false, true, 28)
	para(strings.ToUpper(a.Subtitle), true, false, true, 28)
	para(fmt.Sprintf("(Kèm theo Quyết định số %s ngày %s của %s)", d.Number, vn.DMY(d.Date), d.Issuer), false, true, true, 28)

	widths := []int{680, 3402, 3685, 1587} // twips: 12, 60, 65, 28 mm
	body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="9354" w:type="dxa"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&body, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
	}
	body.WriteString(`</w:tblBorders></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&body, `<w:gridCol w:w="%d"/>`, w)
	}
	body.WriteString(`</w:tblGrid>`)
	row := func(cells []string, bold, header bool, span int) {
		body.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if header {
			body.WriteString(`<w:tblHeader/>`)
		}
		body.WriteString(`</w:trPr>`)
		for i, c := range cells {
			w := widths[i]
			body.WriteString(`<w:tc><w:tcPr>`)
			if i == 0 && span > 1 {
				w = 0
				for _, x := range widths[:span] {
					w += x
				}
				fmt.Fprintf(&body, `<w:gridSpan w:val="%d"/>`, span)
			}
			fmt.Fprintf(&body, `<w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>`, w)
			docxRun(&body, c, bold, false, 26)
			body.WriteString(`</w:p></w:tc>`)
		}
		body.WriteString(`</w:tr>`)
	}
	row([]string{"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)"}, true, true, 1)
	nc, ni, mc, mi := a.Totals()
	for gi, g := range []struct {
		name string
		rows []Row
	}{{"I. Tập thể", a.Collectives}, {"II. Cá nhân", a.Individuals}} {
		row([]string{g.name}, true, false, 4)
		for i, r := range g.rows {
			row([]string{fmt.Sprint(i + 1), r.Name, r.Detail, vn.Money(r.Money)}, false, false, 1)
		}
		n, m := nc, mc
		if gi == 1 {
			n, m = ni, mi
		}
		row([]string{fmt.Sprintf("Cộng: %d", n), vn.Money(m)}, true, false, 3)
	}
	row([]string{fmt.Sprintf("Tổng cộng: %d (%d tập thể, %d cá nhân)", nc+ni, nc, ni), vn.Money(mc + mi)}, true, false, 3)
	body.WriteString(`</w:tbl>`)
	para("Bằng chữ: "+vn.MoneyWords(mc+mi)+".", false, true, false, 28)

	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		body.String() +
		`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>` +
		`</w:body></w:document>`
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", doc},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, f.data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// docxRun writes a WordprocessingML run in Times New Roman of size half-points.
func docxRun(b *strings.Builder, text string, bold, italic bool, size int) {
	b.WriteString(`<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>`)
	if bold {
		b.WriteString("<w:b/>")
	}
	if italic {
		b.WriteString("<w:i/>")
	}
	fmt.Fprintf(b, `<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>`, size, html.EscapeString(text))
}
