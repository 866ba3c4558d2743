package data

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"strings"
	"time"

	"tdkt/assets"
	"tdkt/data/vn"
)

// Unit is an administrative unit (tỉnh, huyện, xã) from the official list,
// or a village / residential group (thôn, tổ dân phố) a user added below a
// commune.
type Unit struct {
	ID        int64
	Structure string // assets.Source202503 or assets.Source202507
	Code      string // GSO code; empty for user-added units
	Name      string // with its type word: "Xã Thiệu Ngọc"
	Type      string
	Level     int   // depth in the tree: 1 = tỉnh
	ParentID  int64 // 0 for a province
	Official  bool
	Merged    string // 2025-07: old codes merged into it
	Children  int    // number of direct children
}

// VillageTypes are the kinds of unit a user may add below a commune.
var VillageTypes = []string{"Thôn", "Tổ dân phố", "Bản", "Ấp", "Khu phố", "Khối", "Xóm", "Buôn", "Làng", "Phum", "Sóc"}

const unitCols = `u.id, u.structure, COALESCE(u.code, ''), u.name, u.type, u.level, COALESCE(u.parent_id, 0), u.official, u.merged,
	(SELECT COUNT(*) FROM units c WHERE c.parent_id = u.id)`

func scanUnit(sc interface{ Scan(...any) error }) (Unit, error) {
	var u Unit
	err := sc.Scan(&u.ID, &u.Structure, &u.Code, &u.Name, &u.Type, &u.Level, &u.ParentID, &u.Official, &u.Merged, &u.Children)
	return u, err
}

func (s *Store) queryUnits(ctx context.Context, q string, args ...any) ([]Unit, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Unit
	for rows.Next() {
		u, err := scanUnit(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// LoadResult says what loading an official province did.
type LoadResult struct {
	Province Unit
	Added    int // units created now
	Total    int // units of the province in the official list
	// Own is set by SetupProvince when the province is the user's own
	// (the settings follow it), false for another province.
	Own bool
}

// LoadOfficial creates the province's unit tree from the embedded official
// list of the given structure. Units already present are left as they are,
// so loading the same province twice changes nothing.
func (s *Store) LoadOfficial(ctx context.Context, source, provinceCode string) (LoadResult, error) {
	var res LoadResult
	err := s.write(ctx, func(t *Tx) error {
		var err error
		res, err = t.loadOfficial(source, provinceCode)
		return err
	})
	if err != nil {
		return LoadResult{}, err
	}
	p, err := s.UnitByCode(ctx, source, provinceCode)
	res.Province = p
	return res, err
}

// loadOfficial is LoadOfficial inside a transaction (res.Province is not filled).
func (t *Tx) loadOfficial(source, provinceCode string) (LoadResult, error) {
	list, err := assets.Province(source, provinceCode)
	if err != nil {
		return LoadResult{}, err
	}
	res := LoadResult{Total: len(list)}
	err = func() error {
		ids := map[string]int64{}
		for _, u := range list {
			var parent any
			if u.Parent != "" {
				id, ok := ids[u.Parent]
				if !ok {
					return fmt.Errorf("danh mục %s: đơn vị %s có đơn vị cấp trên %s không có trong danh mục", source, u.Code, u.Parent)
				}
				parent = id
			}
			merged := make([]string, len(u.Merged))
			for i, m := range u.Merged {
				merged[i] = m.Code + map[bool]string{true: ":f", false: ":p"}[m.Full]
			}
			r, err := t.exec(`INSERT INTO units(structure, code, name, type, level, parent_id, official, merged, search)
				VALUES (?,?,?,?,?,?,1,?,?) ON CONFLICT(structure, code) DO NOTHING`,
				source, u.Code, u.Name, u.Type, u.Level, parent, strings.Join(merged, ","), vn.Fold(u.Name))
			if err != nil {
				return fmt.Errorf("không thêm được đơn vị %s %s: %w", u.Code, u.Name, err)
			}
			n, _ := r.RowsAffected()
			res.Added += int(n)
			var id int64
			if err := t.queryRow(`SELECT id FROM units WHERE structure = ? AND code = ?`, source, u.Code).Scan(&id); err != nil {
				return err
			}
			ids[u.Code] = id
		}
		if res.Added == 0 {
			return nil
		}
		return t.audit("units", ids[provinceCode], "load",
			nil, map[string]any{"structure": source, "province": provinceCode, "added": res.Added})
	}()
	return res, err
}

// UnitByCode finds an official unit by structure and GSO code.
func (s *Store) UnitByCode(ctx context.Context, structure, code string) (Unit, error) {
	u, err := scanUnit(s.db.QueryRowContext(ctx, `SELECT `+unitCols+` FROM units u WHERE u.structure = ? AND u.code = ?`, structure, code))
	if err == sql.ErrNoRows {
		return Unit{}, fmt.Errorf("đơn vị mã %s (%s): %w", code, structure, ErrNotFound)
	}
	return u, err
}

// Unit finds a unit by its id.
func (s *Store) Unit(ctx context.Context, id int64) (Unit, error) {
	u, err := scanUnit(s.db.QueryRowContext(ctx, `SELECT `+unitCols+` FROM units u WHERE u.id = ?`, id))
	if err == sql.ErrNoRows {
		return Unit{}, fmt.Errorf("đơn vị %d: %w", id, ErrNotFound)
	}
	return u, err
}

// Children lists the direct children of a unit (parentID 0: the provinces),
// official units by code, then user-added ones by name.
func (s *Store) Children(ctx context.Context, parentID int64) ([]Unit, error) {
	if parentID == 0 {
		return s.queryUnits(ctx, `SELECT `+unitCols+` FROM units u WHERE u.parent_id IS NULL ORDER BY u.structure DESC, u.code`)
	}
	return s.queryUnits(ctx, `SELECT `+unitCols+` FROM units u WHERE u.parent_id = ? ORDER BY u.official DESC, u.code, u.name`, parentID)
}

// Subtree lists a unit and all its descendants in tree order.
func (s *Store) Subtree(ctx context.Context, rootID int64) ([]Unit, error) {
	return s.queryUnits(ctx, `WITH RECURSIVE t(id, path) AS (
			SELECT id, printf('%08d', 0) FROM units WHERE id = ?
			UNION ALL
			SELECT c.id, t.path || '/' || printf('%d%s', 1 - c.official, COALESCE(c.code, c.name))
			FROM units c JOIN t ON c.parent_id = t.id)
		SELECT `+unitCols+` FROM t JOIN units u ON u.id = t.id ORDER BY t.path`, rootID)
}

// HasUnits reports whether any unit has been loaded yet.
func (s *Store) HasUnits(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM units)`).Scan(&n)
	return n == 1, err
}

// SearchUnits finds units whose name contains the query, ignoring case,
// diacritics and đ/d ("thieu ngoc" finds "Xã Thiệu Ngọc").
func (s *Store) SearchUnits(ctx context.Context, query string, limit int) ([]Unit, error) {
	q := vn.Fold(query)
	if q == "" {
		return nil, nil
	}
	like := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(q) + "%"
	return s.queryUnits(ctx, `SELECT `+unitCols+` FROM units u WHERE u.search LIKE ? ESCAPE '\'
		ORDER BY u.level, u.code, u.name LIMIT ?`, like, limit)
}

// Ancestors returns the chain from the province down to the unit itself.
func (s *Store) Ancestors(ctx context.Context, id int64) ([]Unit, error) {
	var chain []Unit
	for id != 0 {
		u, err := s.Unit(ctx, id)
		if err != nil {
			return nil, err
		}
		chain = append([]Unit{u}, chain...)
		id = u.ParentID
	}
	return chain, nil
}

func validVillageType(t string) bool {
	for _, v := range VillageTypes {
		if v == t {
			return true
		}
	}
	return false
}

// villageName puts the type word in front of a village name unless the user
// already typed it: ("Thôn", "Thiện Phong") -> "Thôn Thiện Phong", and
// ("Thôn", "thôn Thiện Phong") -> "Thôn Thiện Phong".
func villageName(typ, name string) string {
	words := strings.Fields(vn.Clean(name))
	n := len(strings.Fields(typ))
	if len(words) > n && vn.Fold(strings.Join(words[:n], " ")) == vn.Fold(typ) {
		words = words[n:]
	}
	return typ + " " + strings.Join(words, " ")
}

// Successor says what became, on a date, of the unit of an official list
// that issues documents: nothing when the date is before 1/7/2025 or the
// unit belongs to the 2025-07 list (ok false); else the 2025-07 unit it
// was merged into ("Tỉnh Thái Nguyên"), "" when it was abolished (a
// district). A decision dated after that day in the old unit's name is
// void in form: the issuer warns.
func Successor(structure, code string, date time.Time) (name string, ok bool) {
	if structure != assets.Source202503 || code == "" || date.Before(twoLevelsFrom) {
		return "", false
	}
	units, err := assets.Units(assets.Source202507)
	if err != nil {
		log.Printf("units: the 2025-07 list: %v", err)
		return "", false
	}
	for _, u := range units {
		for _, m := range u.Merged {
			if m.Code == code {
				return u.Name, true
			}
		}
	}
	return "", true
}
