package widget

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
)

// FileRequest is what a file dialog asks for.
type FileRequest struct {
	Title  string
	Save   bool     // a save dialog; else an open dialog
	Name   string   // the file name proposed by a save dialog
	Exts   []string // the extensions listed (".xlsx"); none: every file
	Kind   string   // what files of Exts are, for the filter: "Bảng tính Excel"
	Folder string   // where the dialog opens; "" the system's choice
}

// AskFile asks for a file to save or open: on Windows in the system's own
// dialog (in the user's language, knowing OneDrive and network drives),
// elsewhere in Fyne's, in Vietnamese (UseVietnamese) and large enough to
// show a dozen files. done gets the path on the UI goroutine; a cancel
// calls nothing.
func AskFile(win fyne.Window, r FileRequest, done func(path string)) {
	askFile(win, r, done)
}

// askFyne is AskFile with Fyne's dialog.
func askFyne(win fyne.Window, r FileRequest, done func(path string)) {
	var d *dialog.FileDialog
	if r.Save {
		d = dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil {
				ShowError(win, err)
				return
			}
			if w == nil {
				return
			}
			path := filepath.FromSlash(w.URI().Path())
			_ = w.Close()
			done(path)
		}, win)
		d.SetFileName(r.Name)
		d.SetConfirmText("Lưu")
	} else {
		d = dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
			if err != nil {
				ShowError(win, err)
				return
			}
			if rc == nil {
				return
			}
			path := filepath.FromSlash(rc.URI().Path())
			_ = rc.Close()
			done(path)
		}, win)
		d.SetConfirmText("Mở")
	}
	d.SetTitleText(r.Title)
	d.SetDismissText("Hủy")
	if len(r.Exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(r.Exts))
	}
	if r.Folder != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(r.Folder)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show() // a file dialog can be sized once shown
	c := win.Canvas().Size()
	d.Resize(fyne.NewSize(min(1000, c.Width-24), min(680, c.Height-24)))
	d.Refresh() // centred again at its new size
}
