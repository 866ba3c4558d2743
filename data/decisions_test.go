package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"tdkt/data/award"
	"tdkt/data/problem"
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
	if items[3].Detail != "Chuyên viên Sở Nội vụ" || items[0].Money != 2_980_000 || items[3].Money != 1_490_000 {
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
	// Giấy khen is a commune chairman's (or a head's) to grant: the issuer
	// is a commune of Bắc Kạn.
	set, _ := st.Settings(ctx)
	set.IssuerUnit = "01891"
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
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

// TestDecisionCompetence: a decision outside the issuer's competence is
// void, so it is refused, naming who grants the form and saying to make a
// proposal; the same form is granted when the issuer may.
func TestDecisionCompetence(t *testing.T) {
	st, camp := decisionFixture(t)
	ctx := context.Background()
	date := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		form string
		want []string
	}{
		{award.FormBangKhenThuTuong, []string{"Chủ tịch UBND tỉnh không có thẩm quyền tặng Bằng khen của Thủ tướng Chính phủ", "do Thủ tướng Chính phủ tặng", "tờ trình"}},
		{award.FormGiayKhen, []string{"không có thẩm quyền tặng Giấy khen", "thẩm quyền của Chủ tịch UBND xã"}},
	} {
		_, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: tc.form, Number: "7/QĐ-UBND", Date: date})
		if !errors.Is(err, ErrNotCompetent) {
			t.Fatalf("%s by the province: %v, want ErrNotCompetent", tc.form, err)
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%q lacks %q", err, w)
			}
		}
	}
	if n := count(t, st, "decisions"); n != 0 {
		t.Errorf("%d decisions written by refused creations", n)
	}
	set, _ := st.Settings(ctx)
	set.IssuerUnit = "01891"
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "8/QĐ-UBND", Date: date}); !errors.Is(err, ErrNotCompetent) {
		t.Errorf("a commune granting Bằng khen of the province: %v", err)
	}
}

// Money after a decision: the listings (a page of rows, the stream an
// export writes, the summary its statistics come from) show for a
// nomination in an award decision the amount frozen in it, not money
// computed on a later date's base salary; the others are computed.
func TestDecisionMoneyIsFrozenInListings(t *testing.T) {
	st, camp := decisionFixture(t)
	ctx := context.Background()
	// Dated 15/05/2024: 98/2023, base 1.800.000: 3.600.000 a collective, 1.800.000 a person.
	d, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "45/QĐ-UBND",
		Date: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Total != 3*3_600_000+3*1_800_000 {
		t.Fatalf("decision total %d", d.Total)
	}
	later := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	tables, err := st.moneyTables(ctx)
	if err != nil {
		t.Fatal(err)
	}
	recomputed, _ := tables.money(award.FormBangKhenTinh, award.Individual, later)
	if recomputed == 1_800_000 {
		t.Fatal("the later date does not change the money: the test proves nothing")
	}
	giayKhen, err := tables.money(award.FormGiayKhen, award.Individual, later)
	if err != nil {
		t.Fatal(err)
	}
	items, _ := st.DecisionItems(ctx, d.ID)
	frozen := map[int64]int64{}
	for _, it := range items {
		frozen[it.NominationID] = it.Money
	}

	check := func(state string, number string) {
		t.Helper()
		// Every listing gives the same money.
		var stream []Nomination
		if err := st.EachNomination(ctx, NominationFilter{CampaignID: camp.ID}, NominationOrder{}, later, func(n Nomination) error {
			stream = append(stream, n)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		ids, _, _ := st.NominationIDs(ctx, NominationFilter{CampaignID: camp.ID}, NominationOrder{By: SortName})
		page, err := st.NominationsByID(ctx, ids, later)
		if err != nil || len(page) != len(stream) {
			t.Fatalf("%s: page of %d, stream of %d, %v", state, len(page), len(stream), err)
		}
		for _, list := range [][]Nomination{stream, page} {
			var total int64
			for _, n := range list {
				want, in := frozen[n.ID]
				switch {
				case in && (n.Money != want || n.Decision != number || n.MoneyErr != ""):
					t.Errorf("%s: %s has %d from %q, want the decision's %d from %s", state, n.Nominee.Name, n.Money, n.Decision, want, number)
				case !in && n.Form == award.FormGiayKhen && (n.Money != giayKhen || n.Decision != ""):
					t.Errorf("%s: %s (not decided) has %d from %q, want %d computed", state, n.Nominee.Name, n.Money, n.Decision, giayKhen)
				}
				if in {
					total += n.Money
				}
			}
			if total != d.Total {
				t.Errorf("%s: listed total of the decided rows %d, decision %d", state, total, d.Total)
			}
		}
		sum, err := st.NominationSummary(ctx, camp.ID, later)
		if err != nil {
			t.Fatal(err)
		}
		var decided, decidedMoney int64
		for _, r := range sum {
			money, unpriced := r.Sum()
			if unpriced != 0 {
				t.Errorf("%s: unpriced %+v", state, r)
			}
			if r.Form == award.FormBangKhenTinh && r.Status != award.Returned {
				decided += int64(r.Decided)
				decidedMoney += money
			}
			if r.Form == award.FormGiayKhen && (r.Decided != 0 || money != giayKhen) {
				t.Errorf("%s: Giấy khen summary %+v", state, r)
			}
		}
		if decided != 6 || decidedMoney != d.Total {
			t.Errorf("%s: summary: %d decided, %d; want 6 and the decision's %d", state, decided, decidedMoney, d.Total)
		}
	}
	check("draft", "45/QĐ-UBND")
	if _, err := st.IssueDecision(ctx, d.Number); err != nil {
		t.Fatal(err)
	}
	check("issued", "45/QĐ-UBND")
	// A correction drafted later does not change an issued decision's
	// money until it is issued itself.
	corr, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "46/QĐ-UBND",
		Date: time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải", CorrectsID: d.ID})
	if err != nil {
		t.Fatal(err)
	}
	check("correction drafted", "45/QĐ-UBND")
	if err := st.DeleteDecision(ctx, corr.ID); err != nil {
		t.Fatal(err)
	}
	check("correction deleted", "45/QĐ-UBND")

	// A draft's amounts count (money is frozen when it is drafted); once
	// the draft is deleted, the money is computed again. Giấy khen is a
	// commune chairman's to grant: the issuer becomes a commune.
	set, _ := st.Settings(ctx)
	set.IssuerUnit = "01891"
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	gk, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormGiayKhen, Number: "47/QĐ-UBND",
		Date: time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	gkMoney := func() (int64, string) {
		t.Helper()
		ids, _, _ := st.NominationIDs(ctx, NominationFilter{CampaignID: camp.ID, Query: "Phạm Văn Dũng"}, NominationOrder{})
		n, err := st.Nomination(ctx, ids[0], later)
		if err != nil {
			t.Fatal(err)
		}
		return n.Money, n.Decision
	}
	if m, from := gkMoney(); m != gk.Total || from != "47/QĐ-UBND" || m == giayKhen {
		t.Errorf("in a draft: %d from %q, want the draft's %d", m, from, gk.Total)
	}
	if err := st.DeleteDecision(ctx, gk.ID); err != nil {
		t.Fatal(err)
	}
	if m, from := gkMoney(); m != giayKhen || from != "" {
		t.Errorf("draft deleted: %d from %q, want %d computed", m, from, giayKhen)
	}
}

// A decision dated after its issuing unit was merged (Tỉnh Bắc Kạn into
// Tỉnh Thái Nguyên on 1/7/2025) is created with a warning naming both,
// not with a silent header; one dated before it has none.
func TestDecisionAfterTheAgencyMerged(t *testing.T) {
	st, camp := decisionFixture(t)
	ctx := context.Background()
	before, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "11/QĐ-UBND",
		Date: time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil || len(before.Warnings) != 0 {
		t.Fatalf("30/6/2025: %v, warnings %v", err, before.Warnings)
	}
	if err := st.DeleteDecision(ctx, before.ID); err != nil {
		t.Fatal(err)
	}
	after, err := st.CreateDecision(ctx, NewDecision{CampaignID: camp.ID, Form: award.FormBangKhenTinh, Number: "12/QĐ-UBND",
		Date: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC), SignerName: "Nguyễn Long Hải"})
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Warnings) != 1 || after.Warnings[0].Rule != problem.AgencyDissolved ||
		!strings.Contains(after.Warnings[0].Message, "Tỉnh Bắc Kạn") || !strings.Contains(after.Warnings[0].Message, "Tỉnh Thái Nguyên") {
		t.Errorf("warnings %v", after.Warnings)
	}
}

func TestSuccessor(t *testing.T) {
	day := time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		structure, code string
		date            time.Time
		want            string
		gone            bool
	}{
		{"2025-03", "06", day, "Tỉnh Thái Nguyên", true},
		{"2025-03", "06", day.AddDate(0, 0, -1), "", false},
		{"2025-07", "19", day, "", false},
		{"2025-03", "066", day, "", true}, // a district: abolished
	} {
		name, gone := Successor(tc.structure, tc.code, tc.date)
		if name != tc.want || gone != tc.gone {
			t.Errorf("Successor(%s, %s, %s) = %q, %v; want %q, %v", tc.structure, tc.code, tc.date.Format(time.DateOnly), name, gone, tc.want, tc.gone)
		}
	}
}
