package data

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Backup writes a consistent, compacted copy of the database to dest
// (VACUUM INTO), through a temporary file renamed into place, so dest is
// either the whole copy or untouched. An existing dest is replaced.
func (s *Store) Backup(ctx context.Context, dest string) error {
	dir := filepath.Dir(dest)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("không tạo được thư mục %s: %w", dir, err)
	}
	tmp := filepath.Join(dir, "."+filepath.Base(dest)+".tmp")
	os.Remove(tmp)
	if _, err := s.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("không sao lưu được vào %s: %w", dest, err)
	}
	if err := os.Rename(tmp, dest); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("không sao lưu được vào %s: %w", dest, err)
	}
	return nil
}

// BackupDir is where the automatic backups of the database at dbPath go:
// a folder of its own under "backups" beside it, named after the file
// ("backups/tdkt2" for tdkt2.db), so that the backups of one database are
// never offered to restore another kept in the same folder.
func BackupDir(dbPath string) string {
	name := strings.TrimSuffix(filepath.Base(dbPath), filepath.Ext(dbPath))
	return filepath.Join(filepath.Dir(dbPath), "backups", name)
}

const autoPrefix = "tdkt-"

// AutoBackup makes the day's backup in dir if there is none yet
// (tdkt-YYYY-MM-DD.db) and keeps only the newest keep of them. It returns
// the file made, or "" when today's backup already existed.
func (s *Store) AutoBackup(ctx context.Context, dir string, now time.Time, keep int) (string, error) {
	name := filepath.Join(dir, autoPrefix+now.Format("2006-01-02")+".db")
	made := ""
	if _, err := os.Stat(name); os.IsNotExist(err) {
		if err := s.Backup(ctx, name); err != nil {
			return "", err
		}
		made = name
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return made, err
	}
	var autos []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, autoPrefix) && strings.HasSuffix(n, ".db") {
			if _, err := time.Parse("2006-01-02", strings.TrimSuffix(strings.TrimPrefix(n, autoPrefix), ".db")); err == nil {
				autos = append(autos, n)
			}
		}
	}
	sort.Strings(autos) // dates sort as text
	for len(autos) > keep {
		if err := os.Remove(filepath.Join(dir, autos[0])); err != nil {
			return made, err
		}
		autos = autos[1:]
	}
	return made, nil
}

// BackupInfo describes a database file checked before a restore.
type BackupInfo struct {
	Path    string
	Version int   // schema version (PRAGMA user_version)
	Units   int64 // number of administrative units in it
	Changes int64 // number of audit log entries in it
}

// CheckBackup opens a database file read-only and checks that it is a
// sound tdkt database this version can open: SQLite's integrity check,
// a schema version not newer than this program's, and tdkt's tables.
func CheckBackup(ctx context.Context, path string) (BackupInfo, error) {
	info := BackupInfo{Path: path}
	if _, err := os.Stat(path); err != nil {
		return info, fmt.Errorf("không đọc được tệp sao lưu %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return info, err
	}
	defer db.Close()
	var result string
	if err := db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&result); err != nil {
		return info, failed(err, "%s không phải là tệp cơ sở dữ liệu SQLite đọc được", path)
	}
	if result != "ok" {
		return info, fmt.Errorf("%s bị hỏng (kiểm tra toàn vẹn: %s)", path, result)
	}
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&info.Version); err != nil {
		return info, err
	}
	if info.Version > SchemaVersion() {
		return info, fmt.Errorf("%w (%s: phiên bản %d, chương trình này hiểu đến %d)", ErrNewerSchema, path, info.Version, SchemaVersion())
	}
	if info.Version < 1 {
		return info, fmt.Errorf("%s không phải là cơ sở dữ liệu của tdkt", path)
	}
	if err := db.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM units), (SELECT COUNT(*) FROM audit_log)`).Scan(&info.Units, &info.Changes); err != nil {
		return info, fmt.Errorf("%s không phải là cơ sở dữ liệu của tdkt: %w", path, err)
	}
	return info, nil
}

// Restore replaces the database at dbPath with the backup at src, after
// checking the backup and saving the current database into its backup
// folder (tdkt-before-restore-<time>.db). No store may be open on dbPath.
// It returns the path of the safety copy ("" when there was no database).
func Restore(ctx context.Context, src, dbPath string, now time.Time) (string, error) {
	if _, err := CheckBackup(ctx, src); err != nil {
		return "", err
	}
	safety := ""
	if _, err := os.Stat(dbPath); err == nil {
		cur, err := Open(dbPath)
		if err != nil {
			return "", failed(err, "không mở được cơ sở dữ liệu hiện tại để sao lưu trước khi khôi phục")
		}
		safety = filepath.Join(BackupDir(dbPath), "tdkt-before-restore-"+now.Format("20060102-150405")+".db")
		err = cur.Backup(ctx, safety)
		cur.Close()
		if err != nil {
			return "", err
		}
	}
	// Copy the backup next to the database, then swap it in with a rename.
	tmp := dbPath + ".restore.tmp"
	if err := copyFile(src, tmp); err != nil {
		os.Remove(tmp)
		return safety, fmt.Errorf("không chép được %s: %w", src, err)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(dbPath + suffix); err != nil && !os.IsNotExist(err) {
			os.Remove(tmp)
			return safety, failed(err, "không thay được cơ sở dữ liệu: có thể nó đang được mở ở nơi khác")
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		os.Remove(tmp)
		return safety, failed(err, "không thay được cơ sở dữ liệu")
	}
	return safety, nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	f, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, in); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
