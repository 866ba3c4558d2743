package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"tdkt/data/problem"

	"tdkt/data/award"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// campaign2021 is a campaign whose money date (its end) falls under
// Nghị định 91/2017 and the base salary 1.490.000.
func campaign2021(t *testing.T, st *Store, name string) Campaign {
	t.Helper()
	c, err := st.SaveCampaign(context.Background(), Campaign{Name: name, PlanNumber: "53/KH-UBND", PlanDate: day(2021, 2, 4),
		LaunchedBy: "UBND tỉnh Bắc Kạn", From: day(2021, 2, 4), To: day(2021, 6, 24)})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func person(name, birth, form, proposer string) award.Entry {
	return award.Entry{Kind: award.Individual, Name: name, Birth: birth, Sex: "Nam", Position: "Chuyên viên",
		Workplace: "Sở Nội vụ", Form: form, Proposer: proposer, Achievement: "Có thành tích xuất sắc"}
}

func group(name, form, proposer string) award.Entry {
	return award.Entry{Kind: award.Collective, Name: name, Form: form, Proposer: proposer}
}

func count(t *testing.T, st *Store, table string) int {
	t.Helper()
	var n int
	if err := st.DB().QueryRow(`SELECT COUNT(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCampaigns(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.OnlyCampaign(ctx); err == nil || !strings.Contains(err.Error(), "chưa có đợt thi đua") {
		t.Errorf("OnlyCampaign on an empty store: %v", err)
	}
	c := campaign2021(t, st, "Đợt thi đua bầu cử 2021")
	if got, want := c.Plan(), "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh Bắc Kạn"; got != want {
		t.Errorf("Plan() = %q, want %q", got, want)
	}
	if _, err := st.SaveCampaign(ctx, Campaign{Name: "dot thi dua bau cu 2021"}); err == nil || !strings.Contains(err.Error(), "đã có đợt thi đua") {
		t.Errorf("a name differing only by diacritics was accepted: %v", err)
	}
	if _, err := st.SaveCampaign(ctx, Campaign{Name: "  "}); err == nil {
		t.Error("an empty name was accepted")
	}
	if _, err := st.SaveCampaign(ctx, Campaign{Name: "X", From: day(2021, 6, 1), To: day(2021, 5, 1)}); err == nil {
		t.Error("an end before the start was accepted")
	}
	found, err := st.CampaignByName(ctx, "ĐỢT THI ĐUA BẦU CỬ 2021")
	if err != nil || found.ID != c.ID || !found.PlanDate.Equal(day(2021, 2, 4)) {
		t.Errorf("CampaignByName = %+v, %v", found, err)
	}
	only, err := st.OnlyCampaign(ctx)
	if err != nil || only.ID != c.ID {
		t.Errorf("OnlyCampaign = %+v, %v", only, err)
	}
	c.Theme = "Chủ đề mới"
	if _, err := st.SaveCampaign(ctx, c); err != nil {
		t.Fatal(err)
	}
	campaign2021(t, st, "Đợt thi đua khác")
	if _, err := st.OnlyCampaign(ctx); err == nil || !strings.Contains(err.Error(), "--campaign") || !strings.Contains(err.Error(), "Đợt thi đua khác") {
		t.Errorf("OnlyCampaign with two campaigns: %v", err)
	}
	if _, err := st.CampaignByName(ctx, "Không có"); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "Đợt thi đua bầu cử 2021") {
		t.Errorf("CampaignByName of an unknown name: %v", err)
	}
}

// The prize money of a nomination follows the regime and base salary in
// force on the campaign's money date, rounded up to 10.000 đồng.
func TestNominationMoneyUnderEachRegime(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name     string
		end      time.Time
		form     string
		kind     award.Kind
		want     int64
		errMatch string
	}{
		{"91/2017, Bằng khen tỉnh, person: 1,0 × 1.490.000", day(2021, 6, 24), award.FormBangKhenTinh, award.Individual, 1_490_000, ""},
		{"91/2017, Bằng khen tỉnh, collective: 2,0 × 1.490.000", day(2021, 6, 24), award.FormBangKhenTinh, award.Collective, 2_980_000, ""},
		{"91/2017, Giấy khen, person: 447.000 rounds up", day(2021, 6, 24), award.FormGiayKhen, award.Individual, 450_000, ""},
		{"91/2017, Thủ tướng, person: 5.215.000 rounds up", day(2021, 6, 24), award.FormBangKhenThuTuong, award.Individual, 5_220_000, ""},
		{"98/2023, Bằng khen tỉnh, person: 1,0 × 1.800.000", day(2024, 3, 1), award.FormBangKhenTinh, award.Individual, 1_800_000, ""},
		{"98/2023, Giấy khen, person: 702.000 rounds up", day(2024, 12, 1), award.FormGiayKhen, award.Individual, 710_000, ""},
		{"98/2023, Thủ tướng, person: 3,5 × 2.340.000", day(2024, 12, 1), award.FormBangKhenThuTuong, award.Individual, 8_190_000, ""},
		{"98/2023 has no Xã tiêu biểu coefficient", day(2024, 12, 1), award.FormXaTieuBieu, award.Collective, 0, "không có trong bảng hệ số"},
		{"152/2025, Bằng khen tỉnh, person: 1,5 × 2.340.000", day(2025, 8, 1), award.FormBangKhenTinh, award.Individual, 3_510_000, ""},
		{"152/2025, Bằng khen tỉnh, collective: 3,0 × 2.340.000", day(2025, 8, 1), award.FormBangKhenTinh, award.Collective, 7_020_000, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := st.SaveCampaign(ctx, Campaign{Name: tc.name, To: tc.end})
			if err != nil {
				t.Fatal(err)
			}
			in := person("Nguyễn Văn An", "1975-04-30", tc.form, "")
			if tc.kind == award.Collective {
				in = group("UBND xã Cao Thượng", tc.form, "")
			}
			id, err := st.AddNomination(ctx, c.ID, in)
			if err != nil {
				t.Fatal(err)
			}
			n, err := st.Nomination(ctx, id, c.MoneyDate(time.Now()))
			if err != nil {
				t.Fatal(err)
			}
			if n.Money != tc.want || !strings.Contains(n.MoneyErr, tc.errMatch) || (tc.errMatch == "") != (n.MoneyErr == "") {
				t.Errorf("money = %d (%q), want %d (%q)", n.Money, n.MoneyErr, tc.want, tc.errMatch)
			}
			direct, _ := st.PrizeMoney(ctx, tc.form, tc.kind, tc.end)
			if direct != n.Money {
				t.Errorf("nomination money %d differs from Store.PrizeMoney %d", n.Money, direct)
			}
		})
	}
}

func TestMoneyDate(t *testing.T) {
	today := time.Date(2026, 3, 5, 15, 4, 0, 0, time.Local)
	if got := (Campaign{To: day(2021, 6, 30)}).MoneyDate(today); !got.Equal(day(2021, 6, 30)) {
		t.Errorf("MoneyDate with an end = %v", got)
	}
	if got := (Campaign{}).MoneyDate(today); !got.Equal(day(2026, 3, 5)) {
		t.Errorf("MoneyDate without an end = %v, want today", got)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	st.now = func() time.Time { return day(2026, 1, 10) }
	rows := []award.Entry{
		person("nguyễn  văn AN", "30/4/1975", award.FormBangKhenTinh, "Sở Nội vụ"),
		person("Trần Thị Bình", "2027-01-01", award.FormBangKhenTinh, "Sở Nội vụ"),            // birth in the future
		person("", "1980", award.FormGiayKhen, "Sở Nội vụ"),                                   // no name
		person("Lê Văn Cường", "1981", "Huân chương Sao Vàng", "Sở Nội vụ"),                   // unknown form
		group("UBND xã Cao Thượng", award.FormChienSiCoSo, "UBND huyện Ba Bể"),                // a person's form for a collective
		person("NGUYỄN VĂN  AN", "1975", award.FormGiayKhen, "Sở Nội vụ"),                     // same person as row 0
		{Kind: "Doanh nghiệp", Name: "Công ty Ba", Form: award.FormGiayKhen},                  // unknown kind
		{Kind: award.Individual, Name: "Hà Văn Dũng", Form: award.FormGiayKhen, Rank: "Nhất"}, // rank for a person
	}
	_, err := st.ImportNominations(ctx, NominationBatch{Campaign: Campaign{Name: "Đợt mới", To: day(2025, 12, 31)}, Rows: rows,
		RowName: func(i int) string { return fmt.Sprintf("dòng %d", i+2) }}, ImportOptions{})
	var probs problem.List
	if !errors.As(err, &probs) {
		t.Fatalf("import with bad rows: %v, want problem.List", err)
	}
	want := []struct {
		row   int
		field string
		rule  problem.Rule
		text  string
	}{
		{2, award.FieldBirth, "birth", "tương lai"},
		{3, award.FieldName, "required", "thiếu họ và tên"},
		{4, award.FieldForm, "unknown_form", "Huân chương Sao Vàng"},
		{5, award.FieldForm, "form_kind", "không áp dụng cho tập thể"},
		{6, award.FieldName, "duplicate_in_batch", "dòng 2"},
		{7, award.FieldKind, "kind", "Doanh nghiệp"},
		{8, award.FieldRank, "rank_individual", "chỉ tập thể"},
	}
	if len(probs) != len(want) {
		t.Fatalf("%d problems, want %d:\n%v", len(probs), len(want), probs)
	}
	for i, w := range want {
		p := probs[i]
		if p.Row != w.row || p.Field != w.field || p.Rule != w.rule || !strings.Contains(p.Message, w.text) {
			t.Errorf("problem %d = %+v, want row %d %s %s containing %q", i, p, w.row, w.field, w.rule, w.text)
		}
	}
	if !strings.Contains(probs[4].Message, `"Nguyễn Văn An" (sinh 1975)`) || !strings.Contains(probs[4].Message, `"Nguyễn Văn An" (sinh 30/04/1975)`) {
		t.Errorf("duplicate message does not name both rows: %s", probs[4].Message)
	}
	for _, table := range []string{"campaigns", "nominees", "nominations", "proposers"} {
		if n := count(t, st, table); n != 0 {
			t.Errorf("%s has %d rows after a refused import", table, n)
		}
	}
	// A dry run finds the same problems without writing.
	_, err = st.ImportNominations(ctx, NominationBatch{Campaign: Campaign{Name: "Đợt mới"}, Rows: rows}, ImportOptions{DryRun: true})
	if check, ok := problem.Of(err); !ok || len(check) != len(want) {
		t.Errorf("dry run: %d problems, %v", len(check), err)
	}
	// A dry run of good rows writes nothing either.
	if _, err := st.ImportNominations(ctx, NominationBatch{Campaign: Campaign{Name: "Đợt mới"}, Rows: rows[:1]}, ImportOptions{DryRun: true}); err != nil {
		t.Errorf("dry run of a good row: %v", err)
	}
	for _, table := range []string{"campaigns", "nominees", "nominations", "proposers"} {
		if n := count(t, st, table); n != 0 {
			t.Errorf("%s has %d rows after a dry run", table, n)
		}
	}
}

func TestImportCleansAndReuses(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	if _, err := st.LoadOfficial(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	res, err := st.ImportNominations(ctx, NominationBatch{Campaign: Campaign{Name: "Đợt 2021", To: day(2021, 6, 30)}, Rows: []award.Entry{
		person("  hoàng   thị  ÁNH ", "5/1/1980", "bang khen cua chu tich ubnd tinh", "UBND huyện Ba Bể"),
		group("Ủy ban bầu cử xã Cao Thượng", award.FormBangKhenTinh, "Sở Nội vụ"),
		group("Phòng Nội vụ huyện Ba Bể", award.FormBangKhenTinh, "UBND huyện Ba Bể"),
	}}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !res.CampaignCreated || res.Added != 3 || res.NewNominees != 3 || res.NewProposers != 2 {
		t.Errorf("result = %+v", res)
	}
	ids, _, err := st.NominationIDs(ctx, NominationFilter{CampaignID: res.Campaign.ID}, NominationOrder{})
	if err != nil {
		t.Fatal(err)
	}
	list, err := st.NominationsByID(ctx, ids, res.Campaign.MoneyDate(time.Now()))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || list[0].Nominee.Name != "Ủy ban bầu cử xã Cao Thượng" || list[1].Nominee.Name != "Phòng Nội vụ huyện Ba Bể" {
		t.Fatalf("list order: %+v", list)
	}
	p := list[2]
	if p.Nominee.Name != "Hoàng Thị Ánh" || p.Nominee.Birth != "1980-01-05" || p.Form != award.FormBangKhenTinh || p.Money != 1_490_000 {
		t.Errorf("person stored as %+v", p)
	}
	props, _ := st.Proposers(ctx)
	kinds := map[string]ProposerKind{}
	for _, pr := range props {
		kinds[pr.Name] = pr.Kind
		if pr.Name == "UBND huyện Ba Bể" && pr.UnitID == 0 {
			t.Error("UBND huyện Ba Bể not linked to Huyện Ba Bể")
		}
	}
	if kinds["UBND huyện Ba Bể"] != ProposerLocality || kinds["Sở Nội vụ"] != ProposerAgency {
		t.Errorf("proposer kinds = %v", kinds)
	}

	// The same person in a later campaign is the same nominee, with history.
	c2, _ := st.SaveCampaign(ctx, Campaign{Name: "Đợt 2025", To: day(2025, 12, 31)})
	in := person("Hoàng Thị Ánh", "05/01/1980", award.FormGiayKhen, "Sở Nội vụ")
	in.Position = "Trưởng phòng"
	if _, err := st.AddNomination(ctx, c2.ID, in); err != nil {
		t.Fatal(err)
	}
	if n := count(t, st, "nominees"); n != 3 {
		t.Errorf("%d nominees, want 3 (the person reused)", n)
	}
	same, err := st.SameNominees(ctx, award.Individual, "hoàng  thị ánh", "1980")
	if err != nil || len(same) != 1 || same[0].Position != "Trưởng phòng" {
		t.Fatalf("SameNominees = %+v, %v", same, err)
	}
	hist, err := st.NomineeHistory(ctx, same[0].ID)
	if err != nil || len(hist) != 2 {
		t.Fatalf("history = %+v, %v", hist, err)
	}
	if hist[0].Year != 2025 || hist[0].Form != award.FormGiayKhen || hist[1].Year != 2021 || hist[1].Position != "Chuyên viên" {
		t.Errorf("history = %+v", hist)
	}
	if s := hist[1].String(); !strings.HasPrefix(s, "2021 – Bằng khen của Chủ tịch UBND tỉnh (Đề nghị) – Đợt 2021") {
		t.Errorf("history line = %q", s)
	}
}

// A duplicate is caught across two imports, and across a bare year and a
// full date of the same year.
func TestDuplicateAcrossImports(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	c := campaign2021(t, st, "Đợt 2021")
	first := NominationBatch{CampaignID: c.ID, Rows: []award.Entry{
		person("Nguyễn Văn An", "1975-04-30", award.FormBangKhenTinh, "Sở Nội vụ"),
		group("UBND xã Cao Thượng", award.FormBangKhenTinh, "UBND huyện Ba Bể"),
	}}
	if _, err := st.ImportNominations(ctx, first, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	second := NominationBatch{CampaignID: c.ID, RowName: func(i int) string { return fmt.Sprintf("dòng %d", i+2) }, Rows: []award.Entry{
		person("Trần Thị Bình", "1980", award.FormGiayKhen, "Sở Y tế"),
		person("NGUYỄN VĂN AN", "1975", award.FormGiayKhen, "Sở Y tế"),
		group("ubnd xã cao thượng", award.FormGiayKhen, "UBND huyện Ba Bể"),
	}}
	_, err := st.ImportNominations(ctx, second, ImportOptions{})
	var probs problem.List
	if !errors.As(err, &probs) || len(probs) != 2 {
		t.Fatalf("second import: %v", err)
	}
	if probs[0].Row != 2 || probs[0].Rule != "duplicate_in_campaign" || !strings.Contains(probs[0].Message, "sinh 30/04/1975") ||
		!strings.Contains(probs[0].Message, "Bằng khen của Chủ tịch UBND tỉnh") || !strings.Contains(probs[0].Message, "Sở Nội vụ") {
		t.Errorf("person duplicate = %+v", probs[0])
	}
	if probs[1].Row != 3 || !strings.Contains(probs[1].Message, `tập thể "UBND xã Cao Thượng"`) {
		t.Errorf("collective duplicate = %+v", probs[1])
	}
	if n := count(t, st, "nominations"); n != 2 {
		t.Errorf("%d nominations after the refused second import, want 2", n)
	}
	// A namesake born in another year is another person.
	if _, err := st.AddNomination(ctx, c.ID, person("Nguyễn Văn An", "1990-01-01", award.FormGiayKhen, "")); err != nil {
		t.Errorf("namesake refused: %v", err)
	}
	// CheckNomination shows the warning a form shows.
	probs, err = st.CheckNomination(ctx, c.ID, 0, person("nguyễn văn an", "30/04/1975", award.FormGiayKhen, ""))
	if err != nil || len(probs) != 1 || probs[0].Rule != "duplicate_in_campaign" {
		t.Errorf("CheckNomination = %+v, %v", probs, err)
	}
}

// Names that differ only by tone or other marks, with the same birth, are
// a possible duplicate: imported with a warning naming both rows, in one
// batch and against the campaign, kept as two nominees; the form's check
// shows the warning and a save is not refused.
func TestPossibleDuplicates(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	c := campaign2021(t, st, "Đợt 2021")
	rowName := func(i int) string { return fmt.Sprintf("dòng %d", i+2) }
	first := NominationBatch{CampaignID: c.ID, RowName: rowName, Rows: []award.Entry{
		person("Trần Thị Hoa", "1980-02-03", award.FormGiayKhen, "Sở Nội vụ"),
		person("Trần Thị Hòa", "03/02/1980", award.FormGiayKhen, "Sở Y tế"), // possible duplicate of row 2
		person("Trần Thị Hòa", "1981-02-03", award.FormGiayKhen, "Sở Y tế"), // another birth: another person
		group("UBND xã Cao Thượng", award.FormBangKhenTinh, "UBND huyện Ba Bể"),
		group("UBND xa Cao Thuong", award.FormGiayKhen, "UBND huyện Ba Bể"), // possible duplicate of row 5
	}}
	// A dry run finds the warnings and writes nothing.
	res, err := st.ImportNominations(ctx, first, ImportOptions{DryRun: true})
	if err != nil || len(res.Warnings) != 2 || count(t, st, "nominations") != 0 {
		t.Fatalf("dry run: %+v, %v", res, err)
	}
	res, err = st.ImportNominations(ctx, first, ImportOptions{})
	if err != nil {
		t.Fatalf("possible duplicates refused: %v", err)
	}
	if res.Added != 5 || res.NewNominees != 5 {
		t.Errorf("result = %+v, want 5 nominations of 5 nominees (a possible duplicate is another nominee)", res)
	}
	if len(res.Warnings) != 2 {
		t.Fatalf("warnings = %v", res.Warnings)
	}
	for i, w := range []struct {
		row   int
		rule  problem.Rule
		texts []string
	}{
		{2, problem.PossibleDuplicateInBatch, []string{`"Trần Thị Hòa" (sinh 03/02/1980)`, "dòng 2", `"Trần Thị Hoa" (sinh 03/02/1980)`, "chỉ khác nhau ở dấu"}},
		{5, problem.PossibleDuplicateInBatch, []string{`tập thể "UBND xa Cao Thuong"`, "dòng 5", `tập thể "UBND xã Cao Thượng"`}},
	} {
		p := res.Warnings[i]
		if !p.Warning || p.Row != w.row || p.Rule != w.rule || p.Field != award.FieldName {
			t.Errorf("warning %d = %+v, want row %d %s", i, p, w.row, w.rule)
		}
		for _, text := range w.texts {
			if !strings.Contains(p.Message, text) {
				t.Errorf("warning %d lacks %q: %s", i, text, p.Message)
			}
		}
	}

	// Against the campaign: a warning naming the stored nomination; an
	// exact match in a batch is still refused, its warnings not listed.
	// (Row is the input's index + 1; rowName names the other row.)
	second := NominationBatch{CampaignID: c.ID, RowName: rowName, Rows: []award.Entry{
		person("Tran Thi Hoa", "1980", award.FormGiayKhen, "Sở Tư pháp"),
	}}
	res, err = st.ImportNominations(ctx, second, ImportOptions{})
	if err != nil || len(res.Warnings) != 1 {
		t.Fatalf("second import: %+v, %v", res, err)
	}
	if w := res.Warnings[0]; w.Rule != problem.PossibleDuplicateInCampaign || w.Row != 1 ||
		!strings.Contains(w.Message, `"Tran Thi Hoa" (sinh 1980)`) || !strings.Contains(w.Message, `"Trần Thị Hoa" (sinh 03/02/1980)`) ||
		!strings.Contains(w.Message, "mã đề nghị 1") || !strings.Contains(w.Message, "Sở Nội vụ") {
		t.Errorf("campaign warning = %+v", w)
	}
	third := NominationBatch{CampaignID: c.ID, RowName: rowName, Rows: []award.Entry{
		person("Trần Thị Hoà", "1980-02-03", award.FormGiayKhen, ""), // old-style tone placement: a possible duplicate
		person("TRẦN THỊ HOA", "1980", award.FormGiayKhen, ""),       // the same as the stored one
	}}
	_, err = st.ImportNominations(ctx, third, ImportOptions{})
	probs, ok := problem.Of(err)
	if !ok || len(probs) != 1 || probs[0].Row != 2 || probs[0].Rule != problem.DuplicateInCampaign || probs[0].Warning {
		t.Fatalf("exact match: %v", err)
	}
	if n := count(t, st, "nominations"); n != 6 {
		t.Errorf("%d nominations, want 6", n)
	}

	// The form: the warning is shown, the save goes through.
	in := person("Trần Thị Hóa", "1980-02-03", award.FormGiayKhen, "")
	probs, err = st.CheckNomination(ctx, c.ID, 0, in)
	if err != nil || len(probs) != 1 || !probs[0].Warning || probs[0].Rule != problem.PossibleDuplicateInCampaign || probs[0].Field != award.FieldName {
		t.Fatalf("CheckNomination = %+v, %v", probs, err)
	}
	id, err := st.AddNomination(ctx, c.ID, in)
	if err != nil {
		t.Fatalf("AddNomination refused a possible duplicate: %v", err)
	}
	n, err := st.Nomination(ctx, id, c.MoneyDate(time.Now()))
	if err != nil || n.Nominee.Name != "Trần Thị Hóa" {
		t.Errorf("stored as %+v, %v (a possible duplicate keeps its own name)", n.Nominee, err)
	}
	// Editing it into an exact match is refused.
	in.Name = "Trần Thị Hòa"
	if err := st.UpdateNomination(ctx, id, in); err == nil {
		t.Error("an edit into an exact match was accepted")
	}
	// History follows the exact name only.
	same, err := st.SameNominees(ctx, award.Individual, "Trần Thị Hoa", "1980")
	if err != nil || len(same) != 1 || same[0].Name != "Trần Thị Hoa" {
		t.Errorf("SameNominees = %+v, %v", same, err)
	}
}

func TestStatusChanges(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	c := campaign2021(t, st, "Đợt 2021")
	var ids []int64
	for i := 0; i < 1200; i++ {
		id, err := st.AddNomination(ctx, c.ID, person(fmt.Sprintf("Người Số %d", i), "1980", award.FormGiayKhen, ""))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := st.SetNominationStatus(ctx, ids, award.Verified, ""); err != nil {
		t.Fatal(err)
	}
	if err := st.SetNominationStatus(ctx, ids[:10], award.Returned, ""); err == nil || !strings.Contains(err.Error(), "lý do") {
		t.Errorf("Trả lại without a reason: %v", err)
	}
	if err := st.SetNominationStatus(ctx, ids[:10], award.Returned, "Thiếu hồ sơ"); err != nil {
		t.Fatal(err)
	}
	// Moving all to Trình ký fails because ten are returned: nothing changes.
	err := st.SetNominationStatus(ctx, ids, award.Submitted, "")
	if err == nil || !strings.Contains(err.Error(), "không chuyển được 10 đề nghị") || !strings.Contains(err.Error(), "và 5 đề nghị khác") {
		t.Errorf("mixed move: %v", err)
	}
	n, _ := st.CountNominations(ctx, NominationFilter{CampaignID: c.ID, Status: award.Submitted})
	if n != 0 {
		t.Errorf("%d moved although the move was refused", n)
	}
	if err := st.SetNominationStatus(ctx, ids[10:], award.Awarded, ""); err == nil || !strings.Contains(err.Error(), "quyết định") {
		t.Errorf("manual Đã khen: %v", err)
	}
	if err := st.SetNominationStatus(ctx, ids[10:], award.Submitted, ""); err != nil {
		t.Fatal(err)
	}
	if err := st.SetNominationStatus(ctx, ids[:10], award.Proposed, ""); err != nil {
		t.Fatal(err)
	}
	var reason string
	st.DB().QueryRow(`SELECT reason FROM nominations WHERE id = ?`, ids[0]).Scan(&reason)
	if reason != "" {
		t.Errorf("reason %q kept after going back to Đề nghị", reason)
	}
	for st2, want := range map[award.Status]int{award.Proposed: 10, award.Submitted: 1190} {
		if n, _ := st.CountNominations(ctx, NominationFilter{CampaignID: c.ID, Status: st2}); n != want {
			t.Errorf("%s: %d, want %d", st2, n, want)
		}
	}
	// One audit line per bulk change.
	var audits int
	st.DB().QueryRow(`SELECT COUNT(*) FROM audit_log WHERE tbl = 'nominations' AND action = 'status'`).Scan(&audits)
	if audits != 4 {
		t.Errorf("%d status audit rows, want 4", audits)
	}
}

func TestSearchAndOrder(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	c := campaign2021(t, st, "Đợt 2021")
	rows := []award.Entry{
		person("Lê Văn Bình", "1970", award.FormGiayKhen, "Sở Y tế"),
		person("Trần Thị An", "1971", award.FormGiayKhen, "Sở Y tế"),
		person("Nguyễn Văn An", "1972", award.FormBangKhenTinh, "Sở Nội vụ"),
		person("Đặng Văn Đông", "1973", award.FormGiayKhen, "Sở Nội vụ"),
		person("Dương Thị Ánh", "1974", award.FormGiayKhen, "Sở Nội vụ"),
		group("Tổ bầu cử số 2", award.FormGiayKhen, "Sở Nội vụ"),
		group("Tổ bầu cử số 10", award.FormGiayKhen, "Sở Nội vụ"),
	}
	if _, err := st.ImportNominations(ctx, NominationBatch{CampaignID: c.ID, Rows: rows}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	names := func(f NominationFilter, o NominationOrder) []string {
		t.Helper()
		f.CampaignID = c.ID
		ids, _, err := st.NominationIDs(ctx, f, o)
		if err != nil {
			t.Fatal(err)
		}
		list, err := st.NominationsByID(ctx, ids, c.To)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range list {
			out = append(out, n.Nominee.Name)
		}
		return out
	}
	eq := func(what string, got []string, want ...string) {
		t.Helper()
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s = %q, want %q", what, got, want)
		}
	}
	eq("department order", names(NominationFilter{}, NominationOrder{}),
		"Tổ bầu cử số 2", "Tổ bầu cử số 10", "Nguyễn Văn An", "Trần Thị An", "Dương Thị Ánh", "Lê Văn Bình", "Đặng Văn Đông")
	ids, _, _ := st.NominationIDs(ctx, NominationFilter{CampaignID: c.ID, Kind: award.Collective}, NominationOrder{})
	if err := st.MoveCollective(ctx, ids[1], -1); err != nil {
		t.Fatal(err)
	}
	eq("after moving a collective up", names(NominationFilter{Kind: award.Collective}, NominationOrder{}), "Tổ bầu cử số 10", "Tổ bầu cử số 2")
	if err := st.MoveCollective(ctx, ids[1], -1); err != nil {
		t.Errorf("moving the first up: %v", err)
	}
	eq("search: word starts, then contains", names(NominationFilter{Query: "an"}, NominationOrder{}),
		"Nguyễn Văn An", "Trần Thị An", "Dương Thị Ánh", "Lê Văn Bình", "Đặng Văn Đông")
	eq("search without diacritics, đ as d", names(NominationFilter{Query: "dang van d"}, NominationOrder{}), "Đặng Văn Đông")
	eq("search: name starts first", names(NominationFilter{Query: "t"}, NominationOrder{}),
		"Tổ bầu cử số 10", "Tổ bầu cử số 2", "Trần Thị An", "Dương Thị Ánh")
	eq("search with a wildcard is literal", names(NominationFilter{Query: "%"}, NominationOrder{}))
	eq("filter by proposer and status", names(NominationFilter{Status: award.Proposed, Kind: award.Individual, FormID: formID(t, st, award.FormBangKhenTinh)}, NominationOrder{}), "Nguyễn Văn An")
	eq("order by name, descending", names(NominationFilter{Kind: award.Individual}, NominationOrder{By: SortName, Desc: true}),
		"Đặng Văn Đông", "Lê Văn Bình", "Dương Thị Ánh", "Trần Thị An", "Nguyễn Văn An")
	eq("order by birth", names(NominationFilter{Kind: award.Individual}, NominationOrder{By: SortBirth}),
		"Lê Văn Bình", "Trần Thị An", "Nguyễn Văn An", "Đặng Văn Đông", "Dương Thị Ánh")
	eq("order by form", names(NominationFilter{Kind: award.Individual}, NominationOrder{By: SortForm})[:1], "Nguyễn Văn An")
	ids, more, _ := st.NominationIDs(ctx, NominationFilter{CampaignID: c.ID, Query: "v", Limit: 2}, NominationOrder{})
	if len(ids) != 2 || !more {
		t.Errorf("limited search: %d ids, more %v", len(ids), more)
	}
	for _, by := range []NominationSort{SortKind, SortPosition, SortWorkplace, SortRank, SortProposer, SortStatus} {
		for _, desc := range []bool{false, true} {
			if got := names(NominationFilter{}, NominationOrder{By: by, Desc: desc}); len(got) != 7 {
				t.Errorf("order %d desc %v: %d rows", by, desc, len(got))
			}
		}
	}
}

func formID(t *testing.T, st *Store, name string) int64 {
	t.Helper()
	forms, err := st.AwardForms(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range forms {
		if f.Name == name {
			return f.ID
		}
	}
	t.Fatalf("no form %q", name)
	return 0
}

func TestUpdateAndDelete(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	c := campaign2021(t, st, "Đợt 2021")
	a, _ := st.AddNomination(ctx, c.ID, person("Nguyễn Văn An", "1975", award.FormGiayKhen, ""))
	b, _ := st.AddNomination(ctx, c.ID, person("Trần Văn Bình", "1976", award.FormGiayKhen, ""))
	in := person("Trần Văn Bình", "1976", award.FormBangKhenTinh, "Sở Tư pháp")
	if err := st.UpdateNomination(ctx, a, in); err == nil || !strings.Contains(err.Error(), "đã được đề nghị trong đợt này") {
		t.Errorf("renaming onto another nominee of the campaign: %v", err)
	}
	in = person("Nguyễn Văn Ân", "1975-03-02", award.FormBangKhenTinh, "Sở Tư pháp")
	if err := st.UpdateNomination(ctx, a, in); err != nil {
		t.Fatal(err)
	}
	n, _ := st.Nomination(ctx, a, c.To)
	if n.Nominee.Name != "Nguyễn Văn Ân" || n.Form != award.FormBangKhenTinh || n.Proposer != "Sở Tư pháp" || n.Nominee.Birth != "1975-03-02" {
		t.Errorf("after update: %+v", n)
	}
	ids, _, _ := st.NominationIDs(ctx, NominationFilter{CampaignID: c.ID, Query: "nguyen van an"}, NominationOrder{})
	if len(ids) != 1 || ids[0] != a {
		t.Errorf("search after rename finds %v", ids)
	}
	if err := st.DeleteNominations(ctx, []int64{b}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Nomination(ctx, b, c.To); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted nomination still there: %v", err)
	}
}

func TestSummary(t *testing.T) {
	st := openTest(t)
	ctx := context.Background()
	c := campaign2021(t, st, "Đợt 2021")
	rows := []award.Entry{
		person("A Văn Một", "1970", award.FormGiayKhen, "Sở Y tế"),
		person("A Văn Hai", "1970", award.FormGiayKhen, "Sở Y tế"),
		group("Khoa Nội", award.FormGiayKhen, "Sở Y tế"),
		person("A Văn Ba", "1970", award.FormBangKhenTinh, ""),
	}
	if _, err := st.ImportNominations(ctx, NominationBatch{CampaignID: c.ID, Rows: rows}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	sum, err := st.NominationSummary(ctx, c.ID, c.To)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range sum {
		got[fmt.Sprintf("%s|%s|%s", r.Proposer, r.Form, r.Kind)] = fmt.Sprintf("%d×%d", r.Count, r.Money)
	}
	want := map[string]string{
		"Sở Y tế|Giấy khen|Cá nhân":                 "2×450000",
		"Sở Y tế|Giấy khen|Tập thể":                 "1×900000",
		"|Bằng khen của Chủ tịch UBND tỉnh|Cá nhân": "1×1490000",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("summary = %v, want %v", got, want)
	}
}

func TestRanks(t *testing.T) {
	for in, want := range map[string]award.Rank{"Nhất": award.RankFirst, "hạng nhì": award.RankSecond, "BA": award.RankThird, "1": award.RankFirst, "III": award.RankThird, "": award.RankNone} {
		if got, ok := award.ParseRank(in); !ok || got != want {
			t.Errorf("award.ParseRank(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := award.ParseRank("Tư"); ok {
		t.Error("award.ParseRank accepted Tư")
	}
	st := openTest(t)
	c := campaign2021(t, st, "Đợt 2021")
	in := group("Sở Nội vụ", award.FormBangKhenTinh, "")
	in.Rank = "hạng nhất"
	id, err := st.AddNomination(context.Background(), c.ID, in)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := st.Nomination(context.Background(), id, c.To)
	if n.Rank != award.RankFirst {
		t.Errorf("rank stored as %q", n.Rank)
	}
}

// An import interrupted half-way (the user pressed Hủy) leaves nothing.
func TestCancelledImportWritesNothing(t *testing.T) {
	st := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var rows []award.Entry
	for i := 0; i < 2000; i++ {
		rows = append(rows, person(fmt.Sprintf("Người Thứ %d", i), "1980", award.FormGiayKhen, "Sở Nội vụ"))
	}
	_, err := st.ImportNominations(ctx, NominationBatch{Campaign: Campaign{Name: "Đợt bị hủy"}, Rows: rows}, ImportOptions{Progress: func(f float64) {
		if f >= 0.5 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled import: %v", err)
	}
	for _, table := range []string{"campaigns", "nominees", "nominations", "proposers"} {
		if n := count(t, st, table); n != 0 {
			t.Errorf("%s has %d rows after a cancelled import", table, n)
		}
	}
}
