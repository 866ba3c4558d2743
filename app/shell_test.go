package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
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
	radio.SetSelected(structure3Levels)
	sel := findAll[*widget.Select](s.Win)[0]
	sel.SetSelected("06 – Tỉnh Bắc Kạn")
	capture(t, s.Win, "welcome")
	if build.Disabled() {
		t.Fatal("build button still disabled after choosing a province")
	}
	test.Tap(build)
	waitFor(t, "the unit screen", func() bool { return shows(s.Win, "Đơn vị hành chính") && !shows(s.Win, "Chào mừng") })
	p, err := s.Store.UnitByCode(context.Background(), "2025-03", "06")
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := s.Store.Subtree(context.Background(), p.ID)
	if len(sub) != 1+8+108 {
		t.Errorf("Bắc Kạn built with %d units, want 117", len(sub))
	}
	set, _ := s.Store.Settings(context.Background())
	if set.Place != "Bắc Kạn" || set.ProvinceCode != "06" {
		t.Errorf("settings after welcome = %+v", set)
	}
}

func TestNavigationShowsEverySection(t *testing.T) {
	s := newTestShell(t, func(st *data.Store) { st.SetupProvince(context.Background(), "2025-07", "04") })
	for i, sec := range s.secs {
		s.Select(i)
		if !shows(s.Win, sec.title) {
			t.Errorf("section %d (%s) does not show its title", i, sec.title)
		}
	}
	s.Select(SecElections)
	if !shows(s.Win, "Chưa có cuộc bầu cử nào") {
		t.Error("an empty section does not say plainly that it has no content yet")
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
	if st, _ := s.Store.Settings(context.Background()); st.SignerName != "Nguyễn Văn An" {
		t.Errorf("Ctrl+S did not save the settings: signer %q", st.SignerName)
	}
	// Ctrl+F on the unit screen focuses the search field.
	s.Select(SecUnits)
	items["Tìm"].Action()
	if e, ok := s.Win.Canvas().Focused().(*widget.Entry); !ok || !strings.HasPrefix(e.PlaceHolder, "Tìm") {
		t.Errorf("Ctrl+F focused %T", s.Win.Canvas().Focused())
	}
}
