package uitest

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tdkt/app/widget"
	"tdkt/data"
)

// Host stands in for the shell around one section in its tests: a window
// on Fyne's test driver over a fresh store, with what the section tells
// the shell (status line, shortcuts, files saved, a restore asked for)
// kept where the test can look. It has every method a section's Host
// interface asks for.
type Host struct {
	Win      fyne.Window          // the test window
	St       *data.Store          // the test store
	Status   string               // the status line's message
	Keys     map[string]func()    // the shortcuts the screen registered
	Dir      string               // where SaveFile writes
	Saved    []string             // the files SaveFile wrote
	Open     string               // the file OpenFile hands over ("": cancelled)
	Restored []string             // the backups Restore was asked to restore
	Leave    func(proceed func()) // what the screen asks before it is left (OnLeave)
	build    func() fyne.CanvasObject
}

// NewHost opens a fresh store (filled by prepare when not nil) and an
// empty window of the shell's size and look. The test's end waits for
// its background work before the store closes.
func NewHost(t testing.TB, prepare func(*data.Store)) *Host {
	t.Helper()
	widget.ApplyInWait()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(widget.Theme())
	dir := t.TempDir()
	st, err := data.Open(filepath.Join(dir, "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if prepare != nil {
		prepare(st)
	}
	h := &Host{St: st, Keys: map[string]func(){}, Dir: t.TempDir()}
	h.Win = a.NewWindow("tdkt")
	h.Win.Resize(fyne.NewSize(1200, 760))
	h.Win.Show()
	t.Cleanup(widget.Wait) // no background job may outlive its test
	return h
}

// Show puts the screen build makes on the window, as the shell shows a
// section: shortcuts cleared first. Refresh builds it again. Call Settle
// before looking at what its background work shows.
func (h *Host) Show(build func() fyne.CanvasObject) {
	h.build = build
	h.Keys = map[string]func(){}
	h.Win.SetContent(build())
}

// OnLeave keeps what the screen asks before the user leaves it; Leave
// calls it as the shell does.
func (h *Host) OnLeave(f func(proceed func())) { h.Leave = f }

// Window is the test window.
func (h *Host) Window() fyne.Window { return h.Win }

// Store is the test store.
func (h *Host) Store() *data.Store { return h.St }

// SetStatus keeps the status line's message in Status.
func (h *Host) SetStatus(msg string) { h.Status = msg }

// OnKey keeps a shortcut's handler in Keys.
func (h *Host) OnKey(name string, f func()) { h.Keys[name] = f }

// Refresh builds the screen shown again.
func (h *Host) Refresh() {
	if h.build != nil {
		h.Show(h.build)
	}
}

// SaveFile writes the document named name in Dir, as if the user had
// accepted the name in the save dialog.
func (h *Host) SaveFile(_, name, _ string, write func(path string) error) {
	path := filepath.Join(h.Dir, name)
	if err := write(path); err != nil {
		widget.ShowError(h.Win, err)
		return
	}
	h.Saved = append(h.Saved, path)
	h.SetStatus("Đã lưu " + path)
}

// OpenFile hands Open to read, as if the user had chosen it.
func (h *Host) OpenFile(_ string, _ []string, read func(path string)) {
	if h.Open != "" {
		read(h.Open)
	}
}

// Restore notes the backup the section asked to restore.
func (h *Host) Restore(path string) { h.Restored = append(h.Restored, path) }
