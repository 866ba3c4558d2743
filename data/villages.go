package data

import (
	"context"
	"fmt"
	"strings"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// checkVillage validates a village's type and name and returns the stored name.
func checkVillage(typ, name string) (string, error) {
	typ = vn.Clean(typ)
	if !validVillageType(typ) {
		return "", fmt.Errorf("loại đơn vị %q không hợp lệ: chọn một trong %s", typ, strings.Join(VillageTypes, ", "))
	}
	if strings.TrimSpace(vn.Clean(name)) == "" {
		return "", fmt.Errorf("tên thôn, tổ dân phố không được để trống")
	}
	full := villageName(typ, name)
	if len([]rune(full)) > 200 {
		return "", fmt.Errorf("tên %q quá dài (tối đa 200 ký tự)", full)
	}
	return full, nil
}

// AddVillage adds a village or residential group below a commune.
func (s *Store) AddVillage(ctx context.Context, communeID int64, typ, name string) (Unit, error) {
	full, err := checkVillage(typ, name)
	if err != nil {
		return Unit{}, err
	}
	parent, err := s.Unit(ctx, communeID)
	if err != nil {
		return Unit{}, err
	}
	if !parent.Official || !election.IsCommuneType(parent.Type) {
		return Unit{}, fmt.Errorf("chỉ thêm được thôn, tổ dân phố vào một xã, phường, thị trấn; %q không phải", parent.Name)
	}
	var id int64
	err = s.write(ctx, func(t *Tx) error {
		id, err = t.addVillage(parent, typ, full)
		return err
	})
	if err != nil {
		return Unit{}, err
	}
	return s.Unit(ctx, id)
}

// addVillage inserts a village, checked by checkVillage (full is its
// stored name), below the commune parent.
func (t *Tx) addVillage(parent Unit, typ, full string) (int64, error) {
	var dup int
	if err := t.queryRow(`SELECT COUNT(*) FROM units WHERE parent_id = ? AND search = ?`, parent.ID, vn.Fold(full)).Scan(&dup); err != nil {
		return 0, err
	}
	if dup > 0 {
		return 0, fmt.Errorf("%s đã có %q", parent.Name, full)
	}
	r, err := t.exec(`INSERT INTO units(structure, code, name, type, level, parent_id, official, search)
		VALUES (?, NULL, ?, ?, ?, ?, 0, ?)`, parent.Structure, full, vn.Clean(typ), parent.Level+1, parent.ID, vn.Fold(full))
	if err != nil {
		return 0, err
	}
	id, _ := r.LastInsertId()
	return id, t.audit("units", id, "insert", nil, map[string]any{"name": full, "type": typ, "parent": parent.Name})
}

// RenameVillage changes a user-added unit's type and name. Official units
// cannot be renamed (the database refuses it too).
func (s *Store) RenameVillage(ctx context.Context, id int64, typ, name string) error {
	full, err := checkVillage(typ, name)
	if err != nil {
		return err
	}
	old, err := s.Unit(ctx, id)
	if err != nil {
		return err
	}
	if old.Official {
		return fmt.Errorf("%q là đơn vị hành chính chính thức, không sửa được", old.Name)
	}
	return s.write(ctx, func(t *Tx) error {
		var dup int
		if err := t.queryRow(`SELECT COUNT(*) FROM units WHERE parent_id = ? AND search = ? AND id <> ?`, old.ParentID, vn.Fold(full), id).Scan(&dup); err != nil {
			return err
		}
		if dup > 0 {
			return fmt.Errorf("đơn vị cấp trên đã có %q", full)
		}
		if _, err := t.exec(`UPDATE units SET name = ?, type = ?, search = ? WHERE id = ?`, full, vn.Clean(typ), vn.Fold(full), id); err != nil {
			return err
		}
		return t.audit("units", id, "update", map[string]any{"name": old.Name, "type": old.Type}, map[string]any{"name": full, "type": typ})
	})
}

// RemoveVillage deletes a user-added unit. Official units cannot be removed,
// nor can a village that other records still refer to.
func (s *Store) RemoveVillage(ctx context.Context, id int64) error {
	old, err := s.Unit(ctx, id)
	if err != nil {
		return err
	}
	if old.Official {
		return fmt.Errorf("%q là đơn vị hành chính chính thức, không xóa được", old.Name)
	}
	return s.write(ctx, func(t *Tx) error {
		if _, err := t.exec(`DELETE FROM units WHERE id = ?`, id); err != nil {
			if strings.Contains(err.Error(), "FOREIGN KEY") {
				return fmt.Errorf("không xóa được %q: còn dữ liệu khác gắn với đơn vị này", old.Name)
			}
			return err
		}
		return t.audit("units", id, "delete", map[string]any{"name": old.Name, "type": old.Type}, nil)
	})
}
