package data

import (
	"context"
	"errors"

	"tdkt/data/award"
	"tdkt/data/problem"
	"tdkt/data/vn"
)

// Settings are the agency's own details, used in documents and reports.
type Settings struct {
	Structure    string // the structure of the user's own province: 2025-03 or 2025-07
	ProvinceCode string // GSO code of the user's province
	ParentBody   string // cơ quan chủ quản, e.g. "UBND TỈNH BẮC KẠN" (empty for the UBND itself)
	Agency       string // cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
	AgencyShort  string // the symbol in document numbers, e.g. "UBND" in "123/QĐ-UBND"
	Place        string // địa danh in dates: "Bắc Kạn, ngày ..."
	Authority    string // thẩm quyền ban hành: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"
	SignerName   string // default signer
	SignerTitle  string // "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"
	SignerFor    string // "" or "KT. CHỦ TỊCH" when a deputy signs
	Proposer     string // "Giám đốc Sở Nội vụ" in "Theo đề nghị của ..."
	FontDir      string // where Times New Roman is looked for; empty: the system fonts folder
	// IssuerUnit is the GSO code of the unit whose people's committee
	// issues the documents ("06" a province, "01891" a commune): its level
	// decides competence (who may grant what) and the coefficients that
	// depend on the issuer.
	IssuerUnit string
	// Rounding is how prize money is rounded to tens of thousands of đồng:
	// award.RoundUp (the default, also when empty) or award.RoundNearest.
	Rounding string
	// CertificateLayout is the calibrated position of each field on the
	// pre-printed certificate blank (JSON of reports/pdf.CertificateLayout);
	// empty: the default layout.
	CertificateLayout string
}

// fields maps each setting to its key in the settings table.
func (st *Settings) fields() map[string]*string {
	return map[string]*string{
		"structure":     &st.Structure,
		"province_code": &st.ProvinceCode,
		"parent_body":   &st.ParentBody,
		"agency":        &st.Agency,
		"agency_short":  &st.AgencyShort,
		"place":         &st.Place,
		"authority":     &st.Authority,
		"signer_name":   &st.SignerName,
		"signer_title":  &st.SignerTitle,
		"signer_for":    &st.SignerFor,
		"proposer":      &st.Proposer,
		"font_dir":      &st.FontDir,
		"issuer_unit":   &st.IssuerUnit,
		"rounding":      &st.Rounding,
		"cert_layout":   &st.CertificateLayout,
	}
}

// Settings reads the settings; missing keys are empty.
func (s *Store) Settings(ctx context.Context) (Settings, error) {
	var st Settings
	f := st.fields()
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM settings`)
	if err != nil {
		return st, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return st, err
		}
		if p, ok := f[k]; ok {
			*p = v
		}
	}
	return st, rows.Err()
}

// SaveSettings writes every setting (cleaned to NFC) in one transaction and
// records the changed ones in the audit log.
func (s *Store) SaveSettings(ctx context.Context, st Settings) error {
	old, err := s.Settings(ctx)
	if err != nil {
		return err
	}
	oldF := old.fields()
	if err := s.checkSettings(ctx, st); err != nil {
		return err
	}
	return s.write(ctx, func(t *Tx) error {
		before, after := map[string]string{}, map[string]string{}
		for k, p := range st.fields() {
			v := vn.Clean(*p)
			if v == *oldF[k] {
				continue
			}
			if _, err := t.exec(`INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`, k, v); err != nil {
				return failed(err, "không lưu được cài đặt %s", k)
			}
			before[k], after[k] = *oldF[k], v
		}
		if len(after) == 0 {
			return nil
		}
		return t.audit("settings", 0, "update", before, after)
	})
}

// checkSettings refuses settings the program could not use: a rounding
// rule it does not know, an issuing unit that is not in the unit tree.
func (s *Store) checkSettings(ctx context.Context, st Settings) error {
	switch vn.Clean(st.Rounding) {
	case "", award.RoundUp, award.RoundNearest:
	default:
		p := problem.New("rounding", problem.Required, "cách làm tròn tiền thưởng %q không hợp lệ: %q (lên hàng chục nghìn) hoặc %q (gần nhất)", st.Rounding, award.RoundUp, award.RoundNearest)
		return &p
	}
	if code := vn.Clean(st.IssuerUnit); code != "" {
		st.IssuerUnit = code
		if _, err := s.issuerLevel(ctx, st); err != nil {
			if errors.Is(err, ErrNotFound) {
				p := problem.New("issuer_unit", problem.Unit, "đơn vị ban hành %q không có trong cây đơn vị hành chính: ghi mã đơn vị (ví dụ 06 cho một tỉnh, 01891 cho một xã) của tỉnh đã tạo", code)
				return &p
			}
			return err
		}
	}
	return nil
}
