// Package cli runs tdkt's commands without a window: the same store and
// reports the window uses, driven from scripts and tests. Every command
// prints a clear message on bad input and returns a non-zero exit code.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"tdkt/data"
)

// Env is what a command runs with.
type Env struct {
	DBPath string
	Stdout io.Writer
	Stderr io.Writer
}

// command is one verb of the command line.
type command struct {
	usage string // arguments, after the command's name
	help  string // one line, Vietnamese
	run   func(ctx context.Context, env Env, st *data.Store, args []string) error
	// bare commands get no open store (st is nil): restore replaces the file.
	bare bool
}

// commands are tdkt's verbs, by name; a command with a sub-verb is
// listed as "units load", "decision pdf", ... Each runs in the file named
// after it. Usage lists them in the order of their names.
var commands = map[string]command{
	"backup": {usage: "TỆP", run: backup,
		help: "sao lưu toàn bộ cơ sở dữ liệu vào TỆP (bản sao nhất quán, ghi xong mới thay tệp cũ)"},
	"restore": {usage: "TỆP", bare: true, run: restore,
		help: "khôi phục cơ sở dữ liệu từ tệp sao lưu: kiểm tra tệp trước, giữ bản hiện tại trong thư mục backups rồi mới thay"},

	"decision create": {usage: "--campaign TÊN --form HÌNH_THỨC --number SỐ --date DD/MM/YYYY [--signer TÊN --title CHỨC_VỤ] [--proposal SỐ_TỜ_TRÌNH [--proposal-date DD/MM/YYYY]]", run: decisionCreate,
		help: "tạo dự thảo quyết định khen thưởng mọi đề nghị của hình thức đó trong đợt thi đua chưa bị từ chối và chưa có trong quyết định nào " +
			"(với --proposal: đúng danh sách của tờ trình đã ban hành của cơ quan tham mưu, và quyết định ghi \"Theo đề nghị của … tại Tờ trình số …\"); " +
			"in số quyết định (số nhỏ hơn 10 có số 0 đứng trước: 3/QĐ-UBND thành 03/QĐ-UBND)"},
	"decision issue": {usage: "SỐ", run: decisionIssue,
		help: "ban hành quyết định: từ đó quyết định và danh sách của nó chỉ đọc; các đề nghị chuyển sang Đã khen"},
	"decision pdf": {usage: "SỐ TỆP.pdf", run: decisionPDF,
		help: "xuất quyết định kèm danh sách ra PDF, ví dụ SỐ = 123/QĐ-UBND"},
	"decision certificates": {usage: "SỐ TỆP.pdf", run: decisionCertificates,
		help: "in Bằng khen, Giấy khen của quyết định: mỗi người, tập thể, hộ gia đình một trang trên phôi của mình, theo vị trí đã căn chỉnh"},
	"decision calibration": {usage: "[--blank \"LOẠI PHÔI\"] TỆP.pdf", run: decisionCalibration,
		help: "trang căn chỉnh có lưới milimét và vị trí từng trường, để in thử lên phôi; --blank chọn phôi (mặc định Bằng khen cá nhân): Bằng khen hoặc Giấy khen, cá nhân, tập thể hoặc hộ gia đình"},
	"decision list": {usage: "[--year NĂM]", run: decisionList,
		help: "sổ quyết định khen thưởng: mỗi quyết định một dòng với số, ngày, trạng thái, hình thức, số tập thể, cá nhân và tổng tiền thưởng"},
	"decision edit": {usage: "SỐ [--signer TÊN] [--title CHỨC_VỤ]", run: decisionEdit,
		help: "sửa người ký, chức vụ người ký của một dự thảo quyết định (quyết định đã ban hành không sửa được)"},
	"decision delete": {usage: "SỐ", run: decisionDelete,
		help: "xóa một dự thảo quyết định; các đề nghị của nó trở lại chờ quyết định (quyết định đã ban hành không bao giờ xóa được)"},

	"proposal create": {usage: "--campaign TÊN --form HÌNH_THỨC --number SỐ --date DD/MM/YYYY [--signer TÊN --title CHỨC_VỤ] [--department]", run: proposalCreate,
		help: "tạo dự thảo tờ trình đề nghị cấp có thẩm quyền tặng hình thức đó (ví dụ Bằng khen của Thủ tướng Chính phủ) cho mọi đề nghị của hình thức " +
			"trong đợt thi đua chưa bị từ chối, chưa trình và chưa có trong quyết định nào; in số tờ trình (ví dụ 12/TTr-UBND); " +
			"hình thức mà cấp mình có thẩm quyền tặng thì không lập tờ trình mà tạo quyết định; " +
			"với --department: tờ trình của cơ quan tham mưu (ví dụ 45/TTr-SNV của Sở Nội vụ) trình Chủ tịch Ủy ban tặng hình thức cấp mình có thẩm quyền, người ký GIÁM ĐỐC hoặc PHÓ GIÁM ĐỐC"},
	"proposal issue": {usage: "SỐ", run: proposalIssue,
		help: "ban hành tờ trình: từ đó tờ trình và danh sách chỉ đọc; các đề nghị chuyển sang Trình ký và không được cấp mình khen lại"},
	"proposal pdf": {usage: "SỐ TỆP.pdf", run: proposalPDF,
		help: "xuất tờ trình kèm danh sách đề nghị (có tóm tắt thành tích) ra PDF; dự thảo có dấu DỰ THẢO"},
	"proposal delete": {usage: "SỐ", run: proposalDelete,
		help: "xóa một dự thảo tờ trình; các đề nghị của nó trở lại chờ (tờ trình đã ban hành không xóa được)"},

	"settings": {usage: "[--json]", run: settingsShow,
		help: "xem mọi cài đặt, mỗi dòng \"khóa = giá trị\"; --json: một đối tượng JSON"},
	"settings set": {usage: "KHÓA GIÁ_TRỊ", run: settingsSet,
		help: "đổi một cài đặt: issuer_unit (mã đơn vị hành chính ban hành văn bản, ví dụ 06 hoặc 01891), parent_body, agency, agency_short, " +
			"place, authority, signer_name, signer_title, signer_for, proposer, rounding (up: làm tròn lên, nearest: làm tròn gần nhất), font_dir"},

	"results": {usage: "[--json] [--election TÊN]", run: results,
		help: "kết quả bầu cử tính theo Luật Bầu cử (Điều 78–80): từng đơn vị bầu cử và tổng hợp theo đơn vị hành chính; " +
			"--json: theo định dạng của FORMATS.md; mặc định: cuộc bầu cử gần nhất"},
	"export results": {usage: "TỆP.xlsx [--unit MÃ] [--election TÊN]", run: exportResults,
		help: "xuất Biểu tổng hợp kết quả bầu cử gửi cấp trên: mỗi đơn vị trực thuộc một dòng, mỗi cấp bầu cử một nhóm cột, " +
			"dòng tổng cộng, và một sheet cho mỗi cấp; --unit: mã đơn vị hành chính (mặc định: tỉnh có dữ liệu)"},
	"export minutes": {usage: "TỆP.pdf [--election TÊN] [--unit MÃ] [--race CẤP]", run: exportMinutes,
		help: "xuất Biên bản xác định kết quả bầu cử ở đơn vị bầu cử theo mẫu của Hội đồng bầu cử quốc gia, điền sẵn số liệu: mỗi đơn vị bầu cử " +
			"(thuộc đơn vị hành chính --unit, cấp --race) một biên bản, kèm biên bản bầu thêm, bầu lại; đơn vị chưa đủ biên bản kiểm phiếu được đánh dấu"},
	"export statistics": {usage: "TỆP.xlsx [--election TÊN] [--unit MÃ]", run: exportStatistics,
		help: "xuất Biểu thống kê kết quả bầu cử theo mẫu của Hội đồng bầu cử quốc gia (sơ bộ trước khi xác nhận kết quả, chính thức sau): " +
			"cử tri, đơn vị bầu cử và khu vực bỏ phiếu theo loại, phiếu bầu, cơ cấu người trúng cử (và sheet cơ cấu người ứng cử)"},
	"election lock": {usage: "[--election TÊN]", run: electionLock,
		help: "xác nhận kết quả bầu cử: từ đó biên bản kiểm phiếu, các lần bầu, người ứng cử của cuộc bầu cử chỉ đọc (cơ sở dữ liệu tự chặn mọi thay đổi); " +
			"không xác nhận được khi còn khu vực bỏ phiếu chưa có biên bản (liệt kê các khu vực đó)"},
	"template election": {usage: "TỆP.xlsx", run: templateElection,
		help: "tạo bảng tính bầu cử trống (cuộc bầu cử, đơn vị bầu cử, người ứng cử, khu vực bỏ phiếu, kiểm phiếu, phiếu bầu) " +
			"có định dạng, danh sách chọn và hướng dẫn"},

	"import": {usage: "TỆP.xlsx [--campaign TÊN]", run: importFile,
		help: "nhập bảng tính bầu cử hoặc bảng tính đề nghị khen thưởng (loại bảng tính nhận ra từ tên các sheet); tất cả hoặc không có gì; " +
			"--campaign: đợt thi đua nhận danh sách đề nghị khi bảng tính không có sheet \"Đợt thi đua\" (mặc định: đợt duy nhất)"},

	"template nominations": {usage: "TỆP.xlsx [--campaign TÊN]", run: templateNominations,
		help: "tạo bảng tính đề nghị khen thưởng trống, có danh sách chọn và hướng dẫn; --campaign: ghi sẵn đợt thi đua"},
	"export nominations": {usage: "TỆP.xlsx [--campaign TÊN] [--form HÌNH_THỨC] [--date DD/MM/YYYY]", run: exportNominations,
		help: "xuất danh sách đề nghị khen thưởng của một đợt (I. Tập thể, II. Cá nhân, số tiền, tổng cộng) và sheet thống kê; " +
			"mặc định: đợt duy nhất, mọi hình thức, tiền thưởng tính theo ngày kết thúc đợt; đề nghị đã có trong quyết định khen thưởng ghi số tiền của quyết định"},

	"units load": {usage: "--source 2025-07|2025-03 --province MÃ", run: unitsLoad,
		help: "tạo cây đơn vị hành chính của tỉnh từ danh mục chính thức (mã Tổng cục Thống kê); tỉnh tạo đầu tiên là tỉnh của cơ quan: " +
			"điền các cài đặt còn trống theo tỉnh đó (issuer_unit, agency, agency_short, place, authority, signer_title, proposer)"},
	"units list": {usage: "[--province MÃ] [--source 2025-07|2025-03] [--json]", run: unitsList,
		help: "liệt kê cây đơn vị hành chính; --json: [{\"code\",\"name\",\"type\",\"level\",\"parent\"}]"},
}

// errUsage marks an error that should be followed by the command's usage.
var errUsage = errors.New("sai cú pháp")

// Usage writes the list of commands.
func Usage(w io.Writer) {
	fmt.Fprintln(w, "tdkt – Bầu cử và Thi đua, Khen thưởng")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Cách dùng: tdkt [--db TỆP] [lệnh] [tham số]")
	fmt.Fprintln(w, "  không có lệnh: mở cửa sổ chương trình")
	fmt.Fprintln(w, "  --db TỆP: tệp cơ sở dữ liệu SQLite; mặc định: biến TDKT_DB, nếu không có thì <thư mục cấu hình>/tdkt/tdkt.db")
	fmt.Fprintln(w, "")
	fmt.Fprintln(w, "Các lệnh:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		c := commands[n]
		fmt.Fprintf(w, "  %s %s\n      %s\n", n, c.usage, c.help)
	}
}

// Run runs the command in args (e.g. ["units", "load", "--source", ...])
// and returns the process exit code.
func Run(ctx context.Context, env Env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		Usage(env.Stdout)
		return 0
	}
	name, rest := args[0], args[1:]
	// Commands with a sub-verb are listed as "units load", "decision pdf", ...
	if len(rest) > 0 {
		if _, ok := commands[name+" "+rest[0]]; ok {
			name, rest = name+" "+rest[0], rest[1:]
		}
	}
	c, ok := commands[name]
	if ok && c.bare {
		return finish(env, name, c, c.run(ctx, env, nil, rest))
	}
	if !ok {
		fmt.Fprintf(env.Stderr, "tdkt: lệnh không có: %q\n\n", strings.Join(args[:min(2, len(args))], " "))
		Usage(env.Stderr)
		return 2
	}
	st, err := data.Open(env.DBPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "tdkt: %v\n", err)
		return 1
	}
	defer st.Close()
	return finish(env, name, c, c.run(ctx, env, st, rest))
}

// finish reports a command's error and turns it into the exit code.
func finish(env Env, name string, c command, err error) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintf(env.Stderr, "tdkt %s: %v\n", name, err)
	if errors.Is(err, errUsage) {
		fmt.Fprintf(env.Stderr, "Cách dùng: tdkt %s %s\n", name, c.usage)
		return 2
	}
	return 1
}

// flags makes a FlagSet for a command that reports errors as errUsage.
func flags(name string, env Env) *flag.FlagSet {
	fs := flag.NewFlagSet("tdkt "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	return fs
}

// parse parses args and wraps a bad flag as errUsage.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}
