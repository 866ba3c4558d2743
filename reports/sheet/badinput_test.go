package sheet

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"
)

// Workbook parts written by hand, so that the tests control exactly what
// the sheet's XML holds (formulas with and without values, merges, hidden
// rows, references beyond Excel's limits).
const (
	contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
	rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	workbookXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`
	workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
	sheetOpen  = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
	sheetClose = `</worksheet>`
)

// rawSheetName is the sheet of rawBook.
const rawSheetName = "Danh sách"

// rawBook writes an .xlsx whose only sheet, "Danh sách", has the given
// XML inside <worksheet> (sheetData, mergeCells, ...).
func rawBook(t testing.TB, inner string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "raw.xlsx")
	if err := os.WriteFile(path, rawBookBytes(inner), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func rawBookBytes(inner string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range [][2]string{
		{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbookXML},
		{"xl/_rels/workbook.xml.rels", workbookRels}, {"xl/worksheets/sheet1.xml", sheetOpen + inner + sheetClose},
	} {
		w, _ := zw.Create(p[0])
		io.WriteString(w, p[1])
	}
	zw.Close()
	return buf.Bytes()
}

// str is an inline-string cell.
func str(ref, text string) string {
	return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, ref, text)
}

// headerRow is row 1 with the headers of cols (Họ và tên, Ngày sinh, Số phiếu).
var headerRow = `<row r="1">` + str("A1", "Họ và tên") + str("B1", "Ngày sinh") + str("C1", "Số phiếu") + `</row>`

// readRaw opens a raw workbook and reads its sheet by cols.
func readRaw(t *testing.T, inner string) (*Table, bool, problem.List) {
	t.Helper()
	path := rawBook(t, inner)
	f, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer f.Close()
	c := NewCollector(path)
	tab, ok := ReadTable(f, c, rawSheetName, cols)
	return tab, ok, c.Problems
}

// TestOpenRefusesWhatIsNotAWorkbook: each kind of file people send instead
// of an .xlsx is refused by Open with its own Vietnamese message.
func TestOpenRefusesWhatIsNotAWorkbook(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := rawBookBytes(`<sheetData>` + headerRow + `</sheetData>`)
	// An Excel 97–2003 file: the OLE compound-file signature, then sectors.
	xls := append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 4096)...)
	copy(xls[600:], "W\x00o\x00r\x00k\x00b\x00o\x00o\x00k\x00")
	// A workbook saved with an opening password, as excelize encrypts it.
	enc := excelize.NewFile()
	enc.SetCellStr("Sheet1", "A1", "Họ và tên")
	encPath := filepath.Join(dir, "matkhau.xlsx")
	if err := enc.SaveAs(encPath, excelize.Options{Password: "123456"}); err != nil {
		t.Fatal(err)
	}
	var docx bytes.Buffer
	zw := zip.NewWriter(&docx)
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, "<w:document/>")
	zw.Close()
	// A download damaged in transit: the sheet's bytes do not match its checksum.
	var damaged bytes.Buffer
	zw = zip.NewWriter(&damaged)
	for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbookXML},
		{"xl/_rels/workbook.xml.rels", workbookRels}} {
		w, _ := zw.Create(p[0])
		io.WriteString(w, p[1])
	}
	body := sheetOpen + `<sheetData>` + headerRow + `</sheetData>` + sheetClose
	w, _ = zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Store, CRC32: crc32.ChecksumIEEE([]byte(body)) ^ 1,
		CompressedSize64: uint64(len(body)), UncompressedSize64: uint64(len(body))})
	io.WriteString(w, body)
	zw.Close()
	var many bytes.Buffer
	zw = zip.NewWriter(&many)
	for i := 0; i <= MaxParts; i++ {
		zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("xl/p%d.xml", i), Method: zip.Store})
	}
	zw.Close()

	tests := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "khongco.xlsx"), "không tìm thấy tệp"},
		{"folder", dir, "đây là thư mục"},
		{"empty file", write("rong.xlsx", nil), "tệp rỗng (0 byte)"},
		{"csv renamed", write("danhsach.xlsx", []byte("STT,Họ và tên,Ngày sinh\n1,Nguyễn Văn An,30/04/1975\n")), "văn bản thuần, ví dụ tệp .csv"},
		{"html saved as xls", write("baocao.xlsx", []byte("\xef\xbb\xbf<html><table><tr><td>1</td></tr></table></html>")), "trang HTML hoặc XML"},
		{"binary junk", write("rac.xlsx", []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0}), "không phải tệp Excel .xlsx"},
		{"xls renamed", write("cu.xlsx", xls), "tệp Excel 97–2003 (.xls)"},
		{"password", encPath, "có mật khẩu mở tệp"},
		{"empty zip", write("trong.xlsx", []byte("PK\x05\x06"+strings.Repeat("\x00", 18))), "tệp nén rỗng"},
		{"truncated download", write("dodang.xlsx", good[:len(good)/2]), "bị hỏng hoặc chưa tải về hết"},
		{"damaged part", write("hong.xlsx", damaged.Bytes()), "phần xl/worksheets/sheet1.xml không giải nén đúng"},
		{"docx renamed", write("vanban.xlsx", docx.Bytes()), "văn bản Word .docx"},
		{"too many parts", write("nhieu.xlsx", many.Bytes()), "quá nhiều so với một bảng tính thật"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Open(tt.path)
			if err == nil {
				f.Close()
				t.Fatal("opened")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q, want %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.path) {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

// TestZipBomb: a workbook whose sheet unpacks to more than MaxUnzipSize is
// refused from the sizes the zip declares, without unpacking it; one that
// lies about its size is stopped by the zip reader at the declared size.
func TestZipBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses 520 MB")
	}
	dir := t.TempDir()
	// An honest bomb: 520 MB of one repeated row, about 0,5 MB compressed.
	bomb := filepath.Join(dir, "bom.xlsx")
	out, err := os.Create(bomb)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(out)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbookXML},
		{"xl/_rels/workbook.xml.rels", workbookRels}} {
		w, _ := zw.Create(p[0])
		io.WriteString(w, p[1])
	}
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	io.WriteString(w, sheetOpen+"<sheetData>")
	row := bytes.Repeat([]byte(`<row><c t="inlineStr"><is><t>AAAAAAAAAAAAAAAAAAAA</t></is></c></row>`), 1<<14)
	for written := 0; written < 520<<20; written += len(row) {
		w.Write(row)
	}
	io.WriteString(w, "</sheetData>"+sheetClose)
	zw.Close()
	out.Close()
	fi, _ := os.Stat(bomb)
	t.Logf("bomb: %d KB on disk", fi.Size()>>10)
	_, err = Open(bomb)
	if err == nil || !strings.Contains(err.Error(), "giải nén ra quá lớn") || !strings.Contains(err.Error(), "bom nén") {
		t.Fatalf("honest bomb: %v", err)
	}

	// A lying bomb: the sheet's header says 1 KB, its data inflates to 64 MB.
	var payload bytes.Buffer
	fw, _ := flate.NewWriter(&payload, flate.BestSpeed)
	big := append([]byte(sheetOpen+"<sheetData>"), bytes.Repeat([]byte("<row/>"), (64<<20)/6)...)
	fw.Write(big)
	fw.Close()
	liar := filepath.Join(dir, "noidoi.xlsx")
	out, _ = os.Create(liar)
	zw = zip.NewWriter(out)
	for _, p := range [][2]string{{"[Content_Types].xml", contentTypes}, {"_rels/.rels", rootRels}, {"xl/workbook.xml", workbookXML},
		{"xl/_rels/workbook.xml.rels", workbookRels}} {
		w, _ := zw.Create(p[0])
		io.WriteString(w, p[1])
	}
	raw, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate,
		CRC32: crc32.ChecksumIEEE(big), CompressedSize64: uint64(payload.Len()), UncompressedSize64: 1024})
	if err != nil {
		t.Fatal(err)
	}
	raw.Write(payload.Bytes())
	zw.Close()
	out.Close()
	f, err := Open(liar)
	if err == nil {
		f.Close()
		t.Fatal("a zip lying about its sizes was opened")
	}
	if !strings.Contains(err.Error(), "bị hỏng") {
		t.Errorf("lying bomb: %v", err)
	}
}

// TestReadTableBadInput lists what a sheet may hold that its values do not
// show, and the rule tdkt applies to each (see Table).
func TestReadTableBadInput(t *testing.T) {
	type check func(t *testing.T, tab *Table, ok bool, ps problem.List)
	// wantProblem expects exactly one problem with this rule, at this cell
	// (or row, for whole-row problems) and with this text.
	wantProblem := func(rule problem.Rule, row int, cell, text string) check {
		return func(t *testing.T, tab *Table, ok bool, ps problem.List) {
			t.Helper()
			if len(ps) != 1 || ps[0].Rule != rule || ps[0].Row != row || ps[0].Cell != cell || !strings.Contains(ps[0].String(), text) {
				t.Fatalf("problems %v; want one %s at row %d %s saying %q", ps, rule, row, cell, text)
			}
			if !strings.Contains(ps[0].String(), `raw.xlsx, sheet "Danh sách"`) {
				t.Errorf("%q does not name the file and sheet", ps[0].String())
			}
		}
	}
	names := func(want ...string) check {
		return func(t *testing.T, tab *Table, ok bool, ps problem.List) {
			t.Helper()
			if !ok || len(ps) != 0 {
				t.Fatalf("ok %v, problems %v", ok, ps)
			}
			var got []string
			for _, r := range tab.Rows() {
				if !r.Empty() {
					got = append(got, r.Text("Họ và tên"))
				}
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("names %q, want %q", got, want)
			}
		}
	}
	tests := []struct {
		name  string
		inner string
		check check
	}{
		{"empty sheet", `<sheetData/>`, func(t *testing.T, tab *Table, ok bool, ps problem.List) {
			if ok || len(ps) != 1 || ps[0].Rule != "header" || !strings.Contains(ps[0].Message, "sheet trống") {
				t.Fatalf("ok %v, %v", ok, ps)
			}
		}},
		{"header only", `<sheetData>` + headerRow + `</sheetData>`, names()},
		{"sparse up to Excel's last row and column", `<sheetData>` + strings.Replace(headerRow, `</row>`, str("XFD1", "Cột cuối")+`</row>`, 1) +
			`<row r="1048576">` + str("A1048576", "Dòng Cuối Cùng") + `<c r="C1048576"><v>7</v></c></row></sheetData>`,
			func(t *testing.T, tab *Table, ok bool, ps problem.List) {
				if !ok || len(ps) != 0 {
					t.Fatalf("ok %v, %v", ok, ps)
				}
				rows := tab.Rows()
				last := rows[len(rows)-1]
				if last.Num != 1048576 || last.Text("Họ và tên") != "Dòng Cuối Cùng" || last.Cell("Số phiếu") != "C1048576" {
					t.Fatalf("last row %d %q %s", last.Num, last.Text("Họ và tên"), last.Cell("Số phiếu"))
				}
				if n, ok, _ := last.Int("Số phiếu"); !ok || n != 7 {
					t.Fatalf("Số phiếu %d", n)
				}
			}},
		{"row beyond Excel's last row", `<sheetData>` + headerRow + `<row r="1048577">` + str("A1048577", "x") + `</row></sheetData>`,
			wantProblem(problem.Unreadable, 0, "", "lớn hơn 1.048.576")},
		// excelize's GetRows stops at a bad reference and returns the rows
		// before it without an error: the rest of the list would be lost.
		{"cell beyond Excel's last column", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `</row><row r="3">` + str("XFE3", "x") +
			`</row><row r="4">` + str("A4", "Bình") + `</row></sheetData>`, wantProblem(problem.Unreadable, 0, "", "nội dung sheet bị hỏng")},
		{"formula with a cached value", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") +
			`<c r="B2"><f>DATE(1975,4,30)</f><v>27514</v></c><c r="C2"><f>SUM(1,2)</f><v>3</v></c></row></sheetData>`,
			func(t *testing.T, tab *Table, ok bool, ps problem.List) {
				if !ok || len(ps) != 0 {
					t.Fatalf("ok %v, %v", ok, ps)
				}
				r := tab.Rows()[0]
				d, _, _ := r.Date("Ngày sinh")
				n, _, _ := r.Int("Số phiếu")
				if d.Format("02/01/2006") != "30/04/1975" || n != 3 {
					t.Fatalf("date %v, number %d", d, n)
				}
			}},
		{"formula without a value", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `<c r="C2"><f>B2*2</f></c></row></sheetData>`,
			wantProblem(problem.FormulaNoValue, 2, "C2", "công thức =B2*2 nhưng tệp không lưu kết quả tính")},
		{"shared formula without a value", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `<c r="C2"><f t="shared" ref="C2:C3" si="0">1+1</f><v>2</v></c></row>` +
			`<row r="3">` + str("A3", "Bình") + `<c r="C3"><f t="shared" si="0"/></c></row></sheetData>`,
			wantProblem(problem.FormulaNoValue, 3, "C3", `cột "Số phiếu" (C3): ô có công thức nhưng`)},
		{"formula without a value in a column not read", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `<c r="F2"><f>NOW()</f></c></row></sheetData>`, names("An")},
		{"formula with an empty text value", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `<c r="B2" t="str"><f>IF(1,"","")</f><v></v></c></row></sheetData>`, names("An")},
		{"formula error value", `<sheetData>` + headerRow + `<row r="2"><c r="A2" t="e"><f>VLOOKUP(1,Z:Z,2,0)</f><v>#N/A</v></c></row></sheetData>`,
			wantProblem(problem.FormulaError, 2, "A2", "giá trị lỗi #N/A")},
		{"namespace prefixes", `<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + strings.ReplaceAll(strings.ReplaceAll(headerRow, "<row", "<x:row"), "</row", "</x:row") +
			`<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>An</x:t></x:is></x:c><x:c r="C2"><x:f>1+1</x:f></x:c></x:row></x:sheetData>`,
			wantProblem(problem.FormulaNoValue, 2, "C2", "=1+1")},
		{"merged cells below the header", `<sheetData>` + headerRow +
			`<row r="2">` + str("A2", "Nguyễn Văn An") + str("B2", "1975") + `</row><row r="3"><c r="B3"><v>1980</v></c></row><row r="4"><c r="B4"><v>1981</v></c></row>` +
			`<row r="5">` + str("A5", "Lê Thị Hoa") + `</row></sheetData><mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>`,
			names("Nguyễn Văn An", "Nguyễn Văn An", "Nguyễn Văn An", "Lê Thị Hoa")},
		{"merged cells across columns", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "I. TẬP THỂ") + `</row><row r="3">` + str("A3", "An") + `</row></sheetData>` +
			`<mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells>`, names("I. TẬP THỂ", "An")},
		{"merged header", `<sheetData>` + headerRow + `<row r="2">` + str("B2", "dd/mm/yyyy") + `</row></sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>`,
			wantProblem(problem.MergedHeader, 1, "A1:A2", "dòng tiêu đề chỉ là dòng 1")},
		{"hidden rows with data", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `</row><row r="3" hidden="1">` + str("A3", "Bình") +
			`</row><row r="4" hidden="true">` + str("A4", "Chi") + `</row><row r="5">` + str("A5", "Dũng") + `</row></sheetData>`,
			wantProblem(problem.HiddenRow, 3, "", "các dòng 3–4 đang bị ẩn")},
		{"hidden empty row and hidden column", `<cols><col min="2" max="2" hidden="1" width="0"/></cols><sheetData>` + headerRow +
			`<row r="2">` + str("A2", "An") + str("B2", "1975") + `</row><row r="3" hidden="1"/><row r="4">` + str("A4", "Bình") + `</row></sheetData>`,
			func(t *testing.T, tab *Table, ok bool, ps problem.List) {
				names("An", "Bình")(t, tab, ok, ps)
				if b, y, _, _ := tab.Rows()[0].Birth("Ngày sinh"); !y || b.Year() != 1975 {
					t.Errorf("hidden column not read: %v", b)
				}
			}},
		{"control characters", `<sheetData>` + headerRow + `<row r="2">` + str("A2", "Trần_x0001_ Thị_x0009_Hoa&#10;") + str("B2", "_x000B_1975") +
			`</row><row r="3">` + str("A3", "Lê\u200b Văn\u00a0\u00a0Bình") + `</row></sheetData>`,
			func(t *testing.T, tab *Table, ok bool, ps problem.List) {
				names("Trần Thị Hoa", "Lê Văn Bình")(t, tab, ok, ps)
				if b, y, _, p := tab.Rows()[0].Birth("Ngày sinh"); p != nil || !y || b.Year() != 1975 {
					t.Errorf("birth %v %v", b, p)
				}
			}},
		{"a name of 1.000 characters is read whole (the store sets the limit)", `<sheetData>` + headerRow + `<row r="2">` + str("A2", strings.Repeat("Nguyễn ", 142)+"Anh") + `</row></sheetData>`,
			func(t *testing.T, tab *Table, ok bool, ps problem.List) {
				if n := len([]rune(tab.Rows()[0].Text("Họ và tên"))); n != 997 {
					t.Fatalf("%d characters", n)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, ok, ps := readRaw(t, tt.inner)
			tt.check(t, tab, ok, ps)
		})
	}
}

// TestReadTableWrongSheet: asking for a sheet the workbook does not have.
func TestReadTableWrongSheet(t *testing.T) {
	path := rawBook(t, `<sheetData>`+headerRow+`</sheetData>`)
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, ok := FindSheet(f, "Phiếu bầu"); ok {
		t.Fatal("found a sheet that is not there")
	}
	c := NewCollector(path)
	if _, ok := ReadTable(f, c, "Phiếu bầu", cols); ok || len(c.Problems) != 1 || c.Problems[0].Rule != "unreadable" {
		t.Fatalf("ok %v, %v", ok, c.Problems)
	}
	if errors.Is(c.Problems.Err(), os.ErrNotExist) {
		t.Fatal("unexpected error kind")
	}
}

// TestStreamScanChunks: merged ranges and formulas are found wherever the
// chunk boundaries fall, each range once.
func TestStreamScanChunks(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<sheetData>`)
	for i := 2; i < 40; i++ {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, i, i, i)
	}
	b.WriteString(`</sheetData><mergeCells count="50">`)
	for i := 0; i < 50; i++ {
		fmt.Fprintf(&b, `<mergeCell ref="B%d:C%d"/>`, 2*i+2, 2*i+3)
	}
	b.WriteString(`</mergeCells>`)
	plain := b.String()
	withFormula := strings.Replace(plain, `<v>17</v>`, `<f>1+1</f>`, 1)
	for _, chunk := range []int{1, 7, 64, 100, 1 << 20} {
		f, merges, err := streamScan(strings.NewReader(plain), chunk, 64)
		if err != nil || f || len(merges) != 50 {
			t.Fatalf("chunk %d: formulas %v, %d merges, %v", chunk, f, len(merges), err)
		}
		for i, m := range merges {
			if m.top != 2*i+2 || m.bottom != 2*i+3 || m.left != 2 || m.right != 3 {
				t.Fatalf("chunk %d: merge %d = %+v", chunk, i, m)
			}
		}
		if f, _, _ := streamScan(strings.NewReader(withFormula), chunk, 64); !f {
			t.Fatalf("chunk %d: formula not found", chunk)
		}
	}
}
