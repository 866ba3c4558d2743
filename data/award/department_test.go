package award

import (
	"strings"
	"testing"
	"time"
)

// Luật Thi đua, khen thưởng 2022, Điều 84 and Nghị định 30/2020/NĐ-CP
// (symbols, signing on behalf): the department that advises the committee
// proposes to its chairman, under its own symbol and signer.
func TestDieu84_DepartmentProposal(t *testing.T) {
	for _, c := range []struct {
		proposer, title, body, symbol string
		ok                            bool
	}{
		{"Giám đốc Sở Nội vụ", "Giám đốc", "Sở Nội vụ", "TTr-SNV", true},
		{"Trưởng phòng Nội vụ", "Trưởng phòng", "Phòng Nội vụ", "TTr-PNV", true},
		{"Chánh Văn phòng UBND tỉnh", "Chánh", "Văn phòng Ủy ban nhân dân tỉnh", "TTr-VPUBNDT", true},
		{"Trưởng ban Thi đua – Khen thưởng", "Trưởng ban", "Ban Thi đua – Khen thưởng", "TTr-BTĐKT", true},
		{"Giám đốc sở", "", "", "", false},
		{"Chủ tịch Ủy ban Mặt trận Tổ quốc", "", "", "", false},
		{"", "", "", "", false},
	} {
		title, body, ok := Department(c.proposer)
		if ok != c.ok || title != c.title || body != c.body {
			t.Errorf("Department(%q) = %q, %q, %v; want %q, %q, %v", c.proposer, title, body, ok, c.title, c.body, c.ok)
			continue
		}
		if ok && DepartmentSymbol("TTr", body) != c.symbol {
			t.Errorf("DepartmentSymbol(%q) = %q, want %q", body, DepartmentSymbol("TTr", body), c.symbol)
		}
	}
	if p, n := DepartmentHeader("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Sở Nội vụ"); p != "UBND TỈNH BẮC KẠN" || n != "SỞ NỘI VỤ" {
		t.Errorf("header %q / %q", p, n)
	}
	if f, ti := DepartmentSigner("Giám đốc", false); f != "" || ti != "GIÁM ĐỐC" {
		t.Errorf("director signs %q / %q", f, ti)
	}
	if f, ti := DepartmentSigner("Giám đốc", true); f != "KT. GIÁM ĐỐC" || ti != "PHÓ GIÁM ĐỐC" {
		t.Errorf("deputy signs %q / %q", f, ti)
	}
	text := ComposeDepartmentProposal(ProposalFacts{Form: "Bằng khen của Chủ tịch UBND tỉnh", Date: time.Date(2021, 6, 20, 0, 0, 0, 0, time.UTC),
		Collectives: 27, Campaign: "Đợt thi đua bầu cử", Plan: "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh", Proposer: "Giám đốc Sở Nội vụ",
		Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", Place: "Bắc Kạn", Regime: DefaultRegimes[1]})
	if len(text.Addressees) != 1 || text.Addressees[0] != "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn" {
		t.Errorf("addressees %q", text.Addressees)
	}
	all := strings.Join(append(append([]string{text.Subject}, text.Bases...), text.Paragraphs...), "\n")
	for _, want := range []string{"Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể",
		"Căn cứ Kế hoạch số 53/KH-UBND ngày 04/02/2021 của Ủy ban nhân dân tỉnh;", "Sở Nội vụ đề nghị Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn xem xét, tặng",
		"cho 27 tập thể (có danh sách", "Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn xem xét, quyết định./."} {
		if !strings.Contains(all, want) {
			t.Errorf("the text lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(strings.ReplaceAll(all, "KH-UBND", ""), "UBND") {
		t.Errorf("an abbreviation in the text:\n%s", all)
	}
	d := ComposeDecision(DecisionFacts{Form: "Bằng khen của Chủ tịch UBND tỉnh", Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC), Collectives: 1,
		Proposer: "Giám đốc Sở Nội vụ", Citation: ProposalCitation("45/TTr-SNV", "20/06/2021"), Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", Regime: DefaultRegimes[1]})
	if d.Proposal != "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20/06/2021." {
		t.Errorf("decision's proposal line %q", d.Proposal)
	}
}
