package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/decisiondocs"
)

func proposalCreate(ctx context.Context, env Env, st *data.Store, args []string) error {
	var department *bool
	a, err := parseDraft(ctx, env, st, "proposal create", "Bằng khen của Thủ tướng Chính phủ", "12/TTr-UBND", args, func(fs *flag.FlagSet) {
		department = fs.Bool("department", false, "tờ trình của cơ quan tham mưu trong Cài đặt (ví dụ Sở Nội vụ) trình Chủ tịch Ủy ban, cho hình thức cấp mình có thẩm quyền tặng")
	})
	if err != nil {
		return err
	}
	p, err := st.CreateProposal(ctx, data.NewProposal{CampaignID: a.campaign.ID, Form: a.form, Number: a.number, Date: a.date, SignerName: a.signerName, SignerTitle: a.signerTitle,
		Department: *department})
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
