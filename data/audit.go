package data

import (
	"context"
	"encoding/json"
)

// AuditEntry is one line of the audit log: what changed, when, and the
// values before and after (JSON objects; empty for inserts and deletes).
type AuditEntry struct {
	ID     int64
	At     string // RFC 3339, UTC
	Table  string
	RowID  int64
	Action string // insert, update, delete, import, issue, ...
	Old    string
	New    string
}

// audit writes one audit row inside the transaction. old and new are
// marshalled to JSON; nil leaves that side empty.
func (t *Tx) audit(table string, rowID int64, action string, old, new any) error {
	enc := func(v any) (string, error) {
		if v == nil {
			return "", nil
		}
		b, err := json.Marshal(v)
		return string(b), err
	}
	o, err := enc(old)
	if err != nil {
		return err
	}
	n, err := enc(new)
	if err != nil {
		return err
	}
	_, err = t.exec(`INSERT INTO audit_log(at, tbl, row_id, action, old_value, new_value) VALUES (?,?,?,?,?,?)`,
		t.at, table, rowID, action, o, n)
	if err != nil {
		return failed(err, "không ghi được nhật ký thay đổi")
	}
	return nil
}

// Audit returns the most recent audit entries, newest first.
func (s *Store) Audit(ctx context.Context, limit int) ([]AuditEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, tbl, row_id, action, old_value, new_value
		FROM audit_log ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var e AuditEntry
		if err := rows.Scan(&e.ID, &e.At, &e.Table, &e.RowID, &e.Action, &e.Old, &e.New); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
