package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/election"
)

// The official papers of the Thiệu Ngọc sample, pre-filled from the
// command line, then the election locked: the statistics become final and
// the tallies read-only.
func TestElectionPapersAndLock(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	// The last HĐND xã tally held back: the lock must name it.
	held := func(in *data.ElectionImport) {
		for i, r := range in.Tallies {
			if r.Area == 6 && r.Race == election.RaceCommune {
				in.Tallies = append(in.Tallies[:i], in.Tallies[i+1:]...)
				return
			}
		}
	}
	if out, errs, code := run(t, db, "import", sampleWorkbook(t, held)); code != 0 {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	minutes := filepath.Join(dir, "bien-ban.pdf")
	out, errs, code := run(t, db, "export", "minutes", minutes, "--race", "HĐND xã")
	if code != 0 || !strings.Contains(out, "của 6 đơn vị bầu cử") {
		t.Fatalf("export minutes: %d %q %q", code, out, errs)
	}
	text := pdftotext(t, minutes)
	for _, want := range []string{"Mẫu số 26/HĐBC-HĐND", "BIÊN BẢN", "XÁC ĐỊNH KẾT QUẢ BẦU CỬ", "xã Thiệu Ngọc", "CHƯA ĐỦ BIÊN BẢN KIỂM PHIẾU"} {
		if !strings.Contains(text, want) {
			t.Errorf("minutes lack %q", want)
		}
	}
	if n := strings.Count(text, "CHƯA ĐỦ BIÊN BẢN KIỂM PHIẾU"); n == 0 {
		t.Error("the incomplete constituency is not marked")
	}

	if _, errs, code := run(t, db, "election", "lock"); code == 0 || !strings.Contains(errs, "Khu vực bỏ phiếu số 6") || !strings.Contains(errs, "HĐND xã") {
		t.Fatalf("lock with a tally missing: %d %q", code, errs)
	}
	if out, errs, code := run(t, db, "import", sampleWorkbook(t, nil)); code != 0 {
		t.Fatalf("import the rest: %d %q %q", code, out, errs)
	}

	stats := filepath.Join(dir, "thong-ke.xlsx")
	out, errs, code = run(t, db, "export", "statistics", stats)
	if code != 0 || !strings.Contains(out, "sơ bộ") {
		t.Fatalf("export statistics: %d %q %q", code, out, errs)
	}
	if got := sheetText(t, stats); !strings.Contains(got, "3722") || !strings.Contains(got, "Mẫu số 30/HĐBC") {
		t.Errorf("statistics lack the voters (3722) or the form number:\n%s", got)
	}

	out, errs, code = run(t, db, "election", "lock")
	if code != 0 || !strings.Contains(out, "Đã xác nhận kết quả") {
		t.Fatalf("lock: %d %q %q", code, out, errs)
	}
	if _, errs, code := run(t, db, "import", sampleWorkbook(t, nil)); code == 0 || !strings.Contains(errs, "đã khóa") {
		t.Errorf("import into a locked election: %d %q", code, errs)
	}
	out, errs, code = run(t, db, "export", "statistics", stats)
	if code != 0 || !strings.Contains(out, "chính thức") || !strings.Contains(sheetText(t, stats), "Mẫu số 32/HĐBC") {
		t.Errorf("statistics after the lock: %d %q %q", code, out, errs)
	}
}

// sheetText is every cell of a workbook's first sheet, a row a line.
func sheetText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(f.GetSheetList()[0], excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rows {
		b.WriteString(strings.Join(r, "\t") + "\n")
	}
	return b.String()
}
