package nominations

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
)

// dbDigest hashes every row of every table: equal digests, unchanged data
// (audit log included).
func dbDigest(t testing.TB, db *sql.DB) string {
	t.Helper()
	tables, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for tables.Next() {
		var n string
		tables.Scan(&n)
		names = append(names, n)
	}
	tables.Close()
	h := sha256.New()
	for _, n := range names {
		rows, err := db.Query(fmt.Sprintf(`SELECT * FROM %q`, n))
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		fmt.Fprintf(h, "table %s\n", n)
		for rows.Next() {
			rows.Scan(ptrs...)
			fmt.Fprintf(h, "%v\n", vals)
		}
		rows.Close()
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

// bookWith writes a nomination workbook like book, then lets change alter
// it (merge, hide, formulas) before it is saved.
func bookWith(t testing.TB, rows [][]any, change func(f *excelize.File)) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetNominations)
	for i, r := range append([][]any{header}, rows...) {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(SheetNominations, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.NewSheet(SheetCampaign)
	f.SetSheetRow(SheetCampaign, "A1", &[]any{ColCampaignName, ColPlanNumber, ColPlanDate})
	f.SetSheetRow(SheetCampaign, "A2", &bkCampaign)
	if change != nil {
		change(f)
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("denghi-%d.xlsx", time.Now().UnixNano()))
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

// patchSheet rewrites the XML of the first worksheet of an .xlsx with a
// regular expression: what excelize cannot write (cached formula values,
// references beyond Excel's limits).
func patchSheet(t testing.TB, path, expr, repl string) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	patched := false
	for _, e := range zr.File {
		rc, _ := e.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if e.Name == "xl/worksheets/sheet1.xml" {
			nb := regexp.MustCompile(expr).ReplaceAll(b, []byte(repl))
			patched = !bytes.Equal(nb, b)
			b = nb
		}
		w, _ := zw.Create(e.Name)
		w.Write(b)
	}
	zr.Close()
	zw.Close()
	if !patched {
		t.Fatalf("%s not found in the sheet", expr)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// threeRows are three good nominations (rows 2–4 of the sheet).
func threeRows() [][]any {
	return [][]any{
		row(1, "Cá nhân", "Nguyễn Văn An", "30/04/1975", "Nam", "Chuyên viên", "Sở Nội vụ", "Giấy khen", "", "Hoàn thành xuất sắc nhiệm vụ", "UBND huyện Ba Bể"),
		row(2, "Cá nhân", "Trần Thị Bình", "1980", "Nữ", "Công chức", "xã Cao Thượng", "Giấy khen", "", "Hoàn thành xuất sắc nhiệm vụ", "UBND huyện Ba Bể"),
		row(3, "Tập thể", "Tổ bầu cử số 3", "", "", "", "", "Giấy khen", "", "Hoàn thành xuất sắc nhiệm vụ", "UBND huyện Ba Bể"),
	}
}

// stored lists name|birth|proposer|achievement of the stored nominations.
func stored(t *testing.T, st *data.Store) []string {
	t.Helper()
	ctx := context.Background()
	c, err := st.CampaignByName(ctx, bkCampaign[0].(string))
	if err != nil {
		t.Fatal(err)
	}
	ids, _, _ := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID}, data.NominationOrder{})
	list, _ := st.NominationsByID(ctx, ids, time.Now())
	var out []string
	for _, n := range list {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s", n.Nominee.Name, n.Nominee.Birth, n.Proposer, n.Achievement))
	}
	return out
}

// TestImportBadInput is the list of bad inputs a nomination workbook may
// bring, and what tdkt does with each: refused with a Vietnamese message
// naming the file, sheet, row and cell where one applies, and the
// database left exactly as it was; or, where the rule of reports/sheet
// accepts it, imported as the user sees it.
func TestImportBadInput(t *testing.T) {
	dir := t.TempDir()
	file := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	xls := append([]byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}, make([]byte, 2048)...)
	tooLong := strings.Repeat("Nguyễn ", 142) + "Anh" // 997 characters

	type refused struct {
		rule, cell string // a problem.Problem with this rule and cell; rule "" for a plain error
		text       []string
	}
	tests := []struct {
		name   string
		path   func(t *testing.T) string
		refuse *refused
		want   []string // stored when accepted: name|birth|proposer|achievement, in list order
	}{
		{"empty workbook", func(t *testing.T) string {
			f := excelize.NewFile()
			p := filepath.Join(t.TempDir(), "rong.xlsx")
			f.SaveAs(p)
			return p
		}, &refused{"sheet", "", []string{"rong.xlsx", `thiếu sheet "Đề nghị khen thưởng"`, "tdkt template nominations"}}, nil},
		{"wrong sheets", func(t *testing.T) string {
			f := excelize.NewFile()
			f.SetSheetName("Sheet1", "Kiểm phiếu")
			f.SetSheetRow("Kiểm phiếu", "A1", &[]any{"Mã xã", "Số khu vực bỏ phiếu", "Cấp"})
			p := filepath.Join(t.TempDir(), "kiemphieu.xlsx")
			f.SaveAs(p)
			return p
		}, &refused{"sheet", "", []string{`thiếu sheet "Đề nghị khen thưởng"`}}, nil},
		{"nomination sheet empty", func(t *testing.T) string {
			return bookWith(t, nil, func(f *excelize.File) { f.RemoveRow(SheetNominations, 1) })
		}, &refused{"header", "", []string{"sheet trống: dòng 1 phải là dòng tiêu đề"}}, nil},
		{"header only", func(t *testing.T) string { return bookWith(t, nil, nil) },
			&refused{"empty", "", []string{"không có dòng đề nghị nào"}}, nil},
		{"a required column missing", func(t *testing.T) string {
			return bookWith(t, threeRows(), func(f *excelize.File) { f.SetCellStr(SheetNominations, "H1", "Ghi chú") })
		}, &refused{"header", "", []string{`dòng 1, cột "Hình thức khen thưởng": thiếu cột`}}, nil},
		{"csv renamed .xlsx", func(t *testing.T) string {
			return file("csv.xlsx", []byte("STT,Loại,Họ và tên\n1,Cá nhân,Nguyễn Văn An\n"))
		}, &refused{"", "", []string{"csv.xlsx", "không phải tệp Excel .xlsx", "văn bản thuần"}}, nil},
		{"xls renamed .xlsx", func(t *testing.T) string { return file("cu.xlsx", xls) },
			&refused{"", "", []string{"cu.xlsx", "Excel 97–2003 (.xls)", "Lưu thành"}}, nil},
		{"password-protected workbook", func(t *testing.T) string {
			p := bookWith(t, threeRows(), nil)
			f, _ := excelize.OpenFile(p)
			enc := filepath.Join(t.TempDir(), "matkhau.xlsx")
			if err := f.SaveAs(enc, excelize.Options{Password: "tdkt"}); err != nil {
				t.Fatal(err)
			}
			return enc
		}, &refused{"", "", []string{"matkhau.xlsx", "có mật khẩu mở tệp"}}, nil},
		{"zip bomb (declared sizes)", func(t *testing.T) string {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			w, _ := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 600 << 20})
			w.Write([]byte{3, 0})
			zw.Close()
			return file("bom.xlsx", buf.Bytes())
		}, &refused{"", "", []string{"bom.xlsx", "giải nén ra quá lớn", "bom nén"}}, nil},
		{"row beyond Excel's last row", func(t *testing.T) string {
			p := bookWith(t, threeRows(), nil)
			patchSheet(t, p, `(<row r=|<c r="[A-Z]+)"4"`, `${1}"1048577"`)
			patchSheet(t, p, `(<c r="[A-Z]+)4"`, `${1}1048577"`)
			return p
		}, &refused{"unreadable", "", []string{"lớn hơn 1.048.576"}}, nil},
		{"cell beyond Excel's last column", func(t *testing.T) string {
			p := bookWith(t, threeRows(), nil)
			patchSheet(t, p, `<c r="K3"`, `<c r="XFE3"`)
			return p
		}, &refused{"unreadable", "", []string{"nội dung sheet bị hỏng"}}, nil},
		{"merged header", func(t *testing.T) string {
			return bookWith(t, threeRows(), func(f *excelize.File) {
				f.SetSheetRow(SheetNominations, "A2", &[]any{"", "", ""})
				f.MergeCell(SheetNominations, "C1", "C2")
			})
		}, &refused{"merged_header", "C1:C2", []string{"dòng tiêu đề chỉ là dòng 1"}}, nil},
		{"hidden rows", func(t *testing.T) string {
			return bookWith(t, threeRows(), func(f *excelize.File) { f.SetRowVisible(SheetNominations, 3, false) })
		}, &refused{"hidden_row", "", []string{"dòng 3", "dòng 3 đang bị ẩn"}}, nil},
		{"formula without a value", func(t *testing.T) string {
			// excelize keeps the cell's old value as the formula's cached
			// value; a program that writes formulas without calculating
			// them leaves none.
			p := bookWith(t, threeRows(), func(f *excelize.File) { f.SetCellFormula(SheetNominations, "D3", "DATE(1980,1,2)") })
			patchSheet(t, p, `(<c r="D3"[^>]*><f>[^<]*</f>)<v>[^<]*</v>`, `$1`)
			return p
		}, &refused{"formula_no_value", "D3", []string{`dòng 3, cột "Ngày sinh" (D3)`, "=DATE(1980,1,2)", "không lưu kết quả tính"}}, nil},
		{"formula error value", func(t *testing.T) string {
			p := bookWith(t, threeRows(), nil)
			patchSheet(t, p, `<c r="K4"[^>]*><v>[^<]*</v></c>`, `<c r="K4" t="e"><f>VLOOKUP(C4,Z:Z,2,0)</f><v>#N/A</v></c>`)
			return p
		}, &refused{"formula_error", "K4", []string{"giá trị lỗi #N/A"}}, nil},
		{"a name of 1.000 characters", func(t *testing.T) string {
			rows := threeRows()
			rows[1][2] = tooLong
			return bookWith(t, rows, nil)
		}, &refused{"too_long", "C3", []string{`dòng 3, cột "Họ và tên / Tên tập thể" (C3)`, "tối đa 300 ký tự"}}, nil},
		{"an achievement of 9.000 characters", func(t *testing.T) string {
			rows := threeRows()
			rows[0][9] = strings.Repeat("Thành tích ", 820)
			return bookWith(t, rows, nil)
		}, &refused{"too_long", "J2", []string{"tóm tắt thành tích quá dài (tối đa 8000 ký tự)"}}, nil},

		// Accepted under the rules of reports/sheet.
		{"formula with a cached value", func(t *testing.T) string {
			p := bookWith(t, threeRows(), nil)
			patchSheet(t, p, `<c r="D2"[^>]*><v>[^<]*</v></c>`, `<c r="D2"><f>DATE(1975,4,30)</f><v>27514</v></c>`)
			return p
		}, nil, []string{"Tổ bầu cử số 3||UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ", "Nguyễn Văn An|1975-04-30|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ",
			"Trần Thị Bình|1980|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ"}},
		{"merged cells", func(t *testing.T) string {
			rows := threeRows()
			rows[1][10], rows[2][10] = "", ""
			rows[1][9], rows[2][9] = "", ""
			return bookWith(t, rows, func(f *excelize.File) {
				f.MergeCell(SheetNominations, "K2", "K4")
				f.MergeCell(SheetNominations, "J2", "J4")
			})
		}, nil, []string{"Tổ bầu cử số 3||UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ", "Nguyễn Văn An|1975-04-30|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ",
			"Trần Thị Bình|1980|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ"}},
		{"hidden column", func(t *testing.T) string {
			return bookWith(t, threeRows(), func(f *excelize.File) { f.SetColVisible(SheetNominations, "J", false) })
		}, nil, []string{"Tổ bầu cử số 3||UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ", "Nguyễn Văn An|1975-04-30|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ",
			"Trần Thị Bình|1980|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ"}},
		{"control characters", func(t *testing.T) string {
			// As Excel writes them: _xHHHH_ escapes for characters XML 1.0
			// cannot hold, character references for the others.
			p := bookWith(t, threeRows(), nil)
			patchSheet(t, p, `<c r="C2"[^>]*><v>[^<]*</v></c>`, `<c r="C2" t="inlineStr"><is><t xml:space="preserve">Nguyễn_x0009_Văn_x0001_ An&#10;</t></is></c>`)
			patchSheet(t, p, `<c r="C3"[^>]*><v>[^<]*</v></c>`, `<c r="C3" t="inlineStr"><is><t xml:space="preserve">Trần&#8203; Thị&#160;Bình&#127;_x001F_</t></is></c>`)
			return p
		}, nil, []string{"Tổ bầu cử số 3||UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ", "Nguyễn Văn An|1975-04-30|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ",
			"Trần Thị Bình|1980|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ"}},
		{"sparse up to Excel's last row and column", func(t *testing.T) string {
			// Written into the XML: excelize builds every row in between.
			p := bookWith(t, threeRows()[:1], func(f *excelize.File) { f.SetCellStr(SheetNominations, "XFD1", "Ghi chú") })
			var last strings.Builder
			for i, v := range threeRows()[1] {
				col, _ := excelize.ColumnNumberToName(i + 1)
				fmt.Fprintf(&last, `<c r="%s1048576" t="inlineStr"><is><t>%v</t></is></c>`, col, v)
			}
			patchSheet(t, p, `</sheetData>`, `<row r="1048576">`+last.String()+`</row></sheetData>`)
			return p
		}, nil, []string{"Nguyễn Văn An|1975-04-30|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ", "Trần Thị Bình|1980|UBND huyện Ba Bể|Hoàn thành xuất sắc nhiệm vụ"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			ctx := context.Background()
			// Something already there, which must stay as it is.
			if _, err := Import(ctx, st, book(t, goodRows(), []any{"Đợt có sẵn", "1/KH-UBND", "01/01/2021"}), ImportOptions{}); err != nil {
				t.Fatal(err)
			}
			before := dbDigest(t, st.DB())
			path := tt.path(t)
			res, err := Import(ctx, st, path, ImportOptions{})
			if tt.refuse == nil {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				if got := stored(t, st); strings.Join(got, "\n") != strings.Join(tt.want, "\n") || res.Added != len(tt.want) {
					t.Fatalf("stored (%d added):\n%s\nwant:\n%s", res.Added, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
				}
				return
			}
			if err == nil {
				t.Fatalf("accepted: %+v", res)
			}
			if after := dbDigest(t, st.DB()); after != before {
				t.Fatal("a refused import changed the database")
			}
			msg := err.Error()
			for _, s := range tt.refuse.text {
				if !strings.Contains(msg, s) {
					t.Errorf("message lacks %q:\n%s", s, msg)
				}
			}
			var probs problem.List
			if tt.refuse.rule == "" {
				if errors.As(err, &probs) {
					t.Errorf("a file-level error came as problems: %v", probs)
				}
				return
			}
			if !errors.As(err, &probs) {
				t.Fatalf("not located problems: %v", err)
			}
			for _, p := range probs {
				if p.Rule == tt.refuse.rule && p.Cell == tt.refuse.cell && p.File == filepath.Base(path) && p.Sheet != "" {
					return
				}
			}
			t.Errorf("no problem %s at %q among:\n%s", tt.refuse.rule, tt.refuse.cell, msg)
		})
	}
}
