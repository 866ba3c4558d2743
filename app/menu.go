package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// addShortcuts binds Ctrl+F, Ctrl+N, Ctrl+S and Ctrl+P to whatever the
// current screen registered with OnKey, through the window's menu: menu
// shortcuts work even while a text field has the focus (a shortcut on the
// canvas would go to the field instead).
func (s *Shell) addShortcuts() {
	item := func(label, name string, key fyne.KeyName) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() {
			if f := s.keys[name]; f != nil {
				f()
			}
		})
		it.Shortcut = &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
		return it
	}
	var goTo []*fyne.MenuItem
	for i, sec := range s.secs {
		i := i
		goTo = append(goTo, fyne.NewMenuItem(sec.title, func() { s.Select(i) }))
	}
	var samplesItems []*fyne.MenuItem
	for _, sm := range samples {
		sm := sm
		samplesItems = append(samplesItems, fyne.NewMenuItem(sm.menu, func() { s.loadSample(sm) }))
	}
	loadSample := fyne.NewMenuItem("Tải dữ liệu mẫu", nil)
	loadSample.ChildMenu = fyne.NewMenu("", samplesItems...)
	s.Win.SetMainMenu(fyne.NewMainMenu(
		fyne.NewMenu("Tệp", item("Mới", "new", fyne.KeyN), item("Lưu", "save", fyne.KeyS), item("In", "print", fyne.KeyP),
			fyne.NewMenuItemSeparator(), loadSample),
		fyne.NewMenu("Sửa", item("Tìm", "find", fyne.KeyF)),
		fyne.NewMenu("Đi đến", goTo...),
	))
}
