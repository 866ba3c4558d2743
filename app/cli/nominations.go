package cli

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"tdkt/data"
	"tdkt/data/problem"
	"tdkt/data/vn"
	"tdkt/reports/nominations"
)

// oneFile parses flags given before or after a single .xlsx argument.
func oneFile(fs *flag.FlagSet, args []string) (string, error) {
	file, err := oneArg(fs, args, "cần đúng một tệp .xlsx")
	if err != nil {
		return "", err
	}
	if !strings.HasSuffix(strings.ToLower(file), ".xlsx") {
		return "", fmt.Errorf("%w: tệp %q phải có đuôi .xlsx", errUsage, file)
	}
	return file, nil
}

// campaignFor is the campaign named by --campaign, or the only one.
func campaignFor(ctx context.Context, st *data.Store, name string) (data.Campaign, error) {
	if name != "" {
		return st.CampaignByName(ctx, name)
	}
	return st.OnlyCampaign(ctx)
}

func templateNominations(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("template nominations", env)
	campaign := fs.String("campaign", "", "ghi sẵn đợt thi đua này vào sheet Đợt thi đua")
	path, err := oneFile(fs, args)
	if err != nil {
		return err
	}
	var c data.Campaign
	if *campaign != "" {
		if c, err = st.CampaignByName(ctx, *campaign); err != nil {
			return err
		}
	}
	forms, err := st.AwardForms(ctx)
	if err != nil {
		return err
	}
	if err := nominations.WriteTemplate(path, forms, c); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã tạo bảng tính đề nghị khen thưởng %s (%d hình thức khen thưởng trong danh sách chọn)\n", path, len(forms))
	return nil
}

func exportNominations(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("export nominations", env)
	campaign := fs.String("campaign", "", "tên đợt thi đua (mặc định: đợt duy nhất)")
	form := fs.String("form", "", "chỉ xuất một hình thức khen thưởng, ví dụ \"Giấy khen\"")
	date := fs.String("date", "", "ngày tính tiền thưởng của đề nghị chưa có quyết định, dd/mm/yyyy (mặc định: ngày kết thúc đợt); đề nghị đã có quyết định giữ số tiền của quyết định")
	path, err := oneFile(fs, args)
	if err != nil {
		return err
	}
	c, err := campaignFor(ctx, st, *campaign)
	if err != nil {
		return err
	}
	var opt nominations.ExportOptions
	if *form != "" {
		forms, err := st.AwardForms(ctx)
		if err != nil {
			return err
		}
		var names []string
		for _, f := range forms {
			names = append(names, f.Name)
			if vn.Fold(f.Name) == vn.Fold(*form) {
				opt.FormID = f.ID
			}
		}
		if opt.FormID == 0 {
			return fmt.Errorf("%w: không có hình thức khen thưởng %q; chọn một trong: %s", errUsage, *form, strings.Join(names, "; "))
		}
	}
	if *date != "" {
		if opt.Date, err = vn.ParseDate(*date); err != nil {
			return fmt.Errorf("%w: --date: %v", errUsage, err)
		}
	}
	start := time.Now()
	res, err := nominations.Export(ctx, st, c, path, opt)
	if err != nil {
		return err
	}
	basis := "tính theo ngày " + vn.DMY(res.Date)
	if res.Decided > 0 {
		basis = fmt.Sprintf("%s đề nghị theo số tiền của quyết định khen thưởng, còn lại %s", vn.Int(int64(res.Decided)), basis)
	}
	fmt.Fprintf(env.Stdout, "Đã xuất %s: %s tập thể, %s cá nhân, tiền thưởng %s đồng (%s) trong %.1f giây\n",
		path, vn.Int(int64(res.Collectives)), vn.Int(int64(res.Individuals)), vn.Money(res.Money), basis, time.Since(start).Seconds())
	if res.Unpriced > 0 {
		fmt.Fprintf(env.Stdout, "Chú ý: %s đề nghị chưa tính được tiền thưởng (xem ghi chú cuối danh sách)\n", vn.Int(int64(res.Unpriced)))
	}
	return nil
}

func importNominations(ctx context.Context, env Env, st *data.Store, path string) error {
	res, err := nominations.Import(ctx, st, path, nominations.ImportOptions{Campaign: importCampaign(ctx)})
	if err != nil {
		return err
	}
	created := ""
	if res.CampaignCreated {
		created = " (đợt mới tạo)"
	}
	fmt.Fprintf(env.Stdout, "Đã nhập %s đề nghị khen thưởng vào đợt %q%s: %s đối tượng mới, %s đơn vị đề nghị mới\n",
		vn.Int(int64(res.Added)), res.Campaign.Name, created, vn.Int(int64(res.NewNominees)), vn.Int(int64(res.NewProposers)))
	printWarnings(env, res.Warnings)
	return nil
}

// printWarnings lists, after a command's success line, what it accepted
// but the user should look at (a possible duplicate), one a line.
func printWarnings(env Env, warnings problem.List) {
	if len(warnings) == 0 {
		return
	}
	fmt.Fprintf(env.Stdout, "Có %s cảnh báo (dữ liệu vẫn được ghi; hãy kiểm tra lại):\n", vn.Int(int64(len(warnings))))
	for _, w := range warnings {
		fmt.Fprintf(env.Stdout, "  %s\n", w.String())
	}
}
