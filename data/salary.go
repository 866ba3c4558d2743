package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tdkt/data/award"
)

const isoDate = "2006-01-02"

// BaseSalaries lists the base-salary table, oldest first.
func (s *Store) BaseSalaries(ctx context.Context) ([]award.BaseSalary, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT effective_from, amount FROM base_salaries ORDER BY effective_from`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []award.BaseSalary
	for rows.Next() {
		var from string
		var b award.BaseSalary
		if err := rows.Scan(&from, &b.Amount); err != nil {
			return nil, err
		}
		if b.From, err = time.Parse(isoDate, from); err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, rows.Err()
}

// SetBaseSalary adds or changes the base salary in force from a date.
func (s *Store) SetBaseSalary(ctx context.Context, from time.Time, amount int64) error {
	if amount <= 0 {
		return fmt.Errorf("mức lương cơ sở phải lớn hơn 0")
	}
	day := from.Format(isoDate)
	return s.write(ctx, func(t *Tx) error {
		var old int64
		if err := t.queryRow(`SELECT amount FROM base_salaries WHERE effective_from = ?`, day).Scan(&old); err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if _, err := t.exec(`INSERT INTO base_salaries(effective_from, amount) VALUES (?, ?)
			ON CONFLICT(effective_from) DO UPDATE SET amount = excluded.amount`, day, amount); err != nil {
			return err
		}
		var before any
		if old != 0 {
			before = map[string]any{"from": day, "amount": old}
		}
		return t.audit("base_salaries", 0, "set", before, map[string]any{"from": day, "amount": amount})
	})
}

// DeleteBaseSalary removes the value in force from a date.
func (s *Store) DeleteBaseSalary(ctx context.Context, from time.Time) error {
	day := from.Format(isoDate)
	return s.write(ctx, func(t *Tx) error {
		var old int64
		if err := t.queryRow(`SELECT amount FROM base_salaries WHERE effective_from = ?`, day).Scan(&old); err != nil {
			return fmt.Errorf("không có mức lương cơ sở áp dụng từ %s", day)
		}
		if _, err := t.exec(`DELETE FROM base_salaries WHERE effective_from = ?`, day); err != nil {
			return err
		}
		return t.audit("base_salaries", 0, "delete", map[string]any{"from": day, "amount": old}, nil)
	})
}
