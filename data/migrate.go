package data

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered schema step, embedded from migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

var migrations = mustLoadMigrations()

func mustLoadMigrations() []migration {
	entries, err := fs.ReadDir(migrationFS, "migrations")
	if err != nil {
		panic(err)
	}
	var ms []migration
	for _, e := range entries {
		num, name, ok := strings.Cut(strings.TrimSuffix(e.Name(), ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			panic("bad migration file name " + e.Name())
		}
		b, err := migrationFS.ReadFile("migrations/" + e.Name())
		if err != nil {
			panic(err)
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			panic(fmt.Sprintf("migrations must be numbered 1..n without gaps; found %d at position %d", m.version, i+1))
		}
	}
	return ms
}

// SchemaVersion is the schema version this build of tdkt writes.
func SchemaVersion() int { return len(migrations) }

// ErrNewerSchema means the database was written by a newer tdkt.
var ErrNewerSchema = errors.New("cơ sở dữ liệu được tạo bởi phiên bản tdkt mới hơn")

// migrate brings the schema up to version (PRAGMA user_version), each step
// in its own transaction, so a failed step leaves the previous version.
func (s *Store) migrate(ctx context.Context, version int) error {
	var cur int
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&cur); err != nil {
		return failed(err, "không đọc được phiên bản cơ sở dữ liệu")
	}
	if cur > len(migrations) {
		return fmt.Errorf("%w (phiên bản %d, chương trình này hiểu đến %d): hãy cập nhật tdkt, dữ liệu không bị thay đổi", ErrNewerSchema, cur, len(migrations))
	}
	for _, m := range migrations[cur:version] {
		err := s.write(ctx, func(t *Tx) error {
			if _, err := t.exec(m.sql); err != nil {
				return failed(err, "không nâng cấp được cơ sở dữ liệu lên phiên bản %d (%s)", m.version, m.name)
			}
			if seed := seeds[m.version]; seed != nil {
				if err := seed(t); err != nil {
					return failed(err, "không nâng cấp được cơ sở dữ liệu lên phiên bản %d (%s)", m.version, m.name)
				}
			}
			_, err := t.exec(fmt.Sprintf(`PRAGMA user_version = %d`, m.version))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}
