package app

import (
	"context"
	"path/filepath"
	"testing"

	"tdkt/app/internal/uitest"
)

func TestRestoreFromTheWindow(t *testing.T) {
	s := newTestShell(t, uitest.BacKan)
	ctx := context.Background()
	copyPath := filepath.Join(t.TempDir(), "bản sao.db")
	if err := s.Store().Backup(ctx, copyPath); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Store().LoadOfficial(ctx, "2025-07", "04"); err != nil {
		t.Fatal(err)
	}
	s.Select(SecSettings)
	if !shows(s.Win, "Cài đặt") {
		t.Fatal("the settings are not shown")
	}
	s.Restore(copyPath)
	var units int
	s.Store().DB().QueryRow(`SELECT COUNT(*) FROM units`).Scan(&units)
	if units != 117 {
		t.Errorf("after restore from the window: %d units, want Bắc Kạn's 117", units)
	}
	if !shows(s.Win, "Đã khôi phục") {
		t.Error("the status line does not say the data was restored")
	}
	if s.cur != SecUnits {
		t.Errorf("after restore section %d is shown, want the units", s.cur)
	}
}
