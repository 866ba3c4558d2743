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
	"tdkt/data/vn"
)

// Proposal is a tờ trình đề nghị khen thưởng: the issuing committee asks
// the competent authority to grant a form it may not grant itself (a
// province proposes Bằng khen của Thủ tướng Chính phủ). Its text as it
// will be printed, and its state; its list is in ProposalItems.
type Proposal struct {
	ID          int64
	Number      string // "12/TTr-UBND"
	Seq         int
	Symbol      string // "TTr-UBND"
	Year        int
	Date        time.Time
	CampaignID  int64
	FormID      int64
	FormName    string
	ParentBody  string
	Agency      string
	Place       string
	Addressees  []string // "Kính gửi" lines
	Subject     string
	Bases       []string // "Căn cứ ...;" lines
	Paragraphs  []string // the proposal and the closing
	Recipients  []string // "Nơi nhận" lines, without the closing "Lưu: VT, NV."
	SignerFor   string   // "TM. ỦY BAN NHÂN DÂN", with "\nKT. CHỦ TỊCH" when a deputy signs
	SignerTitle string
	SignerName  string
	// Department is the department that submits it to its committee's
	// chairman ("Sở Nội vụ"; see award.Department); "" for the
	// committee's own proposal to a higher authority.
	Department string
	State      string // DecisionDraft or DecisionIssued
	IssuedAt   string

	Collectives, Individuals, Households int // counts in its list
}

// Issued reports whether the proposal is a record that can no longer change.
func (p Proposal) Issued() bool { return p.State == DecisionIssued }

// ProposalItem is one line of a proposal's list, frozen as proposed.
type ProposalItem struct {
	NominationID int64
	Pos          int
	Kind         award.Kind
	Name         string
	Detail       string // chức vụ, đơn vị
	Achievement  string // tóm tắt thành tích
}

// NewProposal is what a user (or `tdkt proposal create`) gives to draft a
// proposal; the rest comes from the settings and the campaign.
type NewProposal struct {
	CampaignID  int64
	Form        string    // award form name, as in the award forms table
	Number      string    // "12/TTr-UBND"
	Date        time.Time // the proposal's date
	SignerName  string    // empty: the settings' default signer
	SignerTitle string    // "CHỦ TỊCH" or "PHÓ CHỦ TỊCH"; empty: settings
	// Department makes it the tờ trình of the department named by the
	// settings' proposer ("Giám đốc Sở Nội vụ") to the committee's
	// chairman, for a form the committee grants; the decision then
	// follows it (NewDecision.Proposal). SignerTitle "PHÓ GIÁM ĐỐC" makes
	// a deputy sign.
	Department bool
}

// ErrNothingToPropose means no nomination of the form is waiting.
var ErrNothingToPropose = errors.New("không có đề nghị nào của hình thức này chưa trình hoặc chưa quyết định")

// ErrMayGrant is wrapped by the refusal of a proposal for a form the
// issuer itself may grant: it makes a decision instead.
var ErrMayGrant = errors.New("có thẩm quyền tự quyết định")

// NextProposalNumber suggests the next free number of the year's register
// of proposals for the agency's symbol ("13/TTr-UBND" after 12), or, for
// the department's proposals, for the department's ("13/TTr-SNV").
func (s *Store) NextProposalNumber(ctx context.Context, year int, department bool) (string, error) {
	st, err := s.Settings(ctx)
	if err != nil {
		return "", err
	}
	symbol := "TTr-UBND"
	if short := strings.ToUpper(strings.TrimSpace(st.AgencyShort)); short != "" {
		symbol = "TTr-" + short
	}
	if department {
		if _, body, ok := award.Department(st.Proposer); ok {
			symbol = award.DepartmentSymbol("TTr", body)
		}
	}
	var max int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq), 0) FROM proposals WHERE year = ? AND symbol = ?`, year, symbol).Scan(&max); err != nil {
		return "", err
	}
	return DocNumber{Seq: max + 1, Symbol: symbol}.String(), nil
}

// proposable selects the nominations a new proposal puts forward: those of
// the campaign and form that are not refused and not yet in a proposal or
// a decision (draft or issued), in the order of a decision's list.
const proposable = `
	SELECT n.id, n.kind, e.name, n.position, n.workplace, n.achievement
	FROM nominations n JOIN nominees e ON e.id = n.nominee_id
	WHERE n.campaign_id = ? AND n.form_id = ?
	  AND n.status NOT IN ('Không đủ điều kiện', 'Trả lại')
	  AND NOT EXISTS (SELECT 1 FROM decision_items i WHERE i.nomination_id = n.id)
	  AND NOT EXISTS (SELECT 1 FROM proposal_items i WHERE i.nomination_id = n.id)
	ORDER BY n.kind DESC, n.ord, n.sort_key, n.id`

func proposeItems(ctx context.Context, q readQuerier, campaignID, formID int64) ([]ProposalItem, error) {
	rows, err := q.QueryContext(ctx, proposable, campaignID, formID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var items []ProposalItem
	for rows.Next() {
		var it ProposalItem
		var kind, position, workplace string
		if err := rows.Scan(&it.NominationID, &kind, &it.Name, &position, &workplace, &it.Achievement); err != nil {
			return nil, err
		}
		it.Kind = award.Kind(kind)
		it.Detail = award.DetailLine(position, workplace)
		it.Pos = len(items) + 1
		items = append(items, it)
	}
	return items, rows.Err()
}

// CreateProposal drafts a tờ trình proposing that the competent authority
// grant the form to every waiting nomination of it in the campaign, with
// its text composed from the settings, the campaign and the law in force
// (award.ComposeProposal). A form the issuing committee's chairman may
// grant is refused: a decision grants it. The draft can be deleted until
// issued.
func (s *Store) CreateProposal(ctx context.Context, np NewProposal) (Proposal, error) {
	if np.Date.IsZero() {
		return Proposal{}, fmt.Errorf("cần ngày của tờ trình")
	}
	set, err := s.Settings(ctx)
	if err != nil {
		return Proposal{}, err
	}
	camp, err := s.Campaign(ctx, np.CampaignID)
	if err != nil {
		return Proposal{}, err
	}
	form, err := s.formByName(ctx, np.Form)
	if err != nil {
		return Proposal{}, err
	}
	num, err := ParseProposalNumber(np.Number)
	if err != nil {
		return Proposal{}, err
	}
	level, err := s.issuerLevel(ctx, set)
	if err != nil {
		return Proposal{}, err
	}
	comp, err := s.Competence(ctx)
	if err != nil {
		return Proposal{}, err
	}
	mayGrant := level != "" && award.MayGrant(comp, form.Name, level, np.Date)
	switch {
	case np.Department && !mayGrant:
		return Proposal{}, fmt.Errorf("tờ trình của cơ quan tham mưu trình Chủ tịch chỉ dành cho hình thức Chủ tịch cấp mình có thẩm quyền tặng; %s do %s tặng: hãy lập tờ trình của Ủy ban (bỏ --department)",
			form.Name, firstNonEmpty(form.Authority, "cấp trên"))
	case !np.Department && mayGrant:
		return Proposal{}, &failure{cause: ErrMayGrant, msg: fmt.Sprintf("%s có thẩm quyền tặng %s: không cần tờ trình, hãy tạo quyết định khen thưởng (tdkt decision create)",
			level.Chairman(), form.Name)}
	}
	tables, err := s.moneyTables(ctx)
	if err != nil {
		return Proposal{}, err
	}
	regime, _ := award.RegimeOn(tables.Regimes, np.Date)

	p := Proposal{
		Number: num.String(), Seq: num.Seq, Symbol: num.Symbol, Year: np.Date.Year(), Date: np.Date,
		CampaignID: camp.ID, FormID: form.ID, FormName: form.Name,
		ParentBody: set.ParentBody, Agency: set.Agency, Place: set.Place,
		SignerName: firstNonEmpty(vn.Clean(np.SignerName), set.SignerName), State: DecisionDraft,
	}
	if np.Department {
		title, body, ok := award.Department(set.Proposer)
		if !ok {
			return Proposal{}, fmt.Errorf("cơ quan tham mưu trong Cài đặt (proposer = %q) không ghi tên cơ quan: hãy ghi như \"Giám đốc Sở Nội vụ\"", set.Proposer)
		}
		p.Department = body
		p.ParentBody, p.Agency = award.DepartmentHeader(set.Agency, body)
		deputy := strings.HasPrefix(strings.ToUpper(vn.Clean(np.SignerTitle)), "PHÓ")
		p.SignerFor, p.SignerTitle = award.DepartmentSigner(title, deputy)
		p.SignerName = vn.Clean(np.SignerName)
	} else {
		var deputyFor string
		p.SignerTitle, deputyFor = signerBlock(firstNonEmpty(np.SignerTitle, set.SignerTitle), set.SignerFor, np.SignerTitle != "")
		p.SignerFor = proposalSignerFor(p.Agency, deputyFor)
	}
	if set.Agency == "" || p.Place == "" {
		return Proposal{}, fmt.Errorf("chưa có tên cơ quan ban hành hoặc địa danh: hãy điền trong Cài đặt (hoặc tạo cây đơn vị hành chính của tỉnh)")
	}
	err = s.write(ctx, func(t *Tx) error {
		var dup string
		if err := t.queryRow(`SELECT number FROM proposals WHERE year = ? AND seq = ? AND symbol = ?`, p.Year, p.Seq, p.Symbol).Scan(&dup); err == nil {
			return fmt.Errorf("số %s đã có trong sổ tờ trình năm %d", dup, p.Year)
		}
		items, err := proposeItems(ctx, t.tx, camp.ID, form.ID)
		if err != nil {
			return err
		}
		if len(items) == 0 {
			return fmt.Errorf("%w: %s, đợt %q", ErrNothingToPropose, form.Name, camp.Name)
		}
		for _, it := range items {
			switch it.Kind {
			case award.Collective:
				p.Collectives++
			case award.Household:
				p.Households++
			default:
				p.Individuals++
			}
		}
		facts := award.ProposalFacts{Form: form.Name, Authority: form.Authority, Grantors: award.Grantors(comp, form.Name, p.Date),
			Date: p.Date, Collectives: p.Collectives, Individuals: p.Individuals, Households: p.Households,
			Campaign: camp.Name, Plan: camp.Plan(), Proposer: set.Proposer, Agency: set.Agency, Place: p.Place, Level: level, Regime: regime}
		text := award.ComposeProposal(facts)
		if np.Department {
			text = award.ComposeDepartmentProposal(facts)
		}
		p.Addressees, p.Subject, p.Bases, p.Paragraphs, p.Recipients = text.Addressees, text.Subject, text.Bases, text.Paragraphs, text.Recipients
		r, err := t.exec(`INSERT INTO proposals(number, seq, symbol, year, date, campaign_id, form_id, form_name,
				parent_body, agency, place, addressees, subject, bases, paragraphs, recipients,
				signer_for, signer_title, signer_name, department, state)
			VALUES (?,?,?,?,?,?,?,?, ?,?,?,?,?,?,?,?, ?,?,?,?, 'draft')`,
			p.Number, p.Seq, p.Symbol, p.Year, p.Date.Format(isoDate), p.CampaignID, p.FormID, p.FormName,
			p.ParentBody, p.Agency, p.Place, jsonLines(p.Addressees), p.Subject, jsonLines(p.Bases), jsonLines(p.Paragraphs), jsonLines(p.Recipients),
			p.SignerFor, p.SignerTitle, p.SignerName, p.Department)
		if err != nil {
			return fmt.Errorf("không lưu được tờ trình %s: %w", p.Number, err)
		}
		p.ID, _ = r.LastInsertId()
		for _, it := range items {
			if _, err := t.exec(`INSERT INTO proposal_items(proposal_id, nomination_id, pos, kind, name, detail, achievement)
				VALUES (?,?,?,?,?,?,?)`, p.ID, it.NominationID, it.Pos, string(it.Kind), it.Name, it.Detail, it.Achievement); err != nil {
				return err
			}
		}
		return t.audit("proposals", p.ID, "create", nil, map[string]any{
			"number": p.Number, "date": p.Date.Format(isoDate), "form": p.FormName, "campaign": camp.Name,
			"collectives": p.Collectives, "individuals": p.Individuals, "households": p.Households})
	})
	if err != nil {
		return Proposal{}, err
	}
	return p, nil
}

// proposalSignerFor is the line over the signer of a tờ trình: a people's
// committee proposes as a body, so its chairman signs "TM. ỦY BAN NHÂN
// DÂN" (Nghị định 30/2020/NĐ-CP, Điều 13), and a deputy "KT. CHỦ TỊCH"
// under it.
func proposalSignerFor(agency, deputyFor string) string {
	body := "ỦY BAN NHÂN DÂN"
	if a := strings.ToUpper(vn.Clean(agency)); a != "" && !strings.HasPrefix(a, body) {
		body = a
	}
	if deputyFor == "" {
		return "TM. " + body
	}
	return "TM. " + body + "\n" + deputyFor
}

const proposalCols = `p.id, p.number, p.seq, p.symbol, p.year, p.date, COALESCE(p.campaign_id, 0), p.form_id, p.form_name,
	p.parent_body, p.agency, p.place, p.addressees, p.subject, p.bases, p.paragraphs, p.recipients,
	p.signer_for, p.signer_title, p.signer_name, p.department, p.state, p.issued_at,
	(SELECT COUNT(*) FROM proposal_items i WHERE i.proposal_id = p.id AND i.kind = 'Tập thể'),
	(SELECT COUNT(*) FROM proposal_items i WHERE i.proposal_id = p.id AND i.kind = 'Cá nhân'),
	(SELECT COUNT(*) FROM proposal_items i WHERE i.proposal_id = p.id AND i.kind = 'Hộ gia đình')`

func scanProposal(sc scanner) (Proposal, error) {
	var p Proposal
	var day, addressees, bases, paragraphs, recipients string
	err := sc.Scan(&p.ID, &p.Number, &p.Seq, &p.Symbol, &p.Year, &day, &p.CampaignID, &p.FormID, &p.FormName,
		&p.ParentBody, &p.Agency, &p.Place, &addressees, &p.Subject, &bases, &paragraphs, &recipients,
		&p.SignerFor, &p.SignerTitle, &p.SignerName, &p.Department, &p.State, &p.IssuedAt,
		&p.Collectives, &p.Individuals, &p.Households)
	if err != nil {
		return p, err
	}
	if p.Date, err = time.Parse(isoDate, day); err != nil {
		return p, err
	}
	for _, f := range []struct {
		src string
		dst *[]string
	}{{addressees, &p.Addressees}, {bases, &p.Bases}, {paragraphs, &p.Paragraphs}, {recipients, &p.Recipients}} {
		if err := json.Unmarshal([]byte(f.src), f.dst); err != nil {
			return p, fmt.Errorf("tờ trình %s: %w", p.Number, err)
		}
	}
	return p, nil
}

// ProposalByNumber finds a proposal by its number ("12/TTr-UBND", also
// "12/ttr-ubnd"); with several years using the number, the latest.
func (s *Store) ProposalByNumber(ctx context.Context, number string) (Proposal, error) {
	num, err := ParseProposalNumber(number)
	if err != nil {
		return Proposal{}, err
	}
	p, err := scanProposal(s.db.QueryRowContext(ctx, `SELECT `+proposalCols+` FROM proposals p WHERE p.seq = ? AND p.symbol = ?
		ORDER BY p.year DESC, p.id DESC LIMIT 1`, num.Seq, num.Symbol))
	if err == sql.ErrNoRows {
		return Proposal{}, fmt.Errorf("tờ trình số %s: %w", num, ErrNotFound)
	}
	return p, err
}

// Proposals lists the proposals of a year (0: every year), newest first.
func (s *Store) Proposals(ctx context.Context, year int) ([]Proposal, error) {
	q, args := byYear(proposalCols, "proposals p", year)
	return queryAll(ctx, s, scanProposal, q, args...)
}

// ProposalItems is a proposal's list in its order.
func (s *Store) ProposalItems(ctx context.Context, proposalID int64) ([]ProposalItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT nomination_id, pos, kind, name, detail, achievement
		FROM proposal_items WHERE proposal_id = ? ORDER BY pos`, proposalID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ProposalItem
	for rows.Next() {
		var it ProposalItem
		var kind string
		if err := rows.Scan(&it.NominationID, &it.Pos, &kind, &it.Name, &it.Detail, &it.Achievement); err != nil {
			return nil, err
		}
		it.Kind = award.Kind(kind)
		out = append(out, it)
	}
	return out, rows.Err()
}

// DeleteProposal removes a draft; its nominations wait again.
func (s *Store) DeleteProposal(ctx context.Context, number string) (Proposal, error) {
	p, err := s.ProposalByNumber(ctx, number)
	if err != nil {
		return p, err
	}
	if p.Issued() {
		return p, fmt.Errorf("tờ trình %s đã ban hành: văn bản đã ban hành là văn bản lưu trữ, không xóa được", p.Number)
	}
	return p, s.write(ctx, func(t *Tx) error {
		if _, err := t.exec(`DELETE FROM proposals WHERE id = ?`, p.ID); err != nil {
			return err
		}
		return t.audit("proposals", p.ID, "delete", map[string]any{"number": p.Number}, nil)
	})
}

// IssueProposal issues a draft: from then on the proposal and its list are
// read-only (enforced by the database), its nominations that were waiting
// (Đề nghị, Đã thẩm định) become Trình ký — submitted to the authority
// that decides — and no decision of the issuer grants them.
func (s *Store) IssueProposal(ctx context.Context, number string) (Proposal, error) {
	p, err := s.ProposalByNumber(ctx, number)
	if err != nil {
		return p, err
	}
	if p.Issued() {
		return p, fmt.Errorf("tờ trình %s đã ban hành lúc %s", p.Number, vn.Moment(p.IssuedAt))
	}
	if strings.TrimSpace(p.SignerName) == "" {
		return p, fmt.Errorf("tờ trình %s chưa có người ký: điền người ký trước khi ban hành", p.Number)
	}
	err = s.write(ctx, func(t *Tx) error {
		if _, err := t.exec(`UPDATE nominations SET status = ? WHERE status IN (?, ?)
			AND id IN (SELECT nomination_id FROM proposal_items WHERE proposal_id = ?)`,
			string(award.Submitted), string(award.Proposed), string(award.Verified), p.ID); err != nil {
			return err
		}
		p.IssuedAt = t.at
		if _, err := t.exec(`UPDATE proposals SET state = 'issued', issued_at = ? WHERE id = ?`, t.at, p.ID); err != nil {
			return err
		}
		return t.audit("proposals", p.ID, "issue", map[string]any{"state": DecisionDraft},
			map[string]any{"number": p.Number, "state": DecisionIssued, "nominations": p.Collectives + p.Individuals + p.Households})
	})
	if err != nil {
		return p, err
	}
	p.State = DecisionIssued
	return p, nil
}
