package data

import (
	"fmt"

	"tdkt/data/award"
)

// seeds are Go steps that run inside a migration's transaction, after its
// SQL: they fill new rule tables from the defaults kept in data/award, the
// one place those values are written down.
var seeds = map[int]func(*Tx) error{
	1: seedAwardTables,
	5: seedMoneyTables,
}

// formAuthority says who grants each seeded award form, in display order.
var formAuthority = []struct{ form, authority string }{
	{award.FormBangKhenThuTuong, "Thủ tướng Chính phủ"},
	{award.FormCoThiDuaTinh, "Chủ tịch UBND tỉnh"},
	{award.FormBangKhenTinh, "Chủ tịch UBND tỉnh"},
	{award.FormChienSiTinh, "Chủ tịch UBND tỉnh"},
	{award.FormTapTheXuatSac, "Thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã"},
	{award.FormChienSiCoSo, "Thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã"},
	{award.FormGiayKhen, "Thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã"},
	{award.FormLaoDongTienTien, "Thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã"},
	{award.FormTapTheTienTien, "Thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã"},
	{award.FormXaTieuBieu, "Chủ tịch UBND tỉnh"},
	{award.FormThonVanHoa, "Chủ tịch UBND cấp huyện, cấp xã"},
}

// oldRegimeNames are the regime names schema 1 seeded; schema 5 replaces
// them by the names with full dates unless the user changed them.
var oldRegimeNames = map[string]string{
	award.Decree91of2017:  "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
	award.Decree98of2023:  "Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
	award.Decree152of2025: "Nghị định số 152/2025/NĐ-CP của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
}

// seedMoneyTables completes the rule tables of an existing database with
// what schema 5 knows (the 2026 base salary, the regimes' full names and
// household rule, the new titles, the issuer-dependent and older-regime
// coefficients, competence), keeping every value a user entered.
func seedMoneyTables(t *Tx) error {
	if err := t.allowHouseholds(); err != nil {
		return err
	}
	for _, b := range award.DefaultBaseSalaries {
		if _, err := t.exec(`INSERT OR IGNORE INTO base_salaries(effective_from, amount) VALUES (?, ?)`, b.From.Format(isoDate), b.Amount); err != nil {
			return err
		}
	}
	for _, r := range award.DefaultRegimes {
		if _, err := t.exec(`UPDATE award_regimes SET name = ? WHERE code = ? AND name = ?`, r.Name, r.Code, oldRegimeNames[r.Code]); err != nil {
			return err
		}
		if r.Household > 0 {
			if _, err := t.exec(`UPDATE award_regimes SET household = ? WHERE code = ? AND household IS NULL`, int64(r.Household), r.Code); err != nil {
				return err
			}
		}
	}
	ids, err := t.formIDs()
	if err != nil {
		return err
	}
	for _, f := range formAuthority {
		if _, ok := ids[f.form]; ok {
			continue
		}
		r, err := t.exec(`INSERT INTO award_forms(name, authority, sort_order) VALUES (?, ?, (SELECT COALESCE(MAX(sort_order), 0) + 10 FROM award_forms))`, f.form, f.authority)
		if err != nil {
			return err
		}
		ids[f.form], _ = r.LastInsertId()
	}
	for _, fc := range award.DefaultForms {
		if _, err := t.exec(`INSERT OR IGNORE INTO award_coefficients(form_id, regime, issuer_level, individual, collective) VALUES (?,?,?,?,?)`,
			ids[fc.Form], fc.Regime, string(fc.Issuer), nullCoef(fc.Individual), nullCoef(fc.Collective)); err != nil {
			return err
		}
	}
	for _, c := range award.DefaultCompetence {
		to := ""
		if !c.To.IsZero() {
			to = c.To.Format(isoDate)
		}
		if _, err := t.exec(`INSERT OR IGNORE INTO award_competence(form_id, level, effective_from, effective_to) VALUES (?,?,?,?)`,
			ids[c.Form], string(c.Level), c.From.Format(isoDate), to); err != nil {
			return err
		}
	}
	return nil
}

// formIDs maps the award forms' names to their ids.
func (t *Tx) formIDs() (map[string]int64, error) {
	rows, err := t.tx.Query(`SELECT id, name FROM award_forms`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := map[string]int64{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, err
		}
		ids[name] = id
	}
	return ids, rows.Err()
}

func seedAwardTables(t *Tx) error {
	for _, b := range award.DefaultBaseSalaries {
		if _, err := t.exec(`INSERT INTO base_salaries(effective_from, amount) VALUES (?, ?)`, b.From.Format(isoDate), b.Amount); err != nil {
			return err
		}
	}
	for _, r := range award.DefaultRegimes {
		to := ""
		if !r.To.IsZero() {
			to = r.To.Format(isoDate)
		}
		if _, err := t.exec(`INSERT INTO award_regimes(code, name, effective_from, effective_to) VALUES (?,?,?,?)`,
			r.Code, r.Name, r.From.Format(isoDate), to); err != nil {
			return err
		}
	}
	ids := map[string]int64{}
	for i, f := range formAuthority {
		r, err := t.exec(`INSERT INTO award_forms(name, authority, sort_order) VALUES (?,?,?)`, f.form, f.authority, (i+1)*10)
		if err != nil {
			return err
		}
		ids[f.form], _ = r.LastInsertId()
	}
	for _, fc := range award.DefaultForms {
		if fc.Issuer != "" {
			continue // schema 5 adds the rows that depend on the issuer
		}
		if _, err := t.exec(`INSERT INTO award_coefficients(form_id, regime, individual, collective) VALUES (?,?,?,?)`,
			ids[fc.Form], fc.Regime, nullCoef(fc.Individual), nullCoef(fc.Collective)); err != nil {
			return err
		}
	}
	return nil
}

// kindCheck is the constraint schemas 3 and 4 put on a nominee's kind;
// schema 5 lets households in.
const (
	kindCheckOld = "CHECK (kind IN ('Cá nhân', 'Tập thể'))"
	kindCheckNew = "CHECK (kind IN ('Cá nhân', 'Tập thể', 'Hộ gia đình'))"
)

// allowHouseholds widens the CHECK on the kind of nominees and decision
// items to households. Relaxing a CHECK changes no stored byte, so it is
// done the way SQLite documents for such changes ("Making Other Kinds Of
// Table Schema Changes"): rewrite the table's CREATE statement in the
// schema table and bump the schema version, inside the migration's
// transaction; the integrity check must stay clean.
func (t *Tx) allowHouseholds() error {
	var version int64
	if err := t.queryRow(`PRAGMA schema_version`).Scan(&version); err != nil {
		return err
	}
	if _, err := t.exec(`PRAGMA writable_schema = ON`); err != nil {
		return err
	}
	r, err := t.exec(`UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name IN ('nominees', 'decision_items')`,
		kindCheckOld, kindCheckNew)
	if err != nil {
		return err
	}
	if n, _ := r.RowsAffected(); n != 2 {
		return fmt.Errorf("schema 5: %d tables had the kind constraint, want 2", n)
	}
	if _, err := t.exec(fmt.Sprintf(`PRAGMA schema_version = %d`, version+1)); err != nil {
		return err
	}
	if _, err := t.exec(`PRAGMA writable_schema = OFF`); err != nil {
		return err
	}
	var ok string
	if err := t.queryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		return fmt.Errorf("schema 5: integrity check after widening the kind: %q, %v", ok, err)
	}
	return nil
}
