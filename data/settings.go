package data

import (
	"context"
	"errors"
	"fmt"
	"strings"

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
	// empty: the default layout. It is the layout of the Bằng khen cá nhân
	// blank, as before there were several.
	CertificateLayout string
	// CertificateLayouts are the layouts of the other blanks (Bằng khen
	// tập thể, Giấy khen cá nhân, ...): a JSON object keyed by the blank,
	// "giay-khen/tap-the" (reports/pdf.ParseCertificateLayouts); a blank
	// absent from it has its default.
	CertificateLayouts string
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
		"cert_layouts":  &st.CertificateLayouts,
	}
}

// SettingKeys are the keys of every setting, in the order `tdkt settings`
// lists them.
var SettingKeys = []string{
	"structure", "province_code", "issuer_unit", "parent_body", "agency", "agency_short", "place", "authority",
	"signer_name", "signer_title", "signer_for", "proposer", "rounding", "font_dir", "cert_layout",
	"cert_layouts",
}

// settableKeys are the settings SetSetting changes. The structure and
// the province follow the first province built (SetupProvince); the
// certificate layouts are calibrated in the window.
var settableKeys = []string{
	"issuer_unit", "parent_body", "agency", "agency_short", "place", "authority",
	"signer_name", "signer_title", "signer_for", "proposer", "rounding", "font_dir",
}

// SettableKeys are the keys SetSetting accepts, in the order of SettingKeys.
func SettableKeys() []string { return append([]string(nil), settableKeys...) }

// Value is the value of the setting key ("" for an unknown key).
func (st Settings) Value(key string) string {
	if p, ok := st.fields()[key]; ok {
		return *p
	}
	return ""
}

// ErrUnknownSetting is the error of SetSetting for a key it does not know.
var ErrUnknownSetting = errors.New("không có cài đặt này")

// SetSetting changes one setting, checked and cleaned to NFC, and records
// the change in the audit log:
//   - issuer_unit: the GSO code of an official unit of the user's
//     structure ("06" a province, "01891" a commune), or empty;
//   - rounding: award.RoundUp ("up") or award.RoundNearest ("nearest"),
//     or empty for the default (up);
//   - agency_short, signer_title and signer_for are written in capitals,
//     as documents print them;
//   - the other keys of SettableKeys take any text, empty to clear it.
func (s *Store) SetSetting(ctx context.Context, key, value string) error {
	key = strings.ToLower(strings.TrimSpace(key))
	settable := false
	for _, k := range settableKeys {
		settable = settable || k == key
	}
	if !settable {
		return fmt.Errorf("%w: %q; các cài đặt đổi được: %s", ErrUnknownSetting, key, strings.Join(settableKeys, ", "))
	}
	st, err := s.Settings(ctx)
	if err != nil {
		return failed(err, "không đọc được cài đặt")
	}
	value = vn.Clean(value)
	switch key {
	case "issuer_unit":
		if value == "" {
			break
		}
		if st.Structure == "" {
			return fmt.Errorf("chưa có cây đơn vị hành chính của tỉnh: hãy tạo trước (tdkt units load --source 2025-07 --province MÃ)")
		}
		u, err := s.UnitByCode(ctx, st.Structure, value)
		if errors.Is(err, ErrNotFound) {
			return fmt.Errorf("issuer_unit: không có đơn vị hành chính mã %q trong danh mục %s của tỉnh; cần mã của tỉnh hoặc xã ban hành văn bản, ví dụ %q",
				value, st.Structure, st.ProvinceCode)
		} else if err != nil {
			return failed(err, "không đọc được đơn vị hành chính %s", value)
		}
		value = u.Code
	case "rounding":
		switch strings.ToLower(value) {
		case "", award.RoundUp, award.RoundNearest:
			value = strings.ToLower(value)
		default:
			return fmt.Errorf("rounding: %q không hợp lệ; ghi %s (làm tròn lên hàng chục nghìn đồng, mặc định) hoặc %s (làm tròn đến hàng chục nghìn đồng gần nhất)",
				value, award.RoundUp, award.RoundNearest)
		}
	case "agency_short", "signer_title", "signer_for":
		value = strings.ToUpper(value)
	}
	*st.fields()[key] = value
	if err := s.SaveSettings(ctx, st); err != nil {
		return failed(err, "không lưu được cài đặt %s", key)
	}
	return nil
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
