package nominations

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"tdkt/data/problem"

	"tdkt/data"
)

// xmlBook is a nomination workbook whose sheet Đề nghị khen thưởng has the
// template's header row, then rows (raw XML inside <sheetData>), then tail
// (raw XML after it: merged cells, columns, anything).
func xmlBook(rows, tail string) []byte {
	var hdr bytes.Buffer
	hdr.WriteString(`<row r="1">`)
	for i, h := range header {
		fmt.Fprintf(&hdr, `<c r="%c1" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+i, h)
	}
	hdr.WriteString(`</row>`)
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="` + SheetNominations + `" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
			hdr.String() + rows + `</sheetData>` + tail + `</worksheet>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, _ := zw.Create(p[0])
		io.WriteString(w, p[1])
	}
	zw.Close()
	return buf.Bytes()
}

// counts are the rows an import may add, by table.
func counts(t *testing.T, st *data.Store) [4]int {
	t.Helper()
	var c [4]int
	for i, table := range []string{"nominations", "nominees", "campaigns", "audit_log"} {
		if err := st.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&c[i]); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// FuzzImportSheetXML gives the nomination importer a workbook whose rows
// are arbitrary worksheet XML: any cells, types, formulas, merges, hidden
// rows, references. Whatever comes, it must not panic, and it either adds
// exactly what it reports (and one audit line) or refuses with a message
// and writes nothing at all.
func FuzzImportSheetXML(f *testing.F) {
	cell := func(ref, text string) string {
		return fmt.Sprintf(`<c r="%s" t="inlineStr"><is><t>%s</t></is></c>`, ref, text)
	}
	good := `<row r="2"><c r="A2"><v>1</v></c>` + cell("B2", "Cá nhân") + cell("C2", "Nguyễn Văn An") + `<c r="D2"><v>27514</v></c>` +
		cell("E2", "Nam") + cell("H2", "Giấy khen") + cell("K2", "Sở Nội vụ") + `</row>`
	f.Add(good, ``)
	f.Add(good+`<row r="3">`+cell("B3", "Tập thể")+cell("C3", "Tổ bầu cử số 1")+cell("H3", "Giấy khen")+`</row><row r="4">`+cell("B4", "Tập thể")+cell("C4", "Tổ bầu cử số 2")+cell("H4", "Giấy khen")+`</row>`,
		`<mergeCells count="1"><mergeCell ref="K2:K4"/></mergeCells>`)
	f.Add(`<row r="2" hidden="1">`+cell("B2", "Cá nhân")+cell("C2", "Lê Thị Hoa")+cell("H2", "Giấy khen")+`</row>`, ``)
	f.Add(`<row r="2">`+cell("B2", "Cá nhân")+cell("C2", "Trần Văn Bình")+`<c r="D2"><f>DATE(1980,1,2)</f></c>`+cell("H2", "Giấy khen")+`</row>`, ``)
	f.Add(`<row r="2">`+cell("B2", "Cá nhân")+`<c r="C2" t="e"><v>#REF!</v></c>`+cell("H2", "Giấy khen")+`</row>`, `<cols><col min="3" max="3" hidden="1"/></cols>`)
	f.Add(`<row r="2">`+cell("B2", "C¸ nh©n")+cell("C2", "NguyÔn V¨n An")+cell("H2", "GiÊy khen")+`</row>`, ``)
	f.Add(`<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="d"><v>1975-04-30T00:00:00</v></c><c r="H2"><v>1e308</v></c></row>`, ``)
	f.Add(`<row>`+cell("B9", "Cá nhân")+`</row><row r="2">`+cell("ZZ2", "x")+`</row>`, `<mergeCells><mergeCell ref="A1:B2"/></mergeCells>`)

	st := openStore(f)
	ctx := context.Background()
	if _, err := st.SaveCampaign(ctx, data.Campaign{Name: "Đợt thử nghiệm"}); err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, rows, tail string) {
		path := filepath.Join(dir, "denghi.xlsx")
		if err := os.WriteFile(path, xmlBook(rows, tail), 0o644); err != nil {
			t.Fatal(err)
		}
		before := counts(t, st)
		res, err := Import(ctx, st, path, ImportOptions{})
		after := counts(t, st)
		if err != nil {
			if after != before {
				t.Fatalf("refused import changed the counts %v → %v: %v", before, after, err)
			}
			var probs problem.List
			if errors.As(err, &probs) {
				for _, p := range probs {
					if p.Message == "" || p.File != "denghi.xlsx" || p.Sheet == "" {
						t.Fatalf("problem without a message or place: %+v", p)
					}
				}
			}
			return
		}
		if res.Added < 1 || after[0]-before[0] != res.Added || after[1]-before[1] != res.NewNominees || after[3]-before[3] != 1 || after[2] != before[2] {
			t.Fatalf("import reported %+v, counts %v → %v", res, before, after)
		}
	})
}
