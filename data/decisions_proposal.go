package data

import (
	"context"
	"errors"
	"fmt"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// citeProposal resolves the tờ trình a new decision follows and returns
// how its text cites it ("tại Tờ trình số 45/TTr-SNV ngày 20/06/2021"):
//
//   - a department's proposal in the register must be issued and propose
//     the decision's form in its campaign; d.ProposalID is set, and the
//     decision grants its list;
//   - a number not in the register is cited as given, with its date
//     (nd.ProposalDate, required);
//   - a correction without one follows the proposal of the decision it
//     corrects.
func (s *Store) citeProposal(ctx context.Context, d *Decision, nd NewDecision, camp Campaign) (string, error) {
	if nd.Proposal == "" {
		if nd.CorrectsID == 0 {
			return "", nil
		}
		var id int64
		if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(proposal_id, 0) FROM decisions WHERE id = ?`, nd.CorrectsID).Scan(&id); err != nil || id == 0 {
			return "", nil
		}
		p, err := scanProposal(s.db.QueryRowContext(ctx, `SELECT `+proposalCols+` FROM proposals p WHERE p.id = ?`, id))
		if err != nil {
			return "", err
		}
		d.ProposalID = p.ID
		return award.ProposalCitation(p.Number, vn.DMY(p.Date)), nil
	}
	num, err := ParseProposalNumber(nd.Proposal)
	if err != nil {
		return "", err
	}
	p, err := s.ProposalByNumber(ctx, num.String())
	switch {
	case errors.Is(err, ErrNotFound):
		if nd.ProposalDate.IsZero() {
			return "", fmt.Errorf("tờ trình số %s không có trong sổ tờ trình của tdkt: hãy ghi cả ngày của tờ trình", num)
		}
		return award.ProposalCitation(num.String(), vn.DMY(nd.ProposalDate)), nil
	case err != nil:
		return "", err
	case p.Department == "":
		return "", fmt.Errorf("tờ trình %s là tờ trình của Ủy ban đề nghị cấp trên khen thưởng, không phải tờ trình của cơ quan tham mưu: quyết định của cấp mình không dẫn nó", p.Number)
	case !p.Issued():
		return "", fmt.Errorf("tờ trình %s còn là dự thảo: hãy ban hành tờ trình trước khi lập quyết định theo tờ trình đó", p.Number)
	case p.FormID != d.FormID || p.CampaignID != d.CampaignID:
		return "", fmt.Errorf("tờ trình %s đề nghị %s trong đợt %q, không phải %s trong đợt %q", p.Number, p.FormName, s.campaignName(ctx, p.CampaignID), d.FormName, camp.Name)
	}
	if !nd.ProposalDate.IsZero() && !nd.ProposalDate.Equal(p.Date) {
		return "", fmt.Errorf("tờ trình %s đề ngày %s trong sổ, không phải %s", p.Number, vn.DMY(p.Date), vn.DMY(nd.ProposalDate))
	}
	if nd.Date.Before(p.Date) {
		return "", fmt.Errorf("quyết định ngày %s không thể theo tờ trình %s ngày %s (sau quyết định)", vn.DMY(nd.Date), p.Number, vn.DMY(p.Date))
	}
	d.ProposalID = p.ID
	return award.ProposalCitation(p.Number, vn.DMY(p.Date)), nil
}

// campaignName is the campaign's name for a message ("" when unknown).
func (s *Store) campaignName(ctx context.Context, id int64) string {
	c, err := s.Campaign(ctx, id)
	if err != nil {
		return ""
	}
	return c.Name
}
