package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"tdkt/assets"
	"tdkt/data/award"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// AwardForm is a hình thức khen thưởng users pick from.
type AwardForm struct {
	ID        int64
	Name      string
	Authority string
	Order     int
}

// AwardForms lists the award forms in their display order.
func (s *Store) AwardForms(ctx context.Context) ([]AwardForm, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, authority, sort_order FROM award_forms ORDER BY sort_order, name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []AwardForm
	for rows.Next() {
		var f AwardForm
		if err := rows.Scan(&f.ID, &f.Name, &f.Authority, &f.Order); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// AddAwardForm adds a new award form at the end of the list.
func (s *Store) AddAwardForm(ctx context.Context, name, authority string) (AwardForm, error) {
	f := AwardForm{Name: vn.Clean(name), Authority: vn.Clean(authority)}
	if f.Name == "" {
		return f, fmt.Errorf("tên hình thức khen thưởng không được để trống")
	}
	err := s.write(ctx, func(t *Tx) error {
		if err := t.queryRow(`SELECT COALESCE(MAX(sort_order), 0) + 10 FROM award_forms`).Scan(&f.Order); err != nil {
			return err
		}
		r, err := t.exec(`INSERT INTO award_forms(name, authority, sort_order) VALUES (?,?,?)`, f.Name, f.Authority, f.Order)
		if err != nil {
			return failed(err, "không thêm được hình thức %q (đã có?)", f.Name)
		}
		f.ID, _ = r.LastInsertId()
		return t.audit("award_forms", f.ID, "insert", nil, f)
	})
	return f, err
}

// Regimes lists the decree regimes with the dates they govern.
func (s *Store) Regimes(ctx context.Context) ([]award.Regime, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT code, name, effective_from, effective_to, COALESCE(household, 0) FROM award_regimes ORDER BY effective_from`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []award.Regime
	for rows.Next() {
		var r award.Regime
		var from, to string
		if err := rows.Scan(&r.Code, &r.Name, &from, &to, &r.Household); err != nil {
			return nil, err
		}
		if r.From, err = time.Parse(isoDate, from); err != nil {
			return nil, err
		}
		if to != "" {
			if r.To, err = time.Parse(isoDate, to); err != nil {
				return nil, err
			}
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// Coefficients lists every form's coefficients under every regime.
func (s *Store) Coefficients(ctx context.Context) ([]award.FormCoefficients, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT f.name, c.regime, c.issuer_level, COALESCE(c.individual, 0), COALESCE(c.collective, 0)
		FROM award_coefficients c JOIN award_forms f ON f.id = c.form_id ORDER BY f.sort_order, c.regime, c.issuer_level`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []award.FormCoefficients
	for rows.Next() {
		var fc award.FormCoefficients
		var issuer string
		if err := rows.Scan(&fc.Form, &fc.Regime, &issuer, &fc.Individual, &fc.Collective); err != nil {
			return nil, err
		}
		fc.Issuer = award.Level(issuer)
		out = append(out, fc)
	}
	return out, rows.Err()
}

// SetCoefficients sets a form's coefficients under a regime, for every
// issuer (issuer "") or for an issuer's level only (a commune chairman's
// Giấy khen); 0 means the form is not given to that kind of nominee. For
// a level's own row, 0 for both kinds removes the row: the row for every
// issuer applies to that level again.
func (s *Store) SetCoefficients(ctx context.Context, formID int64, regime string, issuer award.Level, individual, collective award.Coefficient) error {
	switch issuer {
	case "", award.LevelProvince, award.LevelDistrict, award.LevelCommune:
	default:
		return fmt.Errorf("cấp ban hành %q không hợp lệ", issuer)
	}
	return s.write(ctx, func(t *Tx) error {
		var oi, oc sql.NullInt64
		err := t.queryRow(`SELECT individual, collective FROM award_coefficients WHERE form_id = ? AND regime = ? AND issuer_level = ?`,
			formID, regime, string(issuer)).Scan(&oi, &oc)
		var before any
		if err == nil {
			before = map[string]any{"individual": oi.Int64, "collective": oc.Int64}
		}
		after := map[string]any{"regime": regime, "issuer_level": string(issuer), "individual": int64(individual), "collective": int64(collective)}
		if issuer != "" && individual <= 0 && collective <= 0 {
			if _, err := t.exec(`DELETE FROM award_coefficients WHERE form_id = ? AND regime = ? AND issuer_level = ?`, formID, regime, string(issuer)); err != nil {
				return failed(err, "không xóa được hệ số")
			}
			return t.audit("award_coefficients", formID, "delete", before, after)
		}
		if _, err := t.exec(`INSERT INTO award_coefficients(form_id, regime, issuer_level, individual, collective) VALUES (?,?,?,?,?)
			ON CONFLICT(form_id, regime, issuer_level) DO UPDATE SET individual = excluded.individual, collective = excluded.collective`,
			formID, regime, string(issuer), nullCoef(individual), nullCoef(collective)); err != nil {
			return failed(err, "không lưu được hệ số")
		}
		return t.audit("award_coefficients", formID, "set", before, after)
	})
}

// SetHousehold sets what a household receives under a regime, as a
// multiple of a person's coefficient (1500: 1,5 times; 0: no rule, so no
// prize for households under that regime).
func (s *Store) SetHousehold(ctx context.Context, regime string, factor award.Coefficient) error {
	if factor < 0 {
		return fmt.Errorf("hệ số hộ gia đình không được âm")
	}
	return s.write(ctx, func(t *Tx) error {
		var old sql.NullInt64
		if err := t.queryRow(`SELECT household FROM award_regimes WHERE code = ?`, regime).Scan(&old); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("nghị định %s: %w", regime, ErrNotFound)
			}
			return err
		}
		if _, err := t.exec(`UPDATE award_regimes SET household = ? WHERE code = ?`, nullCoef(factor), regime); err != nil {
			return failed(err, "không lưu được hệ số hộ gia đình")
		}
		return t.audit("award_regimes", 0, "household", map[string]any{"regime": regime, "household": old.Int64},
			map[string]any{"regime": regime, "household": int64(factor)})
	})
}

// PrizeMoney is the prize for an award form and kind of nominee on a
// decision date, under the regime and base salary in force that day.
func (s *Store) PrizeMoney(ctx context.Context, form string, kind award.Kind, date time.Time) (int64, error) {
	t, err := s.moneyTables(ctx)
	if err != nil {
		return 0, err
	}
	return t.money(form, kind, date)
}

// moneyTables holds the rule tables read once for a batch of computations,
// with the settings that choose among them (rounding, the issuer's level).
type moneyTables struct {
	award.Tables
}

func (s *Store) moneyTables(ctx context.Context) (moneyTables, error) {
	var t moneyTables
	var err error
	if t.Forms, err = s.Coefficients(ctx); err != nil {
		return t, err
	}
	if t.Regimes, err = s.Regimes(ctx); err != nil {
		return t, err
	}
	if t.Salaries, err = s.BaseSalaries(ctx); err != nil {
		return t, err
	}
	set, err := s.Settings(ctx)
	if err != nil {
		return t, err
	}
	t.Rounding = set.Rounding
	t.Issuer, err = s.issuerLevel(ctx, set)
	return t, err
}

func (t moneyTables) money(form string, kind award.Kind, date time.Time) (int64, error) {
	return t.Money(form, kind, date)
}

// Competence lists who may grant each form, with dates.
func (s *Store) Competence(ctx context.Context) ([]award.Competence, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT f.name, c.level, c.effective_from, c.effective_to
		FROM award_competence c JOIN award_forms f ON f.id = c.form_id ORDER BY f.sort_order, c.level, c.effective_from`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []award.Competence
	for rows.Next() {
		var c award.Competence
		var level, from, to string
		if err := rows.Scan(&c.Form, &level, &from, &to); err != nil {
			return nil, err
		}
		c.Level = award.Level(level)
		if c.From, err = time.Parse(isoDate, from); err != nil {
			return nil, err
		}
		if to != "" {
			if c.To, err = time.Parse(isoDate, to); err != nil {
				return nil, err
			}
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// IssuerLevel is the level of the committee that issues the documents:
// the unit of the setting issuer_unit (a province, a district until
// 30/6/2025, a commune), else the user's province; "" when neither is set.
func (s *Store) IssuerLevel(ctx context.Context) (award.Level, error) {
	set, err := s.Settings(ctx)
	if err != nil {
		return "", err
	}
	return s.issuerLevel(ctx, set)
}

func (s *Store) issuerLevel(ctx context.Context, set Settings) (award.Level, error) {
	code := set.IssuerUnit
	if code == "" {
		code = set.ProvinceCode
	}
	if code == "" {
		return "", nil
	}
	structures := []string{set.Structure}
	if set.Structure == "" {
		structures = []string{assets.Source202507, assets.Source202503}
	}
	for _, structure := range structures {
		u, err := s.UnitByCode(ctx, structure, code)
		if err == nil {
			return unitLevel(u), nil
		}
		if !errors.Is(err, ErrNotFound) {
			return "", err
		}
	}
	return "", fmt.Errorf("đơn vị ban hành (issuer_unit) %q không có trong cây đơn vị hành chính: %w", code, ErrNotFound)
}

// unitLevel is the level of a unit's people's committee.
func unitLevel(u Unit) award.Level {
	switch {
	case u.Level == 1:
		return award.LevelProvince
	case election.IsCommuneType(u.Type):
		return award.LevelCommune
	}
	return award.LevelDistrict
}

// nullCoef stores "not given to that kind" (0) as NULL.
func nullCoef(c award.Coefficient) any {
	if c <= 0 {
		return nil
	}
	return int64(c)
}
