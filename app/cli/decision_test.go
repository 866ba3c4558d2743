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
	if !strings.Contains(pdftotext(t, filepath.Join(dir, "lưới.pdf")), "Trang căn chỉnh phôi Bằng khen cá nhân") {
		t.Error("the calibration page is not the Bằng khen cá nhân's by default")
	}
	// --blank, before or after the file, names a blank ignoring case and
	// diacritics.
	if _, e, code := run(t, db, "decision", "calibration", "--blank", "giay khen tap the", filepath.Join(dir, "gk.pdf")); code != 0 {
		t.Fatal(e)
	}
	if gk := pdftotext(t, filepath.Join(dir, "gk.pdf")); !strings.Contains(gk, "Trang căn chỉnh phôi Giấy khen tập thể") || !strings.Contains(gk, "Tên tập thể") {
		t.Errorf("--blank: %q", gk)
	}
	if _, e, code := run(t, db, "decision", "calibration", filepath.Join(dir, "hgd.pdf"), "--blank", "Bằng khen hộ gia đình"); code != 0 || !strings.Contains(pdftotext(t, filepath.Join(dir, "hgd.pdf")), "Địa chỉ (thôn, xã)") {
		t.Errorf("--blank after the file: %d %q", code, e)
	}
	if _, e, code := run(t, db, "decision", "calibration", "--blank", "Huân chương", filepath.Join(dir, "x.pdf")); code == 0 || !strings.Contains(e, "không có loại phôi \"Huân chương\"") || !strings.Contains(e, "Giấy khen hộ gia đình") {
		t.Errorf("an unknown blank: %d %q", code, e)
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

// FORMATS.md, second round: numbers below 10 take their leading zero and
// are found as typed either way; a draft can be edited and deleted, an
// issued decision neither; the register has a line per decision.
func TestDecisionEditDeleteLeadingZero(t *testing.T) {
	db := nominationsDB(t)
	create := func(number string) (string, string, int) {
		return run(t, db, "decision", "create", "--campaign", "Thi đua bầu cử 2021", "--form", "Bằng khen của Chủ tịch UBND tỉnh",
			"--number", number, "--date", "24/06/2021")
	}
	if out, e, code := create("3/QĐ-UBND"); code != 0 || out != "03/QĐ-UBND\n" {
		t.Fatalf("create 3/QĐ-UBND: %d %q %q", code, out, e)
	}
	if _, e, code := create("03/QĐ-UBND"); code == 0 || !strings.Contains(e, "số 03/QĐ-UBND đã có trong sổ năm 2021") {
		t.Errorf("the same number again: %d %q", code, e)
	}
	out, _, code := run(t, db, "decision", "list", "--year", "2021")
	if code != 0 || out != "03/QĐ-UBND     24/06/2021  dự thảo      Bằng khen của Chủ tịch UBND tỉnh – 1 tập thể, 2 cá nhân, 5.960.000 đồng\n" {
		t.Errorf("decision list: %q", out)
	}
	if out, _, _ := run(t, db, "decision", "list", "--year", "2020"); out != "Chưa có quyết định nào\n" {
		t.Errorf("decision list --year 2020: %q", out)
	}

	// edit
	out, e, code := run(t, db, "decision", "edit", "3/qd-ubnd", "--signer", "Hoàng Duy Chinh", "--title", "Phó Chủ tịch")
	if code != 0 || out != "Đã sửa dự thảo quyết định 03/QĐ-UBND: người ký KT. CHỦ TỊCH / PHÓ CHỦ TỊCH Hoàng Duy Chinh\n" {
		t.Fatalf("decision edit: %d %q %q", code, out, e)
	}
	pdf := filepath.Join(t.TempDir(), "3.pdf")
	if _, e, code := run(t, db, "decision", "pdf", "3/QĐ-UBND", pdf); code != 0 {
		t.Errorf("decision pdf 3/QĐ-UBND: %q", e)
	}
	if out, _, code := run(t, db, "decision", "edit", "--title", "CHỦ TỊCH", "03/QĐ-UBND"); code != 0 ||
		out != "Đã sửa dự thảo quyết định 03/QĐ-UBND: người ký CHỦ TỊCH Hoàng Duy Chinh\n" {
		t.Errorf("decision edit --title before the number: %d %q", code, out)
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"decision", "edit", "03/QĐ-UBND"}, 2, "cần --signer hoặc --title"},
		{[]string{"decision", "edit", "--signer", "X"}, 2, "cần đúng một số quyết định"},
		{[]string{"decision", "edit", "9/QĐ-UBND", "--signer", "X"}, 1, "quyết định số 09/QĐ-UBND: không tìm thấy"},
		{[]string{"decision", "delete"}, 2, "cần đúng một số quyết định"},
		{[]string{"decision", "delete", "9/QĐ-UBND"}, 1, "không tìm thấy"},
		{[]string{"decision", "delete", "abc"}, 1, "không đúng dạng"},
	} {
		if _, e, code := run(t, db, c.args...); code != c.code || !strings.Contains(e, c.msg) {
			t.Errorf("%v: %d %q; want %d %q", c.args, code, e, c.code, c.msg)
		}
	}

	// delete a draft: its nominations wait again, so the same draft can be made
	if out, e, code := run(t, db, "decision", "delete", "3/QĐ-UBND"); code != 0 ||
		out != "Đã xóa dự thảo quyết định 03/QĐ-UBND; 1 tập thể, 2 cá nhân trở lại chờ quyết định\n" {
		t.Fatalf("decision delete: %d %q %q", code, out, e)
	}
	if out, _, _ := run(t, db, "decision", "list"); out != "Chưa có quyết định nào\n" {
		t.Errorf("after delete: %q", out)
	}
	if out, e, code := create("7/QĐ-UBND"); code != 0 || out != "07/QĐ-UBND\n" {
		t.Fatalf("create after delete: %d %q %q", code, out, e)
	}
	run(t, db, "decision", "edit", "07/QĐ-UBND", "--signer", "Hoàng Duy Chinh")
	if out, e, code := run(t, db, "decision", "issue", "7/QĐ-UBND"); code != 0 || !strings.Contains(out, "07/QĐ-UBND") {
		t.Fatalf("issue 7/QĐ-UBND: %d %q %q", code, out, e)
	}
	if _, e, code := run(t, db, "decision", "edit", "07/QĐ-UBND", "--signer", "Người Khác"); code != 1 ||
		!strings.Contains(e, "quyết định 07/QĐ-UBND đã ban hành, không sửa được") {
		t.Errorf("edit an issued decision: %d %q", code, e)
	}
	if _, e, code := run(t, db, "decision", "delete", "07/QĐ-UBND"); code != 1 ||
		!strings.Contains(e, "quyết định 07/QĐ-UBND đã ban hành: quyết định đã ban hành là văn bản lưu trữ, không bao giờ xóa được") {
		t.Errorf("delete an issued decision: %d %q", code, e)
	}
	if out, _, _ := run(t, db, "decision", "list"); !strings.Contains(out, "07/QĐ-UBND     24/06/2021  đã ban hành  ") {
		t.Errorf("the issued decision is not in the register: %q", out)
	}
	issued := filepath.Join(t.TempDir(), "7.pdf")
	if _, e, code := run(t, db, "decision", "pdf", "7/QĐ-UBND", issued); code != 0 {
		t.Fatalf("pdf of the issued decision: %d %q", code, e)
	}
	// Last: pdftotext skips the test where poppler-utils is missing. A
	// draft leaves its number blank for the clerk and is marked DỰ THẢO;
	// the issued decision prints its number with the leading zero.
	if text := pdftotext(t, pdf); !strings.Contains(text, "DỰ THẢO") || strings.Contains(text, "03/QĐ-UBND") || !strings.Contains(text, "KT. CHỦ TỊCH") {
		t.Errorf("the draft's PDF: %q", text)
	}
	if text := pdftotext(t, issued); !strings.Contains(text, "Số: 07/QĐ-UBND") || strings.Contains(text, "DỰ THẢO") {
		t.Errorf("the issued decision's PDF lacks its number or is marked a draft: %q", text)
	}
}
