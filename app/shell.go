// Package app is tdkt's window: the shell (navigation, status line,
// menus and shortcuts, welcome screen, Báo cáo screen, theme, file
// dialogs, the start-up failure window) around the sections, one package
// each (app/units, app/elections, app/awards, app/decisions,
// app/settings), which share the widgets of app/widget. It takes a
// fyne.App and a store, so its tests run on Fyne's test driver without a
// display.
package app

import (
	"context"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
)

// Title is the window's title.
const Title = "tdkt – Bầu cử và Thi đua, Khen thưởng"

// The window's sizes, its content without the system's title bar and
// borders. The most common office screen is 1366×768 with the taskbar
// at the bottom, leaving 1366×728 for the window: it opens inside that,
// and every screen works down to MinSize (its content's minimum must not
// be larger, since Fyne grows a window back to it).
var (
	OpenSize = fyne.NewSize(1352, 690)
	MinSize  = fyne.NewSize(1280, 680)
)

// Shell is the main window: navigation on the left, the current screen on
// the right, a status line at the bottom. Each section's screen gets it
// as the small Host interface the section declares.
type Shell struct {
	App    fyne.App    // the application the window belongs to
	Win    fyne.Window // the main window
	store  *data.Store
	ctx    context.Context
	nav    *widget.List
	body   *fyne.Container
	status *widget.Label
	cur    int
	secs   []section
	keys   map[string]func() // the current screen's shortcut handlers: "find", "new", "save", "print"
	// leave, when the current screen set it (OnLeave), is asked before
	// another screen replaces it: it calls proceed when the user agrees.
	leave     func(proceed func())
	returning bool // the navigation is put back on the screen the user stayed on
}

// NewShell builds the main window over the store. On an empty database it
// opens on the welcome screen.
func NewShell(a fyne.App, st *data.Store) *Shell {
	s := &Shell{App: a, store: st, ctx: context.Background(), keys: map[string]func(){}, secs: sections()}
	tw.UseVietnamese()
	tw.StartScale(a)
	s.Win = a.NewWindow(Title)
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
	split.Offset = 0 // the navigation as narrow as its names: the room goes to the screen
	s.Win.SetContent(container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), s.status), nil, nil, split))
	s.Win.Resize(openSize(a))
	s.addShortcuts()

	has, err := st.HasUnits(s.ctx)
	if err != nil {
		log.Printf("shell: does the database hold units: %v", err)
	}
	if err == nil && !has {
		s.showWelcome()
	} else {
		s.nav.Select(SecUnits)
	}
	return s
}

// openSize is the size the window opens at: OpenSize on the screen, hence
// smaller in Fyne's units when the user chose a larger scale (Cài đặt →
// Hiển thị), but never below MinSize.
func openSize(a fyne.App) fyne.Size {
	f := float32(a.Preferences().FloatWithFallback(tw.ScaleKey, 1))
	if f <= 0 {
		f = 1
	}
	return fyne.NewSize(max(MinSize.Width, OpenSize.Width/f), max(MinSize.Height, OpenSize.Height/f))
}

// show switches the right-hand side to a section, after asking the
// current screen (OnLeave) when it holds unsaved edits.
func (s *Shell) show(i int) {
	if s.returning {
		return
	}
	if leave := s.leave; leave != nil && i != s.cur {
		stay := s.cur
		s.returning = true
		s.nav.Select(stay) // until the user has answered
		s.returning = false
		leave(func() {
			s.leave = nil
			s.nav.Select(i)
		})
		return
	}
	s.cur = i
	s.keys = map[string]func(){}
	s.leave = nil
	s.setBody(s.secs[i].build(s))
}

func (s *Shell) setBody(o fyne.CanvasObject) {
	s.body.Objects = []fyne.CanvasObject{o}
	s.body.Refresh()
	s.SetStatus("")
}

// Window is the main window.
func (s *Shell) Window() fyne.Window { return s.Win }

// Store is the store the window shows (another one after a restore).
func (s *Shell) Store() *data.Store { return s.store }

// Refresh rebuilds the current screen from the store.
func (s *Shell) Refresh() { s.show(s.cur) }

// Select opens a section as if the user clicked it in the navigation.
func (s *Shell) Select(i int) { s.nav.Select(i) }

// SetStatus writes the status line: the screen's message, then where the database is.
func (s *Shell) SetStatus(msg string) {
	text := "Cơ sở dữ liệu: " + s.store.Path()
	if msg != "" {
		text = msg + "   ·   " + text
	}
	s.status.SetText(text)
}

// OnLeave registers what the current screen asks before the user leaves
// it (unsaved edits): f calls proceed to let the other screen open;
// switching screens clears it, and so does OnLeave(nil).
func (s *Shell) OnLeave(f func(proceed func())) { s.leave = f }

// OnKey registers the current screen's handler for a shortcut
// ("find", "new", "save", "print"); switching screens clears them.
func (s *Shell) OnKey(name string, f func()) { s.keys[name] = f }

// showError shows an error in a dialog over the window.
func (s *Shell) showError(err error) { tw.ShowError(s.Win, err) }
