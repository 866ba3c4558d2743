package cli

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tdkt/reports/nominations"
)

// fillTemplate makes the template with the command, fills in rows (and the
// campaign row when given) and saves it as name.
func fillTemplate(t *testing.T, db, name string, campaign []any, rows ...[]any) string {
	t.Helper()
	dir := t.TempDir()
	tmpl := filepath.Join(dir, "mau.xlsx")
	if out, errs, code := run(t, db, "template", "nominations", tmpl); code != 0 || !strings.Contains(out, "Đã tạo") {
		t.Fatalf("template: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(nominations.SheetNominations, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if campaign != nil {
		f.SetSheetRow(nominations.SheetCampaign, "A2", &campaign)
	}
	path := filepath.Join(dir, name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestNominationCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	campaign := []any{"Đợt thi đua bầu cử 2021", "53/KH-UBND", "04/02/2021"}
	first := fillTemplate(t, db, "dot1.xlsx", campaign,
		[]any{1, "Tập thể", "Ủy ban bầu cử xã Cao Thượng", "", "", "", "", "Bằng khen của Chủ tịch UBND tỉnh", "", "Xuất sắc", "UBND huyện Ba Bể"},
		[]any{2, "Cá nhân", "lê văn bình", "30/04/1975", "Nam", "Chủ tịch UBND xã", "xã Cao Thượng", "Bằng khen của Chủ tịch UBND tỉnh", "", "Xuất sắc", "UBND huyện Ba Bể"},
	)
	out, errs, code := run(t, db, "import", first)
	if code != 0 || !strings.Contains(out, "Đã nhập 2 đề nghị khen thưởng") || !strings.Contains(out, "đợt mới tạo") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}

	// A second file with one bad row and one duplicate of the first file:
	// refused whole, every problem named, exit code 1.
	second := fillTemplate(t, db, "dot2.xlsx", nil,
		[]any{1, "Cá nhân", "Hoàng Thị Mai", "1985", "Nữ", "", "", "Giấy khen", "", "", "Sở Nội vụ"},
		[]any{2, "Cá nhân", "Lê Văn Bình", "1975", "Nam", "", "", "Giấy khen", "", "", "Sở Nội vụ"},
		[]any{3, "Cá nhân", "Vi Văn Đức", "1980", "Nam", "", "", "Bằng khen hạng Tư", "", "", "Sở Nội vụ"},
	)
	_, errs, code = run(t, db, "import", second)
	if code != 1 {
		t.Fatalf("bad file: exit %d, stderr %q", code, errs)
	}
	for _, s := range []string{"dot2.xlsx", "không có gì được ghi: 2 lỗi", `dòng 3, cột "Họ và tên / Tên tập thể" (C3)`, "đã được đề nghị trong đợt này",
		`dòng 4, cột "Hình thức khen thưởng" (H4)`, "Bằng khen hạng Tư"} {
		if !strings.Contains(errs, s) {
			t.Errorf("stderr lacks %q:\n%s", s, errs)
		}
	}

	// --campaign after the file, as people type it.
	third := fillTemplate(t, db, "dot3.xlsx", nil,
		[]any{1, "Cá nhân", "Hoàng Thị Mai", "1985", "Nữ", "Chuyên viên", "Sở Nội vụ", "Giấy khen", "", "", "Sở Nội vụ"})
	if out, errs, code := run(t, db, "import", third, "--campaign", "dot thi dua bau cu 2021"); code != 0 || !strings.Contains(out, "Đã nhập 1 đề nghị") {
		t.Fatalf("import --campaign: %d %q %q", code, out, errs)
	}
	if _, errs, code := run(t, db, "import", third, "--campaign", "Không có"); code != 1 || !strings.Contains(errs, "không có đợt thi đua") {
		t.Errorf("unknown --campaign: %d %q", code, errs)
	}

	list := filepath.Join(t.TempDir(), "danhsach.xlsx")
	out, errs, code = run(t, db, "export", "nominations", list, "--date", "24/06/2021")
	if code != 0 || !strings.Contains(out, "1 tập thể, 2 cá nhân") || !strings.Contains(out, "tiền thưởng 4.920.000 đồng") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(list)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows(nominations.SheetList)
	f.Close()
	var names []string
	for _, r := range rows {
		if len(r) > 1 && (r[1] == "Ủy ban bầu cử xã Cao Thượng" || r[1] == "Lê Văn Bình" || r[1] == "Hoàng Thị Mai") {
			names = append(names, r[0]+" "+r[1])
		}
	}
	if got := strings.Join(names, "; "); got != "1 Ủy ban bầu cử xã Cao Thượng; 1 Lê Văn Bình; 2 Hoàng Thị Mai" {
		t.Errorf("exported order = %s", got)
	}
	if out, errs, code := run(t, db, "export", "nominations", list, "--form", "giay khen"); code != 0 || !strings.Contains(out, "0 tập thể, 1 cá nhân") {
		t.Errorf("export --form: %d %q %q", code, out, errs)
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"export", "nominations", list, "--form", "Huân chương"}, 2, "không có hình thức khen thưởng"},
		{[]string{"export", "nominations", list, "--date", "31/02/2021"}, 2, "--date"},
		{[]string{"export", "nominations"}, 2, "cần đúng một tệp"},
		{[]string{"export", "nominations", "danhsach.pdf"}, 2, "đuôi .xlsx"},
		{[]string{"export", "nominations", list, "--campaign", "Không có"}, 1, "không có đợt thi đua"},
		{[]string{"template", "nominations", filepath.Join(t.TempDir(), "khong", "co", "thu-muc.xlsx")}, 1, "không ghi được"},
	} {
		if _, errs, code := run(t, db, c.args...); code != c.code || !strings.Contains(errs, c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.msg)
		}
	}
}

// Two rows whose names differ only by tone marks, with the same birth, are
// imported with a warning that names both rows, and the command exits 0
// (FORMATS.md); the same name and birth twice is refused.
func TestImportPossibleDuplicateWarns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	campaign := []any{"Đợt thi đua bầu cử 2021", "53/KH-UBND", "04/02/2021"}
	path := fillTemplate(t, db, "hoa.xlsx", campaign,
		[]any{1, "Cá nhân", "Trần Thị Hoa", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", "Sở Nội vụ"},
		[]any{2, "Cá nhân", "Trần Thị Hòa", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", "Sở Y tế"},
	)
	out, errs, code := run(t, db, "import", path)
	if code != 0 {
		t.Fatalf("import: exit %d, %q %q", code, out, errs)
	}
	success := strings.Index(out, "Đã nhập 2 đề nghị khen thưởng")
	warn := strings.Index(out, "Có 1 cảnh báo")
	if success < 0 || warn < success {
		t.Fatalf("the warning does not follow the success line:\n%s", out)
	}
	for _, s := range []string{`hoa.xlsx, sheet "Đề nghị khen thưởng", dòng 3, cột "Họ và tên / Tên tập thể" (C3): Cảnh báo:`,
		`"Trần Thị Hòa" (sinh 03/02/1980)`, `có thể trùng với dòng 2`, `"Trần Thị Hoa" (sinh 03/02/1980)`, "[possible_duplicate_in_batch]"} {
		if !strings.Contains(out[warn:], s) {
			t.Errorf("warning lacks %q:\n%s", s, out)
		}
	}
	// The same person again, against the campaign: still a warning, exit 0.
	again := fillTemplate(t, db, "hoa2.xlsx", nil,
		[]any{1, "Cá nhân", "Tran Thi Hoa", "1980", "Nữ", "", "", "Giấy khen", "", "", "Sở Tư pháp"})
	if out, errs, code := run(t, db, "import", again); code != 0 || !strings.Contains(out, "possible_duplicate_in_campaign") ||
		!strings.Contains(out, `"Trần Thị Hoa" (sinh 03/02/1980)`) {
		t.Errorf("second import: exit %d, %q %q", code, out, errs)
	}
	// An exact match (case and spaces aside) is refused, exit 1.
	exact := fillTemplate(t, db, "hoa3.xlsx", nil,
		[]any{1, "Cá nhân", "TRẦN  THỊ HÒA", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", ""})
	if out, errs, code := run(t, db, "import", exact); code != 1 || !strings.Contains(errs, "duplicate_in_campaign") || strings.Contains(out, "Đã nhập") {
		t.Errorf("exact match: exit %d, %q %q", code, out, errs)
	}
}

// Without the campaign sheet and with two campaigns, an import is refused
// with a message saying what to do.
func TestImportNeedsACampaign(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	a := fillTemplate(t, db, "a.xlsx", []any{"Đợt A"}, []any{1, "Cá nhân", "Hà Văn An", "1970", "Nam", "", "", "Giấy khen", "", "", ""})
	b := fillTemplate(t, db, "b.xlsx", []any{"Đợt B"}, []any{1, "Cá nhân", "Hà Văn Bình", "1970", "Nam", "", "", "Giấy khen", "", "", ""})
	for _, p := range []string{a, b} {
		if _, errs, code := run(t, db, "import", p); code != 0 {
			t.Fatal(errs)
		}
	}
	c := fillTemplate(t, db, "c.xlsx", nil, []any{1, "Cá nhân", "Hà Văn Cường", "1970", "Nam", "", "", "Giấy khen", "", "", ""})
	_, errs, code := run(t, db, "import", c)
	if code != 1 || !strings.Contains(errs, "--campaign") || !strings.Contains(errs, `"Đợt A"`) {
		t.Errorf("two campaigns: %d %q", code, errs)
	}
	if _, errs, code := run(t, db, "export", "nominations", filepath.Join(t.TempDir(), "x.xlsx")); code != 1 || !strings.Contains(errs, "--campaign") {
		t.Errorf("export with two campaigns: %d %q", code, errs)
	}
}

// An export long after an issued 2024 decision lists the amounts frozen in
// the decision (base salary 1.800.000), not money recomputed for --date.
func TestExportAfterAnIssuedDecision(t *testing.T) {
	db := nominationsDB(t) // 1 collective and 2 people for the provincial Bằng khen
	if out, errs, code := run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "45/QĐ-UBND", "--date", "15/05/2024", "--signer", "Nguyễn Long Hải"); code != 0 {
		t.Fatalf("decision create: %d %q %q", code, out, errs)
	}
	if out, errs, code := run(t, db, "decision", "issue", "45/QĐ-UBND"); code != 0 {
		t.Fatalf("decision issue: %d %q %q", code, out, errs)
	}
	const total = 3_600_000 + 2*1_800_000 // 98/2023: 2.0 and 1.0 × 1.800.000
	list, errs, code := run(t, db, "decision", "list")
	if code != 0 || !strings.Contains(list, "7.200.000") {
		t.Fatalf("decision list: %d %q %q", code, list, errs)
	}
	path := filepath.Join(t.TempDir(), "sau.xlsx")
	out, errs, code := run(t, db, "export", "nominations", path, "--date", "01/08/2026")
	if code != 0 || !strings.Contains(out, "tiền thưởng 7.200.000 đồng") || !strings.Contains(out, "3 đề nghị theo số tiền của quyết định") {
		t.Fatalf("export: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(nominations.SheetList, excelize.Options{RawCellValue: true})
	found := false
	for _, r := range rows {
		if len(r) == 10 && strings.HasPrefix(r[0], "TỔNG CỘNG") {
			found = true
			if r[9] != strconv.Itoa(total) {
				t.Errorf("TỔNG CỘNG in the workbook = %s, the decision's total %d", r[9], total)
			}
		}
	}
	if !found {
		t.Errorf("no total row in %q", rows)
	}
	stats, _ := f.GetRows(nominations.SheetStats, excelize.Options{RawCellValue: true})
	last := stats[len(stats)-1]
	if last[len(last)-1] != strconv.Itoa(total) {
		t.Errorf("statistics total = %q, want %d", last, total)
	}
}
