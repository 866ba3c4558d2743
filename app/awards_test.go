package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"tdkt/data/vn"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/award"
	sampledata "tdkt/data/sample"
	"tdkt/reports/nominations"
)

// openAwards shows the awards section and returns its view.
func openAwards(t *testing.T, s *Shell) *awardsView {
	t.Helper()
	s.nav.UnselectAll()
	s.keys = map[string]func(){}
	v := newAwardsView(s)
	s.setBody(v.root)
	return v
}

// entryWithPlaceholder finds a visible entry by its placeholder's start.
func entryWithPlaceholder(t *testing.T, w fyne.Window, prefix string) *widget.Entry {
	t.Helper()
	for _, e := range findAll[*widget.Entry](w) {
		if strings.HasPrefix(e.PlaceHolder, prefix) {
			return e
		}
	}
	t.Fatalf("no entry with placeholder %q", prefix)
	return nil
}

func TestAwardsEmptyScreen(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { st.SetupProvince(context.Background(), "2025-03", "06") })
	s.Select(SecAwards)
	if !shows(s.Win, "Chưa có đợt thi đua nào") {
		t.Fatal("an empty awards section does not say what to do")
	}
	capture(t, s.Win, "awards-empty")
	// Create a campaign through its dialog.
	test.Tap(button(t, s.Win, "Đợt mới"))
	name := entryWithPlaceholder(t, s.Win, "Ví dụ: Đợt thi đua")
	test.Type(name, "Đợt thi đua năm 2026")
	entryWithPlaceholder(t, s.Win, "53/KH-UBND").SetText("12/KH-UBND")
	for _, e := range findAll[*widget.Entry](s.Win) {
		if e.PlaceHolder == "dd/mm/yyyy" && e.Text == "" {
			e.SetText("05/01/2026")
			break
		}
	}
	capture(t, s.Win, "awards-campaign")
	test.Tap(button(t, s.Win, "Lưu"))
	c, err := s.Store.CampaignByName(context.Background(), "Đợt thi đua năm 2026")
	if err != nil || c.PlanNumber != "12/KH-UBND" || c.PlanDate.Day() != 5 {
		t.Fatalf("campaign saved as %+v, %v", c, err)
	}
	if !shows(s.Win, "Kế hoạch số 12/KH-UBND ngày 05/01/2026") {
		t.Error("the new campaign's plan is not shown")
	}
	// Ctrl+F puts the cursor in the search box.
	s.keys["find"]()
	if e, ok := s.Win.Canvas().Focused().(*widget.Entry); !ok || !strings.HasPrefix(e.PlaceHolder, "Tìm theo tên") {
		t.Errorf("Ctrl+F focused %T", s.Win.Canvas().Focused())
	}
	// The export is offered on the Báo cáo screen too.
	s.Select(SecReports)
	if !shows(s.Win, "Danh sách đề nghị của một đợt thi đua") {
		t.Error("the nomination export is not on the Báo cáo screen")
	}
}

// The Bắc Kạn sample, loaded from the welcome screen's registry, lists
// 27 + 31 Bằng khen tỉnh, 3 + 3 Bằng khen Thủ tướng and the Giấy khen.
func TestAwardsSampleListFilterSearch(t *testing.T) {
	s := newTestShell(t, nil)
	var load func(context.Context, *data.Store, Progress) error
	for _, sm := range samples {
		if strings.Contains(sm.title, "thi đua bầu cử tỉnh Bắc Kạn") {
			load = sm.load
		}
	}
	if load == nil {
		t.Fatal("the Bắc Kạn sample is not on the welcome screen")
	}
	if err := load(context.Background(), s.Store, func(float64, string) {}); err != nil {
		t.Fatal(err)
	}
	v := openAwards(t, s)
	total := sampledata.BacKanProvinceCollectives + sampledata.BacKanProvinceIndividuals + sampledata.BacKanPMCollectives +
		sampledata.BacKanPMIndividuals + sampledata.BacKanGiayKhen
	if len(v.rows.ids) != total {
		t.Fatalf("%d rows, want %d", len(v.rows.ids), total)
	}
	if !shows(s.Win, "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh Bắc Kạn") {
		t.Error("the plan is not shown")
	}
	first, _ := v.rows.row(0, v)
	if first.Nominee.Kind != award.Collective {
		t.Errorf("the list does not start with the collectives: %+v", first)
	}
	capture(t, s.Win, "awards-list")

	// Filter: the province's Bằng khen awaiting signature.
	v.status.SetSelected(string(award.Submitted))
	if want := sampledata.BacKanProvinceCollectives + sampledata.BacKanProvinceIndividuals; len(v.rows.ids) != want {
		t.Errorf("Trình ký: %d rows, want %d", len(v.rows.ids), want)
	}
	v.status.SetSelected(allStatuses)

	// Search as you type, without diacritics.
	n, _ := v.rows.row(len(v.rows.ids)-1, v)
	query := strings.ToLower(strings.Fields(n.Nominee.Name)[0])
	test.Type(v.search, foldASCII(query))
	if len(v.rows.ids) == 0 || len(v.rows.ids) == total {
		t.Fatalf("search %q found %d rows", query, len(v.rows.ids))
	}
	for i := range v.rows.ids {
		r, _ := v.rows.row(i, v)
		if !strings.Contains(foldASCII(strings.ToLower(r.Nominee.Name)), foldASCII(query)) {
			t.Errorf("search %q found %q", query, r.Nominee.Name)
		}
	}
	capture(t, s.Win, "awards-search")
	v.search.SetText("")

	// Sorting by a column header, and back.
	v.sortBy(colName)
	a, _ := v.rows.row(0, v)
	b, _ := v.rows.row(1, v)
	if vn.BirthText(a.Nominee.Birth) == "" && a.Nominee.Kind == award.Individual || a.ID == b.ID {
		t.Errorf("sorted rows %+v %+v", a, b)
	}
	v.sortBy(colSTT)
}

// foldASCII drops Vietnamese diacritics the way a user types without them.
func foldASCII(s string) string {
	r := strings.NewReplacer("đ", "d", "Đ", "D")
	out := []rune{}
	for _, c := range []rune(r.Replace(s)) {
		switch {
		case strings.ContainsRune("àáảãạăằắẳẵặâầấẩẫậ", c):
			c = 'a'
		case strings.ContainsRune("èéẻẽẹêềếểễệ", c):
			c = 'e'
		case strings.ContainsRune("ìíỉĩị", c):
			c = 'i'
		case strings.ContainsRune("òóỏõọôồốổỗộơờớởỡợ", c):
			c = 'o'
		case strings.ContainsRune("ùúủũụưừứửữự", c):
			c = 'u'
		case strings.ContainsRune("ỳýỷỹỵ", c):
			c = 'y'
		}
		out = append(out, c)
	}
	return string(out)
}

func TestAwardsStatusChangeForManyRows(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { sampledata.LoadBacKanAwards(context.Background(), st) })
	v := openAwards(t, s)
	v.form.SetSelected(award.FormGiayKhen)
	v.status.SetSelected(string(award.Verified))
	n := len(v.rows.ids)
	if n == 0 {
		t.Fatal("no Giấy khen to move")
	}
	// Check the first three rows through the check column, then all.
	for i := 0; i < 3; i++ {
		v.table.Select(widget.TableCellID{Row: i, Col: colCheck})
	}
	if got := len(v.rows.selectedIDs()); got != 3 {
		t.Fatalf("%d rows checked, want 3", got)
	}
	v.toggleAll()
	if got := len(v.rows.selectedIDs()); got != n {
		t.Fatalf("%d rows checked after choosing all, want %d", got, n)
	}
	test.Tap(button(t, s.Win, "Chuyển trạng thái…"))
	var to *widget.Select
	for _, sel := range findAll[*widget.Select](s.Win) {
		if len(sel.Options) == len(award.Statuses)-1 {
			to = sel
		}
	}
	if to == nil {
		t.Fatal("no status choice in the dialog")
	}
	to.SetSelected(string(award.Returned))
	capture(t, s.Win, "awards-status")
	test.Tap(button(t, s.Win, "Chuyển"))
	if !shows(s.Win, "cần ghi lý do") {
		t.Fatal("Trả lại without a reason was not refused with a message")
	}
	test.Tap(button(t, s.Win, "Đóng"))
	test.Tap(button(t, s.Win, "Chuyển trạng thái…"))
	for _, sel := range findAll[*widget.Select](s.Win) {
		if len(sel.Options) == len(award.Statuses)-1 {
			sel.SetSelected(string(award.Submitted))
		}
	}
	test.Tap(button(t, s.Win, "Chuyển"))
	c := v.campaign
	moved, _ := s.Store.CountNominations(context.Background(), data.NominationFilter{CampaignID: c.ID, FormID: v.formID(), Status: award.Submitted})
	if moved != n {
		t.Errorf("%d Giấy khen moved to Trình ký, want %d", moved, n)
	}
}

func TestNominationFormWarnings(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { sampledata.LoadBacKanAwards(context.Background(), st) })
	v := openAwards(t, s)
	existing, _ := v.rows.row(len(v.rows.ids)-1, v)
	test.Tap(button(t, s.Win, "Thêm đề nghị"))
	name := entryWithPlaceholder(t, s.Win, "Họ và tên đầy đủ")
	test.Type(name, strings.ToLower(existing.Nominee.Name))
	entryWithPlaceholder(t, s.Win, "30/04/1975").SetText(vn.BirthText(existing.Nominee.Birth))
	for _, sel := range findAll[*widget.Select](s.Win) {
		if sel.PlaceHolder == "Chọn hình thức khen thưởng" {
			sel.SetSelected(award.FormBangKhenTinh)
		}
	}
	if !shows(s.Win, "đã được đề nghị trong đợt này") {
		t.Error("the form does not warn that the person is already proposed")
	}
	if !shows(s.Win, "Đợt thi đua thực hiện tốt cuộc bầu cử") {
		t.Error("the form does not show the person's history")
	}
	capture(t, s.Win, "awards-form")
	before := len(v.rows.ids)
	test.Tap(button(t, s.Win, "Lưu (Enter)"))
	if !shows(s.Win, "đã được đề nghị trong đợt này") {
		t.Error("a refused save closed the form")
	}
	// A new person saves.
	name.SetText("Hoàng Văn Mới")
	entryWithPlaceholder(t, s.Win, "30/04/1975").SetText("1990")
	test.Tap(button(t, s.Win, "Lưu (Enter)"))
	if len(v.rows.ids) != before+1 {
		t.Errorf("%d rows after adding one to %d", len(v.rows.ids), before)
	}
}

func TestAwardsImportShowsEveryProblem(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { sampledata.LoadBacKanAwards(context.Background(), st) })
	v := openAwards(t, s)
	existing, _ := v.rows.row(len(v.rows.ids)-1, v)
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", nominations.SheetNominations)
	rows := [][]any{
		{"STT", "Loại", "Họ và tên / Tên tập thể", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng", "Hạng", "Thành tích", "Đơn vị đề nghị"},
		{1, "Cá nhân", "Đinh Văn Một", "1980", "Nam", "", "", "Giấy khen", "", "", "UBND huyện Ba Bể"},
		{2, "Cá nhân", existing.Nominee.Name, vn.BirthText(existing.Nominee.Birth), "", "", "", "Giấy khen", "", "", "UBND huyện Ba Bể"},
		{3, "Cá nhân", "Đinh Văn Ba", "1980", "Nam", "", "", "Huy chương", "", "", "UBND huyện Ba Bể"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow(nominations.SheetNominations, cell, &r)
	}
	path := filepath.Join(t.TempDir(), "đề nghị.xlsx")
	f.SaveAs(path)
	before := len(v.rows.ids)
	noProgress := func(float64, string) {}
	res, err := v.importWork(context.Background(), path, noProgress)
	v.imported(res, err)
	if !shows(s.Win, "Không có gì được ghi. Có 2 lỗi") {
		t.Fatalf("the problems are not listed: %v", err)
	}
	for _, line := range []string{`dòng 3, cột "Họ và tên / Tên tập thể" (C3)`, `dòng 4, cột "Hình thức khen thưởng" (H4)`} {
		if !strings.Contains(err.Error(), line) {
			t.Errorf("problems lack %q: %v", line, err)
		}
	}
	capture(t, s.Win, "awards-import-problems")
	if n, _ := s.Store.CountNominations(context.Background(), data.NominationFilter{CampaignID: v.campaign.ID}); n != before {
		t.Errorf("%d nominations after a refused import, want %d", n, before)
	}
	test.Tap(button(t, s.Win, "Đóng"))

	// Fixed, it lands in the campaign shown.
	f.SetSheetRow(nominations.SheetNominations, "A3", &[]any{2, "Cá nhân", "Đinh Văn Hai", "1981", "Nam", "", "", "Giấy khen", "", "", "UBND huyện Ba Bể"})
	f.SetCellValue(nominations.SheetNominations, "H4", "Giấy khen")
	f.SaveAs(path)
	res, err = v.importWork(context.Background(), path, noProgress)
	v.imported(res, err)
	if err != nil || len(v.rows.ids) != before+3 {
		t.Errorf("after the fixed import: %d rows, want %d (%v)", len(v.rows.ids), before+3, err)
	}
}
