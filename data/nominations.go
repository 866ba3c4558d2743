package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"
	"strings"
	"time"

	"tdkt/data/problem"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// Nomination is one nominee proposed for one award form in a campaign.
type Nomination struct {
	ID          int64
	CampaignID  int64
	Nominee     Nominee
	ProposerID  int64 // 0: no proposing organisation recorded
	Proposer    string
	FormID      int64
	Form        string
	Rank        award.Rank
	Achievement string
	Position    string // as proposed in this campaign
	Workplace   string // as proposed in this campaign
	Status      award.Status
	Reason      string // why Không đủ điều kiện / Trả lại
	Order       int    // a collective's place in the list
	// Money is the prize money: for a nomination in an award decision
	// (Decision), the amount frozen in it; else computed for the date it
	// was read for. See MoneyErr.
	Money    int64
	MoneyErr string // why Money is unknown ("" when known)
	Decision string // the number of the decision whose amount Money is; "" when computed
	// Proposal is the number of the tờ trình that proposes the nomination
	// to a higher authority ("12/TTr-UBND"; an issued one before a
	// draft), "" when none.
	Proposal string
}

// Paper names the document the nomination stands in, the latest step
// first: "Quyết định số 123/QĐ-UBND" once in an award decision, else
// "Tờ trình số 12/TTr-UBND" once proposed; "" before either.
func (n Nomination) Paper() string {
	switch {
	case n.Decision != "":
		return "Quyết định số " + n.Decision
	case n.Proposal != "":
		return "Tờ trình số " + n.Proposal
	}
	return ""
}

// readQuerier is what reads need: the database or an open transaction.
type readQuerier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

// nominationChecker checks nomination inputs against the store: the award form is
// known and given to that kind of nominee, and nobody is proposed twice
// in the campaign, in the batch or against what is stored.
type nominationChecker struct {
	ctx      context.Context
	q        readQuerier
	now      time.Time
	campaign int64 // 0: a campaign being created, nothing stored yet
	date     time.Time
	forms    map[string]AwardForm // folded name -> form
	formList []string
	money    *moneyMemo
	rowName  func(i int) string
	seen     map[[2]string][]int      // kind and folded name -> rows of the batch so far
	keys     map[int]award.NomineeKey // row -> its key
	names    map[int]string           // row -> its description
}

// remember records row i of the batch for the checks of later rows.
func (ck *nominationChecker) remember(i int, group [2]string, key award.NomineeKey, name string) {
	ck.seen[group] = append(ck.seen[group], i)
	ck.keys[i], ck.names[i] = key, name
}

func (s *Store) newChecker(ctx context.Context, q readQuerier, c Campaign, rowName func(int) string) (*nominationChecker, error) {
	ck := &nominationChecker{ctx: ctx, q: q, now: s.now(), campaign: c.ID, date: c.MoneyDate(s.now()), forms: map[string]AwardForm{}, rowName: rowName,
		seen: map[[2]string][]int{}, keys: map[int]award.NomineeKey{}, names: map[int]string{}}
	if ck.rowName == nil {
		ck.rowName = func(i int) string { return fmt.Sprintf("dòng thứ %d của danh sách", i+1) }
	}
	forms, err := s.AwardForms(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range forms {
		ck.forms[vn.Fold(f.Name)] = f
		ck.formList = append(ck.formList, f.Name)
	}
	if ck.money, err = s.newMoneyMemo(ctx, ck.date); err != nil {
		return nil, err
	}
	return ck, nil
}

// check normalises and checks the i-th input of a batch; exceptID is the
// nomination being edited (0 for a new one).
func (ck *nominationChecker) check(i int, in award.Entry, exceptID int64) (award.Entry, AwardForm, []problem.Problem) {
	in, probs := award.CleanEntry(in, ck.now)
	add := func(field string, rule problem.Rule, format string, args ...any) {
		probs = append(probs, problem.Problem{Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	form, ok := ck.forms[vn.Fold(in.Form)]
	switch {
	case in.Form == "":
		add(award.FieldForm, "required", "thiếu hình thức khen thưởng; chọn một trong: %s", strings.Join(ck.formList, "; "))
	case !ok:
		add(award.FieldForm, "unknown_form", "hình thức khen thưởng %q không có trong danh mục; chọn một trong: %s", in.Form, strings.Join(ck.formList, "; "))
	default:
		in.Form = form.Name
		if in.Kind != "" {
			if m := ck.money.get(form.Name, in.Kind); m.wrongKind {
				add(award.FieldForm, "form_kind", "%s", m.err)
			}
		}
	}
	if in.Kind == "" || in.Name == "" {
		return in, form, probs
	}
	key := award.KeyFor(in.Kind, in.Name, in.Birth)
	group := [2]string{string(key.Kind), key.Folded}
	who := award.DescribeNominee(in.Kind, in.Name, in.Birth)
	same, possible := -1, -1
	for _, j := range ck.seen[group] {
		switch award.Compare(ck.keys[j], key) {
		case award.MatchSame:
			same = j
		case award.MatchPossible:
			if possible < 0 {
				possible = j
			}
		}
		if same >= 0 {
			break
		}
	}
	switch {
	case same >= 0:
		add(award.FieldName, problem.DuplicateInBatch, "%s trùng với %s (%s): một thành tích chỉ được khen một lần, mỗi đối tượng chỉ được đề nghị một lần trong đợt",
			who, ck.rowName(same), ck.names[same])
	case possible >= 0:
		probs = append(probs, problem.NewWarning(award.FieldName, problem.PossibleDuplicateInBatch, "%s có thể trùng với %s (%s): %s",
			who, ck.rowName(possible), ck.names[possible], award.PossibleReason(in.Kind)))
	}
	ck.remember(i, group, key, who)
	if ck.campaign != 0 {
		other, match, err := ck.stored(key, exceptID)
		switch {
		case err != nil:
			log.Printf("store: duplicate check: %v", err)
			add(award.FieldName, problem.Database, "không kiểm tra được trùng lặp (chi tiết trong nhật ký tdkt.log)")
		case match == award.MatchSame:
			who := who
			if d := award.DescribeNominee(in.Kind, other.name, other.birth); d != who {
				who += " trùng với " + d + ", đối tượng"
			}
			add(award.FieldName, problem.DuplicateInCampaign, "%s đã được đề nghị trong đợt này (%s); một thành tích chỉ được khen một lần",
				who, other.detail())
		case match == award.MatchPossible:
			probs = append(probs, problem.NewWarning(award.FieldName, problem.PossibleDuplicateInCampaign,
				"%s có thể trùng với %s đã được đề nghị trong đợt này (%s): %s",
				who, award.DescribeNominee(in.Kind, other.name, other.birth), other.detail(), award.PossibleReason(in.Kind)))
		}
	}
	return in, form, probs
}

// storedNomination is the nomination of a campaign a new one repeats.
type storedNomination struct {
	id                                  int64
	name, birth, form, proposer, status string
}

// detail describes the stored nomination in a message: its form,
// proposing organisation, status and id.
func (s storedNomination) detail() string {
	d := "đề nghị " + s.form
	if s.proposer != "" {
		d += ", đơn vị đề nghị " + s.proposer
	}
	return fmt.Sprintf("%s, trạng thái %q, mã đề nghị %d", d, s.status, s.id)
}

// stored finds the nomination of the campaign whose nominee is the same
// as key, else one that is a possible duplicate of it (award.Compare), and
// how it matches (MatchDifferent when there is none).
func (ck *nominationChecker) stored(key award.NomineeKey, exceptID int64) (storedNomination, award.Match, error) {
	var found storedNomination
	match := award.MatchDifferent
	rows, err := ck.q.QueryContext(ck.ctx, `SELECT n.id, e.name, e.birth, f.name, COALESCE(p.name, ''), n.status
		FROM nominations n JOIN nominees e ON e.id = n.nominee_id JOIN award_forms f ON f.id = n.form_id
		LEFT JOIN proposers p ON p.id = n.proposer_id
		WHERE n.campaign_id = ? AND n.kind = ? AND n.search = ? AND n.id <> ? ORDER BY n.id`, ck.campaign, string(key.Kind), key.Folded, exceptID)
	if err != nil {
		return found, match, err
	}
	defer rows.Close()
	for rows.Next() {
		var s storedNomination
		if err := rows.Scan(&s.id, &s.name, &s.birth, &s.form, &s.proposer, &s.status); err != nil {
			return found, match, err
		}
		switch award.Compare(award.KeyFor(key.Kind, s.name, s.birth), key) {
		case award.MatchSame:
			return s, award.MatchSame, nil
		case award.MatchPossible:
			if match == award.MatchDifferent {
				found, match = s, award.MatchPossible
			}
		}
	}
	return found, match, rows.Err()
}

// CheckNomination checks one input for the campaign without writing:
// the problems a form shows beside its fields, and its warnings (a
// possible duplicate), which do not stop a save. exceptID is the
// nomination being edited, 0 for a new one.
func (s *Store) CheckNomination(ctx context.Context, campaignID, exceptID int64, in award.Entry) (problem.List, error) {
	c, err := s.Campaign(ctx, campaignID)
	if err != nil {
		return nil, err
	}
	ck, err := s.newChecker(ctx, s.db, c, nil)
	if err != nil {
		return nil, err
	}
	_, _, probs := ck.check(0, in, exceptID)
	return probs, nil
}

// AddNomination adds one nomination to a campaign, creating the nominee or
// reusing the stored one, and the proposing organisation if new. A
// warning of its check (a possible duplicate) does not stop it: the form
// shows it beforehand (CheckNomination).
func (s *Store) AddNomination(ctx context.Context, campaignID int64, in award.Entry) (int64, error) {
	c, err := s.Campaign(ctx, campaignID)
	if err != nil {
		return 0, err
	}
	var id int64
	err = s.write(ctx, func(t *Tx) error {
		ck, err := s.newChecker(ctx, t.tx, c, nil)
		if err != nil {
			return err
		}
		in, form, probs := ck.check(0, in, 0)
		if errs := problem.List(probs).Errors(); len(errs) > 0 {
			return errs
		}
		ins := t.newInserter(campaignID)
		if id, err = ins.add(in, form); err != nil {
			return err
		}
		return t.audit("nominations", id, "insert", nil, in)
	})
	return id, err
}

// UpdateNomination changes a nomination and its nominee's details. A
// nomination already awarded cannot change.
func (s *Store) UpdateNomination(ctx context.Context, id int64, in award.Entry) error {
	return s.write(ctx, func(t *Tx) error {
		var campaignID, nomineeID int64
		var status string
		if err := t.queryRow(`SELECT campaign_id, nominee_id, status FROM nominations WHERE id = ?`, id).Scan(&campaignID, &nomineeID, &status); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("đề nghị %d: %w", id, ErrNotFound)
			}
			return err
		}
		if award.Status(status) == award.Awarded {
			return fmt.Errorf("đề nghị đã được khen thưởng, không sửa được")
		}
		c, err := scanCampaign(t.queryRow(`SELECT `+campaignCols+` FROM campaigns WHERE id = ?`, campaignID))
		if err != nil {
			return err
		}
		ck, err := s.newChecker(ctx, t.tx, c, nil)
		if err != nil {
			return err
		}
		in, form, probs := ck.check(0, in, id)
		if errs := problem.List(probs).Errors(); len(errs) > 0 {
			return errs
		}
		old, err := scanNominee(t.queryRow(`SELECT `+nomineeCols+` FROM nominees WHERE id = ?`, nomineeID))
		if err != nil {
			return err
		}
		if old.Kind != in.Kind {
			return problem.List{{Field: award.FieldKind, Rule: "kind_change", Message: fmt.Sprintf("không đổi được loại của %q từ %s sang %s: hãy xóa đề nghị này và thêm đề nghị mới", old.Name, old.Kind, in.Kind)}}
		}
		if err := t.updateNominee(nomineeID, in, old); err != nil {
			return err
		}
		proposer, err := t.newInserter(campaignID).proposer(in.Proposer)
		if err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE nominations SET proposer_id = ?, form_id = ?, rank = ?, achievement = ?, position = ?, workplace = ?
			WHERE id = ?`, nullableID(proposer), form.ID, string(in.Rank), in.Achievement, in.Position, in.Workplace, id); err != nil {
			return failed(err, "không lưu được đề nghị")
		}
		return t.audit("nominations", id, "update", nil, in)
	})
}

// DeleteNominations removes nominations that are not yet awarded; an
// awarded one is a record and stays. The nominees stay, with their history.
func (s *Store) DeleteNominations(ctx context.Context, ids []int64) error {
	return s.write(ctx, func(t *Tx) error {
		for _, chunk := range idChunks(ids, 500) {
			args := idArgs(chunk)
			var n int
			if err := t.queryRow(`SELECT COUNT(*) FROM nominations WHERE status = ? AND id IN (`+inPlaceholders(len(args))+`)`,
				append([]any{string(award.Awarded)}, args...)...).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return fmt.Errorf("có %d đề nghị đã được khen thưởng trong số được chọn: không xóa được", n)
			}
			if _, err := t.exec(`DELETE FROM nominations WHERE id IN (`+inPlaceholders(len(args))+`)`, args...); err != nil {
				return failed(err, "không xóa được")
			}
		}
		return t.audit("nominations", 0, "delete", map[string]any{"ids": ids}, nil)
	})
}

// MoveCollective moves a collective one place up (delta < 0) or down
// (delta > 0) in its campaign's list of collectives.
func (s *Store) MoveCollective(ctx context.Context, id int64, delta int) error {
	return s.write(ctx, func(t *Tx) error {
		var campaign int64
		var kind string
		if err := t.queryRow(`SELECT campaign_id, kind FROM nominations WHERE id = ?`, id).Scan(&campaign, &kind); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("đề nghị %d: %w", id, ErrNotFound)
			}
			return err
		}
		if award.Kind(kind) != award.Collective {
			return fmt.Errorf("chỉ đổi được thứ tự của tập thể; cá nhân được xếp theo tên")
		}
		rows, err := t.tx.Query(`SELECT id, ord FROM nominations WHERE campaign_id = ? AND kind = ? ORDER BY ord, id`, campaign, kind)
		if err != nil {
			return err
		}
		var list []int64
		oldOrd := map[int64]int{}
		at := -1
		for rows.Next() {
			var nid int64
			var ord int
			if err := rows.Scan(&nid, &ord); err != nil {
				rows.Close()
				return err
			}
			if nid == id {
				at = len(list)
			}
			list = append(list, nid)
			oldOrd[nid] = ord
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		to := at + delta
		if at < 0 || to < 0 || to >= len(list) || delta == 0 {
			return nil // already first or last
		}
		list = append(list[:at], list[at+1:]...)
		list = append(list[:to], append([]int64{id}, list[to:]...)...)
		for i, nid := range list {
			if oldOrd[nid] == i+1 {
				continue
			}
			if _, err := t.exec(`UPDATE nominations SET ord = ? WHERE id = ?`, i+1, nid); err != nil {
				return err
			}
		}
		return t.audit("nominations", id, "reorder", map[string]any{"place": at + 1}, map[string]any{"place": to + 1})
	})
}

// SetNominationStatus moves nominations to a status, all or none: every
// one must be allowed to move (award.CanMove), a reason is required where
// award.NeedsReason says so, and Đã khen is left to issuing a decision.
func (s *Store) SetNominationStatus(ctx context.Context, ids []int64, to award.Status, reason string) error {
	if !award.SetByHand(to) {
		return fmt.Errorf("trạng thái %q chỉ được đặt khi ban hành quyết định khen thưởng", award.Awarded)
	}
	return s.write(ctx, func(t *Tx) error { return t.moveNominations(ids, to, reason) })
}

// moveNominations changes the status of nominations inside a transaction,
// checking every move; issuing a decision uses it to set Đã khen.
func (t *Tx) moveNominations(ids []int64, to award.Status, reason string) error {
	reason = vn.Clean(reason)
	if award.NeedsReason(to) && reason == "" {
		return fmt.Errorf("chuyển sang %q cần ghi lý do", to)
	}
	if !award.NeedsReason(to) {
		reason = ""
	}
	if len(ids) == 0 {
		return fmt.Errorf("chưa chọn đề nghị nào")
	}
	from := map[string]int{}
	var refused []string
	nRefused := 0
	for _, chunk := range idChunks(ids, 500) {
		args := idArgs(chunk)
		rows, err := t.tx.Query(`SELECT n.id, e.name, n.status FROM nominations n JOIN nominees e ON e.id = n.nominee_id
			WHERE n.id IN (`+inPlaceholders(len(args))+`)`, args...)
		if err != nil {
			return err
		}
		found := 0
		for rows.Next() {
			var id int64
			var name, st string
			if err := rows.Scan(&id, &name, &st); err != nil {
				rows.Close()
				return err
			}
			found++
			from[st]++
			if !award.CanMove(award.Status(st), to) {
				nRefused++
				if len(refused) < 5 {
					refused = append(refused, fmt.Sprintf("%q (%s)", name, st))
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if found != len(chunk) {
			return fmt.Errorf("có đề nghị không còn trong cơ sở dữ liệu: hãy tải lại danh sách")
		}
	}
	if nRefused > 0 {
		more := ""
		if nRefused > len(refused) {
			more = fmt.Sprintf(" và %d đề nghị khác", nRefused-len(refused))
		}
		return fmt.Errorf("không chuyển được %d đề nghị sang %q: %s%s (%s). Không có đề nghị nào bị thay đổi",
			nRefused, to, strings.Join(refused, ", "), more, award.MoveRule)
	}
	for _, chunk := range idChunks(ids, 500) {
		args := append([]any{string(to), reason}, idArgs(chunk)...)
		if _, err := t.exec(`UPDATE nominations SET status = ?, reason = ? WHERE id IN (`+inPlaceholders(len(chunk))+`)`, args...); err != nil {
			return failed(err, "không đổi được trạng thái")
		}
	}
	return t.audit("nominations", 0, "status", map[string]any{"from": from},
		map[string]any{"status": to, "reason": reason, "count": len(ids), "ids": ids})
}

// idChunks splits ids into slices of at most n.
func idChunks(ids []int64, n int) [][]int64 {
	var out [][]int64
	for len(ids) > n {
		out = append(out, ids[:n])
		ids = ids[n:]
	}
	if len(ids) > 0 {
		out = append(out, ids)
	}
	return out
}

// idArgs turns ids into query arguments.
func idArgs(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
