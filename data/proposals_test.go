package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"tdkt/data/award"
)

// proposalFixture is Bắc Kạn's campaign of decisionFixture plus the other
// path of the seeds: 3 collectives and 3 individuals proposed for Bằng
// khen của Thủ tướng Chính phủ, one more returned.
func proposalFixture(t *testing.T) (*Store, Campaign) {
	t.Helper()
	st, camp := decisionFixture(t)
	ctx := context.Background()
	add := func(kind award.Kind, name, birth string) int64 {
		id, err := st.AddNomination(ctx, camp.ID, award.Entry{Kind: kind, Name: name, Birth: birth, Form: award.FormBangKhenThuTuong,
			Position: "Trưởng ban", Workplace: "Ủy ban bầu cử tỉnh", Achievement: "Hoàn thành xuất sắc nhiệm vụ tổ chức bầu cử " + name})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return id
	}
	add(award.Collective, "Ủy ban bầu cử tỉnh Bắc Kạn", "")
	add(award.Collective, "Sở Nội vụ tỉnh Bắc Kạn", "")
	add(award.Collective, "Ủy ban bầu cử huyện Pác Nặm", "")
	add(award.Individual, "Hoàng Thị Hạnh", "1972")
	add(award.Individual, "Đinh Quang Tuyên", "1968")
	add(award.Individual, "Lý Thị Mai", "1979")
	returned := add(award.Individual, "Mã Văn Tú", "1981")
	if err := st.SetNominationStatus(ctx, []int64{returned}, award.Returned, "thiếu hồ sơ"); err != nil {
		t.Fatal(err)
	}
	return st, camp
}

var proposalDay = time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)

func TestCreateIssueDeleteProposal(t *testing.T) {
	st, camp := proposalFixture(t)
	ctx := context.Background()
	p, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: "bằng khen của thủ tướng chính phủ", Number: "12/ttr-ubnd",
		Date: proposalDay, SignerName: "Nguyễn Long Hải", SignerTitle: "Phó Chủ tịch"})
	if err != nil {
		t.Fatal(err)
	}
	if p.Number != "12/TTr-UBND" || p.Collectives != 3 || p.Individuals != 3 {
		t.Errorf("proposal %s: %d collectives, %d individuals; want 12/TTr-UBND, 3 and 3", p.Number, p.Collectives, p.Individuals)
	}
	if p.SignerFor != "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH" || p.SignerTitle != "PHÓ CHỦ TỊCH" {
		t.Errorf("signer block = %q / %q", p.SignerFor, p.SignerTitle)
	}
	if len(p.Addressees) == 0 || p.Addressees[0] != "Thủ tướng Chính phủ" {
		t.Errorf("addressees = %q", p.Addressees)
	}
	if !strings.HasPrefix(p.Subject, "Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể và cá nhân") {
		t.Errorf("subject = %q", p.Subject)
	}
	if len(p.Paragraphs) != 2 || !strings.Contains(p.Paragraphs[0], "Ủy ban nhân dân tỉnh Bắc Kạn đề nghị Thủ tướng Chính phủ xem xét, tặng Bằng khen của Thủ tướng Chính phủ cho 3 tập thể và 3 cá nhân") {
		t.Errorf("paragraphs = %q", p.Paragraphs)
	}
	items, err := st.ProposalItems(ctx, p.ID)
	if err != nil || len(items) != 6 || items[0].Kind != award.Collective || !strings.HasPrefix(items[0].Achievement, "Hoàn thành xuất sắc") {
		t.Fatalf("items = %+v, %v", items, err)
	}

	// Read back as stored.
	got, err := st.ProposalByNumber(ctx, "12/TTr-UBND")
	if err != nil || got.ID != p.ID || got.Subject != p.Subject || got.Collectives != 3 || got.Issued() || len(got.Bases) != len(p.Bases) {
		t.Fatalf("read back %+v, %v", got, err)
	}
	// The same nominations are not proposed twice, nor is the number reused.
	if _, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "13/TTr-UBND", Date: proposalDay}); !errors.Is(err, ErrNothingToPropose) {
		t.Errorf("second proposal: %v, want ErrNothingToPropose", err)
	}
	// A draft is deleted; its nominations wait again.
	if _, err := st.DeleteProposal(ctx, p.Number); err != nil {
		t.Fatal(err)
	}
	if _, err := st.ProposalByNumber(ctx, p.Number); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted proposal still found: %v", err)
	}
	p, err = st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "12/TTr-UBND", Date: proposalDay})
	if err != nil {
		t.Fatal(err)
	}
	if p.SignerName == "" {
		// the settings carry no signer: issuing needs one
		if _, err := st.IssueProposal(ctx, p.Number); err == nil {
			t.Error("a proposal without a signer was issued")
		}
		if _, err := st.DB().Exec(`UPDATE proposals SET signer_name = 'Nguyễn Long Hải' WHERE id = ?`, p.ID); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.IssueProposal(ctx, p.Number); err != nil {
		t.Fatal(err)
	}
	n, err := st.Nomination(ctx, items[0].NominationID, proposalDay)
	if err != nil || n.Status != award.Submitted || n.Proposal != "12/TTr-UBND" {
		t.Errorf("a proposed nomination: status %q, proposal %q, %v; want Trình ký, 12/TTr-UBND", n.Status, n.Proposal, err)
	}
	if _, err := st.DeleteProposal(ctx, p.Number); err == nil {
		t.Error("an issued proposal was deleted")
	}
}

func TestIssuedProposalIsReadOnlyInTheDatabase(t *testing.T) {
	st, camp := proposalFixture(t)
	ctx := context.Background()
	p, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "12/TTr-UBND", Date: proposalDay, SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	items, _ := st.ProposalItems(ctx, p.ID)
	if _, err := st.DB().Exec(`DELETE FROM nominations WHERE id = ?`, items[0].NominationID); err == nil {
		t.Error("a nomination in a draft proposal was deleted")
	}
	if _, err := st.IssueProposal(ctx, p.Number); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE proposals SET subject = 'x' WHERE id = ?`,
		`UPDATE proposals SET state = 'draft' WHERE id = ?`,
		`DELETE FROM proposals WHERE id = ?`,
		`UPDATE proposal_items SET achievement = 'x' WHERE proposal_id = ?`,
		`DELETE FROM proposal_items WHERE proposal_id = ?`,
		`INSERT INTO proposal_items(proposal_id, nomination_id, pos, kind, name) VALUES (?, 999999, 99, 'Cá nhân', 'X')`,
		`UPDATE nominations SET achievement = 'x' WHERE id IN (SELECT nomination_id FROM proposal_items WHERE proposal_id = ?)`,
	} {
		if _, err := st.DB().Exec(q, p.ID); err == nil {
			t.Errorf("raw SQL on an issued proposal succeeded: %s", q)
		}
	}
	got, _ := st.ProposalByNumber(ctx, p.Number)
	if got.Subject != p.Subject || !got.Issued() || got.Collectives+got.Individuals != 6 {
		t.Errorf("issued proposal changed: %+v", got)
	}
}

func TestProposalRefusals(t *testing.T) {
	st, camp := proposalFixture(t)
	ctx := context.Background()
	count := func() int {
		var n int
		st.DB().QueryRow(`SELECT (SELECT COUNT(*) FROM proposals) + (SELECT COUNT(*) FROM proposal_items)`).Scan(&n)
		return n
	}
	// A form the province's chairman grants himself: a decision, not a proposal.
	_, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "12/TTr-UBND", Date: proposalDay})
	if !errors.Is(err, ErrMayGrant) || !strings.Contains(err.Error(), "hãy tạo quyết định") {
		t.Errorf("proposal for a form the issuer grants: %v", err)
	}
	// A decision's number, a bad number.
	for _, num := range []string{"12/QĐ-UBND", "TTr-UBND", "0/TTr-UBND"} {
		if _, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: num, Date: proposalDay}); err == nil {
			t.Errorf("number %q accepted", num)
		}
	}
	// All or nothing: a failure while writing the list leaves no proposal.
	if _, err := st.DB().Exec(`CREATE TRIGGER fail_items BEFORE INSERT ON proposal_items WHEN NEW.pos = 4 BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "12/TTr-UBND", Date: proposalDay}); err == nil {
		t.Fatal("create succeeded despite the failing trigger")
	}
	if n := count(); n != 0 {
		t.Errorf("a failed create left %d rows", n)
	}
	st.DB().Exec(`DROP TRIGGER fail_items`)
	if _, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "12/TTr-UBND", Date: proposalDay}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "12/TTr-UBND", Date: proposalDay}); err == nil {
		t.Error("the same number twice")
	}
}

// TestLuatTDKT2022_ProposalNotGrantedTwice: one achievement earns one
// award (Luật Thi đua, khen thưởng 2022, Điều 8 and 12): a nomination the
// province proposed to the Prime Minister is not granted again by a
// decision of the province, even where the competence table would let the
// province's chairman grant the form; a nomination the province decided is
// not proposed.
func TestLuatTDKT2022_ProposalNotGrantedTwice(t *testing.T) {
	st, camp := proposalFixture(t)
	ctx := context.Background()
	p, err := st.CreateProposal(ctx, NewProposal{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "12/TTr-UBND", Date: proposalDay, SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.IssueProposal(ctx, p.Number); err != nil {
		t.Fatal(err)
	}
	// Someone gives the province's chairman this form in the competence table.
	if _, err := st.DB().Exec(`INSERT INTO award_competence(form_id, level, effective_from) VALUES (?, 'tỉnh', '2000-01-01')`, p.FormID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenThuTuong, Number: "200/QĐ-UBND", Date: proposalDay}); !errors.Is(err, ErrNothingToGrant) {
		t.Errorf("decision over proposed nominations: %v, want ErrNothingToGrant", err)
	}
	// The preview agrees.
	if items, err := st.PreviewDecision(ctx, camp.ID, award.FormBangKhenThuTuong, proposalDay, 0); err != nil || len(items) != 0 {
		t.Errorf("preview lists %d proposed nominations, %v", len(items), err)
	}
	// The other way: decided nominations are not proposed.
	if _, err := st.DB().Exec(`DELETE FROM award_competence WHERE form_id = ? AND effective_from = '2000-01-01'`, p.FormID); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND", Date: proposalDay}); err != nil {
		t.Fatal(err)
	}
	var decided int
	st.DB().QueryRow(`SELECT COUNT(*) FROM decision_items i JOIN proposal_items p ON p.nomination_id = i.nomination_id`).Scan(&decided)
	if decided != 0 {
		t.Errorf("%d nominations are both decided and proposed", decided)
	}
}
