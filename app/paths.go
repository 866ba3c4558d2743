package app

import (
	"os"
	"path/filepath"
	"strings"

	tw "tdkt/app/widget"
	"tdkt/data/vn"
)

// lastFolderKey is the preference that remembers the folder of the last
// file saved or opened through SaveFile and OpenFile.
const lastFolderKey = "tdkt:lastFolder"

// dialogFolder is where the file dialogs open: the folder used last, if it
// still exists, else the Documents folder.
func (s *Shell) dialogFolder() string {
	for _, dir := range []string{s.App.Preferences().String(lastFolderKey), tw.DocumentsFolder()} {
		if fi, err := os.Stat(dir); dir != "" && err == nil && fi.IsDir() {
			return dir
		}
	}
	return ""
}

// SaveFile asks where to save a document (tw.AskFile: the system's own
// dialog on Windows): it opens in dialogFolder and proposes name; ext
// (".xlsx", ".pdf") is added when the user leaves it out, and the file
// name is stored in NFC whatever the keyboard sent. write gets the chosen
// path; an empty file that a dialog created is removed again when write
// fails, so nothing half-made stays.
func (s *Shell) SaveFile(title, name, ext string, write func(path string) error) {
	r := tw.FileRequest{Title: title, Save: true, Name: vn.NFC(name), Folder: s.dialogFolder()}
	if ext != "" {
		r.Exts, r.Kind = []string{ext}, kindOf(ext)
	}
	tw.AskFile(s.Win, r, func(chosen string) {
		path := savePath(chosen, ext)
		if path != chosen {
			tw.RemoveIfEmpty(chosen) // Fyne's dialog created it under the name as typed
		}
		s.App.Preferences().SetString(lastFolderKey, filepath.Dir(path))
		if err := write(path); err != nil {
			tw.RemoveIfEmpty(path)
			s.showError(err)
			return
		}
		s.SetStatus("Đã lưu " + path)
	})
}

// OpenFile asks for a file to read (an import), among the given
// extensions; the dialog opens in dialogFolder.
func (s *Shell) OpenFile(title string, exts []string, read func(path string)) {
	r := tw.FileRequest{Title: title, Exts: exts, Folder: s.dialogFolder()}
	if len(exts) > 0 {
		r.Kind = kindOf(exts[0])
	}
	tw.AskFile(s.Win, r, func(path string) {
		s.App.Preferences().SetString(lastFolderKey, filepath.Dir(path))
		read(path)
	})
}

// kindOf names the files of an extension in a dialog's filter.
func kindOf(ext string) string {
	switch strings.ToLower(ext) {
	case ".xlsx":
		return "Bảng tính Excel (*.xlsx)"
	case ".pdf":
		return "Tài liệu PDF (*.pdf)"
	case ".db":
		return "Cơ sở dữ liệu tdkt (*.db)"
	}
	return "Tệp " + ext
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
