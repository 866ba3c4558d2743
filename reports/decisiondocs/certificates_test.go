package decisiondocs

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/reports/pdf"
)

// store is Bắc Kạn with a campaign and nominations: a collective and a
// person for the provincial Bằng khen, a household and a person for a
// Giấy khen.
func store(t *testing.T) (*data.Store, data.Campaign) {
	t.Helper()
	st, err := data.Open(filepath.Join(t.TempDir(), "tdkt.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
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
		{Kind: award.Collective, Name: "Ủy ban bầu cử huyện Ba Bể", Form: award.FormBangKhenTinh},
		{Kind: award.Individual, Name: "Nguyễn Văn An", Birth: "1975", Sex: "Nam", Position: "Trưởng phòng", Workplace: "Sở Tư pháp", Form: award.FormBangKhenTinh},
		{Kind: award.Household, Name: "Hộ ông Lò Văn Ba", Workplace: "Thôn Nà Làng, xã Cao Kỳ", Form: award.FormGiayKhen},
		{Kind: award.Individual, Name: "Hà Thị Mai", Birth: "1990", Sex: "Nữ", Position: "Công chức", Workplace: "UBND xã Cao Kỳ", Form: award.FormGiayKhen},
	} {
		if _, err := st.AddNomination(ctx, c.ID, n); err != nil {
			t.Fatal(err)
		}
	}
	return st, c
}

// pageSizes returns each page's size in pt as pdfinfo gives it, "841.89 x 595.28".
func pageSizes(t *testing.T, file string, pages int) []string {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Skip("pdfinfo (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", strconv.Itoa(pages), file).Output()
	if err != nil {
		t.Fatal(err)
	}
	var sizes []string
	for _, m := range regexp.MustCompile(`Page +\d+ size: +([\d.]+ x [\d.]+) pts`).FindAllStringSubmatch(string(out), -1) {
		sizes = append(sizes, m[1])
	}
	return sizes
}

// wordTop returns the top (mm) of the first word text on the page, as
// pdftotext -bbox places it.
func wordTop(t *testing.T, file string, page int, text string) float64 {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>` + regexp.QuoteMeta(text) + `</word>`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("page %d lacks %q", page, text)
	}
	y, _ := strconv.ParseFloat(m[1], 64)
	return y * 25.4 / 72
}

func write(t *testing.T, st *data.Store, number string) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteCertificatesPDF(context.Background(), st, number, &b); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "certs.pdf")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// A provincial decision mixing a collective and a person prints each on
// its Bằng khen blank, at the size and the places each was calibrated;
// the old single cert_layout is still the person's.
func TestCertificatesOfAMixedDecision(t *testing.T) {
	st, c := store(t)
	ctx := context.Background()
	if _, err := st.CreateDecision(ctx, data.NewDecision{CampaignID: c.ID, Form: award.FormBangKhenTinh, Number: "123/QĐ-UBND",
		Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	// Settings as an older tdkt saved them: one layout, moved down 5 mm.
	set, _ := st.Settings(ctx)
	set.CertificateLayout = `{"width":297,"height":210,"name":{"x":40,"y":85,"width":217,"height":13,"size":24,"bold":true,"align":"center"}}`
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	col := pdf.DefaultLayout(pdf.Blank{Family: award.BangKhen, Kind: award.Collective})
	col.Width, col.Height = 420, 297
	col.Name.X, col.Name.Y, col.Name.Width = 60, 120, 300
	if err := SaveCertificateLayout(ctx, st, col); err != nil {
		t.Fatal(err)
	}
	certs, err := Certificates(ctx, st, "123/QĐ-UBND")
	if err != nil || len(certs) != 2 {
		t.Fatalf("%d certificates, %v", len(certs), err)
	}
	file := write(t, st, "123/QĐ-UBND")
	if got := pageSizes(t, file, 2); strings.Join(got, "|") != "1190.55 x 841.89|841.89 x 595.28" {
		t.Errorf("page sizes %q, want A3 landscape then A4 landscape", got)
	}
	if y := wordTop(t, file, 1, "Ủy"); y < 120-1 || y > 120+col.Name.Height {
		t.Errorf("the collective's name at %.1f mm, calibrated at 120", y)
	}
	if y := wordTop(t, file, 2, "Ông"); y < 85-1 || y > 85+13 {
		t.Errorf("the person's name at %.1f mm, the old cert_layout says 85", y)
	}
	set, _ = st.Settings(ctx)
	if !strings.Contains(set.CertificateLayout, `"y":85`) || !strings.Contains(set.CertificateLayouts, `"bang-khen/tap-the"`) {
		t.Errorf("settings after saving the collective's: %q | %q", set.CertificateLayout, set.CertificateLayouts)
	}
}

// A commune's Giấy khen decision prints on Giấy khen blanks: the
// household's names "Hộ gia đình ông …" with its address, the person's
// at the Giấy khen cá nhân's places, not the Bằng khen's.
func TestCertificatesOfACommuneGiayKhen(t *testing.T) {
	st, c := store(t)
	ctx := context.Background()
	set, _ := st.Settings(ctx)
	set.IssuerUnit = "01891" // a commune of Bắc Kạn in the 2025-03 list
	if err := st.SaveSettings(ctx, set); err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreateDecision(ctx, data.NewDecision{CampaignID: c.ID, Form: award.FormGiayKhen, Number: "5/QĐ-UBND",
		Date: time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	certs, err := Certificates(ctx, st, "5/QĐ-UBND")
	if err != nil || len(certs) != 2 {
		t.Fatalf("%d certificates, %v", len(certs), err)
	}
	blanks := map[string]bool{}
	for _, c := range certs {
		blanks[c.Blank.Name()] = true
	}
	if !blanks["Giấy khen hộ gia đình"] || !blanks["Giấy khen cá nhân"] {
		t.Errorf("blanks %v", blanks)
	}
	file := write(t, st, "5/QĐ-UBND")
	out, _ := exec.Command("pdftotext", file, "-").Output()
	text := strings.Join(strings.Fields(string(out)), " ")
	if !strings.Contains(text, "Hộ gia đình ông Lò Văn Ba") || !strings.Contains(text, "Thôn Nà Làng, xã Cao Kỳ") {
		t.Errorf("the household's certificate: %q", text)
	}
	gk := pdf.DefaultLayout(pdf.Blank{Family: award.GiayKhen, Kind: award.Individual})
	page := 1
	if strings.Index(text, "Hà Thị Mai") > strings.Index(text, "Lò Văn Ba") {
		page = 2
	}
	if y := wordTop(t, file, page, "Bà"); y < gk.Name.Y-1 || y > gk.Name.Y+gk.Name.Height {
		t.Errorf("the person's name at %.1f mm, want the Giấy khen's %g", y, gk.Name.Y)
	}
}
