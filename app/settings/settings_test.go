package settings

import (
	"context"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data/award"
	"tdkt/reports/decisiondocs"
	"tdkt/reports/pdf"
)

// open shows the settings of Tỉnh Bắc Kạn.
func open(t *testing.T) *uitest.Host {
	h := uitest.NewHost(t, uitest.BacKan)
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	return h
}

// tabs are the settings' tabs.
func tabs(t *testing.T, h *uitest.Host) *container.AppTabs {
	t.Helper()
	all := uitest.FindAll[*container.AppTabs](h.Win)
	if len(all) != 1 {
		t.Fatal("no settings tabs")
	}
	return all[0]
}

func TestSettingsScreenSaves(t *testing.T) {
	h := open(t)
	uitest.Capture(t, h.Win, "settings")
	signer := uitest.Entry(t, h.Win, "Họ và tên người ký")
	test.Type(signer, "Nguyễn Văn An")
	test.Tap(uitest.Button(t, h.Win, "Lưu"))
	st, _ := h.St.Settings(context.Background())
	if st.SignerName != "Nguyễn Văn An" {
		t.Errorf("signer after save = %q", st.SignerName)
	}
	if st.Place != "Bắc Kạn" {
		t.Errorf("place changed by saving: %q", st.Place)
	}
}

// Each tab's shortcuts apply while it is shown: Ctrl+S saves the agency
// on its tab, and does nothing on the salary tab.
func TestSettingsShortcutsFollowTheTab(t *testing.T) {
	h := open(t)
	test.Type(uitest.Entry(t, h.Win, "Họ và tên người ký"), "Nguyễn Văn An")
	tabs(t, h).SelectIndex(1)
	h.Keys["save"]()
	if st, _ := h.St.Settings(context.Background()); st.SignerName != "" {
		t.Errorf("Ctrl+S on the salary tab saved the agency's tab: signer %q", st.SignerName)
	}
	tabs(t, h).SelectIndex(0)
	h.Keys["save"]()
	if st, _ := h.St.Settings(context.Background()); st.SignerName != "Nguyễn Văn An" {
		t.Errorf("Ctrl+S on the agency's tab did not save: signer %q", st.SignerName)
	}
}

func TestCertificateCalibrationIsSaved(t *testing.T) {
	h := open(t)
	all := tabs(t, h)
	for i, it := range all.Items {
		if it.Text == "In Bằng khen" {
			all.SelectIndex(i)
		}
	}
	// The first numeric entry is the printer offset to the right, the
	// fifth (after the offsets and a custom sheet's width and height) is
	// the name's distance from the left edge.
	entries := uitest.FindAll[*widget.Entry](h.Win)
	if len(entries) != 4+len(pdf.FieldNames())*5 { // the offsets, the custom size, then five numbers a field
		t.Fatalf("%d entries on the calibration tab", len(entries))
	}
	entries[0].SetText("1,5")
	entries[4].SetText("45")
	uitest.Capture(t, h.Win, "settings-certificate")
	test.Tap(uitest.Button(t, h.Win, "Lưu (Ctrl+S)"))
	ctx := context.Background()
	l, err := decisiondocs.CertificateLayout(ctx, h.St, pdf.Blank{})
	if err != nil {
		t.Fatal(err)
	}
	if l.OffsetX != 1.5 || l.Name.X != 45 {
		t.Errorf("saved layout: offset %v, name x %v; want 1.5 and 45", l.OffsetX, l.Name.X)
	}
	// An impossible position is refused and nothing is saved.
	entries[4].SetText("290")
	test.Tap(uitest.Button(t, h.Win, "Lưu (Ctrl+S)"))
	if l, _ := decisiondocs.CertificateLayout(ctx, h.St, pdf.Blank{}); l.Name.X != 45 {
		t.Errorf("a box outside the sheet was saved: x = %v", l.Name.X)
	}
}

// The backup tab explains the automatic backups (the restore itself is
// the shell's, tested there).
func TestBackupTab(t *testing.T) {
	h := open(t)
	all := tabs(t, h)
	all.SelectIndex(len(all.Items) - 2)
	if !uitest.Shows(h.Win, "giữ 14 bản gần nhất") {
		t.Error("the backup tab does not explain the automatic backups")
	}
	uitest.Capture(t, h.Win, "settings-backup")
}

// The coefficient dialog edits the row of one issuer's level (a commune
// chairman's Giấy khen under 98/2023, shown filled in) and the regime's
// household factor.
func TestCoefficientDialogByLevel(t *testing.T) {
	h := open(t)
	ctx := context.Background()
	tabs(t, h).SelectIndex(2)
	uitest.Settle()
	forms, _ := h.St.AwardForms(ctx)
	row := -1
	for i, f := range forms {
		if f.Name == award.FormGiayKhen {
			row = i
		}
	}
	table := uitest.FindAll[*widget.Table](h.Win)
	if len(table) == 0 || row < 0 {
		t.Fatal("no coefficient table or no Giấy khen")
	}
	table[0].Select(widget.TableCellID{Row: row, Col: 2}) // 91/2017, 98/2023, 152/2025
	test.Tap(uitest.Button(t, h.Win, "Sửa hệ số"))
	level := uitest.FindAll[*widget.Select](h.Win)
	if len(level) == 0 {
		t.Fatal("no level choice in the dialog")
	}
	level[len(level)-1].SetSelected("Chủ tịch UBND cấp xã")
	var ind, col, household *widget.Entry
	for _, e := range uitest.Entries(h.Win) {
		switch {
		case e.PlaceHolder == "để trống nếu không áp dụng" && ind == nil:
			ind = e
		case e.PlaceHolder == "để trống nếu không áp dụng":
			col = e
		case strings.HasPrefix(e.PlaceHolder, "để trống: không thưởng hộ gia đình"):
			household = e
		}
	}
	if ind == nil || col == nil || household == nil {
		t.Fatal("the dialog's entries are missing")
	}
	if ind.Text != "0,15" || col.Text != "0,3" {
		t.Errorf("the commune's row shows %q / %q, want 0,15 / 0,3", ind.Text, col.Text)
	}
	ind.SetText("0,2")
	household.SetText("1,5")
	uitest.Capture(t, h.Win, "settings-coefficient-level")
	test.Tap(uitest.Button(t, h.Win, "Lưu"))
	coefs, _ := h.St.Coefficients(ctx)
	if fc, _ := award.FormOn(coefs, award.Decree98of2023, award.FormGiayKhen, award.LevelCommune); fc.Individual != 200 || fc.Collective != 300 {
		t.Errorf("saved commune row %+v", fc)
	}
	if fc, _ := award.FormOn(coefs, award.Decree98of2023, award.FormGiayKhen, ""); fc.Individual != 300 {
		t.Errorf("the row for every issuer changed: %+v", fc)
	}
	regimes, _ := h.St.Regimes(ctx)
	for _, r := range regimes {
		if r.Code == award.Decree98of2023 && r.Household != 1500 {
			t.Errorf("98/2023 household factor %d", r.Household)
		}
	}
}

// A blank of an unusual size is measured in millimetres: the custom size
// is saved and the certificates take it.
func TestCertificateCustomPaper(t *testing.T) {
	h := open(t)
	all := tabs(t, h)
	for i, it := range all.Items {
		if it.Text == "In Bằng khen" {
			all.SelectIndex(i)
		}
	}
	var paper *widget.Select
	for _, s := range uitest.FindAll[*widget.Select](h.Win) {
		if len(s.Options) > 0 && strings.HasPrefix(s.Options[0], "A4 ngang") {
			paper = s
		}
	}
	if paper == nil {
		t.Fatal("no paper choice")
	}
	entries := uitest.FindAll[*widget.Entry](h.Win)
	if !entries[2].Disabled() {
		t.Error("the custom width is editable while A4 is chosen")
	}
	paper.SetSelected(customPaper)
	entries[2].SetText("320")
	entries[3].SetText("220,5")
	test.Tap(uitest.Button(t, h.Win, "Lưu (Ctrl+S)"))
	l, err := decisiondocs.CertificateLayout(context.Background(), h.St, pdf.Blank{})
	if err != nil || l.Width != 320 || l.Height != 220.5 {
		t.Errorf("saved sheet %g × %g, %v; want 320 × 220,5", l.Width, l.Height, err)
	}
}

// Each blank is calibrated on its own: choosing Giấy khen tập thể shows
// its layout (no position line, its own field names), its sheet and
// positions are saved under it, and the Bằng khen cá nhân keeps its own.
func TestCertificateBlanks(t *testing.T) {
	h := open(t)
	all := tabs(t, h)
	for i, it := range all.Items {
		if it.Text == "In Bằng khen" {
			all.SelectIndex(i)
		}
	}
	var blank, paper *widget.Select
	for _, s := range uitest.FindAll[*widget.Select](h.Win) {
		switch {
		case len(s.Options) == 6 && s.Options[0] == "Bằng khen cá nhân":
			blank = s
		case len(s.Options) > 0 && strings.HasPrefix(s.Options[0], "A4 ngang"):
			paper = s
		}
	}
	if blank == nil || paper == nil {
		t.Fatal("no blank or paper choice")
	}
	want := []string{"Bằng khen cá nhân", "Bằng khen tập thể", "Bằng khen hộ gia đình", "Giấy khen cá nhân", "Giấy khen tập thể", "Giấy khen hộ gia đình"}
	if strings.Join(blank.Options, "|") != strings.Join(want, "|") {
		t.Errorf("blanks offered: %q", blank.Options)
	}
	if strings.Join(paper.Options[:4], "|") != "A4 ngang (297 × 210)|A4 dọc (210 × 297)|A3 ngang (420 × 297)|A3 dọc (297 × 420)" {
		t.Errorf("paper choices: %q", paper.Options)
	}
	blank.SetSelected("Giấy khen tập thể")
	if !uitest.Shows(h.Win, "Tên tập thể") {
		t.Error("the collective's blank does not name its name field")
	}
	checks := uitest.FindAll[*widget.Check](h.Win)
	if len(checks) < 2 || !checks[1].Checked {
		t.Error("the collective's position line is not hidden by default")
	}
	entries := uitest.FindAll[*widget.Entry](h.Win)
	gk := pdf.DefaultLayout(pdf.Blank{Family: award.GiayKhen, Kind: award.Collective})
	if entries[5].Text != mmText(gk.Name.Y) {
		t.Errorf("Giấy khen tập thể name y shown %q, want %v", entries[5].Text, gk.Name.Y)
	}
	paper.SetSelected("A3 dọc (297 × 420)")
	entries[4].SetText("50,5")
	uitest.Capture(t, h.Win, "settings-certificate-giay-khen")
	test.Tap(uitest.Button(t, h.Win, "Lưu (Ctrl+S)"))
	ctx := context.Background()
	l, err := decisiondocs.CertificateLayout(ctx, h.St, pdf.Blank{Family: award.GiayKhen, Kind: award.Collective})
	if err != nil || l.Width != 297 || l.Height != 420 || l.Name.X != 50.5 || !l.Position.Hidden {
		t.Errorf("saved Giấy khen tập thể: %g × %g, name x %g, position hidden %v, %v", l.Width, l.Height, l.Name.X, l.Position.Hidden, err)
	}
	bk, err := decisiondocs.CertificateLayout(ctx, h.St, pdf.Blank{})
	if err != nil || bk.Width != 297 || bk.Height != 210 || bk.Name.X != 40 {
		t.Errorf("Bằng khen cá nhân changed by saving another blank: %+v, %v", bk, err)
	}
	set, _ := h.St.Settings(ctx)
	if set.CertificateLayout != "" || !strings.Contains(set.CertificateLayouts, `"giay-khen/tap-the":`) {
		t.Errorf("settings: cert_layout %q, cert_layouts %q", set.CertificateLayout, set.CertificateLayouts)
	}
	// Back to the Bằng khen cá nhân: its own numbers again.
	blank.SetSelected("Bằng khen cá nhân")
	if entries[4].Text != "40" || paper.Selected != "A4 ngang (297 × 210)" {
		t.Errorf("Bằng khen cá nhân shown with name x %q on %q", entries[4].Text, paper.Selected)
	}
	// An impossible value names the blank.
	blank.SetSelected("Giấy khen tập thể")
	entries[4].SetText("290")
	test.Tap(uitest.Button(t, h.Win, "Lưu (Ctrl+S)"))
	if l, _ := decisiondocs.CertificateLayout(ctx, h.St, pdf.Blank{Family: award.GiayKhen, Kind: award.Collective}); l.Name.X != 50.5 {
		t.Errorf("a box outside the sheet was saved: x = %v", l.Name.X)
	}
}

// The size of everything on screen is chosen in Hiển thị, handed to
// Fyne's scale at once and kept for the next start.
func TestDisplayScale(t *testing.T) {
	h := open(t)
	t.Setenv("FYNE_SCALE", "")
	all := tabs(t, h)
	all.SelectIndex(len(all.Items) - 1)
	var group *widget.RadioGroup
	for _, g := range uitest.FindAll[*widget.RadioGroup](h.Win) {
		group = g
	}
	if group == nil || group.Selected != "100 %" {
		t.Fatal("the display tab does not offer the sizes, 100 % chosen")
	}
	group.SetSelected("125 %")
	if got := os.Getenv("FYNE_SCALE"); got != "1.25" {
		t.Errorf("Fyne's scale is %q at 125 %%", got)
	}
	if got := fyne.CurrentApp().Preferences().Float(tw.ScaleKey); got != 1.25 {
		t.Errorf("the size kept is %v", got)
	}
	uitest.Capture(t, h.Win, "settings-display-125")
}

// The settings' dialogs answer Esc (close, nothing saved) and Enter in a
// field (save).
func TestSettingsDialogsAnswerEnterAndEsc(t *testing.T) {
	h := open(t)
	tabs(t, h).SelectIndex(1)
	ctx := context.Background()
	before, _ := h.St.BaseSalaries(ctx)
	open := func() int { return len(h.Win.Canvas().Overlays().List()) }
	test.Tap(uitest.Button(t, h.Win, "Thêm mức mới"))
	if open() != 1 {
		t.Fatal("the salary dialog did not open")
	}
	tw.PressKey(h.Win, fyne.KeyEscape)
	if open() != 0 {
		t.Fatal("Esc does not close the salary dialog")
	}
	test.Tap(uitest.Button(t, h.Win, "Thêm mức mới"))
	entries := uitest.Entries(h.Win)
	var date, money *widget.Entry
	for _, e := range entries {
		switch e.PlaceHolder {
		case "dd/mm/yyyy":
			date = e
		case "ví dụ: 2.340.000":
			money = e
		}
	}
	date.SetText("01/07/2027")
	money.SetText("2.800.000")
	h.Win.Canvas().Focus(money)
	tw.PressKey(h.Win, fyne.KeyReturn)
	after, _ := h.St.BaseSalaries(ctx)
	if len(after) != len(before)+1 || open() != 0 {
		t.Errorf("Enter in the amount did not save and close: %d rates before, %d after", len(before), len(after))
	}
}
