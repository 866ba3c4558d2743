package app

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/award"
	sampledata "tdkt/data/sample"
)

func TestWelcomeBuildsProvince(t *testing.T) {
	s := newTestShell(t, nil)
	if s.Win.Title() != "tdkt – Bầu cử và Thi đua, Khen thưởng" {
		t.Errorf("title = %q", s.Win.Title())
	}
	if !shows(s.Win, "Chào mừng đến với tdkt") {
		t.Fatal("empty database does not open on the welcome screen")
	}
	build := button(t, s.Win, "Tạo cây đơn vị hành chính")
	if !build.Disabled() {
		t.Error("build button enabled before a province is chosen")
	}
	// Choose the three-level structure and Bắc Kạn.
	radio := findAll[*widget.RadioGroup](s.Win)[0]
	radio.SetSelected(tw.Structure3Levels)
	sel := findAll[*widget.Select](s.Win)[0]
	sel.SetSelected("06 – Tỉnh Bắc Kạn")
	capture(t, s.Win, "welcome")
	if build.Disabled() {
		t.Fatal("build button still disabled after choosing a province")
	}
	test.Tap(build)
	uitest.Settle()
	if !shows(s.Win, "Đơn vị hành chính") || shows(s.Win, "Chào mừng") {
		t.Fatal("the unit screen is not shown after building the province")
	}
	p, err := s.Store().UnitByCode(context.Background(), "2025-03", "06")
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := s.Store().Subtree(context.Background(), p.ID)
	if len(sub) != 1+8+108 {
		t.Errorf("Bắc Kạn built with %d units, want 117", len(sub))
	}
	set, _ := s.Store().Settings(context.Background())
	if set.Place != "Bắc Kạn" || set.ProvinceCode != "06" {
		t.Errorf("settings after welcome = %+v", set)
	}
}

// The welcome screen offers both samples, in the order of its table.
func TestWelcomeOffersTheSamples(t *testing.T) {
	s := newTestShell(t, nil)
	var titles []string
	for _, b := range findAll[*widget.Button](s.Win) {
		if strings.HasPrefix(b.Text, "Tải dữ liệu mẫu:") {
			titles = append(titles, b.Text)
		}
	}
	want := []string{"Tải dữ liệu mẫu: bầu cử xã Thiệu Ngọc (Thanh Hóa, 2021)", "Tải dữ liệu mẫu: thi đua bầu cử tỉnh Bắc Kạn (2021)"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("samples offered: %q, want %q", titles, want)
	}
}

// The welcome screen's election sample loads Thiệu Ngọc and opens the
// election screen that shows it.
func TestWelcomeOffersElectionSample(t *testing.T) {
	s := newTestShell(t, nil)
	test.Tap(button(t, s.Win, "Tải dữ liệu mẫu: bầu cử xã Thiệu Ngọc"))
	uitest.Settle()
	if s.cur != SecElections || len(s.Win.Canvas().Overlays().List()) != 0 || !shows(s.Win, sampledata.Election2021Name) {
		t.Fatal("the election screen is not shown after the sample")
	}
	es, _ := s.Store().Elections(context.Background())
	if len(es) != 1 || es[0].Name != sampledata.Election2021Name {
		t.Errorf("elections after the sample: %+v", es)
	}
}

// The welcome screen's awards sample loads the Bắc Kạn campaign.
func TestWelcomeOffersAwardsSample(t *testing.T) {
	s := newTestShell(t, nil)
	test.Tap(button(t, s.Win, "Tải dữ liệu mẫu: thi đua bầu cử tỉnh Bắc Kạn"))
	uitest.Settle()
	if s.cur != SecAwards || !shows(s.Win, "Thi đua – Khen thưởng") {
		t.Fatal("the awards screen is not shown after the sample")
	}
	cs, _ := s.Store().Campaigns(context.Background())
	if len(cs) != 1 {
		t.Errorf("campaigns after the sample: %+v", cs)
	}
}

func TestNavigationShowsEverySection(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { st.SetupProvince(context.Background(), "2025-07", "04") })
	for i, sec := range s.secs {
		s.Select(i)
		uitest.Settle()
		if !shows(s.Win, sec.title) {
			t.Errorf("section %d (%s) does not show its title", i, sec.title)
		}
	}
	s.Select(SecElections)
	if !shows(s.Win, "Chưa có cuộc bầu cử nào") {
		t.Error("an empty section does not say plainly that it has no content yet")
	}
	s.Select(SecAwards)
	uitest.Settle()
	if !shows(s.Win, "Chưa có đợt thi đua nào") {
		t.Error("the awards section on an empty campaign list does not say what to do")
	}
}

// The Báo cáo screen offers the election summary and the nomination list.
func TestReportsScreenListsTheExports(t *testing.T) {
	s := newTestShell(t, uitest.BacKan)
	s.Select(SecReports)
	for _, what := range []string{"Kết quả bầu cử của một đơn vị gửi cấp trên", "Danh sách đề nghị của một đợt thi đua"} {
		if !shows(s.Win, what) {
			t.Errorf("the Báo cáo screen does not offer %q", what)
		}
	}
	if n := len(findAll[*widget.Button](s.Win)); n < len(reports) {
		t.Errorf("%d buttons for %d reports", n, len(reports))
	}
	// Without a campaign the nomination list says what to do first.
	var export *widget.Button
	for _, b := range findAll[*widget.Button](s.Win) {
		if b.Text == "Xuất…" {
			export = b // the last one: the nomination list
		}
	}
	test.Tap(export)
	if !shows(s.Win, "chưa có đợt thi đua nào") {
		t.Error("exporting without a campaign does not say what to do")
	}
}

// The shortcuts live in the window's menu, so they work while a text field
// has the focus; each calls what the current screen registered.
func TestMenuShortcutsReachTheScreen(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { st.SetupProvince(context.Background(), "2025-07", "04") })
	menu := s.Win.MainMenu()
	if menu == nil {
		t.Fatal("no main menu")
	}
	items := map[string]*fyne.MenuItem{}
	for _, m := range menu.Items {
		for _, it := range m.Items {
			items[it.Label] = it
		}
	}
	for label, key := range map[string]fyne.KeyName{"Mới": fyne.KeyN, "Lưu": fyne.KeyS, "In": fyne.KeyP, "Tìm": fyne.KeyF} {
		it := items[label]
		if it == nil {
			t.Fatalf("menu item %q missing", label)
		}
		sc, ok := it.Shortcut.(*desktop.CustomShortcut)
		if !ok || sc.KeyName != key || sc.Modifier != fyne.KeyModifierShortcutDefault {
			t.Errorf("%q shortcut = %#v", label, it.Shortcut)
		}
	}
	// Ctrl+S on the settings screen saves what was typed.
	s.Select(SecSettings)
	for _, e := range findAll[*widget.Entry](s.Win) {
		if e.PlaceHolder == "Họ và tên người ký" {
			test.Type(e, "Nguyễn Văn An")
		}
	}
	items["Lưu"].Action()
	if st, _ := s.Store().Settings(context.Background()); st.SignerName != "Nguyễn Văn An" {
		t.Errorf("Ctrl+S did not save the settings: signer %q", st.SignerName)
	}
	// Ctrl+F on the unit screen focuses the search field.
	s.Select(SecUnits)
	items["Tìm"].Action()
	if e, ok := s.Win.Canvas().Focused().(*widget.Entry); !ok || !strings.HasPrefix(e.PlaceHolder, "Tìm") {
		t.Errorf("Ctrl+F focused %T", s.Win.Canvas().Focused())
	}
	// "Đi đến" opens a section.
	items["Quyết định"].Action()
	if s.cur != SecDecisions {
		t.Errorf("the menu's Quyết định opened section %d", s.cur)
	}
}

// The window opens inside a 1366×768 screen less its taskbar, and every
// section's screen fits the smallest window it must work in.
func TestWindowFitsAnOfficeScreen(t *testing.T) {
	s := newTestShell(t, uitest.BacKan)
	if OpenSize.Width > 1366 || OpenSize.Height > 728-30 {
		t.Errorf("the window opens at %v, more than a 1366×728 work area less its title bar", OpenSize)
	}
	s.Win.Resize(MinSize)
	for i, sec := range s.secs {
		s.Select(i)
		uitest.Settle()
		min := s.Win.Content().MinSize()
		if min.Width > MinSize.Width || min.Height > MinSize.Height {
			t.Errorf("%s needs %v, more than the smallest window %v", sec.title, min, MinSize)
		}
		if got := s.body.Size(); got.Width < uitest.SmallArea.Width || got.Height < uitest.SmallArea.Height+uitest.MenuHeight {
			t.Errorf("%s has %v in the smallest window; the sections' tests assume %v", sec.title, got, uitest.SmallArea)
		}
	}
	s.Win.Resize(fyne.NewSize(1920, 1050))
	uitest.Settle()
	if got := s.body.Size(); got.Width < uitest.LargeArea.Width || got.Height < uitest.LargeArea.Height+uitest.MenuHeight {
		t.Errorf("the screens have %v in a maximised 1920×1080 window; the sections' tests assume %v", got, uitest.LargeArea)
	}
}

// Leaving a screen with unsaved edits asks first; Esc keeps the user on
// it, and the navigation shows where the user is.
func TestLeavingUnsavedEditsAsks(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) {
		ctx := context.Background()
		uitest.BacKan(st)
		c, err := st.SaveCampaign(ctx, data.Campaign{Name: "Thi đua bầu cử 2021"})
		if err != nil {
			panic(err)
		}
		if _, err := st.AddNomination(ctx, c.ID, award.Entry{Kind: award.Collective, Name: "Ủy ban bầu cử huyện Ba Bể", Form: award.FormBangKhenTinh}); err != nil {
			panic(err)
		}
		if _, err := st.CreateDecision(ctx, data.NewDecision{CampaignID: c.ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND",
			Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)}); err != nil {
			panic(err)
		}
	})
	s.Select(SecDecisions)
	uitest.Settle()
	findAll[*widget.Table](s.Win)[0].Select(widget.TableCellID{Row: 0, Col: 0})
	uitest.Settle()
	for _, e := range findAll[*widget.Entry](s.Win) {
		if strings.HasPrefix(e.Text, "Như Điều") {
			e.SetText(e.Text + "\nSở Tài chính")
		}
	}
	s.Select(SecAwards)
	uitest.Settle()
	if !shows(s.Win, "có thay đổi chưa lưu") || s.cur != SecDecisions {
		t.Fatal("leaving a draft with an unsaved edit does not ask")
	}
	tw.PressKey(s.Win, fyne.KeyEscape)
	if s.cur != SecDecisions || shows(s.Win, "có thay đổi chưa lưu") {
		t.Fatal("Esc does not keep the user on the draft")
	}
	s.Select(SecAwards)
	uitest.Settle()
	test.Tap(button(t, s.Win, "Bỏ thay đổi"))
	uitest.Settle()
	if s.cur != SecAwards {
		t.Errorf("after dropping the edit the window is on section %d, want Thi đua – Khen thưởng", s.cur)
	}
	d, _ := s.store.DecisionByNumber(context.Background(), "123/QĐ-UBND")
	if strings.Contains(strings.Join(d.Recipients, ";"), "Sở Tài chính") {
		t.Error("the dropped edit was saved")
	}
}

// The samples can be loaded into a database that holds data already,
// from the Tệp menu, which then opens the screen that shows them.
func TestSamplesFromTheMenu(t *testing.T) {
	s := newTestShell(t, uitest.BacKan)
	var load *fyne.MenuItem
	for _, it := range s.Win.MainMenu().Items[0].Items {
		if it.Label == "Tải dữ liệu mẫu" {
			load = it
		}
	}
	if load == nil || load.ChildMenu == nil || len(load.ChildMenu.Items) != len(samples) {
		t.Fatal("the Tệp menu does not offer the samples")
	}
	load.ChildMenu.Items[0].Action()
	uitest.Settle()
	if s.cur != SecElections {
		t.Errorf("after loading the election sample the window shows section %d", s.cur)
	}
	es, _ := s.Store().Elections(context.Background())
	if len(es) != 1 {
		t.Errorf("elections after the sample: %d", len(es))
	}
}

// At 125 % (Cài đặt → Hiển thị, or Windows scaling) on a 1920×1080
// screen every screen still fits the window it gets there.
func TestScreensSurviveAQuarterLarger(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) {
		ctx := context.Background()
		if _, err := sampledata.LoadThieuNgoc(ctx, st); err != nil {
			panic(err)
		}
		if err := sampledata.LoadBacKanAwards(ctx, st); err != nil {
			panic(err)
		}
	})
	// Fyne's scale divides the screen's pixels: the window has 1536×864
	// less the taskbar and title bar to lay out in.
	room := fyne.NewSize(1920/1.25, 1080/1.25-40-30)
	s.Win.Resize(room)
	for i, sec := range s.secs {
		s.Select(i)
		uitest.Settle()
		if min := s.Win.Content().MinSize(); min.Width > room.Width || min.Height > room.Height {
			t.Errorf("%s needs %v at 125 %%, more than %v", sec.title, min, room)
		}
		capture(t, s.Win, fmt.Sprintf("scale-125-%d", i))
	}
}

// Every screen, in the smallest window and maximised on a 1920×1080
// screen, shows all its buttons wholly (none cut off at an edge or
// squeezed below its width).
func TestEveryScreenShowsItsButtons(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) {
		ctx := context.Background()
		if _, err := sampledata.LoadThieuNgoc(ctx, st); err != nil {
			panic(err)
		}
		if err := sampledata.LoadBacKanAwards(ctx, st); err != nil {
			panic(err)
		}
	})
	for _, c := range []struct {
		name string
		size fyne.Size
	}{{"1366", fyne.NewSize(MinSize.Width, MinSize.Height-uitest.MenuHeight)}, {"1920", fyne.NewSize(1920, 1050-uitest.MenuHeight)}} {
		s.Win.Resize(c.size)
		for i, sec := range s.secs {
			s.Select(i)
			uitest.Settle()
			if out := uitest.ButtonsOutside(s.Win); len(out) > 0 {
				t.Errorf("%s at %s: buttons cut off or squeezed: %q", sec.title, c.name, out)
			}
			capture(t, s.Win, fmt.Sprintf("screen-%s-%d", c.name, i))
		}
	}
}
