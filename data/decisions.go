package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"tdkt/data/award"
	"tdkt/data/problem"
	"tdkt/data/vn"
)

// Decision states.
const (
	DecisionDraft  = "draft"
	DecisionIssued = "issued"
)

// Decision is an award decision (quyết định khen thưởng): its text, as it
// will be printed, and its state. Its list is in DecisionItems.
type Decision struct {
	ID          int64
	Number      string // "123/QĐ-UBND"
	Seq         int
	Symbol      string
	Year        int
	Date        time.Time
	CampaignID  int64
	FormID      int64
	FormName    string
	Regime      string // decree in force on Date
	ParentBody  string
	Agency      string
	Place       string
	Authority   string
	Subject     string
	Bases       []string // "Căn cứ ...;" lines
	Proposal    string   // "Theo đề nghị của ..."
	Articles    []string // the articles' texts, without "Điều N." (the document numbers them)
	Recipients  []string // "Nơi nhận" lines, without "- ", ";" and the closing "Lưu: VT, NV."
	SignerFor   string   // "KT. CHỦ TỊCH" or ""
	SignerTitle string
	SignerName  string
	CorrectsID  int64 // the decision this one corrects, 0 if none
	ProposalID  int64 // the department's proposal it follows, 0 if none
	State       string
	IssuedAt    string

	Collectives, Individuals, Households int   // counts in its list
	Total                                int64 // total prize money

	// Warnings are what creating it found to check, not stored (the
	// issuing unit merged before its date).
	Warnings problem.List
}

// Issued reports whether the decision is a record that can no longer change.
func (d Decision) Issued() bool { return d.State == DecisionIssued }

// DecisionItem is one line of a decision's list, frozen as decided.
type DecisionItem struct {
	NominationID int64
	Pos          int
	Kind         award.Kind
	Name         string
	Detail       string // chức vụ, đơn vị
	Rank         string
	Money        int64
	RegisterNo   string // số vào sổ, given when the decision is issued
	Sex          string // the person's sex ("Nam", "Nữ", ""), for "Ông"/"Bà" on certificates
}

// NewDecision is what a user (or `tdkt decision create`) gives to draft a
// decision; the rest comes from the settings and the campaign.
type NewDecision struct {
	CampaignID  int64
	Form        string    // award form name, as in the award forms table
	Number      string    // "123/QĐ-UBND"; empty: the next free number of the year
	Date        time.Time // decision date; it fixes the regime and base salary
	SignerName  string    // empty: the settings' default signer
	SignerTitle string    // "CHỦ TỊCH" or "PHÓ CHỦ TỊCH" ("KT. CHỦ TỊCH" is added); empty: settings
	CorrectsID  int64     // the issued decision this one corrects
	// Proposal is the number of the tờ trình the decision follows
	// ("45/TTr-SNV"): an issued department proposal in the register
	// (CreateProposal with Department), whose list the decision grants,
	// or one kept elsewhere, cited with ProposalDate; "" for none.
	Proposal     string
	ProposalDate time.Time
}

// ErrNothingToGrant means no nomination of the form is waiting for a decision.
var ErrNothingToGrant = errors.New("không có đề nghị nào của hình thức này đang chờ quyết định")

// NextDecisionNumber suggests the next free number of the year's register
// for the agency's symbol ("124/QĐ-UBND" after 123).
func (s *Store) NextDecisionNumber(ctx context.Context, year int) (string, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return "", err
	}
	symbol := "QĐ-" + strings.ToUpper(strings.TrimSpace(st.AgencyShort))
	if st.AgencyShort == "" {
		symbol = "QĐ-UBND"
	}
	var max int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM decisions WHERE year = ? AND symbol = ?`, year, symbol).Scan(&max); err != nil {
		return "", err
	}
	return DocNumber{Seq: max + 1, Symbol: symbol}.String(), nil
}

// grantable selects the nominations a new decision grants: those of the
// campaign and form that are not refused, not yet in a decision (or, for a
// correction, in the decision corrected) and not in a proposal — proposed
// to a higher authority, they are not granted again by the issuer (Luật
// Thi đua, khen thưởng 2022: one achievement, one award; a draft proposal
// holds them as a draft decision does), unless the decision follows the
// department's proposal that holds them (its list is what the decision
// grants) — collectives first in the user's order, then households, then
// individuals by given name.
const grantable = `
	SELECT n.id, n.kind, e.name, n.position, n.workplace, n.rank
	FROM nominations n JOIN nominees e ON e.id = n.nominee_id
	WHERE n.campaign_id = ? AND n.form_id = ?
	  AND n.status NOT IN ('Không đủ điều kiện', 'Trả lại')
	  AND NOT EXISTS (SELECT 1 FROM decision_items i WHERE i.nomination_id = n.id AND i.decision_id <> ?)
	  AND ((? = 0 AND NOT EXISTS (SELECT 1 FROM proposal_items p WHERE p.nomination_id = n.id))
	    OR EXISTS (SELECT 1 FROM proposal_items p WHERE p.nomination_id = n.id AND p.proposal_id = ?))
	ORDER BY n.kind DESC, n.ord, n.sort_key, n.id`

// grantItems reads the list a new decision would grant, in order, with
// each line's money for the decision date.
// proposalID, when not 0, is the department's proposal whose list the
// decision grants.
func grantItems(ctx context.Context, q readQuerier, campaignID int64, form AwardForm, correctsID, proposalID int64, date time.Time, tables moneyTables) ([]DecisionItem, error) {
	rows, err := q.QueryContext(ctx, grantable, campaignID, form.ID, correctsID, proposalID, proposalID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []DecisionItem
	for rows.Next() {
		var it DecisionItem
		var kind, position, workplace string
		if err := rows.Scan(&it.NominationID, &kind, &it.Name, &position, &workplace, &it.Rank); err != nil {
			return nil, err
		}
		it.Kind = award.Kind(kind)
		it.Detail = award.DetailLine(position, workplace)
		it.Pos = len(items) + 1
		if it.Money, err = tables.money(form.Name, it.Kind, date); err != nil {
			return nil, fmt.Errorf("%s (%s): %w", it.Name, it.Kind, err)
		}
		items = append(items, it)
	}
	return items, rows.Err()
}

// PreviewDecision is the list a decision for the campaign and form dated
// date would grant now, with its money, without writing anything: what
// the decision composer shows before the user creates the draft.
// proposalID, when not 0, is the department's proposal it would follow.
func (s *Store) PreviewDecision(ctx context.Context, campaignID int64, form string, date time.Time, proposalID int64) ([]DecisionItem, error) {
	f, err := s.formByName(ctx, form)
	if err != nil {
		return nil, err
	}
	tables, err := s.moneyTables(ctx)
	if err != nil {
		return nil, err
	}
	return grantItems(ctx, s.db, campaignID, f, 0, proposalID, date, tables)
}

// formByName finds an award form ignoring case and diacritics; the error
// lists the forms there are.
func (s *Store) formByName(ctx context.Context, name string) (AwardForm, error) {
	forms, err := s.AwardForms(ctx)
	if err != nil {
		return AwardForm{}, err
	}
	names := make([]string, len(forms))
	for i, f := range forms {
		if vn.Fold(f.Name) == vn.Fold(name) {
			return f, nil
		}
		names[i] = f.Name
	}
	return AwardForm{}, fmt.Errorf("không có hình thức khen thưởng %q; các hình thức: %s", name, strings.Join(names, "; "))
}

// CreateDecision drafts a decision granting every waiting nomination of the
// form in the campaign, with money computed for its date, and the text
// (subject, Căn cứ, articles, recipients) composed from the settings, the
// campaign and the decree in force. The draft can be edited until issued.
func (s *Store) CreateDecision(ctx context.Context, nd NewDecision) (Decision, error) {
	if nd.Date.IsZero() {
		return Decision{}, fmt.Errorf("cần ngày ký quyết định")
	}
	set, err := s.Settings(ctx)
	if err != nil {
		return Decision{}, err
	}
	camp, err := s.Campaign(ctx, nd.CampaignID)
	if err != nil {
		return Decision{}, err
	}
	form, err := s.formByName(ctx, nd.Form)
	if err != nil {
		return Decision{}, err
	}
	if nd.Number == "" {
		if nd.Number, err = s.NextDecisionNumber(ctx, nd.Date.Year()); err != nil {
			return Decision{}, err
		}
	}
	num, err := ParseDocNumber(nd.Number)
	if err != nil {
		return Decision{}, err
	}
	tables, err := s.moneyTables(ctx)
	if err != nil {
		return Decision{}, err
	}
	regime, ok := award.RegimeOn(tables.Regimes, nd.Date)
	if !ok {
		return Decision{}, fmt.Errorf("không có nghị định nào về tiền thưởng có hiệu lực vào ngày %s", vn.DMY(nd.Date))
	}
	if err := s.checkCompetence(ctx, form, tables.Issuer, nd.Date); err != nil {
		return Decision{}, err
	}

	d := Decision{
		Number: num.String(), Seq: num.Seq, Symbol: num.Symbol, Year: nd.Date.Year(), Date: nd.Date,
		CampaignID: camp.ID, FormID: form.ID, FormName: form.Name, Regime: regime.Code,
		ParentBody: set.ParentBody, Agency: set.Agency, Place: set.Place, Authority: set.Authority,
		SignerName: firstNonEmpty(vn.Clean(nd.SignerName), set.SignerName),
		CorrectsID: nd.CorrectsID, State: DecisionDraft,
	}
	citation, err := s.citeProposal(ctx, &d, nd, camp)
	if err != nil {
		return Decision{}, err
	}
	d.SignerTitle, d.SignerFor = signerBlock(firstNonEmpty(nd.SignerTitle, set.SignerTitle), set.SignerFor, nd.SignerTitle != "")
	if d.Agency == "" || d.Place == "" {
		return Decision{}, fmt.Errorf("chưa có tên cơ quan ban hành hoặc địa danh: hãy điền trong Cài đặt (hoặc tạo cây đơn vị hành chính của tỉnh)")
	}

	var items []DecisionItem
	err = s.write(ctx, func(t *Tx) error {
		if nd.CorrectsID != 0 {
			var state string
			if err := t.queryRow(`SELECT state FROM decisions WHERE id = ?`, nd.CorrectsID).Scan(&state); err != nil || state != DecisionIssued {
				return fmt.Errorf("chỉ đính chính được một quyết định đã ban hành")
			}
		}
		var dup string
		if err := t.queryRow(`SELECT number FROM decisions WHERE year = ? AND seq = ? AND symbol = ?`, d.Year, d.Seq, d.Symbol).Scan(&dup); err == nil {
			return fmt.Errorf("số %s đã có trong sổ năm %d; số tiếp theo còn trống có thể dùng", dup, d.Year)
		}
		var err error
		items, err = grantItems(ctx, t.tx, camp.ID, form, nd.CorrectsID, d.ProposalID, nd.Date, tables)
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return fmt.Errorf("%w: %s, đợt %q", ErrNothingToGrant, form.Name, camp.Name)
		}
		for _, it := range items {
			switch it.Kind {
			case award.Collective:
				d.Collectives++
			case award.Household:
				d.Households++
			default:
				d.Individuals++
			}
			d.Total += it.Money
		}
		money := map[award.Kind]int64{}
		for _, it := range items {
			if money[it.Kind] == 0 {
				money[it.Kind] = it.Money
			}
		}
		corrects := ""
		if d.CorrectsID != 0 {
			var old, day string
			if err := t.queryRow(`SELECT number, date FROM decisions WHERE id = ?`, d.CorrectsID).Scan(&old, &day); err != nil {
				return err
			}
			corrects = "Quyết định số " + old
			if od, err := time.Parse(isoDate, day); err == nil {
				corrects += " ngày " + vn.DMY(od)
			}
		}
		text := award.ComposeDecision(award.DecisionFacts{Form: d.FormName, Date: d.Date, Collectives: d.Collectives, Individuals: d.Individuals, Households: d.Households,
			Money: money, Total: d.Total, Campaign: camp.Name, Plan: camp.Plan(), Proposer: set.Proposer, Agency: d.Agency, Level: tables.Issuer,
			Regime: regime, Corrects: corrects, Citation: citation})
		d.Subject, d.Bases, d.Proposal, d.Articles, d.Recipients = text.Subject, text.Bases, text.Proposal, text.Articles, text.Recipients
		r, err := t.exec(`INSERT INTO decisions(number, seq, symbol, year, date, campaign_id, form_id, form_name, regime,
				parent_body, agency, place, authority, subject, bases, proposal, articles, recipients,
				signer_for, signer_title, signer_name, corrects_id, proposal_id, state)
			VALUES (?,?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?,?, ?,?,?,?,?, 'draft')`,
			d.Number, d.Seq, d.Symbol, d.Year, d.Date.Format(isoDate), d.CampaignID, d.FormID, d.FormName, d.Regime,
			d.ParentBody, d.Agency, d.Place, d.Authority, d.Subject, jsonLines(d.Bases), d.Proposal, jsonLines(d.Articles), jsonLines(d.Recipients),
			d.SignerFor, d.SignerTitle, d.SignerName, nullableID(d.CorrectsID), nullableID(d.ProposalID))
		if err != nil {
			return fmt.Errorf("không lưu được quyết định %s: %w", d.Number, err)
		}
		d.ID, _ = r.LastInsertId()
		for _, it := range items {
			if _, err := t.exec(`INSERT INTO decision_items(decision_id, nomination_id, pos, kind, name, detail, rank, money)
				VALUES (?,?,?,?,?,?,?,?)`, d.ID, it.NominationID, it.Pos, string(it.Kind), it.Name, it.Detail, it.Rank, it.Money); err != nil {
				return err
			}
		}
		return t.audit("decisions", d.ID, "create", nil, map[string]any{
			"number": d.Number, "date": d.Date.Format(isoDate), "form": d.FormName, "campaign": camp.Name,
			"collectives": d.Collectives, "individuals": d.Individuals, "households": d.Households, "total": d.Total})
	})
	if err != nil {
		return Decision{}, err
	}
	issuer := firstNonEmpty(set.IssuerUnit, set.ProvinceCode)
	if successor, gone := Successor(set.Structure, issuer, d.Date); gone {
		u, _ := s.UnitByCode(ctx, set.Structure, issuer)
		what := "không còn (cấp huyện đã bỏ)"
		if successor != "" {
			what = "đã hợp nhất vào " + successor
		}
		d.Warnings = append(d.Warnings, problem.NewWarning("agency", problem.AgencyDissolved,
			"quyết định đề ngày %s nhưng đơn vị ban hành %s (mã %s) %s từ ngày 01/7/2025: hãy kiểm tra tên cơ quan ban hành, thẩm quyền và cây đơn vị hành chính trong Cài đặt",
			vn.DMY(d.Date), firstNonEmpty(u.Name, issuer), issuer, what))
	}
	return d, nil
}

// signerBlock gives the signer's title and the "KT." line: a deputy signs
// on behalf of the chairman ("KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH").
func signerBlock(title, settingsFor string, explicit bool) (string, string) {
	title = strings.ToUpper(vn.Clean(title))
	if title == "" {
		title = "CHỦ TỊCH"
	}
	if strings.HasPrefix(title, "PHÓ ") {
		if explicit || settingsFor == "" {
			return title, "KT. " + strings.TrimPrefix(title, "PHÓ ")
		}
		return title, settingsFor
	}
	return title, ""
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func jsonLines(l []string) string {
	if l == nil {
		l = []string{}
	}
	b, _ := json.Marshal(l)
	return string(b)
}

const decisionCols = `d.id, d.number, d.seq, d.symbol, d.year, d.date, COALESCE(d.campaign_id, 0), d.form_id, d.form_name, d.regime,
	d.parent_body, d.agency, d.place, d.authority, d.subject, d.bases, d.proposal, d.articles, d.recipients,
	d.signer_for, d.signer_title, d.signer_name, COALESCE(d.corrects_id, 0), COALESCE(d.proposal_id, 0), d.state, d.issued_at,
	(SELECT COUNT(*) FROM decision_items i WHERE i.decision_id = d.id AND i.kind = 'Tập thể'),
	(SELECT COUNT(*) FROM decision_items i WHERE i.decision_id = d.id AND i.kind = 'Cá nhân'),
	(SELECT COUNT(*) FROM decision_items i WHERE i.decision_id = d.id AND i.kind = 'Hộ gia đình'),
	(SELECT COALESCE(SUM(money), 0) FROM decision_items i WHERE i.decision_id = d.id)`

func scanDecision(sc scanner) (Decision, error) {
	var d Decision
	var day, bases, articles, recipients string
	err := sc.Scan(&d.ID, &d.Number, &d.Seq, &d.Symbol, &d.Year, &day, &d.CampaignID, &d.FormID, &d.FormName, &d.Regime,
		&d.ParentBody, &d.Agency, &d.Place, &d.Authority, &d.Subject, &bases, &d.Proposal, &articles, &recipients,
		&d.SignerFor, &d.SignerTitle, &d.SignerName, &d.CorrectsID, &d.ProposalID, &d.State, &d.IssuedAt,
		&d.Collectives, &d.Individuals, &d.Households, &d.Total)
	if err != nil {
		return d, err
	}
	if d.Date, err = time.Parse(isoDate, day); err != nil {
		return d, err
	}
	for _, p := range []struct {
		src string
		dst *[]string
	}{{bases, &d.Bases}, {articles, &d.Articles}, {recipients, &d.Recipients}} {
		if err := json.Unmarshal([]byte(p.src), p.dst); err != nil {
			return d, fmt.Errorf("quyết định %s: %w", d.Number, err)
		}
	}
	return d, nil
}

// DecisionByNumber finds a decision by its number ("123/QĐ-UBND", also
// typed "123/QD-UBND", and "3/QĐ-UBND" for "03/QĐ-UBND"); with several
// years using the number, the latest. It matches the sequence number and
// symbol, so a decision stored before numbers took their leading zero
// ("3/QĐ-UBND") is found too.
func (s *Store) DecisionByNumber(ctx context.Context, number string) (Decision, error) {
	num, err := ParseDocNumber(number)
	if err != nil {
		return Decision{}, err
	}
	d, err := scanDecision(s.db.QueryRowContext(ctx, `SELECT `+decisionCols+` FROM decisions d WHERE d.seq = ? AND d.symbol = ?
		ORDER BY d.year DESC, d.id DESC LIMIT 1`, num.Seq, num.Symbol))
	if err == sql.ErrNoRows {
		return Decision{}, fmt.Errorf("quyết định số %s: %w", num, ErrNotFound)
	}
	return d, err
}

// Decisions lists the register of a year (0: every year), newest first.
func (s *Store) Decisions(ctx context.Context, year int) ([]Decision, error) {
	q, args := byYear(decisionCols, "decisions d", year)
	return queryAll(ctx, s, scanDecision, q, args...)
}

// DecisionItems is a decision's list in its order.
func (s *Store) DecisionItems(ctx context.Context, decisionID int64) ([]DecisionItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT i.nomination_id, i.pos, i.kind, i.name, i.detail, i.rank, i.money, i.register_no, COALESCE(e.sex, '')
		FROM decision_items i LEFT JOIN nominations n ON n.id = i.nomination_id LEFT JOIN nominees e ON e.id = n.nominee_id
		WHERE i.decision_id = ? ORDER BY i.pos`, decisionID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []DecisionItem
	for rows.Next() {
		var it DecisionItem
		var kind string
		if err := rows.Scan(&it.NominationID, &it.Pos, &kind, &it.Name, &it.Detail, &it.Rank, &it.Money, &it.RegisterNo, &it.Sex); err != nil {
			return nil, err
		}
		it.Kind = award.Kind(kind)
		out = append(out, it)
	}
	return out, rows.Err()
}

// UpdateDecisionText saves the edited text of a draft (number, date and
// list stay as created; a new date needs a new draft, since money follows it).
func (s *Store) UpdateDecisionText(ctx context.Context, d Decision) error {
	return s.write(ctx, func(t *Tx) error {
		var state string
		if err := t.queryRow(`SELECT state FROM decisions WHERE id = ?`, d.ID).Scan(&state); err != nil {
			return fmt.Errorf("quyết định %d: %w", d.ID, ErrNotFound)
		}
		if state == DecisionIssued {
			return fmt.Errorf("quyết định %s đã ban hành, không sửa được; hãy ban hành quyết định đính chính", d.Number)
		}
		clean := func(l []string) []string {
			var out []string
			for _, s := range l {
				if s = vn.Clean(s); s != "" {
					out = append(out, s)
				}
			}
			return out
		}
		_, err := t.exec(`UPDATE decisions SET parent_body = ?, agency = ?, place = ?, authority = ?, subject = ?, bases = ?, proposal = ?,
			articles = ?, recipients = ?, signer_for = ?, signer_title = ?, signer_name = ? WHERE id = ?`,
			vn.Clean(d.ParentBody), vn.Clean(d.Agency), vn.Clean(d.Place), vn.Clean(d.Authority), vn.Clean(d.Subject),
			jsonLines(clean(d.Bases)), vn.Clean(d.Proposal), jsonLines(clean(d.Articles)), jsonLines(clean(d.Recipients)),
			vn.Clean(d.SignerFor), vn.Clean(d.SignerTitle), vn.Clean(d.SignerName), d.ID)
		if err != nil {
			return err
		}
		return t.audit("decisions", d.ID, "update", nil, map[string]any{"number": d.Number, "subject": d.Subject, "signer": d.SignerName})
	})
}

// SetDecisionSigner changes who signs a draft: the signer's name and
// title, each left as it is when empty. A deputy's title ("PHÓ CHỦ TỊCH")
// signs on behalf of the chairman ("KT. CHỦ TỊCH"). An issued decision is
// refused.
func (s *Store) SetDecisionSigner(ctx context.Context, number, name, title string) (Decision, error) {
	d, err := s.DecisionByNumber(ctx, number)
	if err != nil {
		return d, err
	}
	if d.Issued() {
		return d, fmt.Errorf("quyết định %s đã ban hành, không sửa được; muốn sửa sai, hãy tạo quyết định đính chính", d.Number)
	}
	if name = vn.Clean(name); name != "" {
		d.SignerName = name
	}
	if strings.TrimSpace(title) != "" {
		d.SignerTitle, d.SignerFor = signerBlock(title, "", true)
	}
	if err := s.UpdateDecisionText(ctx, d); err != nil {
		return d, err
	}
	return s.DecisionByNumber(ctx, d.Number)
}

// DeleteDecision removes a draft; its nominations wait for a decision again.
func (s *Store) DeleteDecision(ctx context.Context, id int64) error {
	return s.write(ctx, func(t *Tx) error {
		var number, state string
		if err := t.queryRow(`SELECT number, state FROM decisions WHERE id = ?`, id).Scan(&number, &state); err != nil {
			return fmt.Errorf("quyết định %d: %w", id, ErrNotFound)
		}
		if state == DecisionIssued {
			return fmt.Errorf("quyết định %s đã ban hành: quyết định đã ban hành là văn bản lưu trữ, không bao giờ xóa được; "+
				"muốn sửa sai, hãy tạo quyết định đính chính", number)
		}
		if _, err := t.exec(`DELETE FROM decisions WHERE id = ?`, id); err != nil {
			return err
		}
		return t.audit("decisions", id, "delete", map[string]any{"number": number}, nil)
	})
}

// IssueDecision issues a draft: its nominations become Đã khen, each line
// gets its register number (running through the year's issued decisions),
// and from then on the decision, its list and those nominations are
// read-only, enforced by the database.
func (s *Store) IssueDecision(ctx context.Context, number string) (Decision, error) {
	d, err := s.DecisionByNumber(ctx, number)
	if err != nil {
		return d, err
	}
	if d.Issued() {
		return d, fmt.Errorf("quyết định %s đã ban hành lúc %s", d.Number, vn.Moment(d.IssuedAt))
	}
	if strings.TrimSpace(d.SignerName) == "" {
		return d, fmt.Errorf("quyết định %s chưa có người ký: điền người ký trước khi ban hành", d.Number)
	}
	err = s.write(ctx, func(t *Tx) error {
		var last int
		if err := t.queryRow(`SELECT COALESCE(MAX(CAST(i.register_no AS INTEGER)), 0) FROM decision_items i
			JOIN decisions x ON x.id = i.decision_id WHERE x.year = ? AND x.state = 'issued'`, d.Year).Scan(&last); err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE decision_items SET register_no = CAST(? + pos AS TEXT) WHERE decision_id = ?`, last, d.ID); err != nil {
			return err
		}
		if _, err := t.exec(`UPDATE nominations SET status = 'Đã khen', reason = ''
			WHERE id IN (SELECT nomination_id FROM decision_items WHERE decision_id = ?)`, d.ID); err != nil {
			return err
		}
		d.IssuedAt = t.at
		if _, err := t.exec(`UPDATE decisions SET state = 'issued', issued_at = ? WHERE id = ?`, t.at, d.ID); err != nil {
			return err
		}
		return t.audit("decisions", d.ID, "issue", map[string]any{"state": DecisionDraft},
			map[string]any{"number": d.Number, "state": DecisionIssued, "nominations": d.Collectives + d.Individuals + d.Households})
	})
	if err != nil {
		return d, err
	}
	d.State = DecisionIssued
	return d, nil
}

// ErrNotCompetent is wrapped by the refusal of a decision on a form its
// issuer may not grant.
var ErrNotCompetent = errors.New("không có thẩm quyền")

// checkCompetence refuses a decision on a form that the issuing committee's
// chairman may not grant on that date (award.MayGrant): such a decision is
// void. The message names who grants the form and says to make a proposal.
// With no issuer known (no province built, no issuer_unit) nothing is
// checked: the settings' own message comes first.
func (s *Store) checkCompetence(ctx context.Context, form AwardForm, issuer award.Level, date time.Time) error {
	if issuer == "" {
		return nil
	}
	comp, err := s.Competence(ctx)
	if err != nil {
		return err
	}
	if award.MayGrant(comp, form.Name, issuer, date) {
		return nil
	}
	msg := award.NotCompetent(form.Name, issuer, award.Grantors(comp, form.Name, date), form.Authority)
	return &failure{msg: msg, cause: ErrNotCompetent}
}
