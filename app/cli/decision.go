package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"tdkt/data"
	"tdkt/data/vn"
	"tdkt/reports/decisiondocs"
	"tdkt/reports/pdf"
)

// draft is what `decision create` and `proposal create` are given.
type draft struct {
	campaign                data.Campaign
	form, number            string
	date                    time.Time
	signerName, signerTitle string
}

// parseDraft reads the arguments of a command that drafts a document for a
// campaign's nominations of one form; formExample and numberExample show
// them in the help; extra defines the command's own flags.
func parseDraft(ctx context.Context, env Env, st *data.Store, name, formExample, numberExample string, args []string, extra func(*flag.FlagSet)) (draft, error) {
	fs := flags(name, env)
	if extra != nil {
		extra(fs)
	}
	campaign := fs.String("campaign", "", "tên đợt thi đua")
	form := fs.String("form", "", "hình thức khen thưởng, ví dụ \""+formExample+"\"")
	number := fs.String("number", "", "số văn bản, ví dụ "+numberExample)
	date := fs.String("date", "", "ngày ký, dd/mm/yyyy")
	signer := fs.String("signer", "", "người ký (mặc định: trong Cài đặt)")
	title := fs.String("title", "", "chức vụ người ký: CHỦ TỊCH hoặc PHÓ CHỦ TỊCH (mặc định: trong Cài đặt)")
	if err := parse(fs, args); err != nil {
		return draft{}, err
	}
	if *campaign == "" || *form == "" || *number == "" || *date == "" || fs.NArg() > 0 {
		return draft{}, fmt.Errorf("%w: cần --campaign, --form, --number và --date", errUsage)
	}
	day, err := vn.ParseDate(*date)
	if err != nil {
		return draft{}, fmt.Errorf("%w: --date: %v", errUsage, err)
	}
	c, err := st.CampaignByName(ctx, *campaign)
	if err != nil {
		return draft{}, err
	}
	return draft{campaign: c, form: *form, number: *number, date: day, signerName: *signer, signerTitle: *title}, nil
}

func decisionCreate(ctx context.Context, env Env, st *data.Store, args []string) error {
	var proposal, proposalDate *string
	a, err := parseDraft(ctx, env, st, "decision create", "Bằng khen của Chủ tịch UBND tỉnh", "123/QĐ-UBND", args, func(fs *flag.FlagSet) {
		proposal = fs.String("proposal", "", "số tờ trình của cơ quan tham mưu mà quyết định theo, ví dụ 45/TTr-SNV")
		proposalDate = fs.String("proposal-date", "", "ngày của tờ trình đó, dd/mm/yyyy (khi tờ trình không có trong sổ tờ trình của tdkt)")
	})
	if err != nil {
		return err
	}
	nd := data.NewDecision{CampaignID: a.campaign.ID, Form: a.form, Number: a.number, Date: a.date, SignerName: a.signerName, SignerTitle: a.signerTitle,
		Proposal: strings.TrimSpace(*proposal)}
	if *proposalDate != "" {
		if nd.ProposalDate, err = vn.ParseDate(*proposalDate); err != nil {
			return fmt.Errorf("%w: --proposal-date: %v", errUsage, err)
		}
	}
	d, err := st.CreateDecision(ctx, nd)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, d.Number)
	fmt.Fprintf(env.Stderr, "Dự thảo quyết định %s ngày %s: %s; tổng tiền thưởng %s đồng\n", d.Number, vn.DMY(d.Date), whomText(d), vn.Int(d.Total))
	printWarnings(Env{Stdout: env.Stderr}, d.Warnings)
	return nil
}

func whomText(d data.Decision) string {
	var parts []string
	if d.Collectives > 0 {
		parts = append(parts, fmt.Sprintf("%d tập thể", d.Collectives))
	}
	if d.Individuals > 0 {
		parts = append(parts, fmt.Sprintf("%d cá nhân", d.Individuals))
	}
	if d.Households > 0 {
		parts = append(parts, fmt.Sprintf("%d hộ gia đình", d.Households))
	}
	return strings.Join(parts, ", ")
}

func decisionIssue(ctx context.Context, env Env, st *data.Store, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: cần đúng một số quyết định", errUsage)
	}
	d, err := st.IssueDecision(ctx, args[0])
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ban hành quyết định %s (%s); quyết định và danh sách từ nay chỉ đọc\n", d.Number, whomText(d))
	return nil
}

func decisionEdit(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("decision edit", env)
	signer := fs.String("signer", "", "người ký")
	title := fs.String("title", "", "chức vụ người ký: CHỦ TỊCH hoặc PHÓ CHỦ TỊCH")
	number, err := oneArg(fs, args, "cần đúng một số quyết định")
	if err != nil {
		return err
	}
	if strings.TrimSpace(*signer) == "" && strings.TrimSpace(*title) == "" {
		return fmt.Errorf("%w: cần --signer hoặc --title", errUsage)
	}
	d, err := st.SetDecisionSigner(ctx, number, *signer, *title)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã sửa dự thảo quyết định %s: người ký %s\n", d.Number, signerText(d))
	return nil
}

// signerText is the signing block on one line: "KT. CHỦ TỊCH / PHÓ CHỦ
// TỊCH Hoàng Duy Chinh".
func signerText(d data.Decision) string {
	var parts []string
	for _, p := range []string{d.SignerFor, d.SignerTitle} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	who := strings.Join(parts, " / ")
	if d.SignerName == "" {
		return who + " (chưa có tên)"
	}
	return who + " " + d.SignerName
}

func decisionDelete(ctx context.Context, env Env, st *data.Store, args []string) error {
	number, err := oneArg(flags("decision delete", env), args, "cần đúng một số quyết định")
	if err != nil {
		return err
	}
	d, err := st.DecisionByNumber(ctx, number)
	if err != nil {
		return err
	}
	if err := st.DeleteDecision(ctx, d.ID); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xóa dự thảo quyết định %s; %s trở lại chờ quyết định\n", d.Number, whomText(d))
	return nil
}

// oneArg parses a command's flags, which may come before or after its one
// argument, and returns the argument.
func oneArg(fs *flag.FlagSet, args []string, need string) (string, error) {
	var rest []string
	for {
		if err := parse(fs, args); err != nil {
			return "", err
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(rest) != 1 {
		return "", fmt.Errorf("%w: %s", errUsage, need)
	}
	return rest[0], nil
}

// writeFile renders into memory first, so a failed render leaves no file.
func writeFile(path string, render func(w *bytes.Buffer) error) error {
	var buf bytes.Buffer
	if err := render(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	return nil
}

func decisionPDF(ctx context.Context, env Env, st *data.Store, args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("%w: cần số quyết định và tệp PDF", errUsage)
	}
	return writeFile(args[1], func(w *bytes.Buffer) error { return decisiondocs.WriteDecisionPDF(ctx, st, args[0], w) })
}

func decisionCertificates(ctx context.Context, env Env, st *data.Store, args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("%w: cần số quyết định và tệp PDF", errUsage)
	}
	return writeFile(args[1], func(w *bytes.Buffer) error { return decisiondocs.WriteCertificatesPDF(ctx, st, args[0], w) })
}

func decisionCalibration(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("decision calibration", env)
	name := fs.String("blank", "Bằng khen cá nhân", "loại phôi: "+strings.Join(pdf.BlankNames(), ", "))
	file, err := oneArg(fs, args, "cần tệp PDF")
	if err != nil {
		return err
	}
	blank, ok := pdf.ParseBlank(*name)
	if !ok {
		return fmt.Errorf("%w: --blank: không có loại phôi %q (các loại: %s)", errUsage, *name, strings.Join(pdf.BlankNames(), ", "))
	}
	layout, err := decisiondocs.CertificateLayout(ctx, st, blank)
	if err != nil {
		return err
	}
	return writeFile(file, func(w *bytes.Buffer) error { return decisiondocs.WriteCalibrationPDF(ctx, st, layout, w) })
}

func decisionList(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("decision list", env)
	year := fs.Int("year", 0, "năm của sổ; 0: mọi năm")
	if err := parse(fs, args); err != nil {
		return err
	}
	list, err := st.Decisions(ctx, *year)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		fmt.Fprintln(env.Stdout, "Chưa có quyết định nào")
	}
	for _, d := range list {
		state := "dự thảo"
		if d.Issued() {
			state = "đã ban hành"
		}
		fmt.Fprintf(env.Stdout, "%-14s %s  %-12s %s – %s, %s đồng\n", d.Number, vn.DMY(d.Date), state, d.FormName, whomText(d), vn.Int(d.Total))
	}
	return nil
}
