package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"tdkt/data"
	"tdkt/data/award"
)

// proposalDB is nominationsDB plus two nominations for Bằng khen của Thủ
// tướng Chính phủ (one collective, one person), which the province proposes.
func proposalDB(t *testing.T) string {
	t.Helper()
	db := nominationsDB(t)
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	c, err := st.CampaignByName(ctx, "Thi đua bầu cử 2021")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []award.Entry{
		{Kind: award.Collective, Name: "Ủy ban bầu cử tỉnh Bắc Kạn", Achievement: "Tổ chức thành công cuộc bầu cử, tỷ lệ cử tri đi bầu 99,81%"},
		{Kind: award.Individual, Name: "Hoàng Thị Hạnh", Birth: "1972", Sex: "Nữ", Position: "Phó Chủ tịch", Workplace: "Ủy ban bầu cử tỉnh",
			Achievement: "Tham mưu chỉ đạo công tác bầu cử"},
	} {
		n.Form = award.FormBangKhenThuTuong
		if _, err := st.AddNomination(ctx, c.ID, n); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestProposalCommands(t *testing.T) {
	db := proposalDB(t)
	// The province grants its own Bằng khen: no proposal for it.
	_, errs, code := run(t, db, "proposal", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "12/TTr-UBND", "--date", "24/06/2021")
	if code == 0 || !strings.Contains(errs, "hãy tạo quyết định") {
		t.Errorf("proposal for the province's own form: code %d, %q", code, errs)
	}
	out, errs, code := run(t, db, "proposal", "create", "--campaign", "thi dua bau cu 2021", "--form", "Bằng khen của Thủ tướng Chính phủ",
		"--number", "12/TTr-UBND", "--date", "24/06/2021", "--signer", "Đỗ Thị Minh Hoa", "--title", "PHÓ CHỦ TỊCH")
	if code != 0 || strings.TrimSpace(out) != "12/TTr-UBND" || !strings.Contains(errs, "1 tập thể và 1 cá nhân") {
		t.Fatalf("proposal create: code %d, out %q, err %q", code, out, errs)
	}
	dir := t.TempDir()
	draft := filepath.Join(dir, "dự thảo.pdf")
	if _, e, code := run(t, db, "proposal", "pdf", "12/TTr-UBND", draft); code != 0 {
		t.Fatal(e)
	}
	if text := pdftotext(t, draft); !strings.Contains(text, "DỰ THẢO") {
		t.Error("the draft's PDF lacks the mark")
	}
	if out, e, code := run(t, db, "proposal", "issue", "12/TTr-UBND"); code != 0 || !strings.Contains(out, "Đã ban hành tờ trình 12/TTr-UBND") {
		t.Fatalf("issue: %q %q", out, e)
	}
	if _, e, code := run(t, db, "proposal", "delete", "12/TTr-UBND"); code != 1 || !strings.Contains(e, "đã ban hành") {
		t.Errorf("delete of an issued proposal: code %d, %q", code, e)
	}
	final := filepath.Join(dir, "tờ trình.pdf")
	if _, e, code := run(t, db, "proposal", "pdf", "12/ttr-ubnd", final); code != 0 {
		t.Fatal(e)
	}
	text := pdftotext(t, final)
	for _, want := range []string{"TỜ TRÌNH", "Số: 12/TTr-UBND", "Kính gửi: Thủ tướng Chính phủ.", "Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ",
		"Căn cứ Kế hoạch số 53/KH-UBND", "cho 1 tập thể và 1 cá nhân", "TM. ỦY BAN NHÂN DÂN", "Đỗ Thị Minh Hoa",
		"DANH SÁCH", "Tóm tắt thành tích", "Tham mưu chỉ đạo công tác bầu cử"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF lacks %q", want)
		}
	}
	if strings.Contains(text, "DỰ THẢO") {
		t.Error("the issued proposal's PDF is marked DỰ THẢO")
	}
	// Nothing left to propose; a bad number is a usage of the right kind.
	if _, e, code := run(t, db, "proposal", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Thủ tướng Chính phủ",
		"--number", "13/TTr-UBND", "--date", "25/06/2021"); code != 1 || !strings.Contains(e, "không có đề nghị nào") {
		t.Errorf("second proposal: code %d, %q", code, e)
	}
	if _, _, code := run(t, db, "proposal", "pdf", "12/TTr-UBND"); code != 2 {
		t.Errorf("pdf without a file: code %d, want 2", code)
	}
}

// The department path (Sở Nội vụ): its tờ trình to the provincial
// chairman for the province's own Bằng khen, then the decision that cites
// it and grants exactly its list.
func TestDepartmentProposalThenDecision(t *testing.T) {
	db := nominationsDB(t)
	// Not for a form the province cannot grant.
	if _, e, code := run(t, db, "proposal", "create", "--department", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Thủ tướng Chính phủ",
		"--number", "45/TTr-SNV", "--date", "20/06/2021"); code == 0 || !strings.Contains(e, "bỏ --department") {
		t.Errorf("department proposal above the province: code %d, %q", code, e)
	}
	out, errs, code := run(t, db, "proposal", "create", "--department", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "45/TTr-SNV", "--date", "20/06/2021", "--signer", "Lê Văn Hùng", "--title", "PHÓ GIÁM ĐỐC")
	if code != 0 || strings.TrimSpace(out) != "45/TTr-SNV" || !strings.Contains(errs, "1 tập thể và 2 cá nhân") {
		t.Fatalf("department proposal: code %d, %q %q", code, out, errs)
	}
	// A decision cannot follow a draft, nor grant the proposed nominations without it.
	if _, e, code := run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "123/QĐ-UBND", "--date", "24/06/2021", "--proposal", "45/TTr-SNV"); code == 0 || !strings.Contains(e, "còn là dự thảo") {
		t.Errorf("decision on a draft proposal: code %d, %q", code, e)
	}
	if _, e, code := run(t, db, "proposal", "issue", "45/TTr-SNV"); code != 0 {
		t.Fatal(e)
	}
	if _, e, code := run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "123/QĐ-UBND", "--date", "24/06/2021"); code == 0 || !strings.Contains(e, "không có đề nghị nào") {
		t.Errorf("decision without the proposal: code %d, %q", code, e)
	}
	out, errs, code = run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "123/QĐ-UBND", "--date", "24/06/2021", "--proposal", "45/ttr-snv")
	if code != 0 || !strings.Contains(errs, "1 tập thể, 2 cá nhân") {
		t.Fatalf("decision on the proposal: code %d, %q %q", code, out, errs)
	}
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"proposal", "pdf", "45/TTr-SNV"},
			[]string{"UBND TỈNH BẮC KẠN", "SỞ NỘI VỤ", "Số: 45/TTr-SNV", "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn.",
				"Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Sở Nội vụ kính trình", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn Hùng"},
			[]string{"TM. ỦY BAN NHÂN DÂN", "DỰ THẢO"}},
		{[]string{"decision", "pdf", "123/QĐ-UBND"},
			[]string{"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20/06/2021."}, nil},
	} {
		file := filepath.Join(dir, strings.ReplaceAll(c.args[1], "/", "-")+".pdf")
		if _, e, code := run(t, db, append(c.args, file)...); code != 0 {
			t.Fatal(e)
		}
		text := strings.Join(strings.Fields(pdftotext(t, file)), " ")
		for _, w := range c.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", c.args[:2], w)
			}
		}
		for _, w := range c.not {
			if strings.Contains(text, w) {
				t.Errorf("%s has %q", c.args[:2], w)
			}
		}
	}
	// A tờ trình kept elsewhere is cited with its date.
	if _, e, code := run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "124/QĐ-UBND", "--date", "24/06/2021", "--proposal", "7/TTr-STC"); code == 0 || !strings.Contains(e, "hãy ghi cả ngày") {
		t.Errorf("an unknown tờ trình without a date: code %d, %q", code, e)
	}
}
