package data

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// NominationFilter selects nominations of one campaign. Zero fields do not
// filter.
type NominationFilter struct {
	CampaignID int64
	Kind       award.Kind
	Status     award.Status
	FormID     int64
	ProposerID int64
	Active     bool   // leave out the refused: Không đủ điều kiện and Trả lại
	Query      string // typed text, matched without diacritics against the name
	Limit      int    // with Query: at most this many ids (0: DefaultSearchLimit)
}

// DefaultSearchLimit is how many matches a search returns at most.
const DefaultSearchLimit = 500

// NominationSort is a column nominations can be ordered by.
type NominationSort int

// The orders of a nomination list.
const (
	SortList      NominationSort = iota // the department's order: collectives as the user set, then people by given name
	SortName                            // name (people by given name)
	SortKind                            // Tập thể / Cá nhân, then name
	SortBirth                           // birth, then name
	SortPosition                        // chức vụ
	SortWorkplace                       // đơn vị công tác
	SortForm                            // award form in its display order
	SortRank                            // hạng
	SortProposer                        // proposing organisation
	SortStatus                          // status in workflow order
)

// NominationOrder is a sort column and its direction. Desc reverses the
// column; rows equal in it stay in the department's order.
type NominationOrder struct {
	By   NominationSort
	Desc bool
}

// listOrder is the department's order in SQL, the order of the index
// nominations_list (reversed with desc).
func listOrder(desc bool) string {
	if desc {
		return " ORDER BY n.kind, n.ord DESC, n.sort_key DESC"
	}
	return " ORDER BY n.kind DESC, n.ord, n.sort_key"
}

// sortColumn is what a sort other than the list order sorts by: an SQL
// expression, the join it needs, and whether its values are text to
// compare the Vietnamese way.
func (o NominationOrder) sortColumn() (expr, join string, text bool) {
	switch o.By {
	case SortName:
		return "n.sort_key", "", false
	case SortKind:
		return "n.kind = 'Cá nhân'", "", false
	case SortBirth:
		return "(SELECT e.birth FROM nominees e WHERE e.id = n.nominee_id)", "", false
	case SortPosition:
		return "n.position", "", true
	case SortWorkplace:
		return "n.workplace", "", true
	case SortForm:
		return "f.sort_order", " JOIN award_forms f ON f.id = n.form_id", false
	case SortRank:
		return "CASE n.rank WHEN 'Nhất' THEN 1 WHEN 'Nhì' THEN 2 WHEN 'Ba' THEN 3 ELSE 4 END", "", false
	case SortProposer:
		return "COALESCE(p.name, '')", " LEFT JOIN proposers p ON p.id = n.proposer_id", true
	case SortStatus:
		var c strings.Builder
		c.WriteString("CASE n.status")
		for i, st := range award.Statuses {
			fmt.Fprintf(&c, " WHEN '%s' THEN %d", st, i)
		}
		c.WriteString(" END")
		return c.String(), "", false
	}
	return "", "", false
}

// where is the WHERE clause of a filter, without its text search.
func (f NominationFilter) where() (string, []any) {
	conds := []string{"n.campaign_id = ?"}
	args := []any{f.CampaignID}
	if f.Kind != "" {
		conds, args = append(conds, "n.kind = ?"), append(args, string(f.Kind))
	}
	if f.Status != "" {
		conds, args = append(conds, "n.status = ?"), append(args, string(f.Status))
	}
	if f.FormID != 0 {
		conds, args = append(conds, "n.form_id = ?"), append(args, f.FormID)
	}
	if f.ProposerID != 0 {
		conds, args = append(conds, "n.proposer_id = ?"), append(args, f.ProposerID)
	}
	if f.Active {
		conds, args = append(conds, "n.status NOT IN (?, ?)"), append(args, string(award.Ineligible), string(award.Returned))
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// prefixEnd is the smallest string greater than every string that starts
// with p (p is not empty): its last byte incremented.
func prefixEnd(p string) string {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xFF {
			b[i]++
			return string(b[:i+1])
		}
	}
	return p + "\xff"
}

// searchCap is how many matches of a search step are ordered by looking
// each one up; with more, the list index is walked in order instead and
// the walk stops as soon as enough matches are found.
const searchCap = 1000

// NominationIDs lists the ids of the nominations a filter selects, in the
// given order: what a virtualised table needs to know its rows; it reads
// the rows themselves page by page with NominationsByID.
//
// With a Query, the names that start with the folded text come first,
// then the names that contain it elsewhere, each in the given order, at
// most Limit ids in all; more reports that there were more matches.
func (s *Store) NominationIDs(ctx context.Context, f NominationFilter, o NominationOrder) (ids []int64, more bool, err error) {
	q := vn.Fold(f.Query)
	if q == "" {
		if o.By == SortList {
			where, args := f.where()
			ids, err = s.ids(ctx, `SELECT n.id FROM nominations n INDEXED BY nominations_list`+where+listOrder(o.Desc), args...)
			return ids, false, err
		}
		ids, err = s.sortedIDs(ctx, f, o, "", nil)
		return ids, false, err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultSearchLimit
	}
	end := prefixEnd(q)
	steps := []struct {
		cond string
		args []any
	}{
		{" AND n.search >= ? AND n.search < ?", []any{q, end}},
		{" AND instr(n.search, ?) > 0 AND NOT (n.search >= ? AND n.search < ?)", []any{q, q, end}},
	}
	for _, st := range steps {
		found, err := s.searchStep(ctx, f, o, st.cond, st.args, limit-len(ids)+1)
		if err != nil {
			return nil, false, err
		}
		ids = append(ids, found...)
		if len(ids) > limit {
			return ids[:limit], true, nil
		}
	}
	return ids, false, nil
}

// searchStep finds at most n nominations matching cond besides the
// filter, in order. A quick scan of the search index finds the matches;
// when there are few, they are looked up and ordered, else the list index
// is walked in order until n of them are found.
func (s *Store) searchStep(ctx context.Context, f NominationFilter, o NominationOrder, cond string, condArgs []any, n int) ([]int64, error) {
	probe, err := s.ids(ctx, `SELECT n.id FROM nominations n INDEXED BY nominations_search WHERE n.campaign_id = ?`+cond+` LIMIT ?`,
		append(append([]any{f.CampaignID}, condArgs...), searchCap+1)...)
	if err != nil || len(probe) == 0 {
		return nil, err
	}
	where, args := f.where()
	if len(probe) <= searchCap {
		list, err := json.Marshal(probe)
		if err != nil {
			return nil, err
		}
		idCond := " AND n.id IN (SELECT value FROM json_each(?))"
		if o.By != SortList {
			ids, err := s.sortedIDs(ctx, f, o, idCond, []any{string(list)})
			if len(ids) > n {
				ids = ids[:n]
			}
			return ids, err
		}
		// NOT INDEXED: look the few rows up by id rather than walk an index.
		return s.ids(ctx, `SELECT n.id FROM nominations n NOT INDEXED`+where+idCond+listOrder(o.Desc)+` LIMIT ?`,
			append(append(args, string(list)), n)...)
	}
	if o.By != SortList {
		ids, err := s.sortedIDs(ctx, f, o, cond, condArgs)
		if len(ids) > n {
			ids = ids[:n]
		}
		return ids, err
	}
	return s.ids(ctx, `SELECT n.id FROM nominations n INDEXED BY nominations_list`+where+cond+listOrder(o.Desc)+` LIMIT ?`,
		append(append(args, condArgs...), n)...)
}

// sortedIDs orders the nominations a filter and cond select by a column
// other than the list order: one scan reads each row's value, Go sorts
// (text the Vietnamese way, each distinct value keyed once), and rows
// equal in the column keep the list order.
func (s *Store) sortedIDs(ctx context.Context, f NominationFilter, o NominationOrder, cond string, condArgs []any) ([]int64, error) {
	expr, join, text := o.sortColumn()
	where, args := f.where()
	// NOT INDEXED: a few rows are looked up by id, all of them read in one
	// pass over the table; walking an index would look each row up.
	from := " FROM nominations n NOT INDEXED"
	rows, err := s.db.QueryContext(ctx, `SELECT n.id, n.kind, n.ord, n.sort_key, `+expr+from+join+where+cond,
		append(args, condArgs...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type rec struct {
		id         int64
		collective bool
		ord        int64
		key, val   []byte
	}
	total, err := s.CountNominations(ctx, f)
	if err != nil {
		return nil, err
	}
	recs := make([]rec, 0, total)
	keys := map[string][]byte{}
	for rows.Next() {
		var r rec
		var kind string
		var v any
		if err := rows.Scan(&r.id, &kind, &r.ord, &r.key, &v); err != nil {
			return nil, err
		}
		r.collective = kind == string(award.Collective)
		switch x := v.(type) {
		case int64:
			r.val = binary.BigEndian.AppendUint64(nil, uint64(x)^1<<63)
		case []byte:
			r.val = x
		case string:
			if !text {
				r.val = []byte(x)
				break
			}
			k, ok := keys[x]
			if !ok {
				k = vn.SortKey(x)
				keys[x] = k
			}
			r.val = k
		}
		recs = append(recs, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(recs, func(i, j int) bool {
		a, b := &recs[i], &recs[j]
		if c := bytes.Compare(a.val, b.val); c != 0 {
			return (c < 0) != o.Desc
		}
		if a.collective != b.collective {
			return a.collective
		}
		if a.ord != b.ord {
			return a.ord < b.ord
		}
		if c := bytes.Compare(a.key, b.key); c != 0 {
			return c < 0
		}
		return a.id < b.id
	})
	ids := make([]int64, len(recs))
	for i, r := range recs {
		ids[i] = r.id
	}
	return ids, nil
}

func (s *Store) ids(ctx context.Context, q string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// CountNominations counts the nominations a filter selects (its Query and
// Limit are ignored).
func (s *Store) CountNominations(ctx context.Context, f NominationFilter) (int, error) {
	where, args := f.where()
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM nominations n`+where, args...).Scan(&n)
	return n, err
}

const nominationCols = `n.id, n.campaign_id, COALESCE(n.proposer_id, 0), COALESCE(p.name, ''), n.form_id, f.name, n.rank, n.achievement,
	n.position, n.workplace, n.status, n.reason, n.ord,
	e.id, e.kind, e.name, e.birth, e.sex, e.position, e.workplace, e.id_number, e.collective_kind,
	COALESCE((SELECT x.number FROM proposal_items y JOIN proposals x ON x.id = y.proposal_id
		WHERE y.nomination_id = n.id ORDER BY x.state = 'issued' DESC, x.id DESC LIMIT 1), '')`

const nominationFrom = ` FROM nominations n JOIN nominees e ON e.id = n.nominee_id JOIN award_forms f ON f.id = n.form_id
	LEFT JOIN proposers p ON p.id = n.proposer_id`

func scanNomination(sc interface{ Scan(...any) error }) (Nomination, error) {
	var n Nomination
	var rank, status, kind string
	err := sc.Scan(&n.ID, &n.CampaignID, &n.ProposerID, &n.Proposer, &n.FormID, &n.Form, &rank, &n.Achievement,
		&n.Position, &n.Workplace, &status, &n.Reason, &n.Order,
		&n.Nominee.ID, &kind, &n.Nominee.Name, &n.Nominee.Birth, &n.Nominee.Sex, &n.Nominee.Position, &n.Nominee.Workplace,
		&n.Nominee.IDNumber, &n.Nominee.CollectiveKind, &n.Proposal)
	n.Rank, n.Status, n.Nominee.Kind = award.Rank(rank), award.Status(status), award.Kind(kind)
	return n, err
}

// moneyMemo gives nominations their prize money: for a nomination in an
// award decision, the amount frozen in that decision (decided); for the
// others, the money computed once per form and kind for one date.
type moneyMemo struct {
	t       moneyTables
	date    time.Time
	memo    map[[2]string]moneyResult
	decided map[int64]decidedMoney // nomination -> the amount of its decision
}

type moneyResult struct {
	money     int64
	err       string
	wrongKind bool // the form is not given to that kind of nominee
}

// decidedMoney is the amount an award decision froze for a nomination.
type decidedMoney struct {
	money  int64
	number string // the decision's number ("123/QĐ-UBND")
}

// decidedSQL is a WITH clause naming "decided": for every nomination of
// the decision items cond keeps (cond uses i, the decision_items), the
// amount and number of the decision that governs its money. Money is
// frozen when a decision is drafted, so a draft's amounts count as well as
// an issued one's: the export then agrees with the draft to be signed. A
// nomination in several decisions (one corrected by another) takes the
// latest issued one, else the latest draft.
func decidedSQL(cond string) string {
	return `WITH ranked AS (
		SELECT i.nomination_id, i.money, d.number, ROW_NUMBER() OVER (PARTITION BY i.nomination_id
			ORDER BY CASE d.state WHEN 'issued' THEN 0 ELSE 1 END, d.date DESC, d.id DESC) AS r
		FROM decision_items i JOIN decisions d ON d.id = i.decision_id WHERE ` + cond + `),
	decided AS (SELECT nomination_id, money, number FROM ranked WHERE r = 1) `
}

// decidedOfCampaign keeps the decision items of a campaign's nominations.
const decidedOfCampaign = `i.nomination_id IN (SELECT id FROM nominations WHERE campaign_id = ?)`

func (s *Store) newMoneyMemo(ctx context.Context, date time.Time) (*moneyMemo, error) {
	t, err := s.moneyTables(ctx)
	if err != nil {
		return nil, err
	}
	return &moneyMemo{t: t, date: date, memo: map[[2]string]moneyResult{}, decided: map[int64]decidedMoney{}}, nil
}

// loadDecided reads the decided amounts of the nominations cond keeps
// (see decidedSQL).
func (m *moneyMemo) loadDecided(ctx context.Context, q readQuerier, cond string, args ...any) error {
	rows, err := q.QueryContext(ctx, decidedSQL(cond)+`SELECT nomination_id, money, number FROM decided`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var d decidedMoney
		if err := rows.Scan(&id, &d.money, &d.number); err != nil {
			return err
		}
		m.decided[id] = d
	}
	return rows.Err()
}

func (m *moneyMemo) get(form string, kind award.Kind) moneyResult {
	k := [2]string{form, string(kind)}
	r, ok := m.memo[k]
	if !ok {
		money, err := m.t.money(form, kind, m.date)
		r.money = money
		if err != nil {
			r.err, r.wrongKind = err.Error(), errors.Is(err, award.ErrWrongKind)
		}
		m.memo[k] = r
	}
	return r
}

// fill sets a nomination's money: its decision's amount, else computed.
func (m *moneyMemo) fill(n *Nomination) {
	if d, ok := m.decided[n.ID]; ok {
		n.Money, n.MoneyErr, n.Decision = d.money, "", d.number
		return
	}
	r := m.get(n.Form, n.Nominee.Kind)
	n.Money, n.MoneyErr, n.Decision = r.money, r.err, ""
}

// NominationsByID reads nominations in the order of ids (ids not found are
// left out), with their prize money: the amount of the award decision a
// nomination is in, else computed for moneyDate.
func (s *Store) NominationsByID(ctx context.Context, ids []int64, moneyDate time.Time) ([]Nomination, error) {
	memo, err := s.newMoneyMemo(ctx, moneyDate)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]Nomination, len(ids))
	for _, chunk := range idChunks(ids, 500) {
		args := idArgs(chunk)
		if err := memo.loadDecided(ctx, s.db, `i.nomination_id IN (`+inPlaceholders(len(args))+`)`, args...); err != nil {
			return nil, err
		}
		rows, err := s.db.QueryContext(ctx, `SELECT `+nominationCols+nominationFrom+` WHERE n.id IN (`+inPlaceholders(len(args))+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			n, err := scanNomination(rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			memo.fill(&n)
			byID[n.ID] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	out := make([]Nomination, 0, len(ids))
	for _, id := range ids {
		if n, ok := byID[id]; ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// Nomination reads one nomination, with its prize money (its decision's,
// else computed for moneyDate).
func (s *Store) Nomination(ctx context.Context, id int64, moneyDate time.Time) (Nomination, error) {
	list, err := s.NominationsByID(ctx, []int64{id}, moneyDate)
	if err != nil {
		return Nomination{}, err
	}
	if len(list) == 0 {
		return Nomination{}, fmt.Errorf("đề nghị %d: %w", id, ErrNotFound)
	}
	return list[0], nil
}

// EachNomination calls fn for every nomination a filter selects (Query
// ignored), in order, with prize money (the amount of its award decision,
// else computed for moneyDate), reading them as one stream: the way to
// write a list of 100.000 rows without holding it.
func (s *Store) EachNomination(ctx context.Context, f NominationFilter, o NominationOrder, moneyDate time.Time, fn func(Nomination) error) error {
	memo, err := s.newMoneyMemo(ctx, moneyDate)
	if err != nil {
		return err
	}
	where, args := f.where()
	order := listOrder(o.Desc)
	if o.By != SortList {
		// The list to write is ordered first, then read in that order.
		ids, err := s.sortedIDs(ctx, f, o, "", nil)
		if err != nil {
			return err
		}
		for _, chunk := range idChunks(ids, 500) {
			list, err := s.NominationsByID(ctx, chunk, moneyDate)
			if err != nil {
				return err
			}
			for _, n := range list {
				if err := fn(n); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := memo.loadDecided(ctx, s.db, decidedOfCampaign, f.CampaignID); err != nil {
		return err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+nominationCols+nominationFrom+where+order, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		n, err := scanNomination(rows)
		if err != nil {
			return err
		}
		memo.fill(&n)
		if err := fn(n); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SummaryRow counts a campaign's nominations of one proposing
// organisation, award form, kind and status. Decided of them are in an
// award decision, whose amounts total DecidedMoney; the others are priced
// at Money each (MoneyErr when unknown). Sum gives the group's total.
type SummaryRow struct {
	ProposerID   int64
	Proposer     string // "" when none recorded
	FormID       int64
	Form         string
	FormOrder    int
	Kind         award.Kind
	Status       award.Status
	Count        int
	Decided      int   // of Count, the nominations in an award decision
	DecidedMoney int64 // the amounts their decisions froze
	Money        int64 // the money of one nomination not in a decision
	MoneyErr     string
}

// Sum is the group's prize money: the decisions' amounts and the money
// computed for the others; unpriced counts those whose money is unknown
// (left out of money).
func (r SummaryRow) Sum() (money int64, unpriced int) {
	money = r.DecidedMoney
	if rest := r.Count - r.Decided; rest > 0 {
		if r.MoneyErr != "" {
			return money, rest
		}
		money += int64(rest) * r.Money
	}
	return money, 0
}

// NominationSummary groups a campaign's nominations by proposing
// organisation, award form, kind and status: what statistics and charts
// are made from. Money is as EachNomination gives it: the amounts of the
// award decisions, computed for moneyDate for the rest.
func (s *Store) NominationSummary(ctx context.Context, campaignID int64, moneyDate time.Time) ([]SummaryRow, error) {
	memo, err := s.newMoneyMemo(ctx, moneyDate)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, decidedSQL(decidedOfCampaign)+`SELECT COALESCE(n.proposer_id, 0), COALESCE(p.name, ''), n.form_id, f.name,
			f.sort_order, n.kind, n.status, COUNT(*), COUNT(dm.money), COALESCE(SUM(dm.money), 0)
		FROM nominations n JOIN award_forms f ON f.id = n.form_id LEFT JOIN proposers p ON p.id = n.proposer_id
		LEFT JOIN decided dm ON dm.nomination_id = n.id
		WHERE n.campaign_id = ? GROUP BY n.proposer_id, n.form_id, n.kind, n.status ORDER BY f.sort_order, p.search`, campaignID, campaignID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []SummaryRow
	for rows.Next() {
		var r SummaryRow
		var kind, status string
		if err := rows.Scan(&r.ProposerID, &r.Proposer, &r.FormID, &r.Form, &r.FormOrder, &kind, &status, &r.Count, &r.Decided, &r.DecidedMoney); err != nil {
			return nil, err
		}
		r.Kind, r.Status = award.Kind(kind), award.Status(status)
		m := memo.get(r.Form, r.Kind)
		r.Money, r.MoneyErr = m.money, m.err
		out = append(out, r)
	}
	return out, rows.Err()
}
