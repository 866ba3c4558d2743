package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tdkt/data"
	"tdkt/data/vn"
)

// backupSettings is the settings tab for backups: the automatic ones made
// at each start (one a day, the last 14 kept), a backup on demand, and a
// restore that checks the file and keeps the current data before replacing it.
func backupSettings(s *Shell) fyne.CanvasObject {
	dir := data.BackupDir(s.Store.Path())
	var files []string
	load := func() {
		files = nil
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if !e.IsDir() && filepath.Ext(e.Name()) == ".db" {
				files = append(files, e.Name())
			}
		}
		sort.Sort(sort.Reverse(sort.StringSlice(files)))
	}
	load()
	list := widget.NewList(func() int { return len(files) },
		func() fyne.CanvasObject { return widget.NewLabel("tdkt-before-restore-20261123-093000.db") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(files[i]) })
	selected := -1
	list.OnSelected = func(i widget.ListItemID) { selected = i }

	backupNow := widget.NewButtonWithIcon("Sao lưu ngay…", theme.DocumentSaveIcon(), func() {
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			path := w.URI().Path()
			w.Close()
			runLong(s.Win, "Sao lưu", func(ctx context.Context, p Progress) error {
				return s.Store.Backup(ctx, path)
			}, func(err error) {
				if err != nil {
					s.ShowError(err)
					return
				}
				s.SetStatus("Đã sao lưu vào " + path)
			})
		}, s.Win)
		d.SetFileName("tdkt-sao-luu-" + time.Now().Format("2006-01-02") + ".db")
		d.Show()
	})
	restoreFrom := func(path string) {
		info, err := data.CheckBackup(s.ctx, path)
		if err != nil {
			s.ShowError(err)
			return
		}
		confirm(s.Win, "Khôi phục dữ liệu",
			fmt.Sprintf("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu %s (%s đơn vị hành chính, %s thay đổi trong nhật ký)? "+
				"Dữ liệu hiện tại được giữ lại trong thư mục %s trước khi thay.", filepath.Base(path), vn.Int(info.Units), vn.Int(info.Changes), dir),
			"Khôi phục", func() { s.restore(path) })
	}
	restoreSelected := widget.NewButtonWithIcon("Khôi phục bản đã chọn", theme.HistoryIcon(), func() {
		if selected >= 0 && selected < len(files) {
			restoreFrom(filepath.Join(dir, files[selected]))
		}
	})
	restoreFile := widget.NewButtonWithIcon("Khôi phục từ tệp…", theme.FolderOpenIcon(), func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			restoreFrom(path)
		}, s.Win)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".db"}))
		d.Show()
	})
	note := widget.NewLabel(fmt.Sprintf("Mỗi ngày, lần đầu mở chương trình, tdkt tự sao lưu cơ sở dữ liệu vào %s và giữ 14 bản gần nhất.", dir))
	note.Wrapping = fyne.TextWrapWord
	return container.NewBorder(container.NewVBox(note, container.NewHBox(backupNow, restoreSelected, restoreFile)), nil, nil, nil, list)
}

// restore closes the store, replaces the database with the backup at path
// and opens it again, then shows the unit screen of the restored data.
func (s *Shell) restore(path string) {
	dbPath := s.Store.Path()
	s.Store.Close()
	safety, err := data.Restore(s.ctx, path, dbPath, time.Now())
	st, openErr := data.Open(dbPath)
	if openErr != nil {
		s.ShowError(fmt.Errorf("không mở lại được cơ sở dữ liệu: %w", openErr))
		return
	}
	s.Store = st
	if err != nil {
		s.ShowError(err)
		return
	}
	s.nav.UnselectAll()
	s.nav.Select(SecUnits)
	s.SetStatus("Đã khôi phục từ " + filepath.Base(path) + "; dữ liệu trước đó giữ tại " + safety)
}
