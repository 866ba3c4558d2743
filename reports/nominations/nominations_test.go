package nominations

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

func openStore(t testing.TB) *data.Store {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

var header = []any{ColSTT, ColKind, ColName, ColBirth, ColSex, ColPosition, ColWorkplace, ColForm, ColRank, ColAchievement, ColProposer}

// book writes a nomination workbook: the rows below the header of Đề nghị
// khen thưởng, and the campaign row of Đợt thi đua when given.
func book(t testing.TB, rows [][]any, campaign []any) string {
	t.Helper()
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", SheetNominations)
	all := append([][]any{header}, rows...)
	for i, r := range all {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(SheetNominations, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	if campaign != nil {
		f.NewSheet(SheetCampaign)
		f.SetSheetRow(SheetCampaign, "A1", &[]any{ColCampaignName, ColPlanNumber, ColPlanDate})
		f.SetSheetRow(SheetCampaign, "A2", &campaign)
	}
	path := filepath.Join(t.TempDir(), fmt.Sprintf("denghi-%d.xlsx", time.Now().UnixNano()))
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func row(stt int, kind, name, birth, sex, position, workplace, form, rank, achievement, proposer string) []any {
	return []any{stt, kind, name, birth, sex, position, workplace, form, rank, achievement, proposer}
}

var bkCampaign = []any{"Đợt thi đua bầu cử 2021", "53/KH-UBND", "04/02/2021"}

func goodRows() [][]any {
	return [][]any{
		row(1, "Tập thể", "Ủy ban bầu cử xã Cao Thượng", "", "", "", "", "Bằng khen của Chủ tịch UBND tỉnh", "", "Thành tích xuất sắc", "UBND huyện Ba Bể"),
		row(2, "Cá nhân", "  lê   văn BÌNH ", "30/04/1975", "nam", "Chủ tịch UBND xã", "xã Cao Thượng", "bang khen cua chu tich ubnd tinh", "", "Thành tích xuất sắc", "UBND huyện Ba Bể"),
		row(3, "Cá nhân", "Nguyễn Thị An", "1980", "Nữ", "Chuyên viên", "Sở Nội vụ", "Giấy khen", "", "", "Sở Nội vụ"),
		row(4, "Tập thể", "Phòng Nội vụ huyện Ba Bể", "", "", "", "", "Giấy khen", "Nhất", "", "UBND huyện Ba Bể"),
	}
}

func TestImportWorkbook(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	res, err := Import(ctx, st, book(t, goodRows(), bkCampaign), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.CampaignCreated || res.Added != 4 || res.Campaign.PlanNumber != "53/KH-UBND" || !res.Campaign.PlanDate.Equal(time.Date(2021, 2, 4, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("result = %+v", res)
	}
	ids, _, _ := st.NominationIDs(ctx, data.NominationFilter{CampaignID: res.Campaign.ID}, data.NominationOrder{})
	list, _ := st.NominationsByID(ctx, ids, time.Now())
	var got []string
	for _, n := range list {
		got = append(got, fmt.Sprintf("%s|%s|%s|%s|%s", n.Nominee.Name, n.Nominee.Birth, n.Nominee.Sex, n.Form, n.Rank))
	}
	want := []string{
		"Ủy ban bầu cử xã Cao Thượng|||Bằng khen của Chủ tịch UBND tỉnh|",
		"Phòng Nội vụ huyện Ba Bể|||Giấy khen|Nhất",
		"Nguyễn Thị An|1980|Nữ|Giấy khen|",
		"Lê Văn Bình|1975-04-30|Nam|Bằng khen của Chủ tịch UBND tỉnh|",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stored:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A workbook with one bad row is refused whole, with a message naming it.
func TestOneBadRowRefusesTheWorkbook(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	rows := goodRows()
	rows[2][7] = "Huân chương Lao động hạng Ba"
	path := book(t, rows, bkCampaign)
	_, err := Import(ctx, st, path, ImportOptions{})
	var probs problem.List
	if !errors.As(err, &probs) || len(probs) != 1 {
		t.Fatalf("import: %v", err)
	}
	p := probs[0]
	if p.Sheet != SheetNominations || p.Row != 4 || p.Column != ColForm || p.Cell != "H4" || p.Rule != "unknown_form" {
		t.Errorf("problem = %+v", p)
	}
	msg := err.Error()
	for _, s := range []string{filepath.Base(path), `sheet "Đề nghị khen thưởng"`, "dòng 4", `cột "Hình thức khen thưởng"`, "Huân chương Lao động hạng Ba", "không có gì được ghi"} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q:\n%s", s, msg)
		}
	}
	if cs, _ := st.Campaigns(ctx); len(cs) != 0 {
		t.Errorf("campaign created by a refused import: %+v", cs)
	}
	var n int
	st.DB().QueryRow(`SELECT COUNT(*) FROM nominees`).Scan(&n)
	if n != 0 {
		t.Errorf("%d nominees written by a refused import", n)
	}
}

// Every problem of a file is listed at once, by sheet, row and column.
func TestEveryProblemIsListed(t *testing.T) {
	st := openStore(t)
	next := time.Now().AddDate(1, 0, 0).Format("02/01/2006")
	rows := [][]any{
		row(1, "Cá nhân", "", "1970", "Nam", "", "", "Giấy khen", "", "", ""),                    // 2: missing name
		row(2, "Cá nhân", "Trần Văn Cường", next, "Nam", "", "", "Giấy khen", "", "", ""),        // 3: born in the future
		row(3, "Cá nhân", "Hà Thị Dung", "31/02/1980", "Nữ", "", "", "Giấy khen", "", "", ""),    // 4: impossible date
		row(4, "Tập thể", "Xã Cao Thượng", "", "", "", "", "Chiến sĩ thi đua cơ sở", "", "", ""), // 5: a person's form
		row(5, "Cá nhân", "Lý Văn Em", "1981", "Nam", "", "", "Giấy khen", "", "", ""),
		row(6, "cá nhân", "LÝ VĂN EM", "05/06/1981", "", "", "", "Giấy khen", "", "", ""),  // 7: twice in the file
		row(7, "Nhóm", "Tổ 3", "", "", "", "", "Giấy khen", "", "", ""),                    // 8: unknown kind
		row(8, "Cá nhân", "Vi Văn Giang", "1970", "Khác", "", "", "Giấy khen", "", "", ""), // 9: sex
		{}, // an empty row is skipped
		row(9, "Tập thể", "Tổ 4", "", "", "", "", "", "Tư", "", ""), // 11: missing form, bad rank
	}
	_, err := Import(context.Background(), st, book(t, rows, bkCampaign), ImportOptions{})
	var probs problem.List
	if !errors.As(err, &probs) {
		t.Fatalf("import: %v", err)
	}
	want := []string{
		"2|Họ và tên / Tên tập thể|required",
		"3|Ngày sinh|birth",
		"4|Ngày sinh|date",
		"5|Hình thức khen thưởng|form_kind",
		"7|Họ và tên / Tên tập thể|duplicate_in_batch",
		"8|Loại|kind",
		"9|Giới tính|sex",
		"11|Hạng|rank",
		"11|Hình thức khen thưởng|required",
	}
	var got []string
	for _, p := range probs {
		got = append(got, fmt.Sprintf("%d|%s|%s", p.Row, p.Column, p.Rule))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"), err)
	}
	if !strings.Contains(err.Error(), "trùng với dòng 6") {
		t.Errorf("the duplicate does not name the other row:\n%v", err)
	}
}

// Two rows whose names differ only by tone marks, with the same birth, are
// imported with a warning that names both rows (FORMATS.md); the same name
// ignoring case and spaces stays refused (TestEveryProblemIsListed).
func TestPossibleDuplicateIsAWarning(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	rows := [][]any{
		row(1, "Cá nhân", "Trần Thị Hoa", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", "Sở Nội vụ"),
		row(2, "Cá nhân", "Nguyễn Văn An", "1975", "Nam", "", "", "Giấy khen", "", "", "Sở Nội vụ"),
		row(3, "Cá nhân", "Trần Thị Hòa", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", "Sở Y tế"),   // 4: possible duplicate of 2
		row(4, "Cá nhân", "Nguyen Van An", "30/04/1975", "Nam", "", "", "Giấy khen", "", "", "Sở Y tế"), // 5: possible duplicate of 3
	}
	path := book(t, rows, bkCampaign)
	res, err := Import(ctx, st, path, ImportOptions{})
	if err != nil {
		t.Fatalf("import refused: %v", err)
	}
	if res.Added != 4 || len(res.Warnings) != 2 {
		t.Fatalf("result = %+v", res)
	}
	for i, w := range []struct {
		row   int
		cell  string
		other string
		texts []string
	}{
		{4, "C4", "dòng 2", []string{`"Trần Thị Hòa"`, `"Trần Thị Hoa"`}},
		{5, "C5", "dòng 3", []string{`"Nguyen Van An" (sinh 30/04/1975)`, `"Nguyễn Văn An" (sinh 1975)`}},
	} {
		p := res.Warnings[i]
		if !p.Warning || p.File != filepath.Base(path) || p.Sheet != SheetNominations || p.Row != w.row || p.Column != ColName || p.Cell != w.cell ||
			p.Rule != problem.PossibleDuplicateInBatch {
			t.Errorf("warning %d = %+v", i, p)
		}
		text := p.String()
		for _, s := range append(w.texts, fmt.Sprintf("dòng %d", w.row), w.other, "Cảnh báo") {
			if !strings.Contains(text, s) {
				t.Errorf("warning %d lacks %q: %s", i, s, text)
			}
		}
	}
	// The same name again (case and spaces aside) is refused, in the file.
	rows = append(rows, row(5, "Cá nhân", "TRẦN  THỊ HÒA", "1980", "Nữ", "", "", "Giấy khen", "", "", ""))
	_, err = Import(ctx, openStore(t), book(t, rows, bkCampaign), ImportOptions{})
	probs, ok := problem.Of(err)
	if !ok || len(probs) != 1 || probs[0].Row != 6 || probs[0].Rule != problem.DuplicateInBatch || !strings.Contains(probs[0].Message, "dòng 4") {
		t.Errorf("exact match: %v", err)
	}
}

// A duplicate is caught across two imports into one campaign.
func TestDuplicateAcrossTwoImports(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	if _, err := Import(ctx, st, book(t, goodRows(), bkCampaign), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	second := [][]any{
		row(1, "Cá nhân", "Hoàng Văn Mới", "1990", "Nam", "", "", "Giấy khen", "", "", "Sở Y tế"),
		row(2, "Cá nhân", "Lê Văn Bình", "1975", "Nam", "", "", "Giấy khen", "", "", "Sở Y tế"),
	}
	_, err := Import(ctx, st, book(t, second, nil), ImportOptions{})
	var probs problem.List
	if !errors.As(err, &probs) || len(probs) != 1 || probs[0].Row != 3 || probs[0].Rule != "duplicate_in_campaign" {
		t.Fatalf("second import: %v", err)
	}
	for _, s := range []string{"Lê Văn Bình", "sinh 30/04/1975", "Bằng khen của Chủ tịch UBND tỉnh", "UBND huyện Ba Bể"} {
		if !strings.Contains(probs[0].Message, s) {
			t.Errorf("message lacks %q: %s", s, probs[0].Message)
		}
	}
	if n, _ := st.CountNominations(ctx, data.NominationFilter{CampaignID: 1}); n != 4 {
		t.Errorf("%d nominations, want the first file's 4", n)
	}
}

func TestCampaignChoice(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	rows := goodRows()[:1]
	if _, err := Import(ctx, st, book(t, rows, nil), ImportOptions{}); err == nil || !strings.Contains(err.Error(), "chưa có đợt thi đua") {
		t.Errorf("no campaign at all: %v", err)
	}
	st.SaveCampaign(ctx, data.Campaign{Name: "Đợt A"})
	if _, err := Import(ctx, st, book(t, rows, nil), ImportOptions{}); err != nil {
		t.Errorf("the only campaign: %v", err)
	}
	st.SaveCampaign(ctx, data.Campaign{Name: "Đợt B"})
	_, err := Import(ctx, st, book(t, goodRows()[1:2], nil), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "--campaign") || !strings.Contains(err.Error(), "Đợt B") {
		t.Errorf("two campaigns: %v", err)
	}
	if _, err := Import(ctx, st, book(t, goodRows()[1:2], nil), ImportOptions{Campaign: "dot b"}); err != nil {
		t.Errorf("--campaign: %v", err)
	}
	if _, err := Import(ctx, st, book(t, goodRows()[2:3], []any{"Đợt A"}), ImportOptions{Campaign: "Đợt B"}); err == nil || !strings.Contains(err.Error(), "khác với đợt đã chọn") {
		t.Errorf("conflicting campaign: %v", err)
	}
	// The campaign sheet names an existing campaign: rows go there.
	res, err := Import(ctx, st, book(t, goodRows()[2:3], []any{"ĐỢT A"}), ImportOptions{})
	if err != nil || res.CampaignCreated || res.Campaign.Name != "Đợt A" {
		t.Errorf("existing campaign by sheet: %+v, %v", res, err)
	}
	// A bad plan date in the campaign sheet is reported with its cell.
	_, err = Import(ctx, st, book(t, goodRows()[3:4], []any{"Đợt C", "1/KH", "32/01/2021"}), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), `sheet "Đợt thi đua", dòng 2, cột "Ngày" (C2)`) {
		t.Errorf("bad plan date: %v", err)
	}
	// A file without the sheet.
	f := excelize.NewFile()
	path := filepath.Join(t.TempDir(), "khac.xlsx")
	f.SaveAs(path)
	if _, err := Import(ctx, st, path, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "thiếu sheet") {
		t.Errorf("no nomination sheet: %v", err)
	}
	// An empty list.
	if _, err := Import(ctx, st, book(t, nil, []any{"Đợt A"}), ImportOptions{}); err == nil || !strings.Contains(err.Error(), "không có dòng đề nghị") {
		t.Errorf("empty list: %v", err)
	}
}

// Text typed with a TCVN3 (.VnTime) font is converted on import.
func TestLegacyTextIsConverted(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	tcvn := func(s string) string { return vn.FromUnicode(s, vn.TCVN3) }
	rows := [][]any{
		row(1, tcvn("Cá nhân"), tcvn("Nguyễn Thị Hương"), "1979", tcvn("Nữ"), tcvn("Trưởng thôn"), tcvn("Thôn Nà Làng"), tcvn("Giấy khen"), "", tcvn("Hoàn thành xuất sắc nhiệm vụ"), tcvn("UBND huyện Ba Bể")),
		row(2, tcvn("Tập thể"), tcvn("Tổ bầu cử số 3"), "", "", "", "", tcvn("Giấy khen"), "", "", tcvn("UBND huyện Ba Bể")),
	}
	res, err := Import(ctx, st, book(t, rows, []any{"Đợt 2021"}), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ids, _, _ := st.NominationIDs(ctx, data.NominationFilter{CampaignID: res.Campaign.ID, Kind: award.Individual}, data.NominationOrder{})
	n, _ := st.Nomination(ctx, ids[0], time.Now())
	if n.Nominee.Name != "Nguyễn Thị Hương" || n.Position != "Trưởng thôn" || n.Proposer != "UBND huyện Ba Bể" || n.Nominee.Sex != "Nữ" {
		t.Errorf("converted row = %+v", n)
	}
}

func TestTemplate(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	forms, _ := st.AwardForms(ctx)
	path := filepath.Join(t.TempDir(), "mau.xlsx")
	if err := WriteTemplate(path, forms, data.Campaign{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), "|"); got != "Đề nghị khen thưởng|Đợt thi đua|Hướng dẫn|Danh mục" {
		t.Errorf("sheets = %s", got)
	}
	rows, _ := f.GetRows(SheetNominations)
	if got := strings.Join(rows[0], " · "); got != "STT · Loại · Họ và tên / Tên tập thể · Ngày sinh · Giới tính · Chức vụ · Đơn vị công tác · Hình thức khen thưởng · Hạng · Thành tích · Đơn vị đề nghị" {
		t.Errorf("header = %s", got)
	}
	lists := map[string]string{}
	dvs, _ := f.GetDataValidations(SheetNominations)
	for _, dv := range dvs {
		if dv.Type == "list" {
			lists[dv.Sqref] = dv.Formula1
		}
	}
	for sqref, ref := range map[string]string{"B2:B501": "$A$2:$A$3", "E2:E501": "$D$2:$D$3", "H2:H501": fmt.Sprintf("$B$2:$B$%d", 1+len(forms)), "I2:I501": "$C$2:$C$4"} {
		if !strings.Contains(lists[sqref], "'Danh mục'!"+ref) {
			t.Errorf("drop-down of %s = %q, want %s", sqref, lists[sqref], ref)
		}
	}
	listed, _ := f.GetRows(SheetLists)
	for i, fm := range forms {
		if listed[i+1][1] != fm.Name {
			t.Errorf("form list row %d = %q, want %q", i+2, listed[i+1][1], fm.Name)
		}
	}
	if listed[1][0] != "Cá nhân" || listed[2][0] != "Tập thể" || listed[3][2] != "Ba" || listed[2][3] != "Nữ" {
		t.Errorf("lists = %q", listed)
	}
	help, _ := f.GetRows(SheetInstructions)
	if len(help) < 10 || !strings.Contains(help[0][0], "HƯỚNG DẪN") {
		t.Errorf("instructions = %q", help)
	}
	style, _ := f.GetCellStyle(SheetNominations, "C1")
	s, _ := f.GetStyle(style)
	if s.Font.Family != "Times New Roman" || !s.Font.Bold {
		t.Errorf("header font = %+v", s.Font)
	}
	// The empty template imports as "nothing to import", not as an error of its own.
	st.SaveCampaign(ctx, data.Campaign{Name: "Đợt A"})
	if _, err := Import(ctx, st, path, ImportOptions{}); err == nil || !strings.Contains(err.Error(), "không có dòng đề nghị") {
		t.Errorf("empty template: %v", err)
	}
	// Filled in, it imports.
	for i, r := range goodRows() {
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		f.SetSheetRow(SheetNominations, cell, &r)
	}
	f.SetSheetRow(SheetCampaign, "A2", &bkCampaign)
	filled := filepath.Join(t.TempDir(), "filled.xlsx")
	f.SaveAs(filled)
	if res, err := Import(ctx, st, filled, ImportOptions{}); err != nil || res.Added != 4 || res.Campaign.Name != "Đợt thi đua bầu cử 2021" {
		t.Errorf("filled template: %+v, %v", res, err)
	}
}

// exportFixture loads a campaign with collectives in a chosen order and
// people whose given names sort differently from their family names.
func exportFixture(t *testing.T) (*data.Store, data.Campaign) {
	st := openStore(t)
	ctx := context.Background()
	rows := [][]any{
		row(1, "Tập thể", "Ủy ban bầu cử huyện Ba Bể", "", "", "", "", "Bằng khen của Chủ tịch UBND tỉnh", "", "Xuất sắc", "UBND huyện Ba Bể"),
		row(2, "Tập thể", "Ban bầu cử số 1", "", "", "", "", "Bằng khen của Chủ tịch UBND tỉnh", "", "Xuất sắc", "UBND huyện Ba Bể"),
		row(3, "Cá nhân", "Lê Văn Bình", "30/04/1975", "Nam", "Chủ tịch", "UBND xã Cao Thượng", "Bằng khen của Chủ tịch UBND tỉnh", "", "Xuất sắc", "UBND huyện Ba Bể"),
		row(4, "Cá nhân", "Trần Thị An", "1980", "Nữ", "Chuyên viên", "Sở Nội vụ", "Bằng khen của Chủ tịch UBND tỉnh", "", "Xuất sắc", "Sở Nội vụ"),
		row(5, "Cá nhân", "Nguyễn Văn An", "1981", "Nam", "Chuyên viên", "Sở Nội vụ", "Giấy khen", "", "Xuất sắc", "Sở Nội vụ"),
		row(6, "Cá nhân", "Đặng Thị Yến", "1985", "Nữ", "Văn thư", "Sở Nội vụ", "Giấy khen", "", "Xuất sắc", "Sở Nội vụ"),
		row(7, "Cá nhân", "Hà Văn Đông", "1985", "Nam", "Văn thư", "Sở Nội vụ", "Giấy khen", "", "Xuất sắc", "Sở Nội vụ"),
	}
	res, err := Import(ctx, st, book(t, rows, bkCampaign), ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c := res.Campaign
	c.To = time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)
	if c, err = st.SaveCampaign(ctx, c); err != nil {
		t.Fatal(err)
	}
	// Hà Văn Đông is returned: refused nominations are not sent up.
	ids, _, _ := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID, Query: "ha van dong"}, data.NominationOrder{})
	if err := st.SetNominationStatus(ctx, ids, award.Returned, "Thiếu hồ sơ"); err != nil {
		t.Fatal(err)
	}
	return st, c
}

func TestExport(t *testing.T) {
	st, c := exportFixture(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "danhsach.xlsx")
	res, err := Export(ctx, st, c, path, ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// 2 collectives × 2.980.000 + 2 people × 1.490.000 + 2 × 450.000 (Giấy khen)
	if res.Collectives != 2 || res.Individuals != 4 || res.Money != 2*2_980_000+2*1_490_000+2*450_000 || res.Unpriced != 0 {
		t.Errorf("result = %+v", res)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetList, excelize.Options{RawCellValue: true})
	var got []string
	for _, r := range rows[listHeaderRow-1:] {
		for len(r) < 10 {
			r = append(r, "")
		}
		got = append(got, strings.Join([]string{r[0], r[1], r[2], r[5], r[9]}, "|"))
	}
	want := []string{
		"STT|Họ và tên / Tên tập thể|Ngày sinh|Hình thức khen thưởng|Số tiền (đồng)",
		"I|TẬP THỂ|||",
		"1|Ủy ban bầu cử huyện Ba Bể||Bằng khen của Chủ tịch UBND tỉnh|2980000",
		"2|Ban bầu cử số 1||Bằng khen của Chủ tịch UBND tỉnh|2980000",
		"Cộng I: 2 tập thể||||5960000",
		"II|CÁ NHÂN|||",
		"1|Nguyễn Văn An|1981|Giấy khen|450000",
		"2|Trần Thị An|1980|Bằng khen của Chủ tịch UBND tỉnh|1490000",
		"3|Lê Văn Bình|30/04/1975|Bằng khen của Chủ tịch UBND tỉnh|1490000",
		"4|Đặng Thị Yến|1985|Giấy khen|450000",
		"Cộng II: 4 cá nhân||||3880000",
		"TỔNG CỘNG: 2 tập thể, 4 cá nhân||||9840000",
		"Bằng chữ: Chín triệu tám trăm bốn mươi nghìn đồng./.||||",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("list:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(rows[1][0], "Kế hoạch số 53/KH-UBND ngày 04/02/2021") || !strings.Contains(rows[2][0], "24/06/2021") {
		t.Errorf("title rows = %q, %q", rows[1], rows[2])
	}
	if v, _ := f.GetCellFormula(SheetList, "J8"); v != "SUM(J6:J7)" {
		t.Errorf("subtotal formula = %q", v)
	}
	if v, _ := f.GetCellFormula(SheetList, "J15"); v != "J8+J14" {
		t.Errorf("total formula = %q", v)
	}
	names := f.GetDefinedName()
	found := false
	for _, n := range names {
		if n.Name == "_xlnm.Print_Titles" && n.RefersTo == "'Danh sách đề nghị'!$4:$4" {
			found = true
		}
	}
	if !found {
		t.Errorf("no print titles on the list: %+v", names)
	}
	lay, _ := f.GetPageLayout(SheetList)
	if *lay.Orientation != "landscape" || *lay.Size != 9 {
		t.Errorf("page layout = %+v", lay)
	}
	stats, _ := f.GetRows(SheetStats, excelize.Options{RawCellValue: true})
	var sgot []string
	for _, r := range stats[3:] {
		sgot = append(sgot, strings.Join(r, "|"))
	}
	swant := []string{
		"STT|Đơn vị đề nghị|Bằng khen của Chủ tịch UBND tỉnh||Giấy khen||Tổng cộng",
		"||Số lượng|Số tiền (đồng)|Số lượng|Số tiền (đồng)|Số lượng|Số tiền (đồng)",
		"1|Sở Nội vụ|1|1490000|2|900000|3|2390000",
		"2|UBND huyện Ba Bể|3|7450000|0|0|3|7450000",
		"|Tổng cộng|4|8940000|2|900000|6|9840000",
	}
	if strings.Join(sgot, "\n") != strings.Join(swant, "\n") {
		t.Errorf("stats:\n%s\nwant:\n%s", strings.Join(sgot, "\n"), strings.Join(swant, "\n"))
	}
	// One award form only.
	forms, _ := st.AwardForms(ctx)
	var gk int64
	for _, fm := range forms {
		if fm.Name == award.FormGiayKhen {
			gk = fm.ID
		}
	}
	res, err = Export(ctx, st, c, path, ExportOptions{FormID: gk})
	if err != nil || res.Collectives != 0 || res.Individuals != 2 || res.Money != 900_000 {
		t.Errorf("Giấy khen only: %+v, %v", res, err)
	}
	f2, _ := excelize.OpenFile(path)
	defer f2.Close()
	if v, _ := f2.GetCellValue(SheetList, "A1"); v != "DANH SÁCH ĐỀ NGHỊ TẶNG GIẤY KHEN" {
		t.Errorf("title = %q", v)
	}
}

// Money after a decision: an export dated long after an issued 2024
// decision lists, for the nominations the decision granted, the amounts
// frozen in it (base salary 1.800.000), not money recomputed on the later
// date's base salary; its totals and the statistics sheet agree with the
// decision's total.
func TestExportAfterADecisionShowsItsAmounts(t *testing.T) {
	st, c := exportFixture(t)
	ctx := context.Background()
	if _, err := st.SetupProvince(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	// 98/2023, base 1.800.000: 2 collectives × 3.600.000 + 2 people × 1.800.000.
	d, err := st.CreateDecision(ctx, data.NewDecision{CampaignID: c.ID, Form: award.FormBangKhenTinh, Number: "45/QĐ-UBND",
		Date: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.IssueDecision(ctx, d.Number); err != nil {
		t.Fatal(err)
	}
	if d.Total != 2*3_600_000+2*1_800_000 {
		t.Fatalf("decision total %d", d.Total)
	}
	items, _ := st.DecisionItems(ctx, d.ID)
	frozen := map[string]int64{}
	for _, it := range items {
		frozen[it.Name] = it.Money
	}
	later := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	gk, err := st.PrizeMoney(ctx, award.FormGiayKhen, award.Individual, later)
	if err != nil {
		t.Fatal(err)
	}
	if now, _ := st.PrizeMoney(ctx, award.FormBangKhenTinh, award.Individual, later); now == 1_800_000 {
		t.Fatal("the later date does not change the money: the test proves nothing")
	}
	path := filepath.Join(t.TempDir(), "sau-quyet-dinh.xlsx")
	res, err := Export(ctx, st, c, path, ExportOptions{Date: later})
	if err != nil {
		t.Fatal(err)
	}
	if res.Money != d.Total+2*gk || res.Decided != 4 {
		t.Errorf("result = %+v, want %d (decision) + 2 × %d (Giấy khen), 4 decided", res, d.Total, gk)
	}

	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetList, excelize.Options{RawCellValue: true})
	var decided, total int64
	for _, r := range rows[listHeaderRow:] {
		if len(r) < 10 || r[9] == "" {
			continue
		}
		money, err := strconv.ParseInt(r[9], 10, 64)
		if err != nil {
			t.Fatalf("J of %q: %v", r, err)
		}
		switch {
		case strings.HasPrefix(r[0], "TỔNG CỘNG"):
			total = money
		case r[5] == award.FormBangKhenTinh:
			if money != frozen[r[1]] {
				t.Errorf("%s: %d in the export, %d in the decision", r[1], money, frozen[r[1]])
			}
			decided += money
		case r[5] == award.FormGiayKhen && money != gk:
			t.Errorf("%s (no decision): %d, want %d computed for %s", r[1], money, gk, vn.DMY(later))
		}
	}
	if decided != d.Total {
		t.Errorf("the decided rows total %d in the export, the decision %d", decided, d.Total)
	}
	if total != d.Total+2*gk {
		t.Errorf("TỔNG CỘNG = %d, want %d", total, d.Total+2*gk)
	}
	if !strings.Contains(rows[2][0], "Quyết định số 45/QĐ-UBND ngày 15/05/2024") || !strings.Contains(rows[2][0], vn.DMY(later)) {
		t.Errorf("the note on money does not name the decision: %q", rows[2][0])
	}

	// The statistics sheet: the Bằng khen column is the decision's money.
	stats, _ := f.GetRows(SheetStats, excelize.Options{RawCellValue: true})
	var sgot []string
	for _, r := range stats[5:] {
		sgot = append(sgot, strings.Join(r, "|"))
	}
	swant := []string{
		fmt.Sprintf("1|Sở Nội vụ|1|1800000|2|%d|3|%d", 2*gk, 1_800_000+2*gk),
		"2|UBND huyện Ba Bể|3|9000000|0|0|3|9000000",
		fmt.Sprintf("|Tổng cộng|4|%d|2|%d|6|%d", d.Total, 2*gk, d.Total+2*gk),
	}
	if strings.Join(sgot, "\n") != strings.Join(swant, "\n") {
		t.Errorf("stats:\n%s\nwant:\n%s", strings.Join(sgot, "\n"), strings.Join(swant, "\n"))
	}
}

// The exported list opens in LibreOffice and prints: converted to PDF, its
// text reads as a department's list. Skipped without LibreOffice.
func TestExportPrintsInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	st, c := exportFixture(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "danhsach.xlsx")
	if _, err := Export(context.Background(), st, c, path, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "lo"), "--convert-to", "pdf", "--outdir", dir, path)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	out, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "danhsach.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, s := range []string{"DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "TẬP THỂ", "CÁ NHÂN", "Ủy ban bầu cử huyện Ba Bể", "Nguyễn Văn An", "TỔNG CỘNG: 2 tập thể, 4 cá nhân", "9.840.000", "Trang 1/2", "THỐNG KÊ SỐ LƯỢNG"} {
		if !strings.Contains(text, s) {
			t.Errorf("PDF text lacks %q:\n%s", s, text)
		}
	}
	if keep := os.Getenv("TDKT_KEEP_EXPORT"); keep != "" {
		os.MkdirAll(keep, 0o755)
		b, _ := os.ReadFile(filepath.Join(dir, "danhsach.pdf"))
		os.WriteFile(filepath.Join(keep, "danhsach.pdf"), b, 0o644)
		b, _ = os.ReadFile(path)
		os.WriteFile(filepath.Join(keep, "danhsach.xlsx"), b, 0o644)
	}
}
