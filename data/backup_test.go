package data

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestBackupAndRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "tdkt.db")
	st, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SetupProvince(ctx, "2025-07", "04"); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "sao lưu", "bản sao.db")
	if err := st.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	info, err := CheckBackup(ctx, backup)
	if err != nil {
		t.Fatal(err)
	}
	if info.Units != 57 || info.Version != SchemaVersion() {
		t.Errorf("backup info = %+v", info)
	}
	// Change the live database after the backup, then restore.
	if _, err := st.LoadOfficial(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	st.SaveSettings(ctx, Settings{Place: "đã đổi"})
	st.Close()

	safety, err := Restore(ctx, backup, db, time.Date(2026, 11, 23, 9, 30, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	st, err = Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var units int
	st.DB().QueryRow(`SELECT COUNT(*) FROM units`).Scan(&units)
	set, _ := st.Settings(ctx)
	if units != 57 || set.Place != "Cao Bằng" {
		t.Errorf("after restore: %d units, place %q; want 57 and Cao Bằng", units, set.Place)
	}
	// The database as it was before the restore was kept.
	if filepath.Base(safety) != "tdkt-before-restore-20261123-093000.db" {
		t.Errorf("safety copy = %q", safety)
	}
	if si, err := CheckBackup(ctx, safety); err != nil || si.Units != 57+117 {
		t.Errorf("safety copy: %+v, %v", si, err)
	}
}

func TestRestoreRefusesBadFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "tdkt.db")
	st, _ := Open(db)
	st.SetupProvince(ctx, "2025-07", "04")
	st.Close()
	before, _ := os.ReadFile(db)

	garbage := filepath.Join(dir, "rác.db")
	os.WriteFile(garbage, []byte("đây không phải SQLite"), 0o644)
	newer := filepath.Join(dir, "newer.db")
	n, _ := Open(newer)
	n.DB().Exec(`PRAGMA user_version = 999`)
	n.Close()
	foreign := filepath.Join(dir, "khac.db")
	f, _ := Open(foreign)
	f.DB().Exec(`PRAGMA user_version = 0`)
	f.Close()

	for _, bad := range []string{garbage, newer, foreign, filepath.Join(dir, "không có.db")} {
		if _, err := Restore(ctx, bad, db, time.Now()); err == nil {
			t.Errorf("restore from %s accepted", filepath.Base(bad))
		}
	}
	if _, err := Restore(ctx, newer, db, time.Now()); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("newer backup: %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(db)
	if string(before) != string(after) {
		t.Error("a refused restore changed the database")
	}
}

func TestAutoBackupKeepsFourteen(t *testing.T) {
	ctx := context.Background()
	st := openTest(t)
	dir := BackupDir(st.Path())
	day := time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC)
	for i := 0; i < 16; i++ {
		made, err := st.AutoBackup(ctx, dir, day.AddDate(0, 0, i), 14)
		if err != nil || made == "" {
			t.Fatalf("day %d: %q, %v", i, made, err)
		}
	}
	// A second start on the same day makes no new backup.
	if made, err := st.AutoBackup(ctx, dir, day.AddDate(0, 0, 15).Add(3*time.Hour), 14); err != nil || made != "" {
		t.Errorf("second backup on the same day: %q, %v", made, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 14 {
		t.Fatalf("%d backups kept, want 14", len(entries))
	}
	if entries[0].Name() != "tdkt-2026-01-03.db" || entries[13].Name() != "tdkt-2026-01-16.db" {
		t.Errorf("kept %s … %s, want the newest 14", entries[0].Name(), entries[13].Name())
	}
}

// Backups belong to their database: tdkt.db and tdkt2.db in one folder
// keep their backups apart, and a backup of one is never listed for the
// other.
func TestBackupsBelongToTheirDatabase(t *testing.T) {
	dir := t.TempDir()
	one, two := BackupDir(filepath.Join(dir, "tdkt.db")), BackupDir(filepath.Join(dir, "tdkt2.db"))
	if one == two || filepath.Dir(one) != filepath.Dir(two) {
		t.Fatalf("backup folders %q and %q", one, two)
	}
	ctx := context.Background()
	st := openTest(t)
	if _, err := st.AutoBackup(ctx, one, time.Date(2026, 1, 1, 8, 0, 0, 0, time.UTC), 14); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(two); len(entries) != 0 {
		t.Errorf("tdkt2.db's backups hold %v", entries)
	}
}
