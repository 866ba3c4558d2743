package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// openTest opens a fresh store on a real file in the test's temp dir.
func openTest(t *testing.T) *Store {
	t.Helper()
	st, err := Open(filepath.Join(t.TempDir(), "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestOpenSetsPragmas(t *testing.T) {
	st := openTest(t)
	var mode string
	var fk, version int
	db := st.DB()
	if err := db.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if err := db.QueryRow(`PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	if err := db.QueryRow(`PRAGMA user_version`).Scan(&version); err != nil || version != SchemaVersion() {
		t.Errorf("user_version = %d, %v; want %d", version, err, SchemaVersion())
	}
}

// A database made by migration 1 (the first release) opens in this version:
// every later migration is applied and the old data is still there.
func TestMigrateFromFirstSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := openUpTo(path, 1)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := old.LoadOfficial(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	if err := old.SaveSettings(ctx, Settings{Place: "Bắc Kạn"}); err != nil {
		t.Fatal(err)
	}
	var v int
	old.DB().QueryRow(`PRAGMA user_version`).Scan(&v)
	if v != 1 {
		t.Fatalf("old database at version %d, want 1", v)
	}
	old.Close()

	st, err := Open(path)
	if err != nil {
		t.Fatalf("upgrade: %v", err)
	}
	defer st.Close()
	st.DB().QueryRow(`PRAGMA user_version`).Scan(&v)
	if v != SchemaVersion() {
		t.Errorf("after upgrade user_version = %d, want %d", v, SchemaVersion())
	}
	set, _ := st.Settings(ctx)
	if set.Place != "Bắc Kạn" {
		t.Errorf("settings lost in upgrade: %+v", set)
	}
	if _, err := st.UnitByCode(ctx, "2025-03", "06"); err != nil {
		t.Errorf("units lost in upgrade: %v", err)
	}
}

func TestRefuseNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.DB().Exec(`PRAGMA user_version = 999`); err != nil {
		t.Fatal(err)
	}
	st.Close()
	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open of a newer database: %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), "999") {
		t.Errorf("message should name the version: %v", err)
	}
}

// A failed write leaves nothing behind: the transaction is all or nothing.
func TestWriteIsAllOrNothing(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	boom := errors.New("boom")
	err := st.write(ctx, func(tx *Tx) error {
		if _, err := tx.exec(`INSERT INTO settings(key, value) VALUES ('place', 'X')`); err != nil {
			return err
		}
		if err := tx.audit("settings", 0, "update", nil, "X"); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	var n int
	st.DB().QueryRow(`SELECT COUNT(*) FROM settings`).Scan(&n)
	if n != 0 {
		t.Errorf("settings rows after rollback = %d, want 0", n)
	}
	st.DB().QueryRow(`SELECT COUNT(*) FROM audit_log`).Scan(&n)
	if n != 0 {
		t.Errorf("audit rows after rollback = %d, want 0", n)
	}
}

// Two stores on one file write at the same time without SQLITE_BUSY errors.
func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tdkt.db")
	a, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	unit, err := a.LoadOfficial(ctx, "2025-07", "04")
	if err != nil {
		t.Fatal(err)
	}
	sub, _ := a.Subtree(ctx, unit.Province.ID)
	commune := sub[1]
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for i := 0; i < 20; i++ {
		for tag, st := range map[string]*Store{"A": a, "B": b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := st.AddVillage(ctx, commune.ID, "Thôn", fmt.Sprintf("%s %d", tag, i))
				errs <- err
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent write: %v", err)
		}
	}
	kids, _ := a.Children(ctx, commune.ID)
	if len(kids) != 40 {
		t.Errorf("villages = %d, want 40", len(kids))
	}
}

func TestAuditRecordsOldAndNew(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if err := st.SaveSettings(ctx, Settings{Place: "Bắc Kạn"}); err != nil {
		t.Fatal(err)
	}
	if err := st.SaveSettings(ctx, Settings{Place: "Cao Bằng"}); err != nil {
		t.Fatal(err)
	}
	log, err := st.Audit(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 {
		t.Fatalf("audit entries = %d, want 2: %+v", len(log), log)
	}
	last := log[0]
	if last.Table != "settings" || !strings.Contains(last.Old, "Bắc Kạn") || !strings.Contains(last.New, "Cao Bằng") || last.At == "" {
		t.Errorf("last audit entry = %+v", last)
	}
}

func TestOneWindowPerDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tdkt.db")
	release, err := LockWindow(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LockWindow(path); !errors.Is(err, ErrInUse) {
		t.Fatalf("second window: %v, want ErrInUse", err)
	}
	release()
	again, err := LockWindow(path)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	again()
}

// A database another program keeps locked gives a clear message after the
// busy timeout, and nothing is written.
func TestLockedDatabaseSaysSo(t *testing.T) {
	old := busyTimeoutMS
	busyTimeoutMS = 200
	defer func() { busyTimeoutMS = old }()
	st := openTest(t)
	ctx := context.Background()
	other, err := sql.Open("sqlite", "file:"+st.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN EXCLUSIVE`); err != nil {
		t.Fatal(err)
	}
	err = st.SaveSettings(ctx, Settings{Place: "Bắc Kạn"})
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("write under another program's lock: %v, want ErrLocked", err)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
	if s, _ := st.Settings(ctx); s.Place != "" {
		t.Error("something was written")
	}
	if err := st.SaveSettings(ctx, Settings{Place: "Bắc Kạn"}); err != nil {
		t.Errorf("after the lock is released: %v", err)
	}
}

func TestReadOnlyDatabaseSaysSo(t *testing.T) {
	if os.Geteuid() == 0 {
		// root writes through file permissions; use a read-only open instead.
		st := openTest(t)
		path := st.Path()
		st.Close()
		db, _ := sql.Open("sqlite", dsn(path, true))
		defer db.Close()
		_, err := db.Exec(`INSERT INTO settings(key, value) VALUES ('x', 'y')`)
		if !errors.Is(friendly(err), ErrReadOnly) {
			t.Fatalf("write to a read-only database: %v, want ErrReadOnly", friendly(err))
		}
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "tdkt.db")
	st, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	os.Chmod(path, 0o444)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	if _, err := Open(path); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Open of a read-only database: %v, want ErrReadOnly", err)
	}
}
