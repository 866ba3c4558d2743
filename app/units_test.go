package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
)

func bacKan(st *data.Store) { st.SetupProvince(context.Background(), "2025-03", "06") }

// unitsOf returns the unit screen's view state by driving its widgets.
func searchEntry(t *testing.T, s *Shell) *widget.Entry {
	t.Helper()
	for _, e := range findAll[*widget.Entry](s.Win) {
		if strings.HasPrefix(e.PlaceHolder, "Tìm") {
			return e
		}
	}
	t.Fatal("no search entry on the unit screen")
	return nil
}

// resultList is the list of search results (the only list besides the navigation).
func resultList(t *testing.T, s *Shell) *widget.List {
	t.Helper()
	for _, l := range findAll[*widget.List](s.Win) {
		if l != s.nav {
			return l
		}
	}
	t.Fatal("no search result list")
	return nil
}

func TestUnitScreenTreeAndSearch(t *testing.T) {
	s := newTestShell(t, bacKan)
	if !shows(s.Win, "Tỉnh Bắc Kạn (06)") {
		t.Fatal("the tree does not show the province")
	}
	// The province opens on start, showing its districts.
	if !shows(s.Win, "Thành phố Bắc Kạn (058)") {
		t.Error("the province's districts are not shown under it")
	}
	capture(t, s.Win, "units-tree")

	search := searchEntry(t, s)
	test.Type(search, "cho don")
	if !shows(s.Win, "Huyện Chợ Đồn (064)") {
		t.Fatal(`search "cho don" does not list Huyện Chợ Đồn`)
	}
	capture(t, s.Win, "units-search")

	// Picking a result opens it in the tree and shows its details.
	resultList(t, s).Select(0)
	if !shows(s.Win, "Mã đơn vị") || search.Text != "" {
		t.Error("choosing a search result does not show the unit's details in the tree")
	}
}

func TestUnitScreenVillages(t *testing.T) {
	s := newTestShell(t, bacKan)
	ctx := context.Background()
	commune, err := s.Store.UnitByCode(ctx, "2025-03", "01843") // Phường Phùng Chí Kiên, Thành phố Bắc Kạn
	if err != nil {
		t.Fatal(err)
	}
	search := searchEntry(t, s)
	test.Type(search, commune.Name)
	resultList(t, s).Select(0)
	add := button(t, s.Win, "Thêm thôn, tổ dân phố")
	if add.Disabled() {
		t.Fatalf("adding a village is disabled for %s", commune.Name)
	}
	test.Tap(add)
	var name *widget.Entry
	for _, e := range findAll[*widget.Entry](s.Win) {
		if e.PlaceHolder == "ví dụ: Thiện Phong" {
			name = e
		}
	}
	if name == nil {
		t.Fatal("no village name field in the dialog")
	}
	test.Type(name, "Nà Pài")
	capture(t, s.Win, "units-add-village")
	test.Tap(button(t, s.Win, "Thêm"))
	kids, _ := s.Store.Children(ctx, commune.ID)
	found := false
	for _, k := range kids {
		found = found || k.Name == "Thôn Nà Pài"
	}
	if !found {
		t.Fatalf("village not stored; children of %s: %+v", commune.Name, kids)
	}
	if !shows(s.Win, "Thôn Nà Pài") {
		t.Error("the new village is not shown")
	}
	// The selected village can be renamed and removed; an official unit cannot.
	if button(t, s.Win, "Đổi tên").Disabled() || button(t, s.Win, "Xóa").Disabled() {
		t.Error("rename/remove disabled for a user-added village")
	}
	test.Tap(button(t, s.Win, "Xóa"))
	test.Tap(button(t, s.Win, "Xóa")) // the confirmation's action button, named after what it does
	kids, _ = s.Store.Children(ctx, commune.ID)
	for _, k := range kids {
		if k.Name == "Thôn Nà Pài" {
			t.Error("village still stored after removal was confirmed")
		}
	}
}

func TestSettingsScreenSaves(t *testing.T) {
	s := newTestShell(t, bacKan)
	s.Select(SecSettings)
	capture(t, s.Win, "settings")
	var signer *widget.Entry
	for _, e := range findAll[*widget.Entry](s.Win) {
		if e.PlaceHolder == "Họ và tên người ký" {
			signer = e
		}
	}
	if signer == nil {
		t.Fatal("no signer field")
	}
	test.Type(signer, "Nguyễn Văn An")
	test.Tap(button(t, s.Win, "Lưu"))
	st, _ := s.Store.Settings(context.Background())
	if st.SignerName != "Nguyễn Văn An" {
		t.Errorf("signer after save = %q", st.SignerName)
	}
	if st.Place != "Bắc Kạn" {
		t.Errorf("place changed by saving: %q", st.Place)
	}
}
