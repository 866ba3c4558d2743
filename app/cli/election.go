package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
	"tdkt/reports/electiondocs"
)

// electionFor is the election named by --election, or the latest one.
func electionFor(ctx context.Context, st *data.Store, name string) (data.Election, error) {
	var e data.Election
	var err error
	if name != "" {
		e, err = st.ElectionByName(ctx, name)
	} else {
		e, err = st.LatestElection(ctx)
	}
	if errors.Is(err, data.ErrNotFound) {
		return e, fmt.Errorf("%w; hãy nhập bảng tính bầu cử: tdkt import TỆP.xlsx (tạo mẫu: tdkt template election TỆP.xlsx)", err)
	}
	return e, err
}

func results(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("results", env)
	asJSON := fs.Bool("json", false, "in ra JSON")
	name := fs.String("election", "", "tên cuộc bầu cử (mặc định: cuộc bầu cử gần nhất)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: tham số thừa %q", errUsage, fs.Arg(0))
	}
	e, err := electionFor(ctx, st, *name)
	if *asJSON && *name == "" && errors.Is(err, data.ErrNotFound) {
		// No election at all: FORMATS.md's schema with nothing in it.
		_, err := fmt.Fprintln(env.Stdout, electiondocs.EmptyResultsJSON)
		return err
	}
	if err != nil {
		return err
	}
	r, err := st.Results(ctx, e.ID)
	if err != nil {
		return err
	}
	if *asJSON {
		return electiondocs.WriteJSON(env.Stdout, r)
	}
	return writeResultsText(env.Stdout, r)
}

// writeResultsText prints the results for people: each race, each
// constituency with its figures, status and candidates, then the totals
// of every unit.
func writeResultsText(w io.Writer, r *data.Results) error {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("%s\nNgày bầu cử: %s\n", r.Election.Name, vn.DMY(r.Election.PollingDay))
	if len(r.Constituencies) == 0 {
		p("\nChưa có đơn vị bầu cử nào.\n")
		return nil
	}
	var race election.Race
	for _, c := range r.Constituencies {
		if c.Race != race {
			race = c.Race
			label := race.Label()
			if race != election.RaceQH {
				label = "Đại biểu " + label
			}
			p("\n%s\n%s\n", strings.ToUpper(label), strings.Repeat("=", len([]rune(label))))
		}
		p("\nĐơn vị bầu cử số %d – %s (%s): %d đại biểu được bầu\n", c.Number, c.UnitName, c.UnitCode, c.Seats)
		if sr := c.SecondRound; sr != nil && sr.Annulled() {
			p("  Kết quả lần đầu đã bị hủy: %s (%s)\n", sr.Annulment.Reason, sr.Annulment.Decision)
		}
		for _, rr := range c.Rounds {
			label := "  "
			if len(c.Rounds) > 1 {
				label = "  " + rr.Round.Word() + " – "
			}
			p("%sCử tri: %s; đi bầu: %s (%s); phiếu hợp lệ: %s; không hợp lệ: %s; biên bản: %d/%d khu vực bỏ phiếu\n",
				label, vn.Int(rr.Voters), vn.Int(rr.Voted), election.FormatPercent(rr.Turnout), vn.Int(rr.Valid), vn.Int(rr.Invalid), rr.Tallied, rr.Areas)
		}
		if sr := c.SecondRound; sr != nil && len(c.Rounds) == 1 {
			p("  %s: đã quyết định, chưa có biên bản kiểm phiếu\n", sr.Kind.Word())
		}
		p("  Kết quả: %s – %s\n", data.StatusLabel(c.Status), c.Next)
		for _, w := range c.Warnings {
			p("  Cảnh báo: %s [%s]\n", w.Message, w.Rule)
		}
		for i, k := range c.Ranked {
			mark := ""
			switch {
			case k.Elected:
				mark = "  trúng cử"
			case k.Tied:
				mark = "  bằng phiếu, chưa xác định"
			}
			p("  %3d. %-28s %10s phiếu  %8s%s\n", i+1, k.Name, vn.Int(k.Votes), election.FormatPercent(k.Percent), mark)
		}
	}
	p("\nTỔNG HỢP THEO ĐƠN VỊ HÀNH CHÍNH\n===============================\n")
	var last int64
	for _, u := range r.Units {
		if u.Unit.ID != last {
			last = u.Unit.ID
			p("\n%s%s (%s)\n", strings.Repeat("  ", max(u.Unit.Level-1, 0)), u.Unit.Name, u.Unit.Code)
		}
		indent := strings.Repeat("  ", u.Unit.Level)
		p("%s%-11s cử tri %s, đi bầu %s (%s)", indent, string(u.Race)+":", vn.Int(u.Voters), vn.Int(u.Voted), election.FormatPercent(u.Turnout()))
		if u.Seats > 0 {
			p(", bầu được %s/%s đại biểu", vn.Int(u.Elected), vn.Int(u.Seats))
		}
		p("\n")
	}
	return nil
}

func exportResults(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("export results", env)
	unit := fs.String("unit", "", "mã đơn vị hành chính của biểu (mặc định: tỉnh có dữ liệu, hoặc toàn quốc)")
	name := fs.String("election", "", "tên cuộc bầu cử (mặc định: cuộc bầu cử gần nhất)")
	path, err := oneFile(fs, args)
	if err != nil {
		return err
	}
	e, err := electionFor(ctx, st, *name)
	if err != nil {
		return err
	}
	r, err := st.Results(ctx, e.ID)
	if err != nil {
		return err
	}
	root := r.Root()
	if *unit != "" {
		u, err := st.UnitByCode(ctx, e.Structure, *unit)
		if err != nil {
			return fmt.Errorf("--unit: %w", err)
		}
		root = u.ID
	}
	sum, err := st.ResultsSummary(ctx, r, root)
	if err != nil {
		return err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return err
	}
	if err := electiondocs.WriteSummary(path, r, sum, electiondocs.OptionsFor(set, sum.Unit, time.Now())); err != nil {
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	what := "toàn quốc"
	if sum.Unit.ID != 0 {
		what = sum.Unit.Name
	}
	fmt.Fprintf(env.Stdout, "Đã xuất biểu tổng hợp kết quả bầu cử của %s: %s (%d dòng, %d cấp bầu cử)\n", what, path, len(sum.Rows), len(sum.Races))
	return nil
}

func exportMinutes(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("export minutes", env)
	name := fs.String("election", "", "tên cuộc bầu cử (mặc định: cuộc bầu cử gần nhất)")
	unit := fs.String("unit", "", "mã đơn vị hành chính: các đơn vị bầu cử thuộc đơn vị đó")
	raceText := fs.String("race", "", "cấp bầu cử: QH, HĐND tỉnh, HĐND huyện, HĐND xã")
	path, err := oneArg(fs, args, "cần đúng một tệp .pdf")
	if err != nil {
		return err
	}
	if !strings.HasSuffix(strings.ToLower(path), ".pdf") {
		return fmt.Errorf("%w: tệp %q phải có đuôi .pdf", errUsage, path)
	}
	e, err := electionFor(ctx, st, *name)
	if err != nil {
		return err
	}
	var sel electiondocs.MinutesSelection
	if *raceText != "" {
		race, ok := election.ParseRace(*raceText)
		if !ok {
			return fmt.Errorf("--race: %q không phải cấp bầu cử: ghi QH, HĐND tỉnh, HĐND huyện hoặc HĐND xã", *raceText)
		}
		if !e.HasRace(race) {
			return fmt.Errorf("--race: cuộc bầu cử %q không bầu %s", e.Name, race.Label())
		}
		sel.Race = race
	}
	if *unit != "" {
		u, err := st.UnitByCode(ctx, e.Structure, *unit)
		if err != nil {
			return fmt.Errorf("--unit: %w", err)
		}
		sel.Unit = u.ID
	}
	r, err := st.Results(ctx, e.ID)
	if err != nil {
		return err
	}
	n, err := electiondocs.ExportMinutes(ctx, st, r, sel, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xuất biên bản xác định kết quả bầu cử của %d đơn vị bầu cử: %s\n", n, path)
	return nil
}

func exportStatistics(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("export statistics", env)
	name := fs.String("election", "", "tên cuộc bầu cử (mặc định: cuộc bầu cử gần nhất)")
	unit := fs.String("unit", "", "mã đơn vị hành chính của biểu (mặc định: đơn vị có dữ liệu)")
	path, err := oneFile(fs, args)
	if err != nil {
		return err
	}
	e, err := electionFor(ctx, st, *name)
	if err != nil {
		return err
	}
	var unitID int64
	if *unit != "" {
		u, err := st.UnitByCode(ctx, e.Structure, *unit)
		if err != nil {
			return fmt.Errorf("--unit: %w", err)
		}
		unitID = u.ID
	}
	r, err := st.Results(ctx, e.ID)
	if err != nil {
		return err
	}
	s, err := electiondocs.ExportStatistics(ctx, st, r, unitID, path)
	if err != nil {
		return err
	}
	kind := "sơ bộ (chưa xác nhận kết quả)"
	if s.Final {
		kind = "chính thức"
	}
	fmt.Fprintf(env.Stdout, "Đã xuất biểu thống kê kết quả bầu cử %s của %s: %s (%d cấp bầu cử)\n", kind, s.Unit, path, len(s.Races))
	return nil
}

func electionLock(ctx context.Context, env Env, st *data.Store, args []string) error {
	fs := flags("election lock", env)
	name := fs.String("election", "", "tên cuộc bầu cử (mặc định: cuộc bầu cử gần nhất)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: tham số thừa %q", errUsage, fs.Arg(0))
	}
	e, err := electionFor(ctx, st, *name)
	if err != nil {
		return err
	}
	e, err = st.LockElection(ctx, e.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã xác nhận kết quả %s lúc %s: từ nay biên bản kiểm phiếu, các lần bầu, người ứng cử, đơn vị bầu cử và khu vực bỏ phiếu của cuộc bầu cử này chỉ được xem\n",
		e.Name, e.LockedAt.Local().Format("15:04 02/01/2006"))
	return nil
}

func templateElection(ctx context.Context, env Env, st *data.Store, args []string) error {
	path, err := oneFile(flags("template election", env), args)
	if err != nil {
		return err
	}
	if err := electiondocs.Template(path); err != nil {
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	fmt.Fprintf(env.Stdout, "Đã tạo bảng tính bầu cử %s (các sheet: %s)\n", path, strings.Join(electiondocs.Sheets, ", "))
	return nil
}

func importElection(ctx context.Context, env Env, st *data.Store, path string) error {
	res, err := electiondocs.Import(ctx, st, path, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã nhập %s vào cuộc bầu cử %q: %d đơn vị bầu cử, %d người ứng cử, %d khu vực bỏ phiếu, %d biên bản kiểm phiếu (%d dòng phiếu bầu) được thêm hoặc cập nhật\n",
		path, res.Election.Name, res.Constituencies, res.Candidates, res.Areas, res.Tallies, res.Votes)
	if len(res.Provinces) > 0 {
		fmt.Fprintf(env.Stdout, "Đã tạo cây đơn vị hành chính từ danh mục chính thức %s cho tỉnh mã %s\n", res.Election.Structure, strings.Join(res.Provinces, ", "))
	}
	printWarnings(env, res.Warnings)
	return nil
}
