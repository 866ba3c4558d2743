package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"

	"tdkt/app/sysopen"
	"tdkt/data/vn"
)

// lastFolderKey is the preference that remembers the folder of the last
// file saved or opened through saveFile and openFile.
const lastFolderKey = "tdkt:lastFolder"

// documentsFolder is where exports go by default: the user's Documents
// folder (on Windows the known folder, wherever it was redirected), else
// the home folder.
func documentsFolder() string {
	if dir, err := sysopen.Documents(); err == nil {
		return dir
	}
	dir, _ := os.UserHomeDir()
	return dir
}

// dialogFolder is where the file dialogs open: the folder used last, if it
// still exists, else the Documents folder.
func (s *Shell) dialogFolder() fyne.ListableURI {
	dirs := []string{s.App.Preferences().String(lastFolderKey), documentsFolder()}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); dir == "" || err != nil || !fi.IsDir() {
			continue
		}
		if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
			return l
		}
	}
	return nil
}

// saveFile asks where to save a document: the dialog opens in
// dialogFolder and proposes name; ext (".xlsx", ".pdf") is added when the
// user leaves it out, and the file name is stored in NFC whatever the
// keyboard sent. write gets the chosen path; an empty file that the dialog
// created is removed again when write fails, so nothing half-made stays.
func (s *Shell) saveFile(title, name, ext string, write func(path string) error) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.ShowError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		chosen := filepath.FromSlash(w.URI().Path())
		w.Close()
		path := savePath(chosen, ext)
		if path != chosen {
			removeIfEmpty(chosen) // the dialog created it under the name as typed
		}
		s.App.Preferences().SetString(lastFolderKey, filepath.Dir(path))
		if err := write(path); err != nil {
			removeIfEmpty(path)
			s.ShowError(err)
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

// openFile asks for a file to read (an import), among the given extensions.
func (s *Shell) openFile(title string, exts []string, read func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.ShowError(err)
			return
		}
		if r == nil {
			return
		}
		path := filepath.FromSlash(r.URI().Path())
		r.Close()
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

// removeIfEmpty deletes a file the save dialog created but nothing filled.
func removeIfEmpty(path string) {
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() == 0 {
		os.Remove(path)
	}
}
