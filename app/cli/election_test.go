package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
	"tdkt/reports/electiondocs"
)

// sampleWorkbook writes the Thiệu Ngọc sample as an election workbook,
// after change (when not nil) has edited its rows.
func sampleWorkbook(t *testing.T, change func(*data.ElectionImport)) string {
	t.Helper()
	in := sample.ThieuNgoc()
	if change != nil {
		change(&in)
	}
	path := filepath.Join(t.TempDir(), "thieungoc.xlsx")
	if err := electiondocs.Fill(path, in); err != nil {
		t.Fatal(err)
	}
	return path
}

// The whole command line round: template, import, results, export.
func TestElectionCommands(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")

	out, errs, code := run(t, db, "template", "election", filepath.Join(dir, "mau.xlsx"))
	if code != 0 || !strings.Contains(out, "Đã tạo bảng tính bầu cử") {
		t.Fatalf("template election: %d %q %q", code, out, errs)
	}
	out, errs, code = run(t, db, "import", sampleWorkbook(t, nil))
	if code != 0 || !strings.Contains(out, "24 biên bản kiểm phiếu") || !strings.Contains(out, "tỉnh mã 38") {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}

	out, errs, code = run(t, db, "results", "--json")
	if code != 0 {
		t.Fatalf("results --json: %d %q", code, errs)
	}
	var doc struct {
		Election       string `json:"election"`
		Constituencies []struct {
			Race         string  `json:"race"`
			UnitCode     string  `json:"unit_code"`
			Number       int     `json:"number"`
			Seats        int     `json:"seats"`
			Voters       int64   `json:"voters"`
			Turnout      float64 `json:"turnout"`
			Status       string  `json:"status"`
			ElectedCount int     `json:"elected_count"`
			Candidates   []struct {
				Name    string  `json:"name"`
				Votes   int64   `json:"votes"`
				Percent float64 `json:"percent"`
				Elected bool    `json:"elected"`
			} `json:"candidates"`
		} `json:"constituencies"`
		Units []struct {
			UnitCode string  `json:"unit_code"`
			Race     string  `json:"race"`
			Voters   int64   `json:"voters"`
			Turnout  float64 `json:"turnout"`
			Seats    int     `json:"seats"`
			Elected  int     `json:"elected"`
		} `json:"units"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("results --json is not JSON: %v\n%s", err, out)
	}
	seats, elected := 0, 0
	for _, c := range doc.Constituencies {
		if c.Race == string(election.RaceCommune) {
			seats += c.Seats
			elected += c.ElectedCount
		}
		if c.Status != "ok" {
			t.Errorf("%s %d: status %s", c.Race, c.Number, c.Status)
		}
	}
	if seats != 25 || elected != 24 {
		t.Errorf("HĐND xã: %d of %d elected, want 24 of 25", elected, seats)
	}
	var commune bool
	for _, u := range doc.Units {
		if u.UnitCode == sample.ThieuNgocCode && u.Race == string(election.RaceCommune) {
			commune = true
			if u.Voters != 3722 || u.Turnout != 99.81 || u.Seats != 25 || u.Elected != 24 {
				t.Errorf("Thiệu Ngọc HĐND xã row %+v", u)
			}
		}
	}
	if !commune {
		t.Error("no unit row for Thiệu Ngọc")
	}

	out, _, code = run(t, db, "results")
	for _, want := range []string{"ĐẠI BIỂU QUỐC HỘI", "Đơn vị bầu cử số 6 – Xã Thiệu Ngọc (15775): 4 đại biểu được bầu", "trúng cử", "99,81%", "bầu được 24/25 đại biểu"} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("results lacks %q:\n%s", want, out)
		}
	}

	xlsx := filepath.Join(dir, "tonghop.xlsx")
	out, errs, code = run(t, db, "export", "results", xlsx)
	if code != 0 || !strings.Contains(out, "Tỉnh Thanh Hóa") {
		t.Fatalf("export results: %d %q %q", code, out, errs)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue(electiondocs.SheetSummary, "B7"); v != "Huyện Thiệu Hóa" {
		t.Errorf("first row of the province's summary: %q", v)
	}
	out, _, code = run(t, db, "export", "results", "--unit", sample.ThieuNgocCode, filepath.Join(dir, "xa.xlsx"))
	if code != 0 || !strings.Contains(out, "Xã Thiệu Ngọc") || !strings.Contains(out, "6 dòng") {
		t.Errorf("export results --unit: %d %q", code, out)
	}
}

// A workbook with an inconsistent tally is refused whole with a precise
// message, exit code 1 and nothing written.
func TestImportElectionRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	path := sampleWorkbook(t, func(in *data.ElectionImport) {
		in.Tallies[5].Voted = in.Tallies[5].Voters + 3
	})
	_, errs, code := run(t, db, "import", path)
	if code != 1 {
		t.Fatalf("exit code %d, want 1", code)
	}
	for _, want := range []string{"không có gì được ghi", `sheet "Kiểm phiếu", dòng 7, cột "Số cử tri đã bỏ phiếu" (E7)`,
		"không được lớn hơn tổng số cử tri", "[voted_le_voters]"} {
		if !strings.Contains(errs, want) {
			t.Errorf("message lacks %q:\n%s", want, errs)
		}
	}
	_, errs, code = run(t, db, "results")
	if code != 1 || !strings.Contains(errs, "chưa có cuộc bầu cử nào") {
		t.Errorf("results after a refused import: %d %q", code, errs)
	}
}

func TestElectionCommandErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	for _, tc := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"results", "--json", "thừa"}, 2, "tham số thừa"},
		{[]string{"export", "results"}, 2, "cần đúng một tệp .xlsx"},
		{[]string{"export", "results", "a.pdf"}, 2, "đuôi .xlsx"},
		{[]string{"template", "election"}, 2, "cần đúng một tệp .xlsx"},
		{[]string{"results", "--election", "Không có"}, 1, "không tìm thấy"},
	} {
		_, errs, code := run(t, db, tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tc.args, code, errs, tc.code, tc.want)
		}
	}
}

// FORMATS.md: `results --json` on a database without an election prints
// the schema with nothing in it and exits 0; naming an election that does
// not exist is still an error.
func TestResultsJSONEmptyDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	out, errs, code := run(t, db, "results", "--json")
	if code != 0 || errs != "" || out != `{"election": "", "constituencies": [], "units": []}`+"\n" {
		t.Fatalf("results --json on an empty database: %d %q %q", code, out, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc) != 3 || doc["election"] != "" ||
		len(doc["constituencies"].([]any)) != 0 || len(doc["units"].([]any)) != 0 {
		t.Errorf("empty results: %v %v", doc, err)
	}
	if _, errs, code := run(t, db, "results", "--json", "--election", "Không có"); code != 1 || !strings.Contains(errs, "không tìm thấy") {
		t.Errorf("results --json --election on an empty database: %d %q", code, errs)
	}
	if _, errs, code := run(t, db, "results"); code != 1 || !strings.Contains(errs, "tdkt import TỆP.xlsx") {
		t.Errorf("results (text) on an empty database: %d %q", code, errs)
	}
}

// Điều 57.6 / 58.3 as a warning: the import succeeds and lists the
// warnings after its success line; `results` and `results --json` show
// them on the constituency; the other constituencies' JSON is unchanged.
func TestShortCandidateListWarns(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	path := sampleWorkbook(t, func(in *data.ElectionImport) {
		// The last candidate of the QH constituency, and their votes.
		last := 0
		for i, c := range in.Candidates {
			if c.Race == election.RaceQH {
				last = i
			}
		}
		name := in.Candidates[last].Name
		in.Candidates = append(in.Candidates[:last], in.Candidates[last+1:]...)
		for i, tl := range in.Tallies {
			if tl.Race == election.RaceQH {
				for j, v := range tl.Votes {
					if v.Name == name {
						in.Tallies[i].Votes = append(tl.Votes[:j], tl.Votes[j+1:]...)
						break
					}
				}
			}
		}
	})
	out, errs, code := run(t, db, "import", path)
	if code != 0 {
		t.Fatalf("import: %d %q %q", code, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{"Có 1 cảnh báo (dữ liệu vẫn được ghi; hãy kiểm tra lại):",
		`  thieungoc.xlsx, sheet "Đơn vị bầu cử", dòng 2, cột "Số đại biểu được bầu" (D2): Cảnh báo: Đơn vị bầu cử số 4 – Đại biểu Quốc hội Tỉnh Thanh Hóa ` +
			"có 4 người ứng cử cho 3 đại biểu được bầu, ít hơn quy định: danh sách chính thức cần ít nhất 5 người (khoản 6 Điều 57 Luật Bầu cử) [candidate_list_short]"}
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "Đã nhập ") || strings.Join(lines[len(lines)-2:], "\n") != strings.Join(want, "\n") {
		t.Errorf("import output:\n%s\nwant it to end with:\n%s", out, strings.Join(want, "\n"))
	}

	out, _, code = run(t, db, "results")
	if code != 0 || !strings.Contains(out, "  Cảnh báo: Đơn vị bầu cử số 4 – Đại biểu Quốc hội Tỉnh Thanh Hóa có 4 người ứng cử") ||
		strings.Count(out, "Cảnh báo:") != 1 {
		t.Errorf("results text:\n%s", out)
	}
	out, _, code = run(t, db, "results", "--json")
	var doc struct {
		Constituencies []map[string]json.RawMessage `json:"constituencies"`
	}
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("results --json: %d %v", code, err)
	}
	with := 0
	for _, c := range doc.Constituencies {
		raw, ok := c["warnings"]
		if !ok {
			continue
		}
		with++
		var ws []struct{ Rule, Message string }
		if err := json.Unmarshal(raw, &ws); err != nil || len(ws) != 1 || ws[0].Rule != "candidate_list_short" ||
			!strings.Contains(ws[0].Message, "khoản 6 Điều 57") || string(c["race"]) != `"QH"` {
			t.Errorf("warnings %s of %s", raw, c["race"])
		}
	}
	if with != 1 {
		t.Errorf("%d constituencies with warnings in the JSON, want 1", with)
	}
}
