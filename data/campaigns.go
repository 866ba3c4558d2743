package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"tdkt/data/vn"
)

// Campaign is an emulation campaign (đợt thi đua): launched by a plan
// document of some body, running over a period, perhaps around an election.
type Campaign struct {
	ID         int64
	Name       string
	Theme      string    // chủ đề
	PlanNumber string    // "53/KH-UBND"
	PlanDate   time.Time // zero when unknown
	LaunchedBy string    // "UBND tỉnh Bắc Kạn"
	From, To   time.Time // the period; zero when unknown
	ElectionID int64     // 0: not linked to an election
}

// Plan writes the plan document as documents cite it:
// "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh Bắc Kạn".
// It is empty when the campaign has no plan number.
func (c Campaign) Plan() string {
	if c.PlanNumber == "" {
		return ""
	}
	s := "Kế hoạch số " + c.PlanNumber
	if !c.PlanDate.IsZero() {
		s += " ngày " + vn.DMY(c.PlanDate)
	}
	if c.LaunchedBy != "" {
		s += " của " + c.LaunchedBy
	}
	return s
}

// Period writes the period as "04/02/2021 – 30/06/2021" (empty when unknown).
func (c Campaign) Period() string {
	switch {
	case c.From.IsZero() && c.To.IsZero():
		return ""
	case c.From.IsZero():
		return "đến " + vn.DMY(c.To)
	case c.To.IsZero():
		return "từ " + vn.DMY(c.From)
	}
	return vn.DMY(c.From) + " – " + vn.DMY(c.To)
}

// MoneyDate is the date prize money is computed for while the campaign's
// nominations are not yet in an award decision: the end of the campaign's
// period, since decisions follow the campaign's close; without an end, the
// given day (callers pass today). The regime and base salary in force on
// that day apply. Once a decision exists, its own date governs its money.
func (c Campaign) MoneyDate(today time.Time) time.Time {
	if !c.To.IsZero() {
		return c.To
	}
	y, m, d := today.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// checkCampaign cleans a campaign's text and validates it.
func checkCampaign(c Campaign) (Campaign, error) {
	c.Name = vn.Clean(c.Name)
	c.Theme = vn.Clean(c.Theme)
	c.PlanNumber = vn.Clean(c.PlanNumber)
	c.LaunchedBy = vn.Clean(c.LaunchedBy)
	if c.Name == "" {
		return c, fmt.Errorf("tên đợt thi đua không được để trống")
	}
	if len([]rune(c.Name)) > 500 {
		return c, fmt.Errorf("tên đợt thi đua quá dài (tối đa 500 ký tự)")
	}
	if !c.From.IsZero() && !c.To.IsZero() && c.To.Before(c.From) {
		return c, fmt.Errorf("đợt thi đua %q: ngày kết thúc %s trước ngày bắt đầu %s", c.Name, vn.DMY(c.To), vn.DMY(c.From))
	}
	return c, nil
}

// isoDateText stores a date as YYYY-MM-DD, the zero date as ”.
func isoDateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(isoDate)
}

// parseISODateText reads what isoDateText wrote.
func parseISODateText(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(isoDate, s)
}

const campaignCols = `id, name, theme, plan_number, plan_date, launched_by, period_from, period_to, COALESCE(election_id, 0)`

func scanCampaign(sc interface{ Scan(...any) error }) (Campaign, error) {
	var c Campaign
	var plan, from, to string
	if err := sc.Scan(&c.ID, &c.Name, &c.Theme, &c.PlanNumber, &plan, &c.LaunchedBy, &from, &to, &c.ElectionID); err != nil {
		return c, err
	}
	var err error
	if c.PlanDate, err = parseISODateText(plan); err != nil {
		return c, err
	}
	if c.From, err = parseISODateText(from); err != nil {
		return c, err
	}
	c.To, err = parseISODateText(to)
	return c, err
}

// Campaigns lists the campaigns, the most recent first.
func (s *Store) Campaigns(ctx context.Context) ([]Campaign, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+campaignCols+` FROM campaigns
		ORDER BY COALESCE(NULLIF(plan_date, ''), NULLIF(period_from, ''), '') DESC, id DESC`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Campaign
	for rows.Next() {
		c, err := scanCampaign(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// Campaign finds a campaign by id.
func (s *Store) Campaign(ctx context.Context, id int64) (Campaign, error) {
	c, err := scanCampaign(s.db.QueryRowContext(ctx, `SELECT `+campaignCols+` FROM campaigns WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, fmt.Errorf("đợt thi đua %d: %w", id, ErrNotFound)
	}
	return c, err
}

// CampaignByName finds a campaign by name, ignoring case, diacritics and
// spaces. The error of a name not found lists the campaigns there are.
func (s *Store) CampaignByName(ctx context.Context, name string) (Campaign, error) {
	c, err := scanCampaign(s.db.QueryRowContext(ctx, `SELECT `+campaignCols+` FROM campaigns WHERE search = ?`, vn.Fold(name)))
	if errors.Is(err, sql.ErrNoRows) {
		all, lerr := s.Campaigns(ctx)
		if lerr != nil {
			return c, lerr
		}
		return c, fmt.Errorf("không có đợt thi đua %q (%w); %s", vn.Clean(name), ErrNotFound, campaignNames(all))
	}
	return c, err
}

// OnlyCampaign is the campaign to use when none is named: the only one
// there is. With none or several it says what to do.
func (s *Store) OnlyCampaign(ctx context.Context) (Campaign, error) {
	all, err := s.Campaigns(ctx)
	if err != nil {
		return Campaign{}, err
	}
	switch len(all) {
	case 1:
		return all[0], nil
	case 0:
		return Campaign{}, fmt.Errorf("chưa có đợt thi đua nào: hãy tạo đợt thi đua trước, hoặc ghi tên đợt trong sheet \"Đợt thi đua\" của bảng tính")
	}
	return Campaign{}, fmt.Errorf("có %d đợt thi đua, cần chỉ rõ đợt nào (--campaign TÊN hoặc sheet \"Đợt thi đua\"); %s", len(all), campaignNames(all))
}

// campaignNames lists campaign names for a message.
func campaignNames(all []Campaign) string {
	if len(all) == 0 {
		return "chưa có đợt thi đua nào"
	}
	names := make([]string, len(all))
	for i, c := range all {
		names[i] = fmt.Sprintf("%q", c.Name)
	}
	return "các đợt đang có: " + strings.Join(names, ", ")
}

// SaveCampaign creates the campaign (ID 0) or changes it, and returns it
// as stored.
func (s *Store) SaveCampaign(ctx context.Context, c Campaign) (Campaign, error) {
	c, err := checkCampaign(c)
	if err != nil {
		return c, err
	}
	err = s.write(ctx, func(t *Tx) error {
		if c.ID == 0 {
			id, err := t.insertCampaign(c)
			c.ID = id
			return err
		}
		old, err := scanCampaign(t.queryRow(`SELECT `+campaignCols+` FROM campaigns WHERE id = ?`, c.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("đợt thi đua %d: %w", c.ID, ErrNotFound)
		}
		if err != nil {
			return err
		}
		if err := t.checkCampaignName(c); err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE campaigns SET name = ?, theme = ?, plan_number = ?, plan_date = ?, launched_by = ?,
			period_from = ?, period_to = ?, election_id = ?, search = ? WHERE id = ?`,
			c.Name, c.Theme, c.PlanNumber, isoDateText(c.PlanDate), c.LaunchedBy, isoDateText(c.From), isoDateText(c.To),
			nullableID(c.ElectionID), vn.Fold(c.Name), c.ID); err != nil {
			return failed(err, "không lưu được đợt thi đua %q", c.Name)
		}
		return t.audit("campaigns", c.ID, "update", old, c)
	})
	return c, err
}

// checkCampaignName refuses a name another campaign already has.
func (t *Tx) checkCampaignName(c Campaign) error {
	var other int64
	err := t.queryRow(`SELECT id FROM campaigns WHERE search = ? AND id <> ?`, vn.Fold(c.Name), c.ID).Scan(&other)
	if err == nil {
		return fmt.Errorf("đã có đợt thi đua tên %q", c.Name)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	return err
}

// insertCampaign adds a checked campaign inside a transaction.
func (t *Tx) insertCampaign(c Campaign) (int64, error) {
	if err := t.checkCampaignName(c); err != nil {
		return 0, err
	}
	r, err := t.exec(`INSERT INTO campaigns(name, theme, plan_number, plan_date, launched_by, period_from, period_to, election_id, search)
		VALUES (?,?,?,?,?,?,?,?,?)`,
		c.Name, c.Theme, c.PlanNumber, isoDateText(c.PlanDate), c.LaunchedBy, isoDateText(c.From), isoDateText(c.To), nullableID(c.ElectionID), vn.Fold(c.Name))
	if err != nil {
		return 0, failed(err, "không thêm được đợt thi đua %q", c.Name)
	}
	id, _ := r.LastInsertId()
	c.ID = id
	return id, t.audit("campaigns", id, "insert", nil, c)
}

// nullableID stores the id 0 as NULL.
func nullableID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}
