package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// Nominee is a person or a collective that can be proposed for awards. It
// is kept once and reused by every campaign that proposes it, so its award
// history is visible.
type Nominee struct {
	ID             int64
	Kind           award.Kind
	Name           string
	Birth          string // individuals: "YYYY-MM-DD", "YYYY" (year only) or ""
	Sex            string // "Nam", "Nữ" or ""
	Position       string // latest known chức vụ
	Workplace      string // latest known đơn vị công tác
	IDNumber       string // số định danh cá nhân, optional
	CollectiveKind string // collectives: cơ quan, đơn vị, xã, ...
}

// Key is the nominee's identity for duplicate checks.
func (n Nominee) Key() award.NomineeKey { return award.KeyFor(n.Kind, n.Name, n.Birth) }

// nomineeSortKey is the key a list is ordered by: the Vietnamese order of
// given names for people, the plain collation for collectives.
func nomineeSortKey(kind award.Kind, name string) []byte {
	if kind == award.Individual {
		return vn.NameSortKey(name)
	}
	return vn.SortKey(name)
}

const nomineeCols = `id, kind, name, birth, sex, position, workplace, id_number, collective_kind`

func scanNominee(sc interface{ Scan(...any) error }) (Nominee, error) {
	var n Nominee
	var kind string
	err := sc.Scan(&n.ID, &kind, &n.Name, &n.Birth, &n.Sex, &n.Position, &n.Workplace, &n.IDNumber, &n.CollectiveKind)
	n.Kind = award.Kind(kind)
	return n, err
}

// Nominee finds a nominee by id.
func (s *Store) Nominee(ctx context.Context, id int64) (Nominee, error) {
	n, err := scanNominee(s.db.QueryRowContext(ctx, `SELECT `+nomineeCols+` FROM nominees WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return n, fmt.Errorf("đối tượng khen thưởng %d: %w", id, ErrNotFound)
	}
	return n, err
}

// SameNominees lists the nominees that are the same as one described by
// kind, name and birth (award.NomineeKey.Same: the same name ignoring case
// and spaces, and for people the same birth, a bare year matching any date
// of that year). A name that differs only by its marks is not the same
// nominee (see award.Compare).
func (s *Store) SameNominees(ctx context.Context, kind award.Kind, name, birth string) ([]Nominee, error) {
	key := award.KeyFor(kind, award.NomineeName(kind, name), birth)
	if key.Folded == "" {
		return nil, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+nomineeCols+` FROM nominees WHERE kind = ? AND search = ? ORDER BY id`, string(kind), vn.Fold(name))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Nominee
	for rows.Next() {
		n, err := scanNominee(rows)
		if err != nil {
			return nil, err
		}
		if n.Key().Same(key) {
			out = append(out, n)
		}
	}
	return out, rows.Err()
}

// HistoryEntry is one nomination of a nominee, in any campaign.
type HistoryEntry struct {
	NominationID int64
	CampaignID   int64
	Campaign     string
	Year         int // of the campaign's plan, period end or start; 0 if unknown
	Form         string
	Rank         award.Rank
	Status       award.Status
	Position     string
	Workplace    string
}

// String writes the entry for a warning or a history list:
// "2021 – Bằng khen của Chủ tịch UBND tỉnh (Đề nghị) – Đợt thi đua ...".
func (h HistoryEntry) String() string {
	var b strings.Builder
	if h.Year > 0 {
		fmt.Fprintf(&b, "%d – ", h.Year)
	}
	b.WriteString(h.Form)
	if h.Rank != "" {
		b.WriteString(" hạng " + string(h.Rank))
	}
	fmt.Fprintf(&b, " (%s) – %s", h.Status, h.Campaign)
	return b.String()
}

// NomineeHistory lists every nomination of the nominees, newest campaign
// first: the award history a reviewer checks before proposing again.
func (s *Store) NomineeHistory(ctx context.Context, nomineeIDs ...int64) ([]HistoryEntry, error) {
	if len(nomineeIDs) == 0 {
		return nil, nil
	}
	args := make([]any, len(nomineeIDs))
	for i, id := range nomineeIDs {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, `SELECT n.id, c.id, c.name, c.plan_date, c.period_from, c.period_to, f.name, n.rank, n.status, n.position, n.workplace
		FROM nominations n JOIN campaigns c ON c.id = n.campaign_id JOIN award_forms f ON f.id = n.form_id
		WHERE n.nominee_id IN (`+inPlaceholders(len(args))+`)
		ORDER BY COALESCE(NULLIF(c.period_to, ''), NULLIF(c.plan_date, ''), c.period_from) DESC, c.id DESC, n.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []HistoryEntry
	for rows.Next() {
		var h HistoryEntry
		var plan, from, to, rank, status string
		if err := rows.Scan(&h.NominationID, &h.CampaignID, &h.Campaign, &plan, &from, &to, &h.Form, &rank, &status, &h.Position, &h.Workplace); err != nil {
			return nil, err
		}
		for _, d := range []string{to, plan, from} {
			if len(d) >= 4 {
				fmt.Sscanf(d[:4], "%d", &h.Year)
				break
			}
		}
		h.Rank, h.Status = award.Rank(rank), award.Status(status)
		out = append(out, h)
	}
	return out, rows.Err()
}

// UpdateNominee changes a nominee's details everywhere it is used. A
// person may not become the same as another nominee already proposed in
// one of the same campaigns.
func (s *Store) UpdateNominee(ctx context.Context, n Nominee) error {
	in := award.Entry{Kind: n.Kind, Name: n.Name, Birth: n.Birth, Sex: n.Sex, Position: n.Position,
		Workplace: n.Workplace, IDNumber: n.IDNumber, CollectiveKind: n.CollectiveKind}
	in, probs := award.CleanEntry(in, s.now())
	if len(probs) > 0 {
		return probs[0]
	}
	return s.write(ctx, func(t *Tx) error {
		old, err := scanNominee(t.queryRow(`SELECT `+nomineeCols+` FROM nominees WHERE id = ?`, n.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("đối tượng khen thưởng %d: %w", n.ID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if old.Kind != in.Kind {
			return fmt.Errorf("không đổi được %q từ %s sang %s: hãy xóa đề nghị và thêm lại", old.Name, old.Kind, in.Kind)
		}
		return t.updateNominee(n.ID, in, old)
	})
}

// updateNominee writes a nominee's new details and keeps the copies in its
// nominations in step.
func (t *Tx) updateNominee(id int64, in award.Entry, old Nominee) error {
	search, key := vn.Fold(in.Name), nomineeSortKey(in.Kind, in.Name)
	if _, err := t.exec(`UPDATE nominees SET name = ?, birth = ?, sex = ?, position = ?, workplace = ?, id_number = ?,
		collective_kind = ?, search = ?, sort_key = ? WHERE id = ?`,
		in.Name, in.Birth, in.Sex, in.Position, in.Workplace, in.IDNumber, in.CollectiveKind, search, key, id); err != nil {
		return failed(err, "không lưu được %q", in.Name)
	}
	if _, err := t.exec(`UPDATE nominations SET search = ?, sort_key = ? WHERE nominee_id = ?`, search, key, id); err != nil {
		return err
	}
	if old.Name != in.Name || old.Birth != in.Birth {
		// The same person twice in a campaign is refused after a change too.
		key := award.KeyFor(in.Kind, in.Name, in.Birth)
		rows, err := t.tx.Query(`SELECT c.name, o.name, o.birth FROM nominations a
			JOIN nominations b ON b.campaign_id = a.campaign_id AND b.nominee_id <> a.nominee_id AND b.kind = a.kind AND b.search = ?
			JOIN nominees o ON o.id = b.nominee_id JOIN campaigns c ON c.id = a.campaign_id
			WHERE a.nominee_id = ?`, search, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var campaign, name, birth string
			if err := rows.Scan(&campaign, &name, &birth); err != nil {
				return err
			}
			if award.KeyFor(in.Kind, name, birth).Same(key) {
				return fmt.Errorf("%s đã được đề nghị trong đợt %q: sau khi sửa, %s sẽ trùng với đối tượng đó; một thành tích chỉ được khen một lần",
					award.DescribeNominee(in.Kind, name, birth), campaign, award.DescribeNominee(in.Kind, in.Name, in.Birth))
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	n := Nominee{ID: id, Kind: in.Kind, Name: in.Name, Birth: in.Birth, Sex: in.Sex, Position: in.Position,
		Workplace: in.Workplace, IDNumber: in.IDNumber, CollectiveKind: in.CollectiveKind}
	return t.audit("nominees", id, "update", old, n)
}

// inPlaceholders is "?,?,?" for n arguments.
func inPlaceholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?,", n-1) + "?"
}
