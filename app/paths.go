package app

import (
	"log"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	tw "tdkt/app/widget"
	"tdkt/data/vn"
)

// lastFolderKey is the preference that remembers the folder of the last
// file saved or opened through SaveFile and OpenFile.
const lastFolderKey = "tdkt:lastFolder"

// dialogFolder is where the file dialogs open: the folder used last, if it
// still exists, else the Documents folder.
func (s *Shell) dialogFolder() fyne.ListableURI {
	dirs := []string{s.App.Preferences().String(lastFolderKey), tw.DocumentsFolder()}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); dir == "" || err != nil || !fi.IsDir() {
			continue
		}
		l, err := storage.ListerForURI(storage.NewFileURI(dir))
		if err != nil {
			log.Printf("file dialogs: folder %s: %v", dir, err)
			continue
		}
		return l
	}
	return nil
}

// SaveFile asks where to save a document: the dialog opens in
// dialogFolder and proposes name; ext (".xlsx", ".pdf") is added when the
// user leaves it out, and the file name is stored in NFC whatever the
// keyboard sent. write gets the chosen path; an empty file that the dialog
// created is removed again when write fails, so nothing half-made stays.
func (s *Shell) SaveFile(title, name, ext string, write func(path string) error) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		chosen := filepath.FromSlash(w.URI().Path())
		if err := w.Close(); err != nil {
			log.Printf("save %s: close: %v", chosen, err)
		}
		path := savePath(chosen, ext)
		if path != chosen {
			tw.RemoveIfEmpty(chosen) // the dialog created it under the name as typed
		}
		s.App.Preferences().SetString(lastFolderKey, filepath.Dir(path))
		if err := write(path); err != nil {
			tw.RemoveIfEmpty(path)
			s.showError(err)
			return
		}
		s.SetStatus("Đã lưu " + path)
	}, s.Win)
	d.SetTitleText(title)
	d.SetConfirmText("Lưu")
	d.SetDismissText("Hủy")
	d.SetFileName(vn.NFC(name))
	if ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	}
	if dir := s.dialogFolder(); dir != nil {
		d.SetLocation(dir)
	}
	d.Show()
}

// OpenFile asks for a file to read (an import), among the given
// extensions; the dialog opens in dialogFolder.
func (s *Shell) OpenFile(title string, exts []string, read func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := filepath.FromSlash(r.URI().Path())
		if err := r.Close(); err != nil {
			log.Printf("open %s: close: %v", path, err)
		}
		s.App.Preferences().SetString(lastFolderKey, filepath.Dir(path))
		read(path)
	}, s.Win)
	d.SetTitleText(title)
	d.SetConfirmText("Mở")
	d.SetDismissText("Hủy")
	if len(exts) > 0 {
		d.SetFilter(storage.NewExtensionFileFilter(exts))
	}
	if dir := s.dialogFolder(); dir != nil {
		d.SetLocation(dir)
	}
	d.Show()
}

// savePath is the path a document is saved under when the user chose
// chosen: the file name in NFC, with ext added when it has another one.
func savePath(chosen, ext string) string {
	dir, base := filepath.Split(chosen)
	base = vn.NFC(strings.TrimSpace(base))
	if ext != "" && !strings.EqualFold(filepath.Ext(base), ext) {
		base += ext
	}
	return filepath.Join(dir, base)
}
