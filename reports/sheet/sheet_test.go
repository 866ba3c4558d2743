package sheet

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data/vn"
)

// writeBook saves a workbook with one sheet of rows and returns its path.
func writeBook(t *testing.T, sheetName string, rows [][]any) string {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", sheetName)
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheetName, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

var cols = []Column{
	{Name: "Họ và tên", Required: true},
	{Name: "Ngày sinh"},
	{Name: "Số phiếu", Required: true, Aliases: []string{"Số phiếu bầu"}},
}

func TestReadTableByHeader(t *testing.T) {
	path := writeBook(t, "Phiếu bầu", [][]any{
		{"  SỐ PHIẾU BẦU ", "Cột thừa", "ho va ten", "Ngày sinh"},
		{"1.952", "x", "  Lê   Văn\u00a0Bình ", "30/04/1975"},
		{nil, nil, nil, nil},
		{12.5, "", "Trần Thị An", 27514},
		{"-3", "", "Ngô Văn C", "31/02/1980"},
	})
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	name, ok := FindSheet(f, "phieu bau")
	if !ok || name != "Phiếu bầu" {
		t.Fatalf("FindSheet = %q, %v", name, ok)
	}
	c := NewCollector(path)
	tab, ok := ReadTable(f, c, name, cols)
	if !ok || len(c.Problems) != 0 {
		t.Fatalf("ReadTable: %v", c.Problems)
	}
	rows := tab.Rows()
	if len(rows) != 4 || !rows[1].Empty() {
		t.Fatalf("rows = %d, second empty = %v", len(rows), rows[1].Empty())
	}
	r := rows[0]
	if got := r.Text("Họ và tên"); got != "Lê Văn Bình" {
		t.Errorf("Text = %q", got)
	}
	if n, ok, p := r.Int("Số phiếu"); !ok || p != nil || n != 1952 {
		t.Errorf("Int(1.952) = %d %v %v", n, ok, p)
	}
	if d, ok, p := r.Date("Ngày sinh"); !ok || p != nil || !d.Equal(time.Date(1975, 4, 30, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Date = %v %v %v", d, ok, p)
	}
	if r.Cell("Họ và tên") != "C2" {
		t.Errorf("Cell = %q, want C2", r.Cell("Họ và tên"))
	}
	// A real Excel date serial, a fraction where a whole number belongs, a negative number, an impossible date.
	r = rows[2]
	if d, ok, _ := r.Date("Ngày sinh"); !ok || d.Format("2006-01-02") != "1975-04-30" {
		t.Errorf("Excel serial 27514 = %v, want 1975-04-30", d)
	}
	if _, _, p := r.Int("Số phiếu"); p == nil || p.Rule != "number" || p.Cell != "A4" {
		t.Errorf("12.5 accepted as a whole number: %+v", p)
	}
	r = rows[3]
	if _, _, p := r.Int("Số phiếu"); p == nil {
		t.Error("-3 accepted")
	}
	if _, _, p := r.Date("Ngày sinh"); p == nil || !strings.Contains(p.String(), "dòng 5") || !strings.Contains(p.String(), `cột "Ngày sinh"`) {
		t.Errorf("31/02/1980: %v", p)
	}
}

func TestMissingHeaderIsReported(t *testing.T) {
	path := writeBook(t, "Phiếu bầu", [][]any{{"Họ và tên"}, {"A"}})
	f, _ := Open(path)
	defer f.Close()
	c := NewCollector(path)
	if _, ok := ReadTable(f, c, "Phiếu bầu", cols); ok {
		t.Fatal("a sheet without a required column was accepted")
	}
	err := c.Problems.Err()
	var ps problem.List
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Column != "Số phiếu" || ps[0].Row != 1 {
		t.Fatalf("problems = %v", err)
	}
	if !strings.Contains(err.Error(), `book.xlsx, sheet "Phiếu bầu", dòng 1, cột "Số phiếu": thiếu cột`) {
		t.Errorf("message = %q", err.Error())
	}
}

func TestLegacyTextIsConverted(t *testing.T) {
	names := []string{"Nguyễn Văn Bình", "Trần Thị Ánh", "Đặng Quốc Hùng"}
	for _, enc := range []vn.Encoding{vn.TCVN3, vn.VNI} {
		rows := [][]any{{vn.FromUnicode("Họ và tên", enc), vn.FromUnicode("Số phiếu", enc)}}
		for _, n := range names {
			rows = append(rows, []any{vn.FromUnicode(n, enc), 1})
		}
		path := writeBook(t, "S", rows)
		f, _ := Open(path)
		c := NewCollector(path)
		tab, ok := ReadTable(f, c, "S", cols)
		f.Close()
		if !ok {
			t.Fatalf("%v: headers not recognised: %v", enc, c.Problems)
		}
		if tab.Legacy != enc {
			t.Errorf("detected %v, want %v", tab.Legacy, enc)
		}
		for i, r := range tab.Rows() {
			if got := r.Text("Họ và tên"); got != names[i] {
				t.Errorf("%v row %d = %q, want %q", enc, i, got, names[i])
			}
		}
	}
}

func TestStylesAndPrintSetup(t *testing.T) {
	f := excelize.NewFile()
	st, err := NewStyles(f)
	if err != nil {
		t.Fatal(err)
	}
	f.SetCellValue("Sheet1", "A1", 1952)
	f.SetCellStyle("Sheet1", "A1", "A1", st.Int)
	if err := PrintSetup(f, "Sheet1", true, 3); err != nil {
		t.Fatal(err)
	}
	if err := Freeze(f, "Sheet1", 2, 3); err != nil {
		t.Fatal(err)
	}
	lay, _ := f.GetPageLayout("Sheet1")
	if *lay.Orientation != "landscape" || *lay.Size != 9 || *lay.FitToWidth != 1 {
		t.Errorf("page layout = %+v", lay)
	}
	style, _ := f.GetStyle(st.Int)
	if style.Font.Family != "Times New Roman" || *style.CustomNumFmt != FmtInt {
		t.Errorf("int style = %+v", style)
	}
	names := f.GetDefinedName()
	if len(names) != 1 || names[0].Name != "_xlnm.Print_Titles" || names[0].RefersTo != "'Sheet1'!$1:$3" {
		t.Errorf("print titles = %+v", names)
	}
}
