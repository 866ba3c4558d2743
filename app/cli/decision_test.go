package cli

import (
	"context"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tdkt/data"
	"tdkt/data/award"
)

// nominationsDB is a database with Bắc Kạn, a campaign and three
// nominations for the provincial Bằng khen (one collective, two people).
func nominationsDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "tdkt.db")
	st, err := data.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := st.SetupProvince(ctx, "2025-03", "06"); err != nil {
		t.Fatal(err)
	}
	c, err := st.SaveCampaign(ctx, data.Campaign{Name: "Thi đua bầu cử 2021", PlanNumber: "53/KH-UBND",
		PlanDate: time.Date(2021, 2, 4, 0, 0, 0, 0, time.UTC), LaunchedBy: "UBND tỉnh Bắc Kạn"})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []award.Entry{
		{Kind: award.Collective, Name: "Ủy ban bầu cử huyện Ba Bể"},
		{Kind: award.Individual, Name: "Trần Thị Bình", Birth: "1980", Sex: "Nữ", Position: "Chuyên viên", Workplace: "Sở Nội vụ"},
		{Kind: award.Individual, Name: "Nguyễn Văn An", Birth: "1975", Sex: "Nam", Position: "Trưởng phòng", Workplace: "Sở Tư pháp"},
	} {
		n.Form = award.FormBangKhenTinh
		if _, err := st.AddNomination(ctx, c.ID, n); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func pdftotext(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; .ci/run installs it")
	}
	out, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Lines wrap where the page is full: compare text with single spaces,
	// keeping the page breaks.
	pages := strings.Split(string(out), "\f")
	for i, p := range pages {
		pages[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(pages, "\f")
}

func TestDecisionCommands(t *testing.T) {
	db := nominationsDB(t)
	out, errs, code := run(t, db, "decision", "create", "--campaign", "thi dua bau cu 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
		"--number", "123/QĐ-UBND", "--date", "24/06/2021", "--signer", "Đỗ Thị Minh Hoa", "--title", "PHÓ CHỦ TỊCH")
	if code != 0 || strings.TrimSpace(out) != "123/QĐ-UBND" {
		t.Fatalf("decision create: code %d, out %q, err %q", code, out, errs)
	}
	if !strings.Contains(errs, "5.960.000") { // 2.980.000 + 2 × 1.490.000
		t.Errorf("create summary = %q", errs)
	}
	dir := t.TempDir()
	draft := filepath.Join(dir, "dự thảo.pdf")
	if _, e, code := run(t, db, "decision", "pdf", "123/QĐ-UBND", draft); code != 0 {
		t.Fatal(e)
	}
	if out, e, code := run(t, db, "decision", "issue", "123/QĐ-UBND"); code != 0 || !strings.Contains(out, "Đã ban hành") {
		t.Fatalf("issue: %d %q %q", code, out, e)
	}
	if _, e, code := run(t, db, "decision", "issue", "123/QĐ-UBND"); code == 0 || !strings.Contains(e, "đã ban hành") {
		t.Errorf("second issue: %d %q", code, e)
	}
	final := filepath.Join(dir, "123.pdf")
	if _, e, code := run(t, db, "decision", "pdf", "123/QĐ-UBND", final); code != 0 {
		t.Fatal(e)
	}
	text := pdftotext(t, final)
	for _, want := range []string{"ỦY BAN NHÂN DÂN", "Số: 123/QĐ-UBND", "Bắc Kạn, ngày 24 tháng 6 năm 2021", "QUYẾT ĐỊNH",
		"Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Căn cứ Nghị định số 91/2017/NĐ-CP",
		"Điều 1.", "./.", "Nơi nhận:", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa", "DANH SÁCH", "I. Tập thể", "II. Cá nhân",
		"Ủy ban bầu cử huyện Ba Bể", "Nguyễn Văn An", "Trần Thị Bình", "5.960.000", "Năm triệu chín trăm sáu mươi nghìn đồng"} {
		if !strings.Contains(text, want) {
			t.Errorf("decision PDF lacks %q", want)
		}
	}
	// Individuals by given name: An before Bình.
	if strings.Index(text, "Nguyễn Văn An") > strings.Index(text, "Trần Thị Bình") {
		t.Error("individuals are not ordered by given name")
	}

	certs := filepath.Join(dir, "bằng khen.pdf")
	if _, e, code := run(t, db, "decision", "certificates", "123/QĐ-UBND", certs); code != 0 {
		t.Fatal(e)
	}
	ct := pdftotext(t, certs)
	if strings.Count(ct, "\f") != 3 || !strings.Contains(ct, "Bà Trần Thị Bình") || !strings.Contains(ct, "Ông Nguyễn Văn An") {
		t.Errorf("certificates: %d pages, text %q", strings.Count(ct, "\f"), ct)
	}
	if _, e, code := run(t, db, "decision", "calibration", filepath.Join(dir, "lưới.pdf")); code != 0 {
		t.Fatal(e)
	}
	if out, _, code := run(t, db, "decision", "list"); code != 0 || !strings.Contains(out, "123/QĐ-UBND") || !strings.Contains(out, "đã ban hành") {
		t.Errorf("decision list: %q", out)
	}
}

func TestDecisionCommandErrors(t *testing.T) {
	db := nominationsDB(t)
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"decision", "create", "--campaign", "X"}, "cần --campaign, --form, --number và --date"},
		{[]string{"decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh", "--number", "123/KH-UBND", "--date", "24/06/2021"}, "phải bắt đầu bằng QĐ-"},
		{[]string{"decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh", "--number", "123/QĐ-UBND", "--date", "31/02/2021"}, "ngày không hợp lệ"},
		{[]string{"decision", "create", "--campaign", "Không có", "--form", "Giấy khen", "--number", "1/QĐ-UBND", "--date", "24/06/2021"}, "không có đợt thi đua"},
		{[]string{"decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Huân chương", "--number", "1/QĐ-UBND", "--date", "24/06/2021"}, "không có hình thức khen thưởng"},
		{[]string{"decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Cờ thi đua của UBND tỉnh", "--number", "1/QĐ-UBND", "--date", "24/06/2021"}, "không có đề nghị nào"},
		{[]string{"decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Giấy khen", "--number", "1/QĐ-UBND", "--date", "24/06/2021"}, "không có thẩm quyền tặng Giấy khen"},
		{[]string{"decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Thủ tướng Chính phủ", "--number", "1/QĐ-UBND", "--date", "24/06/2021"}, "lập tờ trình"},
		{[]string{"decision", "issue", "9/QĐ-UBND"}, "không tìm thấy"},
		{[]string{"decision", "pdf", "9/QĐ-UBND", filepath.Join(t.TempDir(), "x.pdf")}, "không tìm thấy"},
	}
	for _, c := range cases {
		if _, e, code := run(t, db, c.args...); code == 0 || !strings.Contains(e, c.msg) {
			t.Errorf("%v: code %d, stderr %q; want %q", c.args[:2], code, e, c.msg)
		}
	}
	// A draft without a signer cannot be issued.
	run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh", "--number", "1/QĐ-UBND", "--date", "24/06/2021")
	if _, e, code := run(t, db, "decision", "issue", "1/QĐ-UBND"); code == 0 || !strings.Contains(e, "chưa có người ký") {
		t.Errorf("issue without signer: %d %q", code, e)
	}
}
