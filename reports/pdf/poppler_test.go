package pdf

import (
	"bytes"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The tests read the PDFs back with poppler-utils (pdftotext, pdffonts,
// pdfinfo, pdftohtml, pdftoppm), which CI installs; without them the tests
// that need them are skipped with a message.

// tool returns the path of a poppler tool or skips the test.
func tool(t testing.TB, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is missing (apt-get install poppler-utils): %v", name, err)
	}
	return p
}

// run runs a tool and returns its standard output.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(tool(t, name), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, errb.String())
	}
	return out.String()
}

// writePDF renders with write and saves the PDF in a temporary file.
func writePDF(t testing.TB, write func(*bytes.Buffer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", b.Bytes()[:min(20, b.Len())])
	}
	f := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(f, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return f
}

// pageTexts returns the text of each page as pdftotext reads it, runs of
// white space collapsed to one space.
func pageTexts(t testing.TB, file string) []string {
	t.Helper()
	pages := strings.Split(run(t, "pdftotext", "-enc", "UTF-8", file, "-"), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	for i, p := range pages {
		pages[i] = strings.Join(strings.Fields(p), " ")
	}
	return pages
}

// inOrder fails unless each of wants occurs in text after the previous one.
func inOrder(t testing.TB, text string, wants ...string) {
	t.Helper()
	at := 0
	for _, w := range wants {
		i := strings.Index(text[at:], w)
		if i < 0 {
			if strings.Contains(text, w) {
				t.Errorf("%q is out of order", w)
			} else {
				t.Errorf("%q is missing", w)
			}
			continue
		}
		at += i + len(w)
	}
}

// box is a word or a text line as poppler places it, in millimetres from
// the top left corner of its page.
type box struct {
	page           int // from 1
	text           string
	x0, y0, x1, y1 float64
	size           float64 // type size in pt (pdftohtml only)
	bold, italic   bool    // (pdftohtml only)
}

// pageSize is a page's size in millimetres.
type pageSize struct{ w, h float64 }

const ptToMM = 25.4 / 72

var (
	bboxPage = regexp.MustCompile(`<page width="([\d.]+)" height="([\d.]+)">`)
	bboxWord = regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>`)
)

// words returns every word of the PDF with its box (pdftotext -bbox).
func words(t testing.TB, file string) ([]box, []pageSize) {
	t.Helper()
	var out []box
	var pages []pageSize
	for _, line := range strings.Split(run(t, "pdftotext", "-bbox", file, "-"), "\n") {
		if m := bboxPage.FindStringSubmatch(line); m != nil {
			pages = append(pages, pageSize{num(m[1]) * ptToMM, num(m[2]) * ptToMM})
			continue
		}
		if m := bboxWord.FindStringSubmatch(line); m != nil {
			out = append(out, box{page: len(pages), text: html.UnescapeString(m[5]),
				x0: num(m[1]) * ptToMM, y0: num(m[2]) * ptToMM, x1: num(m[3]) * ptToMM, y1: num(m[4]) * ptToMM})
		}
	}
	return out, pages
}

var (
	xmlPage = regexp.MustCompile(`<page number="(\d+)"`)
	xmlFont = regexp.MustCompile(`<fontspec id="(\d+)" size="(-?[\d.]+)"`)
	xmlText = regexp.MustCompile(`<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">(.*)</text>`)
	xmlTag  = regexp.MustCompile(`</?[bi]>`)
)

// runs returns the PDF's text runs with their type size and face, as
// pdftohtml -xml reads them (sizes rounded to whole points).
func runs(t testing.TB, file string) []box {
	t.Helper()
	sizes := map[string]float64{}
	var out []box
	page := 0
	for _, line := range strings.Split(run(t, "pdftohtml", "-xml", "-i", "-stdout", "-zoom", "1", file), "\n") {
		if m := xmlPage.FindStringSubmatch(line); m != nil {
			page, _ = strconv.Atoi(m[1])
		}
		if m := xmlFont.FindStringSubmatch(line); m != nil {
			sizes[m[1]] = num(m[2])
		}
		if m := xmlText.FindStringSubmatch(line); m != nil {
			inner := m[6]
			x, y := num(m[2])*ptToMM, num(m[1])*ptToMM
			out = append(out, box{
				page: page, text: html.UnescapeString(xmlTag.ReplaceAllString(inner, "")),
				x0: x, y0: y, x1: x + num(m[3])*ptToMM, y1: y + num(m[4])*ptToMM,
				size: sizes[m[5]], bold: strings.Contains(inner, "<b>"), italic: strings.Contains(inner, "<i>"),
			})
		}
	}
	return out
}

// find returns the first run or word whose text starts with prefix.
func find(t testing.TB, boxes []box, prefix string) box {
	t.Helper()
	for _, b := range boxes {
		if strings.HasPrefix(b.text, prefix) {
			return b
		}
	}
	t.Fatalf("no text starting with %q", prefix)
	return box{}
}

// exact returns the first run or word whose text is text.
func exact(t testing.TB, boxes []box, text string) box {
	t.Helper()
	for _, b := range boxes {
		if b.text == text {
			return b
		}
	}
	t.Fatalf("no text %q", text)
	return box{}
}

func num(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

// render saves page (from 1) of the PDF as testdata/name.png for people to
// look at.
func render(t testing.TB, file string, page int, name string, dpi int) {
	t.Helper()
	p := strconv.Itoa(page)
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	run(t, "pdftoppm", "-png", "-r", strconv.Itoa(dpi), "-f", p, "-l", p, "-singlefile", file, filepath.Join("testdata", name))
	if st, err := os.Stat(filepath.Join("testdata", name+".png")); err != nil || st.Size() == 0 {
		t.Fatalf("no page image: %v", err)
	}
}
