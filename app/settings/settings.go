// Package settings is the Cài đặt section: the agency's details and
// signer defaults, the base salary table, the award forms with their
// coefficients per decree, where certificates print on their blanks,
// backups, and the size of everything on screen.
package settings

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	tw "tdkt/app/widget"
	"tdkt/data"
)

// Host is what the settings screen needs of the window around it.
type Host interface {
	Window() fyne.Window
	Store() *data.Store
	// SetStatus writes the status line.
	SetStatus(msg string)
	// OnKey binds a shortcut ("find", "new", "save", "print") while the
	// screen is shown.
	OnKey(name string, f func())
	// Restore replaces the database with the backup at path (checked and
	// confirmed already) and shows the restored data.
	Restore(path string)
}

// keyNames are the shortcuts a tab may bind.
var keyNames = []string{"find", "new", "save", "print"}

// tab is the host as one tab sees it: the shortcuts it binds apply while
// it is shown.
type tab struct {
	Host
	keys map[string]func()
}

// OnKey binds a shortcut of the tab.
func (t *tab) OnKey(name string, f func()) { t.keys[name] = f }

// Screen is the Cài đặt section over h's store: a tab for each part.
func Screen(h Host) fyne.CanvasObject {
	tabs := map[*container.TabItem]*tab{}
	item := func(title string, build func(Host) fyne.CanvasObject) *container.TabItem {
		t := &tab{Host: h, keys: map[string]func(){}}
		it := container.NewTabItem(title, build(t))
		tabs[it] = t
		return it
	}
	all := container.NewAppTabs(
		item("Cơ quan và người ký", agencySettings),
		item("Lương cơ sở", salarySettings),
		item("Hình thức khen thưởng", awardFormSettings),
		item("In Bằng khen", certificateSettings),
		item("Sao lưu", backupSettings),
		item("Hiển thị", displaySettings),
	)
	shown := tabs[all.Items[0]]
	all.OnSelected = func(it *container.TabItem) { shown = tabs[it] }
	for _, name := range keyNames {
		name := name
		h.OnKey(name, func() {
			if f := shown.keys[name]; f != nil {
				f()
			}
		})
	}
	return tw.Screen("Cài đặt", nil, all)
}
