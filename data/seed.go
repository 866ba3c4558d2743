package data

import (
	"tdkt/data/award"
)

// seeds are Go steps that run inside a migration's transaction, after its
// SQL: they fill new rule tables from the defaults kept in data/award, the
// one place those values are written down.
var seeds = map[int]func(*Tx) error{
	1: seedAwardTables,
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
		if _, err := t.exec(`INSERT INTO award_coefficients(form_id, regime, individual, collective) VALUES (?,?,?,?)`,
			ids[fc.Form], fc.Regime, nullCoef(fc.Individual), nullCoef(fc.Collective)); err != nil {
			return err
		}
	}
	return nil
}
