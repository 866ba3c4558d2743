// Package app is tdkt's window: the shell (navigation, status line,
// dialogs) and one file per screen. It takes a fyne.App and a store, so its
// tests run on Fyne's test driver without a display.
package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
)

// Title is the window's title.
const Title = "tdkt – Bầu cử và Thi đua, Khen thưởng"

// section is one entry of the left navigation.
type section struct {
	title string
	icon  fyne.Resource
	build func(*Shell) fyne.CanvasObject
}

// Shell is the main window: navigation on the left, the current screen on
// the right, a status line at the bottom.
type Shell struct {
	App    fyne.App
	Win    fyne.Window
	Store  *data.Store
	ctx    context.Context
	nav    *widget.List
	body   *fyne.Container
	status *widget.Label
	cur    int
	secs   []section
	keys   map[string]func() // the current screen's shortcut handlers: "find", "new", "save", "print"
}

// Section indexes in the navigation.
const (
	SecUnits = iota
	SecElections
	SecAwards
	SecDecisions
	SecReports
	SecSettings
)

// NewShell builds the main window over the store. On an empty database it
// opens on the welcome screen.
func NewShell(a fyne.App, st *data.Store) *Shell {
	s := &Shell{App: a, Store: st, ctx: context.Background(), keys: map[string]func(){}}
	s.Win = a.NewWindow(Title)
	s.secs = []section{
		{"Đơn vị hành chính", theme.HomeIcon(), unitsScreen},
		{"Bầu cử", theme.DocumentIcon(), electionsScreen},
		{"Thi đua – Khen thưởng", theme.ListIcon(), awardsScreen},
		{"Quyết định", theme.FileTextIcon(), decisionsScreen},
		{"Báo cáo", theme.DocumentPrintIcon(), reportsScreen},
		{"Cài đặt", theme.SettingsIcon(), settingsScreen},
	}
	s.status = widget.NewLabel("")
	s.status.Truncation = fyne.TextTruncateEllipsis
	s.body = container.NewStack()
	s.nav = widget.NewList(
		func() int { return len(s.secs) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.HomeIcon()), widget.NewLabel("Thi đua – Khen thưởng"))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			box.Objects[0].(*widget.Icon).SetResource(s.secs[i].icon)
			box.Objects[1].(*widget.Label).SetText(s.secs[i].title)
		})
	s.nav.OnSelected = func(i widget.ListItemID) { s.show(i) }

	split := container.NewHSplit(s.nav, s.body)
	split.Offset = 0.2
	s.Win.SetContent(container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), s.status), nil, nil, split))
	s.Win.Resize(fyne.NewSize(1200, 760))
	s.addShortcuts()

	if has, err := st.HasUnits(s.ctx); err == nil && !has {
		s.showWelcome()
	} else {
		s.nav.Select(SecUnits)
	}
	return s
}

// show switches the right-hand side to a section.
func (s *Shell) show(i int) {
	s.cur = i
	s.keys = map[string]func(){}
	s.setBody(s.secs[i].build(s))
}

func (s *Shell) setBody(o fyne.CanvasObject) {
	s.body.Objects = []fyne.CanvasObject{o}
	s.body.Refresh()
	s.SetStatus("")
}

// Refresh rebuilds the current screen from the store.
func (s *Shell) Refresh() { s.show(s.cur) }

// Select opens a section as if the user clicked it in the navigation.
func (s *Shell) Select(i int) { s.nav.Select(i) }

// SetStatus writes the status line: the screen's message, then where the database is.
func (s *Shell) SetStatus(msg string) {
	text := "Cơ sở dữ liệu: " + s.Store.Path()
	if msg != "" {
		text = msg + "   ·   " + text
	}
	s.status.SetText(text)
}

// ShowError shows an error in a dialog, in the words the store gave it.
func (s *Shell) ShowError(err error) {
	showError(s.Win, err)
}

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
	s.Win.SetMainMenu(fyne.NewMainMenu(
		fyne.NewMenu("Tệp", item("Mới", "new", fyne.KeyN), item("Lưu", "save", fyne.KeyS), item("In", "print", fyne.KeyP)),
		fyne.NewMenu("Sửa", item("Tìm", "find", fyne.KeyF)),
		fyne.NewMenu("Đi đến", goTo...),
	))
}

// OnKey registers the current screen's handler for a shortcut
// ("find", "new", "save", "print"); switching screens clears them.
func (s *Shell) OnKey(name string, f func()) { s.keys[name] = f }

// notYet builds the screen of a section whose content comes in a later
// version: it says so plainly.
func notYet(title, what string) func(*Shell) fyne.CanvasObject {
	return func(s *Shell) fyne.CanvasObject {
		msg := widget.NewLabel(fmt.Sprintf("%s\n\nPhần này chưa có trong phiên bản này của tdkt.", what))
		msg.Wrapping = fyne.TextWrapWord
		return screen(title, nil, container.NewVBox(msg))
	}
}

// screen lays out a screen: a title, an optional toolbar, the content.
func screen(title string, toolbar fyne.CanvasObject, content fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewLabelWithStyle(title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	top := container.NewVBox(head)
	if toolbar != nil {
		top.Add(toolbar)
	}
	top.Add(widget.NewSeparator())
	return container.NewBorder(top, nil, nil, nil, content)
}
