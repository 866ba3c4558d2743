package cli

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/reports/electiondocs"
	"tdkt/reports/nominations"
)

// digest hashes every row of every table of the database at path.
func digest(t *testing.T, path string) string {
	t.Helper()
	st, err := data.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db := st.DB()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	for _, table := range tables {
		rows, err := db.Query(fmt.Sprintf(`SELECT * FROM %q`, table))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintln(h, table)
		for rows.Next() {
			rows.Scan(ptrs...)
			fmt.Fprintln(h, vals...)
		}
		rows.Close()
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// editBook opens a workbook, lets change edit it, and saves it under a
// new name in the same folder.
func editBook(t *testing.T, path, name string, change func(f *excelize.File)) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	change(f)
	out := filepath.Join(filepath.Dir(path), name)
	if err := f.SaveAs(out); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestImportBadInput runs `tdkt import` on the bad inputs of issue 7, for
// both kinds of workbook, over a database that already holds an election
// and a campaign: each is refused with a Vietnamese message that names the
// file (and the sheet, row and cell where one applies), exits 1, and
// leaves every table exactly as it was.
func TestImportBadInput(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tdkt.db")
	election := sampleWorkbook(t, nil)
	noms := writeNominationBook(t, filepath.Join(dir, "denghi.xlsx"), 50)
	for _, book := range []string{election, noms} {
		if out, errs, code := run(t, db, "import", book); code != 0 {
			t.Fatalf("import %s: %s %s", book, out, errs)
		}
	}
	file := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	longName := strings.Repeat("Nguyễn ", 142) + "Anh" // 997 characters

	tests := []struct {
		name string
		path func() string
		want []string
	}{
		// Files that are not a workbook tdkt reads.
		{"empty file", func() string { return file("rong.xlsx", nil) }, []string{"rong.xlsx", "tệp rỗng"}},
		{"csv renamed", func() string { return file("csv.xlsx", []byte("Mã xã,Số khu vực bỏ phiếu\n15775,1\n")) }, []string{"csv.xlsx", "văn bản thuần"}},
		{"xls renamed", func() string {
			return file("cu.xlsx", append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 1024)...))
		}, []string{"cu.xlsx", "Excel 97–2003 (.xls)"}},
		{"password", func() string {
			f, _ := excelize.OpenFile(election)
			defer f.Close()
			p := filepath.Join(dir, "matkhau.xlsx")
			if err := f.SaveAs(p, excelize.Options{Password: "123"}); err != nil {
				t.Fatal(err)
			}
			return p
		}, []string{"matkhau.xlsx", "có mật khẩu mở tệp"}},
		{"zip bomb", func() string {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			w, _ := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 1 << 33})
			w.Write([]byte{3, 0})
			zw.Close()
			return file("bom.xlsx", buf.Bytes())
		}, []string{"bom.xlsx", "bom nén"}},
		{"empty workbook", func() string {
			f := excelize.NewFile()
			defer f.Close()
			p := filepath.Join(dir, "trong.xlsx")
			f.SaveAs(p)
			return p
		}, []string{"trong.xlsx", "không nhận ra loại bảng tính", "Sheet1"}},
		{"wrong sheets", func() string {
			f := excelize.NewFile()
			defer f.Close()
			f.SetSheetName("Sheet1", "Danh sách")
			f.SetSheetRow("Danh sách", "A1", &[]any{"STT", "Họ và tên"})
			p := filepath.Join(dir, "sai.xlsx")
			f.SaveAs(p)
			return p
		}, []string{"sai.xlsx", "không nhận ra loại bảng tính", "bảng tính bầu cử", "bảng tính đề nghị khen thưởng"}},

		// Election workbooks.
		{"election: hidden tally rows", func() string {
			return editBook(t, election, "an.xlsx", func(f *excelize.File) { f.SetRowVisible(electiondocs.SheetTallies, 3, false) })
		}, []string{"an.xlsx", `sheet "Kiểm phiếu", dòng 3`, "đang bị ẩn"}},
		{"election: formula without a value where a number belongs", func() string {
			return editBook(t, election, "congthuc.xlsx", func(f *excelize.File) {
				f.SetCellValue(electiondocs.SheetTallies, "H2", nil)
				f.SetCellFormula(electiondocs.SheetTallies, "H2", "G2-I2")
			})
		}, []string{"congthuc.xlsx", `sheet "Kiểm phiếu", dòng 2, cột "Số phiếu hợp lệ" (H2)`, "=G2-I2", "không lưu kết quả tính"}},
		{"election: error value", func() string {
			return editBook(t, election, "loi.xlsx", func(f *excelize.File) { f.SetCellStr(electiondocs.SheetVotes, "E3", "#DIV/0!") })
		}, []string{"loi.xlsx", `sheet "Phiếu bầu", dòng 3, cột "Số phiếu bầu" (E3)`, "giá trị lỗi #DIV/0!"}},
		{"election: merged header", func() string {
			return editBook(t, election, "gop.xlsx", func(f *excelize.File) { f.MergeCell(electiondocs.SheetCandidates, "D1", "D2") })
		}, []string{"gop.xlsx", `sheet "Người ứng cử", dòng 1`, "ô gộp D1:D2"}},
		{"election: a name of 1.000 characters", func() string {
			return editBook(t, election, "tendai.xlsx", func(f *excelize.File) { f.SetCellStr(electiondocs.SheetCandidates, "D2", longName) })
		}, []string{"tendai.xlsx", `sheet "Người ứng cử", dòng 2`, "quá dài (tối đa 100 ký tự)"}},
		{"election: a negative number", func() string {
			return editBook(t, election, "am.xlsx", func(f *excelize.File) { f.SetCellInt(electiondocs.SheetTallies, "I2", -3) })
		}, []string{"am.xlsx", `sheet "Kiểm phiếu", dòng 2`, "(I2)"}},

		// Nomination workbooks.
		{"nominations: hidden row", func() string {
			return editBook(t, noms, "dn-an.xlsx", func(f *excelize.File) {
				f.SetCellStr(nominations.SheetCampaign, "A2", "Đợt khác") // not duplicates of the stored campaign
				f.SetRowVisible(nominations.SheetNominations, 10, false)
			})
		}, []string{"dn-an.xlsx", `sheet "Đề nghị khen thưởng", dòng 10`, "đang bị ẩn", "1 lỗi"}},
		{"nominations: a name of 1.000 characters", func() string {
			return editBook(t, noms, "dn-ten.xlsx", func(f *excelize.File) {
				f.SetCellStr(nominations.SheetCampaign, "A2", "Đợt khác")
				f.SetCellStr(nominations.SheetNominations, "C5", longName)
			})
		}, []string{"dn-ten.xlsx", "dòng 5", "(C5)", "tối đa 300 ký tự", "1 lỗi"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := tt.path()
			before := digest(t, db)
			out, errs, code := run(t, db, "import", path)
			if code != 1 {
				t.Fatalf("exit %d, out %q, err %q", code, out, errs)
			}
			for _, s := range tt.want {
				if !strings.Contains(errs, s) {
					t.Errorf("message lacks %q:\n%s", s, errs)
				}
			}
			if digest(t, db) != before {
				t.Fatal("a refused import changed the database")
			}
		})
	}
}
