package settings

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/vn"
)

// backupSettings is the settings tab for backups: the automatic ones made
// at each start (one a day, the last 14 kept), a backup on demand, and a
// restore that checks the file and keeps the current data before replacing it.
func backupSettings(h Host) fyne.CanvasObject {
	win := h.Window()
	dir := data.BackupDir(h.Store().Path())
	var files []string
	load := func() {
		files = nil
		entries, err := os.ReadDir(dir)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			log.Printf("settings: backups in %s: %v", dir, err)
		}
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
		tw.AskFile(win, tw.FileRequest{Title: "Sao lưu cơ sở dữ liệu", Save: true, Exts: []string{".db"}, Kind: "Cơ sở dữ liệu tdkt (*.db)",
			Name: backupName(h.Store().Path())}, func(path string) {
			if !strings.EqualFold(filepath.Ext(path), ".db") {
				path += ".db"
			}
			st := h.Store()
			tw.RunLong(win, "Sao lưu", func(ctx context.Context, p tw.Progress) error {
				return st.Backup(ctx, path)
			}, func(err error) {
				if err != nil {
					tw.ShowError(win, err)
					return
				}
				h.SetStatus("Đã sao lưu vào " + path)
			})
		})
	})
	restoreFrom := func(path string) {
		info, err := data.CheckBackup(context.Background(), path)
		if err != nil {
			tw.ShowError(win, err)
			return
		}
		tw.Confirm(win, "Khôi phục dữ liệu",
			fmt.Sprintf("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu %s (%s đơn vị hành chính, %s thay đổi trong nhật ký)? "+
				"Dữ liệu hiện tại được giữ lại trong thư mục %s trước khi thay.", filepath.Base(path), vn.Int(info.Units), vn.Int(info.Changes), dir),
			"Khôi phục", func() { h.Restore(path) })
	}
	restoreSelected := widget.NewButtonWithIcon("Khôi phục bản đã chọn", theme.HistoryIcon(), func() {
		if selected >= 0 && selected < len(files) {
			restoreFrom(filepath.Join(dir, files[selected]))
		}
	})
	restoreFile := widget.NewButtonWithIcon("Khôi phục từ tệp…", theme.FolderOpenIcon(), func() {
		tw.AskFile(win, tw.FileRequest{Title: "Khôi phục từ bản sao lưu", Exts: []string{".db"}, Kind: "Cơ sở dữ liệu tdkt (*.db)", Folder: dir}, restoreFrom)
	})
	note := tw.Wrapped(fmt.Sprintf("Mỗi ngày, lần đầu mở chương trình, tdkt tự sao lưu cơ sở dữ liệu vào %s và giữ 14 bản gần nhất.", dir))
	return container.NewBorder(container.NewVBox(note, container.NewHBox(backupNow, restoreSelected, restoreFile)), nil, nil, nil, list)
}

// backupName is the name a backup made by hand is proposed under: the
// database's own name and the day ("tdkt-sao-lưu-2026-12-03.db").
func backupName(db string) string {
	base := strings.TrimSuffix(filepath.Base(db), filepath.Ext(db))
	return base + "-sao-lưu-" + time.Now().Format("2006-01-02") + ".db"
}
