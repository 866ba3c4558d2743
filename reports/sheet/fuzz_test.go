package sheet

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// FuzzReadTable gives the sheet reader arbitrary worksheet XML: rows and
// cells of any shape after a good header row, and anything after the
// sheet data (merged ranges, columns, junk). It must never panic, and
// whatever it returns must be usable: problems with a message and a
// location, rows numbered below the header, cells that exist.
func FuzzReadTable(f *testing.F) {
	f.Add(`<row r="2">`+str("A2", "Nguyễn Văn An")+`<c r="B2"><v>27514</v></c><c r="C2"><v>12</v></c></row>`, ``)
	f.Add(`<row r="2">`+str("A2", "An")+`</row><row r="3"><c r="B3"><v>1980</v></c></row>`, `<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>`)
	f.Add(`<row r="2" hidden="1">`+str("A2", "An")+`</row><row r="5"><c r="C5"><f>1+1</f></c></row>`, `<mergeCells><mergeCell ref="A1:C3"/></mergeCells>`)
	// Rows near Excel's last row are in the unit tests: a million rows
	// per run would slow the fuzzer down a thousandfold.
	f.Add(`<row r="1048">`+str("A1048", "x")+`</row>`, `<mergeCell ref="A2:XFD1048"/>`)
	f.Add(`<row r="0"><c r="A0"><v>1</v></c></row><row><c><v>2</v></c><c t="e"><v>#REF!</v></c></row>`, `<cols><col min="1" max="3" hidden="1"/></cols>`)
	f.Add(`<row r="2"><c r="B2" t="s"><v>99</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="d"><v>2021-05-23T00:00:00</v></c></row>`, ``)
	f.Add(`<row r="2"><c r="A2" t="inlineStr"><is><t>_x0001__x005F_x0041_</t></is></c></row>`, `<mergeCells><mergeCell ref="$B$2:$A$1"/><mergeCell ref="B:B"/></mergeCells>`)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data, tail string) {
		inner := `<sheetData>` + headerRow + data + `</sheetData>` + tail
		path := filepath.Join(dir, "fuzz.xlsx")
		if err := os.WriteFile(path, rawBookBytes(inner), 0o644); err != nil {
			t.Fatal(err)
		}
		book, err := Open(path)
		if err != nil {
			return
		}
		defer book.Close()
		c := NewCollector(path)
		tab, ok := ReadTable(book, c, rawSheetName, cols)
		for _, p := range c.Problems {
			if p.Message == "" || !utf8.ValidString(p.Message) || strings.Contains(p.Message, "%!") || p.Sheet != rawSheetName || p.File != "fuzz.xlsx" {
				t.Fatalf("bad problem %+v", p)
			}
		}
		if tab == nil {
			if ok {
				t.Fatal("ok without a table")
			}
			if len(c.Problems) == 0 {
				t.Fatal("no table and no problem")
			}
			return
		}
		for i, r := range tab.Rows() {
			if r.Num != i+2 || r.Num > excelize.TotalRows {
				t.Fatalf("row %d numbered %d", i, r.Num)
			}
			for _, col := range cols {
				text := r.Text(col.Name)
				if !utf8.ValidString(text) || strings.TrimSpace(text) != text {
					t.Fatalf("text %q", text)
				}
				if cell := r.Cell(col.Name); cell != "" {
					if _, row, err := excelize.CellNameToCoordinates(cell); err != nil || row != r.Num {
						t.Fatalf("cell %q of row %d: %v", cell, r.Num, err)
					}
				}
			}
			r.Int("Số phiếu")
			r.Date("Ngày sinh")
			r.Birth("Ngày sinh")
		}
	})
}

// FuzzOpen gives Open arbitrary bytes as a file (seeded with real
// workbooks and the look-alikes people send). It must never panic; a file
// it opens can be listed and read sheet by sheet.
func FuzzOpen(f *testing.F) {
	f.Add(rawBookBytes(`<sheetData>` + headerRow + `<row r="2">` + str("A2", "An") + `</row></sheetData>`))
	f.Add([]byte("STT,Họ và tên\n1,An\n"))
	f.Add(append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 600)...))
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	nf := excelize.NewFile()
	nf.SetCellStr("Sheet1", "A1", "Họ và tên")
	if buf, err := nf.WriteToBuffer(); err == nil {
		f.Add(buf.Bytes())
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "fuzz.xlsx")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		book, err := Open(path)
		if err != nil {
			if !strings.Contains(err.Error(), path) || !utf8.ValidString(err.Error()) {
				t.Fatalf("error %q does not name the file or is not valid text", err)
			}
			return
		}
		defer book.Close()
		for _, name := range book.GetSheetList() {
			c := NewCollector(path)
			ReadTable(book, c, name, cols)
		}
	})
}
