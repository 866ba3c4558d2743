package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// Store is the program's database: one SQLite file in WAL mode with
// foreign keys on. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time
}

// DefaultPath is where the database lives when neither --db nor TDKT_DB
// names one: <user config dir>/tdkt/tdkt.db (on Windows %APPDATA%\tdkt).
func DefaultPath() (string, error) {
	if p := os.Getenv("TDKT_DB"); p != "" {
		return p, nil
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", failed(err, "không tìm thấy thư mục cấu hình của người dùng")
	}
	return filepath.Join(dir, "tdkt", "tdkt.db"), nil
}

// dsn builds the modernc.org/sqlite connection string. Every connection of
// the pool gets the same pragmas; _txlock=immediate makes BEGIN take the
// write lock at once, so two writers wait (busy_timeout) instead of failing
// with SQLITE_BUSY half-way through a transaction.
func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMS))
	q.Add("_pragma", "synchronous(NORMAL)")
	if readOnly {
		q.Add("mode", "ro")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
	}
	q.Set("_txlock", "immediate")
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode()
}

// busyTimeoutMS is how long a write waits for another program's write to
// finish before giving up with ErrLocked.
var busyTimeoutMS = 10000

// ErrLocked means another program holds the database's write lock for
// longer than tdkt waits.
var ErrLocked = errors.New("cơ sở dữ liệu đang bị một chương trình khác khóa (đang ghi dữ liệu hoặc đang mở bằng công cụ khác); hãy đợi việc đó xong hoặc đóng chương trình kia rồi thử lại")

// ErrReadOnly means the database file or its folder cannot be written.
var ErrReadOnly = errors.New("không ghi được vào tệp cơ sở dữ liệu (tệp hoặc thư mục chỉ đọc, hoặc không đủ quyền); hãy bỏ thuộc tính chỉ đọc hoặc chép tệp sang thư mục của mình")

// friendly turns SQLite's lock and permission errors into the messages
// above; other errors pass through.
func friendly(err error) error {
	if err == nil {
		return nil
	}
	var f *failure
	if errors.As(err, &f) && (errors.Is(err, ErrLocked) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrElectionLocked)) {
		return err
	}
	msg := detail(err)
	switch {
	case strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked"):
		log.Printf("store: %v", err)
		return &failure{msg: ErrLocked.Error(), cause: errors.Join(ErrLocked, err)}
	case strings.Contains(msg, lockedTrigger):
		return &failure{msg: ErrElectionLocked.Error(), cause: errors.Join(ErrElectionLocked, err)}
	case strings.Contains(msg, "SQLITE_READONLY") || strings.Contains(msg, "readonly database") ||
		strings.Contains(msg, "SQLITE_CANTOPEN") || errors.Is(err, os.ErrPermission):
		log.Printf("store: %v", err)
		return &failure{msg: ErrReadOnly.Error(), cause: errors.Join(ErrReadOnly, err)}
	}
	return err
}

// Open opens (creating it if needed) the database at path and applies the
// migrations this version knows. A database written by a newer tdkt is
// refused with ErrNewerSchema.
func Open(path string) (*Store, error) {
	return openUpTo(path, len(migrations))
}

func openUpTo(path string, version int) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("không tạo được thư mục dữ liệu %s: %w", dir, err)
		}
	}
	db, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		return nil, fmt.Errorf("không mở được cơ sở dữ liệu %s: %w", path, err)
	}
	// Keep the connections that parallel reads open: closing one throws
	// away its page cache, which costs more than the read itself.
	db.SetMaxIdleConns(8)
	s := &Store{db: db, path: path, now: time.Now}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("không mở được cơ sở dữ liệu %s: %w", path, friendly(err))
	}
	if err := s.migrate(context.Background(), version); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, friendly(err))
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the file the store was opened on.
func (s *Store) Path() string { return s.path }

// DB exposes the handle for read-only checks in tests and tools
// (integrity_check, backups). Writes go through the typed methods.
func (s *Store) DB() *sql.DB { return s.db }

// Tx is one write transaction. Its audit method records what changed.
type Tx struct {
	tx    *sql.Tx
	store *Store
	at    string
}

// write runs fn in one immediate transaction: all of it lands or none of it.
func (s *Store) write(ctx context.Context, fn func(*Tx) error) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return failed(friendly(err), "không bắt đầu được giao dịch")
	}
	t := &Tx{tx: tx, store: s, at: s.now().UTC().Format(time.RFC3339)}
	defer func() {
		if p := recover(); p != nil {
			tx.Rollback()
			panic(p)
		}
		if err != nil {
			tx.Rollback()
		}
	}()
	if err = fn(t); err != nil {
		return friendly(err)
	}
	if err = tx.Commit(); err != nil {
		return failed(friendly(err), "không ghi được dữ liệu")
	}
	return nil
}

func (t *Tx) exec(q string, args ...any) (sql.Result, error) {
	return t.tx.Exec(q, args...)
}

func (t *Tx) queryRow(q string, args ...any) *sql.Row {
	return t.tx.QueryRow(q, args...)
}

// ErrNotFound is returned when a record asked for by key does not exist.
var ErrNotFound = errors.New("không tìm thấy")

// scanner is a row being read.
type scanner interface{ Scan(...any) error }

// eachRow runs a read query and hands every row to f.
func (s *Store) eachRow(ctx context.Context, f func(scanner) error, q string, args ...any) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := f(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// queryAll runs a read query and reads every row with scan (eachRow).
func queryAll[T any](ctx context.Context, s *Store, scan func(scanner) (T, error), q string, args ...any) ([]T, error) {
	var out []T
	err := s.eachRow(ctx, func(r scanner) error {
		v, err := scan(r)
		out = append(out, v)
		return err
	}, q, args...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// byYear is the register query of a table of numbered documents: a year's
// (every year's for 0), newest first.
func byYear(cols, table string, year int) (string, []any) {
	q := `SELECT ` + cols + ` FROM ` + table
	if year == 0 {
		return q + ` ORDER BY year DESC, seq DESC`, nil
	}
	return q + ` WHERE year = ? ORDER BY year DESC, seq DESC`, []any{year}
}
