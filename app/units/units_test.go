package units

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
)

// open shows the unit screen of Tỉnh Bắc Kạn.
func open(t *testing.T) *uitest.Host {
	h := uitest.NewHost(t, uitest.BacKan)
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	return h
}

func searchEntry(t *testing.T, h *uitest.Host) *widget.Entry {
	t.Helper()
	return uitest.Entry(t, h.Win, "Tìm")
}

// resultList is the list of search results (the screen's only list).
func resultList(t *testing.T, h *uitest.Host) *widget.List {
	t.Helper()
	lists := uitest.FindAll[*widget.List](h.Win)
	if len(lists) == 0 {
		t.Fatal("no search result list")
	}
	return lists[0]
}

func TestUnitScreenTreeAndSearch(t *testing.T) {
	h := open(t)
	if !uitest.Shows(h.Win, "Tỉnh Bắc Kạn (06)") {
		t.Fatal("the tree does not show the province")
	}
	// The province opens on start, showing its districts.
	if !uitest.Shows(h.Win, "Thành phố Bắc Kạn (058)") {
		t.Error("the province's districts are not shown under it")
	}
	uitest.Capture(t, h.Win, "units-tree")

	search := searchEntry(t, h)
	uitest.Type(search, "cho don")
	if !uitest.Shows(h.Win, "Huyện Chợ Đồn (064)") {
		t.Fatal(`search "cho don" does not list Huyện Chợ Đồn`)
	}
	uitest.Capture(t, h.Win, "units-search")

	// Picking a result opens it in the tree and shows its details.
	resultList(t, h).Select(0)
	uitest.Settle()
	if !uitest.Shows(h.Win, "Mã đơn vị") || search.Text != "" {
		t.Error("choosing a search result does not show the unit's details in the tree")
	}
	if uitest.FindAll[*widget.Tree](h.Win) == nil {
		t.Error("the tree is not shown again after choosing a result")
	}
}

// Search answers come off the UI goroutine: an older query's answer that
// arrives late never replaces the newer one's.
func TestUnitSearchKeepsTheLatestAnswer(t *testing.T) {
	h := open(t)
	search := searchEntry(t, h)
	test.Type(search, "cho don") // every key starts a search at once
	uitest.Settle()
	if !uitest.Shows(h.Win, "Huyện Chợ Đồn (064)") || !strings.HasPrefix(h.Status, "Tìm thấy") {
		t.Fatalf("after typing fast the screen shows another query's answer (status %q)", h.Status)
	}
	search.SetText("")
	uitest.Settle()
	if len(uitest.FindAll[*widget.Tree](h.Win)) != 1 {
		t.Error("clearing the search does not show the tree")
	}
}

func TestUnitScreenVillages(t *testing.T) {
	h := open(t)
	ctx := context.Background()
	commune, err := h.St.UnitByCode(ctx, "2025-03", "01843") // Phường Phùng Chí Kiên, Thành phố Bắc Kạn
	if err != nil {
		t.Fatal(err)
	}
	search := searchEntry(t, h)
	uitest.Type(search, commune.Name)
	resultList(t, h).Select(0)
	uitest.Settle()
	add := uitest.Button(t, h.Win, "Thêm thôn, tổ dân phố")
	if add.Disabled() {
		t.Fatalf("adding a village is disabled for %s", commune.Name)
	}
	test.Tap(add)
	name := uitest.FormEntry(t, h.Win, "ví dụ: Thiện Phong")
	test.Type(name, "Nà Pài")
	uitest.Capture(t, h.Win, "units-add-village")
	test.Tap(uitest.Button(t, h.Win, "Thêm"))
	kids, _ := h.St.Children(ctx, commune.ID)
	found := false
	for _, k := range kids {
		found = found || k.Name == "Thôn Nà Pài"
	}
	if !found {
		t.Fatalf("village not stored; children of %s: %+v", commune.Name, kids)
	}
	if !uitest.Shows(h.Win, "Thôn Nà Pài") {
		t.Error("the new village is not shown")
	}
	// The selected village can be renamed and removed; an official unit cannot.
	if uitest.Button(t, h.Win, "Đổi tên").Disabled() || uitest.Button(t, h.Win, "Xóa").Disabled() {
		t.Error("rename/remove disabled for a user-added village")
	}
	test.Tap(uitest.Button(t, h.Win, "Xóa"))
	test.Tap(uitest.Button(t, h.Win, "Xóa")) // the confirmation's action button, named after what it does
	kids, _ = h.St.Children(ctx, commune.ID)
	for _, k := range kids {
		if k.Name == "Thôn Nà Pài" {
			t.Error("village still stored after removal was confirmed")
		}
	}
}
