package data

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"

	"tdkt/data/vn"
)

// ProposerKind says whether a proposing organisation is an agency or a
// locality.
type ProposerKind string

// The kinds of proposing organisation.
const (
	ProposerAgency   ProposerKind = "Cơ quan"    // sở, ban, ngành, đoàn thể
	ProposerLocality ProposerKind = "Địa phương" // UBND of a district or commune
)

// Proposer is a proposing organisation (đơn vị đề nghị).
type Proposer struct {
	ID     int64
	Name   string
	Kind   ProposerKind
	UnitID int64 // the administrative unit of a locality; 0 when not known
}

// Proposers lists the proposing organisations in Vietnamese alphabetical order.
func (s *Store) Proposers(ctx context.Context) ([]Proposer, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, kind, COALESCE(unit_id, 0) FROM proposers`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Proposer
	var keys [][]byte
	for rows.Next() {
		var p Proposer
		var kind string
		if err := rows.Scan(&p.ID, &p.Name, &kind, &p.UnitID); err != nil {
			return nil, err
		}
		p.Kind = ProposerKind(kind)
		out = append(out, p)
		keys = append(keys, vn.SortKey(p.Name))
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return bytes.Compare(keys[idx[a]], keys[idx[b]]) < 0 })
	sorted := make([]Proposer, len(out))
	for i, j := range idx {
		sorted[i] = out[j]
	}
	return sorted, rows.Err()
}

// SaveProposer creates (ID 0) or changes a proposing organisation. A
// locality's unit is found from its name when not given.
func (s *Store) SaveProposer(ctx context.Context, p Proposer) (Proposer, error) {
	p.Name = vn.Clean(p.Name)
	if p.Name == "" {
		return p, fmt.Errorf("tên đơn vị đề nghị không được để trống")
	}
	if p.Kind != ProposerAgency && p.Kind != ProposerLocality {
		return p, fmt.Errorf("loại đơn vị đề nghị %q không hợp lệ: cần %q hoặc %q", p.Kind, ProposerAgency, ProposerLocality)
	}
	err := s.write(ctx, func(t *Tx) error {
		if p.Kind == ProposerLocality && p.UnitID == 0 {
			id, err := t.localityUnit(p.Name)
			if err != nil {
				return err
			}
			p.UnitID = id
		}
		if p.Kind == ProposerAgency {
			p.UnitID = 0
		}
		var other int64
		err := t.queryRow(`SELECT id FROM proposers WHERE search = ? AND id <> ?`, vn.Fold(p.Name), p.ID).Scan(&other)
		if err == nil {
			return fmt.Errorf("đã có đơn vị đề nghị %q", p.Name)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if p.ID == 0 {
			r, err := t.exec(`INSERT INTO proposers(name, kind, unit_id, search) VALUES (?,?,?,?)`, p.Name, string(p.Kind), nullableID(p.UnitID), vn.Fold(p.Name))
			if err != nil {
				return failed(err, "không thêm được đơn vị đề nghị %q", p.Name)
			}
			p.ID, _ = r.LastInsertId()
			return t.audit("proposers", p.ID, "insert", nil, p)
		}
		r, err := t.exec(`UPDATE proposers SET name = ?, kind = ?, unit_id = ?, search = ? WHERE id = ?`, p.Name, string(p.Kind), nullableID(p.UnitID), vn.Fold(p.Name), p.ID)
		if err != nil {
			return failed(err, "không lưu được đơn vị đề nghị %q", p.Name)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return fmt.Errorf("đơn vị đề nghị %d: %w", p.ID, ErrNotFound)
		}
		return t.audit("proposers", p.ID, "update", nil, p)
	})
	return p, err
}

// localityPrefixes are the words in front of a unit's name in the name of
// its People's Committee: "UBND huyện Ba Bể" names "Huyện Ba Bể".
var localityPrefixes = []string{"ubnd ", "uy ban nhan dan ", "ub "}

// localityUnit finds the administrative unit a locality's name names, in
// the user's own structure first; 0 when none does.
func (t *Tx) localityUnit(name string) (int64, error) {
	f := vn.Fold(name)
	for _, p := range localityPrefixes {
		if rest, ok := strings.CutPrefix(f, p); ok {
			f = rest
			break
		}
	}
	var id int64
	err := t.queryRow(`SELECT u.id FROM units u LEFT JOIN settings s ON s.key = 'structure'
		WHERE u.search = ? AND u.official = 1 ORDER BY (u.structure = COALESCE(s.value, '')) DESC, u.level LIMIT 1`, f).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// proposer returns the id of the proposing organisation named name,
// creating it if new: a locality when the name names an administrative
// unit, an agency otherwise. An empty name is 0 (none).
func (ins *nominationInserter) proposer(name string) (int64, error) {
	name = vn.Clean(name)
	if name == "" {
		return 0, nil
	}
	f := vn.Fold(name)
	if id, ok := ins.proposers[f]; ok {
		return id, nil
	}
	var id int64
	err := ins.t.queryRow(`SELECT id FROM proposers WHERE search = ?`, f).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		unit, uerr := ins.t.localityUnit(name)
		if uerr != nil {
			return 0, uerr
		}
		kind := ProposerAgency
		if unit != 0 {
			kind = ProposerLocality
		}
		r, ierr := ins.t.exec(`INSERT INTO proposers(name, kind, unit_id, search) VALUES (?,?,?,?)`, name, string(kind), nullableID(unit), f)
		if ierr != nil {
			return 0, fmt.Errorf("không thêm được đơn vị đề nghị %q: %w", name, ierr)
		}
		id, _ = r.LastInsertId()
		ins.newProposers++
		err = nil
	}
	if err != nil {
		return 0, err
	}
	ins.proposers[f] = id
	return id, nil
}
