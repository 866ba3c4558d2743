package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// decisionFixture builds Bắc Kạn with a campaign of 3 collectives and 4
// individuals proposed for the provincial Bằng khen, one of them refused,
// and one Giấy khen.
func decisionFixture(t *testing.T) (*Store, Campaign) {
	t.Helper()
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.SetupProvince(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	camp, err := st.SaveCampaign(ctx, Campaign{Name: "Đợt thi đua thực hiện tốt cuộc bầu cử năm 2021", PlanNumber: "53/KH-UBND",
		PlanDate: time.Date(2021, 2, 4, 0, 0, 0, 0, time.UTC), LaunchedBy: "UBND tỉnh Bắc Kạn"})
	if err != nil {
		t.Fatal(err)
	}
	add := func(kind award.Kind, name, birth, form string) int64 {
		id, err := st.AddNomination(ctx, camp.ID, award.Entry{Kind: kind, Name: name, Birth: birth, Form: form,
			Position: "Chuyên viên", Workplace: "Sở Nội vụ", Proposer: "Sở Nội vụ"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return id
	}
	bk := award.FormBangKhenTinh
	add(award.Collective, "Ủy ban bầu cử huyện Ba Bể", "", bk)
	add(award.Collective, "Phòng Nội vụ huyện Na Rì", "", bk)
	add(award.Collective, "Ban bầu cử số 1 huyện Chợ Đồn", "", bk)
	add(award.Individual, "Trần Thị Bình", "1980-03-02", bk)
	add(award.Individual, "Nguyễn Văn An", "1975-01-01", bk)
	add(award.Individual, "Lê Thị Ánh", "1990", bk)
	refused := add(award.Individual, "Hoàng Văn Cường", "1985", bk)
	if err := st.SetNominationStatus(ctx, []int64{refused}, award.Returned, "thiếu hồ sơ"); err != nil {
		t.Fatal(err)
	}
	add(award.Individual, "Phạm Văn Dũng", "1970", award.FormGiayKhen)
	return st, camp
}

func TestCreateAndIssueDecision(t *testing.T) {
	st, camp := decisionFixture(t)
	ctx := context.Background()
	day := time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)
	next, err := st.NextDecisionNumber(ctx, 2021)
	if err != nil || next != "01/QĐ-UBND" {
		t.Fatalf("next number = %q, %v", next, err)
	}
	d, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: "bằng khen của chủ tịch ubnd tỉnh", Number: "123/QĐ-UBND",
		Date: day, SignerName: "Nguyễn Long Hải", SignerTitle: "Phó Chủ tịch"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Collectives != 3 || d.Individuals != 3 {
		t.Errorf("granted %d collectives, %d individuals; want 3 and 3 (the returned one left out)", d.Collectives, d.Individuals)
	}
	// 91/2017 regime, base 1,490,000: 2,980,000 a collective, 1,490,000 a person.
	if d.Total != 3*2_980_000+3*1_490_000 || d.Regime != "91/2017/NĐ-CP" {
		t.Errorf("total %d under %s", d.Total, d.Regime)
	}
	if d.SignerFor != "KT. CHỦ TỊCH" || d.SignerTitle != "PHÓ CHỦ TỊCH" {
		t.Errorf("signer block = %q / %q", d.SignerFor, d.SignerTitle)
	}
	if !strings.HasPrefix(d.Subject, "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể và cá nhân") {
		t.Errorf("subject = %q", d.Subject)
	}
	if len(d.Bases) != 4 || !strings.Contains(d.Bases[2], "91/2017/NĐ-CP") || !strings.Contains(d.Bases[3], "Kế hoạch số 53/KH-UBND ngày 04/02/2021") {
		t.Errorf("bases = %q", d.Bases)
	}
	last := d.Articles[len(d.Articles)-1]
	if !strings.HasSuffix(last, "./.") || !strings.HasPrefix(d.Articles[0], "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 3 tập thể và 3 cá nhân") {
		t.Errorf("articles = %q", d.Articles)
	}
	if !strings.Contains(d.Articles[1], vn.Int(d.Total)+" đồng") {
		t.Errorf("article 2 lacks the total: %q", d.Articles[1])
	}

	items, err := st.DecisionItems(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, it := range items {
		names = append(names, it.Name)
	}
	// Collectives in the order proposed, then individuals by given name: An, Ánh, Bình.
	want := "Ủy ban bầu cử huyện Ba Bể|Phòng Nội vụ huyện Na Rì|Ban bầu cử số 1 huyện Chợ Đồn|Nguyễn Văn An|Lê Thị Ánh|Trần Thị Bình"
	if got := strings.Join(names, "|"); got != want {
		t.Errorf("list order:\n got %s\nwant %s", got, want)
	}
	if items[3].Detail != "Chuyên viên, Sở Nội vụ" || items[0].Money != 2_980_000 || items[3].Money != 1_490_000 {
		t.Errorf("item = %+v / %+v", items[0], items[3])
	}

	// The same number twice in a year is refused; nothing left to grant for the form.
	if _, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND", Date: day}); err == nil {
		t.Error("a second decision numbered 123/QĐ-UBND in 2021 was accepted")
	}
	if _, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "124/QĐ-UBND", Date: day}); !errors.Is(err, ErrNothingToGrant) {
		t.Errorf("second decision for the same nominations: %v, want ErrNothingToGrant", err)
	}
	if next, _ := st.NextDecisionNumber(ctx, 2021); next != "124/QĐ-UBND" {
		t.Errorf("next number after 123 = %q", next)
	}

	issued, err := st.IssueDecision(ctx, "123/QD-UBND")
	if err != nil {
		t.Fatal(err)
	}
	if !issued.Issued() {
		t.Fatal("not issued")
	}
	var awarded int
	st.DB().QueryRow(`SELECT COUNT(*) FROM nominations WHERE status = 'Đã khen'`).Scan(&awarded)
	if awarded != 6 {
		t.Errorf("%d nominations Đã khen after issue, want 6", awarded)
	}
	items, _ = st.DecisionItems(ctx, d.ID)
	for i, it := range items {
		if it.RegisterNo != fmt.Sprint(i+1) {
			t.Errorf("register number of line %d = %q", i+1, it.RegisterNo)
		}
	}
	if _, err := st.IssueDecision(ctx, "123/QĐ-UBND"); err == nil {
		t.Error("issuing twice was accepted")
	}
}

// Issuing locks the decision, its list and its nominations in the database
// itself: direct SQL fails, not only the window's checks.
func TestIssuedDecisionIsReadOnlyInTheDatabase(t *testing.T) {
	st, camp := decisionFixture(t)
	ctx := context.Background()
	d, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND",
		Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	// While a draft: the text can change, and a nomination in it cannot be deleted.
	d.Subject = "Về việc tặng Bằng khen (đã sửa)"
	if err := st.UpdateDecisionText(ctx, d); err != nil {
		t.Fatal(err)
	}
	items, _ := st.DecisionItems(ctx, d.ID)
	if _, err := st.DB().Exec(`DELETE FROM nominations WHERE id = ?`, items[0].NominationID); err == nil {
		t.Error("a nomination in a draft decision was deleted")
	}
	if _, err := st.IssueDecision(ctx, d.Number); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE decisions SET subject = 'x' WHERE id = ?`,
		`UPDATE decisions SET state = 'draft' WHERE id = ?`,
		`DELETE FROM decisions WHERE id = ?`,
		`UPDATE decision_items SET money = 1 WHERE decision_id = ?`,
		`DELETE FROM decision_items WHERE decision_id = ?`,
		`INSERT INTO decision_items(decision_id, nomination_id, pos, kind, name, money) VALUES (?, 999999, 99, 'Cá nhân', 'X', 0)`,
		`UPDATE nominations SET status = 'Đề nghị' WHERE id IN (SELECT nomination_id FROM decision_items WHERE decision_id = ?)`,
	} {
		if _, err := st.DB().Exec(q, d.ID); err == nil {
			t.Errorf("raw SQL on an issued decision succeeded: %s", q)
		}
	}
	if err := st.UpdateDecisionText(ctx, d); err == nil {
		t.Error("UpdateDecisionText changed an issued decision")
	}
	if err := st.DeleteDecision(ctx, d.ID); err == nil {
		t.Error("DeleteDecision removed an issued decision")
	}
	got, _ := st.DecisionByNumber(ctx, d.Number)
	if got.Subject != "Về việc tặng Bằng khen (đã sửa)" || !got.Issued() || got.Total != d.Total {
		t.Errorf("issued decision changed: %+v", got)
	}

	// A correction is a new decision that names the old one and may grant its nominations again.
	corr, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "130/QĐ-UBND",
		Date: time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC), CorrectsID: d.ID})
	if err != nil {
		t.Fatal(err)
	}
	if corr.CorrectsID != d.ID || !strings.Contains(corr.Subject, "đính chính Quyết định số 123/QĐ-UBND") || corr.Collectives+corr.Individuals != 6 {
		t.Errorf("correction = %+v", corr)
	}
}

func TestDecisionMoneyFollowsTheDate(t *testing.T) {
	st, camp := decisionFixture(t)
	ctx := context.Background()
	// Giấy khen for one person dated 2025-08-01: 152/2025, 0.3 × 2,340,000 = 702,000 → 710,000.
	d, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormGiayKhen, Number: "5/QĐ-UBND",
		Date: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 710_000 || d.Regime != "152/2025/NĐ-CP" {
		t.Errorf("Giấy khen 2025: %d under %s, want 710.000 under 152/2025/NĐ-CP", d.Total, d.Regime)
	}
	if !strings.Contains(d.Bases[0], "ngày 16 tháng 6 năm 2025") || !strings.Contains(d.Bases[1], "năm 2022") {
		t.Errorf("bases for 2025 = %q", d.Bases)
	}
}
