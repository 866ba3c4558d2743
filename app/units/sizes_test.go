package units

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
)

// openAt shows the unit screen of Tỉnh Bắc Kạn in the room given, with
// Phường Phùng Chí Kiên chosen.
func openAt(t *testing.T, size fyne.Size) *uitest.Host {
	t.Helper()
	h := uitest.NewHost(t, uitest.BacKan)
	h.Win.Resize(size)
	h.Show(func() fyne.CanvasObject { return Screen(h) })
	h.AtSize(size)
	uitest.Type(searchEntry(t, h), "Phùng Chí Kiên")
	resultList(t, h).Select(0)
	uitest.Settle()
	return h
}

// Issue 13, item 5 of this part: at the room of a 1366×768 screen and of
// a 1920×1080 one the tree and the detail pane are both usable and every
// button is wholly visible.
func TestUnitScreenAtOfficeSizes(t *testing.T) {
	for _, sz := range []struct {
		name string
		size fyne.Size
	}{{"1366", uitest.SmallArea}, {"1920", uitest.LargeArea}} {
		t.Run(sz.name, func(t *testing.T) {
			h := openAt(t, sz.size)
			if out := uitest.ButtonsOutside(h.Win); len(out) > 0 {
				t.Errorf("buttons not wholly visible: %q", out)
			}
			trees := uitest.FindAll[*widget.Tree](h.Win)
			if len(trees) != 1 || trees[0].Size().Width < 350 || trees[0].Size().Height < 400 {
				t.Fatalf("the tree is too small to use: %v", trees)
			}
			if !uitest.Shows(h.Win, "Mã đơn vị") || !uitest.Shows(h.Win, "Thuộc") {
				t.Error("the detail pane does not show the unit chosen")
			}
			for _, l := range uitest.FindAll[*widget.Label](h.Win) {
				if l.Text == "Mã đơn vị" && l.Size().Width < l.MinSize().Width-0.5 {
					t.Error("the detail pane is squeezed")
				}
			}
			uitest.Capture(t, h.Win, "units-"+sz.name+"-tree")
			test.Tap(uitest.Button(t, h.Win, "Thêm thôn"))
			if out := uitest.ButtonsOutside(h.Win); len(out) > 0 {
				t.Errorf("buttons of the village dialog not wholly visible: %q", out)
			}
			uitest.Capture(t, h.Win, "units-"+sz.name+"-add-village")
		})
	}
}

// Issue 13, item 3: in every dialog of the screen Enter performs the
// main action and Esc cancels.
func TestUnitDialogsEnterAndEsc(t *testing.T) {
	h := openAt(t, uitest.SmallArea)
	ctx := context.Background()
	commune, err := h.St.UnitByCode(ctx, "2025-03", "01843")
	if err != nil {
		t.Fatal(err)
	}
	overlays := func() int { return len(h.Win.Canvas().Overlays().List()) }
	village := func(name string) bool {
		kids, _ := h.St.Children(ctx, commune.ID)
		for _, k := range kids {
			if k.Name == name {
				return true
			}
		}
		return false
	}

	// Add: Esc cancels, Enter adds.
	test.Tap(uitest.Button(t, h.Win, "Thêm thôn"))
	uitest.Type(uitest.FormEntry(t, h.Win, "ví dụ: Thiện Phong"), "Bản Cạu")
	uitest.PressKey(h.Win, fyne.KeyEscape)
	if overlays() != 0 || village("Thôn Bản Cạu") {
		t.Fatal("Esc does not cancel adding a village")
	}
	// Enter on an empty name is refused in the dialog.
	test.Tap(uitest.Button(t, h.Win, "Thêm thôn"))
	uitest.PressKey(h.Win, fyne.KeyReturn)
	if overlays() != 1 || !uitest.Shows(h.Win, "Còn ô bắt buộc chưa nhập") {
		t.Error("Enter with no name neither refused nor explained")
	}
	uitest.PressKey(h.Win, fyne.KeyEscape)
	test.Tap(uitest.Button(t, h.Win, "Thêm thôn"))
	uitest.Type(uitest.FormEntry(t, h.Win, "ví dụ: Thiện Phong"), "Bản Cạu")
	uitest.PressKey(h.Win, fyne.KeyReturn)
	if overlays() != 0 || !village("Thôn Bản Cạu") {
		t.Fatal("Enter does not add the village")
	}

	// Rename (the new village is selected): Esc cancels, Enter saves.
	test.Tap(uitest.Button(t, h.Win, "Đổi tên"))
	name := uitest.FormEntry(t, h.Win, "ví dụ: Thiện Phong")
	name.SetText("Bản Cạu Mới")
	uitest.PressKey(h.Win, fyne.KeyEscape)
	if overlays() != 0 || village("Thôn Bản Cạu Mới") {
		t.Fatal("Esc does not cancel the rename")
	}
	test.Tap(uitest.Button(t, h.Win, "Đổi tên"))
	uitest.FormEntry(t, h.Win, "ví dụ: Thiện Phong").SetText("Bản Cạu Mới")
	uitest.PressKey(h.Win, fyne.KeyReturn)
	if overlays() != 0 || !village("Thôn Bản Cạu Mới") {
		t.Fatal("Enter does not rename the village")
	}

	// Remove: Esc keeps it, Enter removes it.
	test.Tap(uitest.Button(t, h.Win, "Xóa"))
	uitest.PressKey(h.Win, fyne.KeyEscape)
	if overlays() != 0 || !village("Thôn Bản Cạu Mới") {
		t.Fatal("Esc does not cancel the removal")
	}
	test.Tap(uitest.Button(t, h.Win, "Xóa"))
	uitest.PressKey(h.Win, fyne.KeyReturn)
	if overlays() != 0 || village("Thôn Bản Cạu Mới") {
		t.Fatal("Enter does not remove the village")
	}

	// Another province: Esc cancels.
	test.Tap(uitest.Button(t, h.Win, "Thêm tỉnh khác"))
	if overlays() != 1 {
		t.Fatal("the province dialog is not open")
	}
	uitest.PressKey(h.Win, fyne.KeyEscape)
	if overlays() != 0 {
		t.Error("Esc does not close the province dialog")
	}
}
