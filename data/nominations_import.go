package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"

	"tdkt/data/problem"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// NominationBatch is a list of nominations to add to one campaign at once,
// as a workbook brings them: all of them land or none.
type NominationBatch struct {
	// CampaignID is the campaign to add to. When 0, Campaign names it: the
	// stored campaign of that name (matched ignoring case and diacritics),
	// or a new one created with these details.
	CampaignID int64
	Campaign   Campaign
	Rows       []award.Entry
	Source     string             // where the rows come from, for the audit log ("dot1.xlsx")
	RowName    func(i int) string // names row i in messages ("dòng 7"); default "dòng thứ i+1 của danh sách"
}

// NominationImportResult says what an import did.
type NominationImportResult struct {
	Campaign        Campaign
	CampaignCreated bool
	Added           int // nominations
	NewNominees     int // people and collectives seen for the first time
	NewProposers    int
	// Warnings are what was accepted but should be looked at (a possible
	// duplicate: names that differ only by their marks, same birth), with
	// Row as the problems of a refused batch have it. A dry run returns
	// them too.
	Warnings problem.List
}

// batchCampaign resolves the batch's campaign without writing: the stored
// one, or (ID 0) the one to create.
func (s *Store) batchCampaign(ctx context.Context, b NominationBatch) (Campaign, error) {
	if b.CampaignID != 0 {
		return s.Campaign(ctx, b.CampaignID)
	}
	c, err := checkCampaign(b.Campaign)
	if err != nil {
		return c, err
	}
	stored, err := s.CampaignByName(ctx, c.Name)
	if err == nil {
		return stored, nil
	}
	if errors.Is(err, ErrNotFound) {
		c.ID = 0
		return c, nil
	}
	return c, err
}

// rowProblems sets the row of problems found for the i-th input (Row is
// i + 1: a batch's rows count from 1, as a list's do).
func rowProblems(i int, ps []problem.Problem) []problem.Problem {
	for k := range ps {
		ps[k].Row = i + 1
	}
	return ps
}

// ImportNominations adds a batch in one transaction, under the store's
// one import protocol (ImportOptions): every row is checked first, inside
// the transaction; with any problem nothing is written and the error is a
// problem.List naming all of them (Row is the input's index + 1). Warnings
// do not stop it: they come back in the result's Warnings. With DryRun it
// only checks. One summary line goes to the audit log.
func (s *Store) ImportNominations(ctx context.Context, b NominationBatch, opt ImportOptions) (NominationImportResult, error) {
	var res NominationImportResult
	c, err := s.batchCampaign(ctx, b)
	if err != nil {
		return res, err
	}
	progress := func(done, total int) {
		if opt.Progress != nil && total > 0 {
			opt.Progress(float64(done) / float64(total))
		}
	}
	err = s.write(ctx, func(t *Tx) error {
		ck, err := s.newChecker(ctx, t.tx, c, b.RowName)
		if err != nil {
			return err
		}
		ins := t.newInserter(0)
		var probs, warnings problem.List
		clean := make([]award.Entry, len(b.Rows))
		forms := make([]AwardForm, len(b.Rows))
		for i, in := range b.Rows {
			var p []problem.Problem
			clean[i], forms[i], p = ck.check(i, in, 0)
			p = rowProblems(i, p)
			probs = append(probs, problem.List(p).Errors()...)
			warnings = append(warnings, problem.List(p).Warnings()...)
		}
		if len(probs) > 0 {
			sort.SliceStable(probs, func(i, j int) bool { return probs[i].Row < probs[j].Row })
			return probs
		}
		res.Warnings = warnings
		if opt.DryRun {
			return errDryRun
		}
		if c.ID == 0 {
			if c.ID, err = t.insertCampaign(c); err != nil {
				return err
			}
			res.CampaignCreated = true
		}
		ins.campaign = c.ID
		total := len(clean)
		if total > 1000 {
			// A big batch is faster with a bigger page cache (64 MB) than
			// SQLite's 2 MB default; the connection gets the default back.
			if _, err := t.exec(`PRAGMA cache_size = -65536`); err != nil {
				return err
			}
			defer t.exec(`PRAGMA cache_size = -2000`)
		}
		for i, in := range clean {
			if i%500 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
				progress(i, total)
			}
			if _, err := ins.add(in, forms[i]); err != nil {
				if cerr := ctx.Err(); cerr != nil {
					return cerr // cancelled: the transaction is already rolled back
				}
				return fmt.Errorf("%s: %w", ck.rowName(i), err)
			}
		}
		progress(total, total)
		res.Added, res.NewNominees, res.NewProposers = total, ins.newNominees, ins.newProposers
		return t.audit("nominations", c.ID, "import", nil, map[string]any{
			"campaign": c.Name, "source": b.Source, "added": res.Added, "new_nominees": res.NewNominees, "new_proposers": res.NewProposers,
			"warnings": len(res.Warnings)})
	})
	if errors.Is(err, errDryRun) {
		return NominationImportResult{Campaign: c, Warnings: res.Warnings}, nil
	}
	if err != nil {
		return NominationImportResult{}, err
	}
	res.Campaign = c
	return res, nil
}

// nominationInserter writes checked nominations of one campaign inside a
// transaction, with its statements prepared once for thousands of rows.
type nominationInserter struct {
	t            *Tx
	campaign     int64
	proposers    map[string]int64 // folded name -> id
	nextOrd      int              // next place of a collective; 0: not read yet
	stmts        map[string]*sql.Stmt
	newNominees  int
	newProposers int
}

func (t *Tx) newInserter(campaign int64) *nominationInserter {
	return &nominationInserter{t: t, campaign: campaign, proposers: map[string]int64{}, stmts: map[string]*sql.Stmt{}}
}

// stmt is q prepared in the transaction (once).
func (ins *nominationInserter) stmt(q string) (*sql.Stmt, error) {
	if st, ok := ins.stmts[q]; ok {
		return st, nil
	}
	st, err := ins.t.tx.Prepare(q)
	if err != nil {
		return nil, err
	}
	ins.stmts[q] = st
	return st, nil
}

func (ins *nominationInserter) exec(q string, args ...any) (sql.Result, error) {
	st, err := ins.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.Exec(args...)
}

// findNominee returns the id of the stored nominee the input describes, or
// 0: a same ID number first, else the same nominee (award.Compare gives
// MatchSame: the same name ignoring case and spaces, and for people the
// same birth), the exact birth before a bare year. A name that differs
// only by its marks is another nominee: a possible duplicate is kept
// apart until the user decides.
func (ins *nominationInserter) findNominee(in award.Entry) (int64, error) {
	if in.Kind == award.Individual && in.IDNumber != "" {
		st, err := ins.stmt(`SELECT id FROM nominees WHERE kind = ? AND id_number = ? AND search = ? LIMIT 1`)
		if err != nil {
			return 0, err
		}
		var id int64
		err = st.QueryRow(string(in.Kind), in.IDNumber, vn.Fold(in.Name)).Scan(&id)
		if err == nil {
			return id, nil
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return 0, err
		}
	}
	st, err := ins.stmt(`SELECT id, name, birth FROM nominees WHERE kind = ? AND search = ? ORDER BY id`)
	if err != nil {
		return 0, err
	}
	rows, err := st.Query(string(in.Kind), vn.Fold(in.Name))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	key := award.KeyFor(in.Kind, in.Name, in.Birth)
	var loose int64
	for rows.Next() {
		var id int64
		var name, birth string
		if err := rows.Scan(&id, &name, &birth); err != nil {
			return 0, err
		}
		if !award.KeyFor(in.Kind, name, birth).Same(key) {
			continue
		}
		if in.Kind == award.Collective || birth == in.Birth {
			return id, nil
		}
		if loose == 0 {
			loose = id
		}
	}
	return loose, rows.Err()
}

// add writes one checked nomination: the nominee found or created (a found
// one gets the latest position and workplace, and details it lacked), the
// proposing organisation found or created, then the nomination.
func (ins *nominationInserter) add(in award.Entry, form AwardForm) (int64, error) {
	t := ins.t
	nomineeID, err := ins.findNominee(in)
	if err != nil {
		return 0, err
	}
	if nomineeID == 0 {
		r, err := ins.exec(`INSERT INTO nominees(kind, name, birth, sex, position, workplace, id_number, collective_kind, search, sort_key)
			VALUES (?,?,?,?,?,?,?,?,?,?)`, string(in.Kind), in.Name, in.Birth, in.Sex, in.Position, in.Workplace, in.IDNumber,
			in.CollectiveKind, vn.Fold(in.Name), nomineeSortKey(in.Kind, in.Name))
		if err != nil {
			return 0, failed(err, "không thêm được %q", in.Name)
		}
		nomineeID, _ = r.LastInsertId()
		ins.newNominees++
	} else if _, err := ins.exec(`UPDATE nominees SET
			position = CASE WHEN ? <> '' THEN ? ELSE position END,
			workplace = CASE WHEN ? <> '' THEN ? ELSE workplace END,
			sex = CASE WHEN sex = '' THEN ? ELSE sex END,
			id_number = CASE WHEN id_number = '' THEN ? ELSE id_number END,
			collective_kind = CASE WHEN collective_kind = '' THEN ? ELSE collective_kind END,
			birth = CASE WHEN length(?) > length(birth) THEN ? ELSE birth END
		WHERE id = ?`, in.Position, in.Position, in.Workplace, in.Workplace, in.Sex, in.IDNumber, in.CollectiveKind,
		in.Birth, in.Birth, nomineeID); err != nil {
		return 0, err
	}
	proposer, err := ins.proposer(in.Proposer)
	if err != nil {
		return 0, err
	}
	ord := 0
	if in.Kind == award.Collective {
		if ins.nextOrd == 0 {
			if err := t.queryRow(`SELECT COALESCE(MAX(ord), 0) + 1 FROM nominations WHERE campaign_id = ? AND kind = ?`,
				ins.campaign, string(award.Collective)).Scan(&ins.nextOrd); err != nil {
				return 0, err
			}
		}
		ord = ins.nextOrd
		ins.nextOrd++
	}
	r, err := ins.exec(`INSERT INTO nominations(campaign_id, nominee_id, proposer_id, form_id, rank, achievement, position, workplace,
			ord, kind, search, sort_key)
		SELECT ?,?,?,?,?,?,?,?,?, kind, search, sort_key FROM nominees WHERE id = ?`, ins.campaign, nomineeID, nullableID(proposer), form.ID,
		string(in.Rank), in.Achievement, in.Position, in.Workplace, ord, nomineeID)
	if err != nil {
		return 0, failed(err, "không thêm được đề nghị cho %q", in.Name)
	}
	return r.LastInsertId()
}
