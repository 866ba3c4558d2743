package app

import (
	"context"
	"testing"

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
	if !shows(s.Win, "chưa có trong phiên bản này") {
		t.Error("an empty section does not say plainly that it has no content yet")
	}
}
