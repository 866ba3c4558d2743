package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/container"
)

func TestRestoreFromTheWindow(t *testing.T) {
	s := newTestShell(t, bacKan)
	ctx := context.Background()
	copyPath := filepath.Join(t.TempDir(), "bản sao.db")
	if err := s.Store.Backup(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Store.LoadOfficial(ctx, "2025-07", "04"); err != nil {
		t.Fatal(err)
	}
	s.Select(SecSettings)
	tabs := findAll[*container.AppTabs](s.Win)
	if len(tabs) != 1 {
		t.Fatal("no settings tabs")
	}
	tabs[0].SelectIndex(len(tabs[0].Items) - 1)
	if !shows(s.Win, "giữ 14 bản gần nhất") {
		t.Error("the backup tab does not explain the automatic backups")
	}
	capture(t, s.Win, "settings-backup")

	s.restore(copyPath)
	var units int
	s.Store.DB().QueryRow(`SELECT COUNT(*) FROM units`).Scan(&units)
	if units != 117 {
		t.Errorf("after restore from the window: %d units, want Bắc Kạn's 117", units)
	}
	if !shows(s.Win, "Đã khôi phục") {
		t.Error("the status line does not say the data was restored")
	}
}
