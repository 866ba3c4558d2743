package awards

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data/vn"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/xuri/excelize/v2"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	sampledata "tdkt/data/sample"
	"tdkt/reports/nominations"
)

// open shows the awards section and returns its view once its
// background work is done.
func open(h *uitest.Host) *view {
	var v *view
	h.Show(func() fyne.CanvasObject {
		v = newView(h)
		return v.root
	})
	uitest.Settle()
	return v
}

// bacKanAwards is a store with the Bắc Kạn sample campaign.
func bacKanAwards(st *data.Store) {
	if err := sampledata.LoadBacKanAwards(context.Background(), st); err != nil {
		panic(err)
	}
}

func TestAwardsEmptyScreen(t *testing.T) {
	h := uitest.NewHost(t, uitest.BacKan)
	open(h)
	if !uitest.Shows(h.Win, "Chưa có đợt thi đua nào") {
		t.Fatal("an empty awards section does not say what to do")
	}
	uitest.Capture(t, h.Win, "awards-empty")
	// Create a campaign through its dialog.
	test.Tap(uitest.Button(t, h.Win, "Đợt mới"))
	name := uitest.FormEntry(t, h.Win, "Ví dụ: Đợt thi đua")
	test.Type(name, "Đợt thi đua năm 2026")
	uitest.FormEntry(t, h.Win, "53/KH-UBND").SetText("12/KH-UBND")
	for _, e := range uitest.FindAll[*tw.FormEntry](h.Win) {
		if e.PlaceHolder == "dd/mm/yyyy" && e.Text == "" {
			e.SetText("05/01/2026")
			break
		}
	}
	uitest.Capture(t, h.Win, "awards-campaign")
	tap(t, h.Win, "Lưu")
	uitest.Settle()
	c, err := h.St.CampaignByName(context.Background(), "Đợt thi đua năm 2026")
	if err != nil || c.PlanNumber != "12/KH-UBND" || c.PlanDate.Day() != 5 {
		t.Fatalf("campaign saved as %+v, %v", c, err)
	}
	if !uitest.Shows(h.Win, "Kế hoạch số 12/KH-UBND ngày 05/01/2026") {
		t.Error("the new campaign's plan is not shown")
	}
	if h.Status != "Đã lưu đợt thi đua Đợt thi đua năm 2026" {
		t.Errorf("status after saving: %q", h.Status)
	}
	// Ctrl+F puts the cursor in the search box.
	h.Keys["find"]()
	if e, ok := h.Win.Canvas().Focused().(*widget.Entry); !ok || !strings.HasPrefix(e.PlaceHolder, "Tìm theo tên") {
		t.Errorf("Ctrl+F focused %T", h.Win.Canvas().Focused())
	}
}

// The Bắc Kạn sample (the welcome screen's, see app's tests) lists 27 +
// 31 Bằng khen tỉnh, 3 + 3 Bằng khen Thủ tướng and the Giấy khen.
func TestAwardsSampleListFilterSearch(t *testing.T) {
	h := uitest.NewHost(t, nil)
	if err := LoadSample(context.Background(), h.St, func(float64, string) {}); err != nil {
		t.Fatal(err)
	}
	v := open(h)
	total := sampledata.BacKanProvinceCollectives + sampledata.BacKanProvinceIndividuals + sampledata.BacKanPMCollectives +
		sampledata.BacKanPMIndividuals + sampledata.BacKanGiayKhen
	if len(v.rows.ids) != total {
		t.Fatalf("%d rows, want %d", len(v.rows.ids), total)
	}
	if !uitest.Shows(h.Win, "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh Bắc Kạn") {
		t.Error("the plan is not shown")
	}
	first, _ := v.row(0)
	if first.Nominee.Kind != award.Collective {
		t.Errorf("the list does not start with the collectives: %+v", first)
	}
	uitest.Capture(t, h.Win, "awards-list")

	// Filter: the province's Bằng khen awaiting signature.
	v.status.SetSelected(string(award.Submitted))
	uitest.Settle()
	if want := sampledata.BacKanProvinceCollectives + sampledata.BacKanProvinceIndividuals; len(v.rows.ids) != want {
		t.Errorf("Trình ký: %d rows, want %d", len(v.rows.ids), want)
	}
	v.status.SetSelected(allStatuses)
	uitest.Settle()

	// Search as you type, without diacritics.
	n, _ := v.row(len(v.rows.ids) - 1)
	query := strings.ToLower(strings.Fields(n.Nominee.Name)[0])
	uitest.Type(v.search, foldASCII(query))
	if len(v.rows.ids) == 0 || len(v.rows.ids) == total {
		t.Fatalf("search %q found %d rows", query, len(v.rows.ids))
	}
	for i := range v.rows.ids {
		r, _ := v.row(i)
		if !strings.Contains(foldASCII(strings.ToLower(r.Nominee.Name)), foldASCII(query)) {
			t.Errorf("search %q found %q", query, r.Nominee.Name)
		}
	}
	uitest.Capture(t, h.Win, "awards-search")
	v.search.SetText("")
	uitest.Settle()

	// Sorting by a column header, and back.
	v.sortBy(colName)
	uitest.Settle()
	a, _ := v.row(0)
	b, _ := v.row(1)
	if vn.BirthText(a.Nominee.Birth) == "" && a.Nominee.Kind == award.Individual || a.ID == b.ID {
		t.Errorf("sorted rows %+v %+v", a, b)
	}
	v.sortBy(colSTT)
	uitest.Settle()
}

// Typed fast, the search shows the answer to the last query typed: an
// older query's answer never overwrites it.
func TestAwardsSearchKeepsTheLatestAnswer(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	n, _ := v.row(len(v.rows.ids) - 1)
	test.Type(v.search, foldASCII(strings.ToLower(n.Nominee.Name))) // every key starts a search at once
	uitest.Settle()
	want, _, err := h.St.NominationIDs(context.Background(), v.filter(), v.order)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.rows.ids) != len(want) || len(want) == 0 {
		t.Errorf("%d rows shown for the query typed, the store finds %d", len(v.rows.ids), len(want))
	}
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
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	v.form.SetSelected(award.FormGiayKhen)
	uitest.Settle()
	v.status.SetSelected(string(award.Verified))
	uitest.Settle()
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
	test.Tap(uitest.Button(t, h.Win, "Chuyển trạng thái…"))
	uitest.Settle()
	to := statusChoice(t, h)
	// From Đã thẩm định: on to Trình ký, or out; not back, not Đã khen.
	if want := []string{string(award.Submitted), string(award.Ineligible), string(award.Returned)}; strings.Join(to.Options, "|") != strings.Join(want, "|") {
		t.Errorf("status choices from Đã thẩm định: %q, want %q", to.Options, want)
	}
	to.SetSelected(string(award.Returned))
	uitest.Capture(t, h.Win, "awards-status")
	tap(t, h.Win, "Chuyển")
	if !uitest.Shows(h.Win, "cần ghi lý do") {
		t.Fatal("Trả lại without a reason was not refused with a message in the dialog")
	}
	// The refusal stays in the dialog, wrapped, wholly inside it.
	for _, l := range uitest.FindAll[*widget.Label](h.Win) {
		if strings.Contains(l.Text, "cần ghi lý do") {
			if l.Wrapping != fyne.TextWrapWord || l.Size().Height+0.5 < l.MinSize().Height {
				t.Errorf("the refusal is cut: %v for %v", l.Size(), l.MinSize())
			}
		}
	}
	uitest.Capture(t, h.Win, "awards-status-refused")
	to.SetSelected(string(award.Submitted))
	tap(t, h.Win, "Chuyển")
	uitest.Settle()
	c := v.campaign
	moved, _ := h.St.CountNominations(context.Background(), data.NominationFilter{CampaignID: c.ID, FormID: v.formID(), Status: award.Submitted})
	if moved != n {
		t.Errorf("%d Giấy khen moved to Trình ký, want %d", moved, n)
	}
}

func TestNominationFormWarnings(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	existing, _ := v.row(len(v.rows.ids) - 1)
	test.Tap(uitest.Button(t, h.Win, "Thêm đề nghị"))
	uitest.Settle()
	name := uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ")
	uitest.Type(name, strings.ToLower(existing.Nominee.Name))
	uitest.FormEntry(t, h.Win, "30/04/1975").SetText(vn.BirthText(existing.Nominee.Birth))
	uitest.Settle()
	for _, sel := range uitest.FindAll[*keySelect](h.Win) {
		if sel.PlaceHolder == "Chọn hình thức khen thưởng" {
			sel.SetSelected(award.FormBangKhenTinh)
		}
	}
	uitest.Settle()
	if !uitest.Shows(h.Win, "đã được đề nghị trong đợt này") {
		t.Error("the form does not warn that the person is already proposed")
	}
	if name.Validate() == nil {
		t.Error("the name field is not marked")
	}
	if !uitest.Shows(h.Win, "Đợt thi đua thực hiện tốt cuộc bầu cử") {
		t.Error("the form does not show the person's history")
	}
	uitest.Capture(t, h.Win, "awards-form")
	before := len(v.rows.ids)
	tap(t, h.Win, "Lưu (Enter)")
	uitest.Settle()
	if !uitest.Shows(h.Win, "đã được đề nghị trong đợt này") {
		t.Error("a refused save closed the form")
	}
	// A new person saves.
	name.SetText("Hoàng Văn Mới")
	uitest.FormEntry(t, h.Win, "30/04/1975").SetText("1990")
	uitest.Settle()
	tap(t, h.Win, "Lưu (Enter)")
	uitest.Settle()
	if len(v.rows.ids) != before+1 {
		t.Errorf("%d rows after adding one to %d", len(v.rows.ids), before)
	}
	if h.Status != "Đã lưu đề nghị cho Hoàng Văn Mới" {
		t.Errorf("status after saving: %q", h.Status)
	}
}

// A name that differs from one already proposed only by its marks, with
// the same birth, shows a warning under the name that does not stop the
// save; the import of such a row lands and lists the warning.
func TestNominationFormPossibleDuplicate(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	existing, _ := v.row(len(v.rows.ids) - 1)
	bare := vn.Fold(existing.Nominee.Name) // "nguyen van ..." for "Nguyễn Văn ..."
	if bare == strings.ToLower(existing.Nominee.Name) {
		t.Fatalf("the sample's %q has no marks to drop", existing.Nominee.Name)
	}
	test.Tap(uitest.Button(t, h.Win, "Thêm đề nghị"))
	uitest.Settle()
	name := uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ")
	uitest.Type(name, bare)
	uitest.FormEntry(t, h.Win, "30/04/1975").SetText(vn.BirthText(existing.Nominee.Birth))
	for _, sel := range uitest.FindAll[*keySelect](h.Win) {
		if sel.PlaceHolder == "Chọn hình thức khen thưởng" {
			sel.SetSelected(award.FormGiayKhen)
		}
	}
	uitest.Settle()
	if !uitest.Shows(h.Win, "Cảnh báo: ") || !uitest.Shows(h.Win, "có thể trùng với") {
		t.Fatal("the form does not show the possible duplicate")
	}
	if err := name.Validate(); err != nil {
		t.Errorf("the name field is marked as refused: %v", err)
	}
	uitest.Capture(t, h.Win, "awards-form-possible-duplicate")
	before := len(v.rows.ids)
	tap(t, h.Win, "Lưu (Enter)")
	uitest.Settle()
	if len(v.rows.ids) != before+1 {
		t.Fatalf("%d rows after saving a possible duplicate to %d", len(v.rows.ids), before)
	}

	// The same through a workbook: it lands, and the warning is listed.
	f := excelize.NewFile()
	f.SetSheetName("Sheet1", nominations.SheetNominations)
	for i, r := range [][]any{
		{"STT", "Loại", "Họ và tên / Tên tập thể", "Ngày sinh", "Giới tính", "Chức vụ", "Đơn vị công tác", "Hình thức khen thưởng", "Hạng", "Thành tích", "Đơn vị đề nghị"},
		{1, "Cá nhân", "Trần Thị Hoa", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", "UBND huyện Ba Bể"},
		{2, "Cá nhân", "Trần Thị Hòa", "03/02/1980", "Nữ", "", "", "Giấy khen", "", "", "UBND huyện Ba Bể"},
	} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		f.SetSheetRow(nominations.SheetNominations, cell, &r)
	}
	path := filepath.Join(t.TempDir(), "hoa.xlsx")
	f.SaveAs(path)
	res, err := v.importWork(context.Background(), path, func(float64, string) {})
	v.imported(res, err)
	uitest.Settle()
	if err != nil || len(v.rows.ids) != before+3 {
		t.Fatalf("import: %d rows, want %d (%v)", len(v.rows.ids), before+3, err)
	}
	if !uitest.Shows(h.Win, "Có 1 cảnh báo") || !strings.Contains(h.Status, "1 cảnh báo") {
		t.Errorf("the import's warning is not shown (status %q)", h.Status)
	}
	for _, s := range []string{`dòng 3, cột "Họ và tên / Tên tập thể" (C3): Cảnh báo:`, "có thể trùng với dòng 2"} {
		if !uitest.Shows(h.Win, s) {
			t.Errorf("the warning lacks %q", s)
		}
	}
	uitest.Capture(t, h.Win, "awards-import-warnings")
}

// Money after a decision: the list shows, for the nominations a 2024
// decision granted, the amount frozen in it (base salary 1.800.000), not
// the money of the campaign's date (1.490.000 in 2021).
func TestAwardsListShowsTheDecisionsMoney(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	ctx := context.Background()
	c, err := h.St.OnlyCampaign(ctx)
	if err != nil {
		t.Fatal(err)
	}
	d, err := h.St.CreateDecision(ctx, data.NewDecision{CampaignID: c.ID, Form: award.FormBangKhenTinh, Number: "45/QĐ-UBND",
		Date: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.St.IssueDecision(ctx, d.Number); err != nil {
		t.Fatal(err)
	}
	v := open(h)
	var listed int64
	for i := range v.rows.ids {
		n, _ := v.row(i)
		if n.Form != award.FormBangKhenTinh || n.Status != award.Awarded {
			continue
		}
		want := int64(1_800_000)
		if n.Nominee.Kind == award.Collective {
			want = 3_600_000
		}
		if got := cellText(n, i, colStatus); got != "Đã khen – 45/QĐ-UBND" {
			t.Errorf("%s: status shown as %q, want the decision's number", n.Nominee.Name, got)
		}
		if n.Money != want || cellText(n, i, colMoney) != vn.Money(want) {
			t.Errorf("%s: %d shown as %q, want the decision's %d", n.Nominee.Name, n.Money, cellText(n, i, colMoney), want)
		}
		listed += n.Money
	}
	if listed != d.Total {
		t.Errorf("the list's Bằng khen total %d, the decision's %d", listed, d.Total)
	}
	if !uitest.Shows(h.Win, fmt.Sprintf("(%d đề nghị đã có quyết định: theo quyết định)", d.Collectives+d.Individuals)) {
		t.Error("the campaign's details do not say that decided money is the decision's")
	}
}

// The checks beside the nomination form come off the UI goroutine: typed
// fast, the form shows the answer for the last text typed.
func TestNominationFormKeepsTheLatestCheck(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	existing, _ := v.row(len(v.rows.ids) - 1)
	test.Tap(uitest.Button(t, h.Win, "Thêm đề nghị"))
	uitest.Settle()
	name := uitest.FormEntry(t, h.Win, "Họ và tên đầy đủ")
	uitest.FormEntry(t, h.Win, "30/04/1975").SetText(vn.BirthText(existing.Nominee.Birth))
	test.Type(name, existing.Nominee.Name) // every key starts a check at once
	uitest.Settle()
	if uitest.Shows(h.Win, "Chưa có trong cơ sở dữ liệu") || !uitest.Shows(h.Win, "Đợt thi đua thực hiện tốt cuộc bầu cử") {
		t.Error("the history shown is not that of the name typed last")
	}
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !uitest.Shows(h.Win, "chưa được lưu") {
		t.Fatal("Esc on a form with edits did not ask first")
	}
	focusedKey(h, fyne.KeyReturn) // Bỏ thay đổi
	if len(h.Win.Canvas().Overlays().List()) != 0 {
		t.Error("Esc, then Enter on the question, did not close the form")
	}
}

func TestAwardsImportShowsEveryProblem(t *testing.T) {
	h := uitest.NewHost(t, bacKanAwards)
	v := open(h)
	existing, _ := v.row(len(v.rows.ids) - 1)
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
	uitest.Settle()
	if !uitest.Shows(h.Win, "Không có gì được ghi. Có 2 lỗi") {
		t.Fatalf("the problems are not listed: %v", err)
	}
	for _, line := range []string{`dòng 3, cột "Họ và tên / Tên tập thể" (C3)`, `dòng 4, cột "Hình thức khen thưởng" (H4)`} {
		if !strings.Contains(err.Error(), line) {
			t.Errorf("problems lack %q: %v", line, err)
		}
	}
	uitest.Capture(t, h.Win, "awards-import-problems")
	if n, _ := h.St.CountNominations(context.Background(), data.NominationFilter{CampaignID: v.campaign.ID}); n != before {
		t.Errorf("%d nominations after a refused import, want %d", n, before)
	}
	test.Tap(uitest.Button(t, h.Win, "Đóng"))

	// Fixed, it lands in the campaign shown.
	f.SetSheetRow(nominations.SheetNominations, "A3", &[]any{2, "Cá nhân", "Đinh Văn Hai", "1981", "Nam", "", "", "Giấy khen", "", "", "UBND huyện Ba Bể"})
	f.SetCellValue(nominations.SheetNominations, "H4", "Giấy khen")
	f.SaveAs(path)
	res, err = v.importWork(context.Background(), path, noProgress)
	v.imported(res, err)
	uitest.Settle()
	if err != nil || len(v.rows.ids) != before+3 {
		t.Errorf("after the fixed import: %d rows, want %d (%v)", len(v.rows.ids), before+3, err)
	}
}

// statusChoice is the status dialog's choice of the new status.
func statusChoice(t *testing.T, h *uitest.Host) *keySelect {
	t.Helper()
	for _, sel := range uitest.FindAll[*keySelect](h.Win) {
		if sel.PlaceHolder == "Chọn trạng thái mới" {
			return sel
		}
	}
	t.Fatal("no status choice in the dialog")
	return nil
}

// focusedKey types a key where the focus is, or on the window when
// nothing has it, as a keyboard does.
func focusedKey(h *uitest.Host, name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if f := h.Win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
	} else if k := h.Win.Canvas().OnTypedKey(); k != nil {
		k(ev)
	}
	uitest.Settle()
}
