package cli

import (
	"bytes"
	"context"
	"fmt"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/decisiondocs"
)

func proposalCreate(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("proposal create", env)
	campaign := fs.String("campaign", "", "tên đợt thi đua")
	form := fs.String("form", "", "hình thức khen thưởng, ví dụ \"Bằng khen của Thủ tướng Chính phủ\"")
	number := fs.String("number", "", "số tờ trình, ví dụ 12/TTr-UBND")
	date := fs.String("date", "", "ngày ký, dd/mm/yyyy")
	signer := fs.String("signer", "", "người ký (mặc định: trong Cài đặt)")
	title := fs.String("title", "", "chức vụ người ký: CHỦ TỊCH hoặc PHÓ CHỦ TỊCH (mặc định: trong Cài đặt)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *campaign == "" || *form == "" || *number == "" || *date == "" || fs.NArg() > 0 {
		return fmt.Errorf("%w: cần --campaign, --form, --number và --date", errUsage)
	}
	day, err := vn.ParseDate(*date)
	if err != nil {
		return fmt.Errorf("%w: --date: %v", errUsage, err)
	}
	c, err := st.CampaignByName(ctx, *campaign)
	if err != nil {
		return err
	}
	p, err := st.CreateProposal(ctx, data.NewProposal{CampaignID: c.ID, Form: *form, Number: *number, Date: day, SignerName: *signer, SignerTitle: *title})
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, p.Number)
	fmt.Fprintf(env.Stderr, "Dự thảo tờ trình %s ngày %s: đề nghị tặng %s cho %s\n", p.Number, vn.DMY(p.Date), p.FormName,
		award.Whom(p.Collectives, p.Individuals, p.Households))
	return nil
}

func proposalIssue(ctx context.Context, env Env, st *data.Store, args []string) error {
	number, err := oneArg(flags("proposal issue", env), args, "cần đúng một số tờ trình")
	if err != nil {
		return err
	}
	p, err := st.IssueProposal(ctx, number)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã ban hành tờ trình %s (%s); tờ trình và danh sách từ nay chỉ đọc, các đề nghị chuyển sang Trình ký\n",
		p.Number, award.Whom(p.Collectives, p.Individuals, p.Households))
	return nil
}

func proposalDelete(ctx context.Context, env Env, st *data.Store, args []string) error {
	number, err := oneArg(flags("proposal delete", env), args, "cần đúng một số tờ trình")
	if err != nil {
		return err
	}
	p, err := st.DeleteProposal(ctx, number)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xóa dự thảo tờ trình %s; %s trở lại chờ đề nghị\n", p.Number, award.Whom(p.Collectives, p.Individuals, p.Households))
	return nil
}

func proposalPDF(ctx context.Context, env Env, st *data.Store, args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("%w: cần số tờ trình và tệp PDF", errUsage)
	}
	return writeFile(args[1], func(w *bytes.Buffer) error { return decisiondocs.WriteProposalPDF(ctx, st, args[0], w) })
}
