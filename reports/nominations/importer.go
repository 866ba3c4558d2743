package nominations

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// ImportOptions says how to import a nomination workbook.
type ImportOptions struct {
	// Campaign names the campaign to add to (`tdkt import --campaign`);
	// a sheet Đợt thi đua naming another one is refused.
	Campaign string
	// Default names the campaign to add to when neither Campaign nor a
	// sheet Đợt thi đua names one (the window's current campaign); when
	// all are empty, the only campaign there is.
	Default string
	// Progress is told how many rows are written (may be nil).
	Progress func(done, total int)
}

// parsed is one data row of the sheet Đề nghị khen thưởng.
type parsed struct {
	rec sheet.Record
	num int // row number as Excel shows it
	in  award.Entry
	ok  bool // read without problems
}

// Import reads a nomination workbook and adds its rows to a campaign, all
// or nothing. Every problem (a missing name, an unknown award form, a
// birth date in the future, a nominee twice in the file or already in the
// campaign, ...) is listed with its sheet, row and column as
// problem.List, and then nothing is written. The warnings of an import
// that lands (two rows whose names differ only by their marks, with the
// same birth) are in the result's Warnings, located the same way.
func Import(ctx context.Context, st *data.Store, path string, opt ImportOptions) (data.NominationImportResult, error) {
	var res data.NominationImportResult
	f, err := sheet.Open(path)
	if err != nil {
		return res, err
	}
	col := sheet.NewCollector(path)
	rows, campaign := read(f, col)
	f.Close() // the unpacked sheets are not needed any more: free them before the checks and the write
	if rows == nil && len(col.Problems) > 0 {
		return res, col.Problems
	}
	batch := data.NominationBatch{Source: filepath.Base(path)}
	switch {
	case campaign != nil:
		if opt.Campaign != "" && vn.Fold(opt.Campaign) != vn.Fold(campaign.Name) {
			return res, fmt.Errorf("%s: sheet %q ghi đợt thi đua %q, khác với đợt đã chọn %q; hãy sửa một trong hai",
				filepath.Base(path), SheetCampaign, campaign.Name, vn.Clean(opt.Campaign))
		}
		batch.Campaign = *campaign
	case opt.Campaign != "" || opt.Default != "":
		name := opt.Campaign
		if name == "" {
			name = opt.Default
		}
		c, err := st.CampaignByName(ctx, name)
		if err != nil {
			return res, err
		}
		batch.CampaignID = c.ID
	default:
		c, err := st.OnlyCampaign(ctx)
		if err != nil {
			return res, fmt.Errorf("%s không có sheet %q ghi tên đợt thi đua: %w", filepath.Base(path), SheetCampaign, err)
		}
		batch.CampaignID = c.ID
	}
	if len(rows) == 0 && len(col.Problems) == 0 {
		return res, problem.List{{File: col.File, Sheet: SheetNominations, Row: 2, Rule: problem.Empty,
			Message: "sheet không có dòng đề nghị nào (dòng 1 là tiêu đề, danh sách bắt đầu từ dòng 2)"}}
	}
	good := make([]parsed, 0, len(rows))
	for _, r := range rows {
		if r.ok {
			good = append(good, r)
		}
	}
	batch.Rows = make([]award.Entry, len(good))
	for i, r := range good {
		batch.Rows[i] = r.in
	}
	batch.RowName = func(i int) string { return fmt.Sprintf("dòng %d", good[i].num) }
	if len(col.Problems) > 0 {
		// Also check the rows that were read, so that every problem is
		// listed in one pass.
		_, err := st.ImportNominations(ctx, batch, data.ImportOptions{DryRun: true})
		more, ok := problem.Of(err)
		if err != nil && !ok {
			return res, err
		}
		return res, merge(col, good, more)
	}
	var progress func(float64)
	if opt.Progress != nil {
		total := len(batch.Rows)
		progress = func(f float64) { opt.Progress(int(f*float64(total)+0.5), total) }
	}
	res, err = st.ImportNominations(ctx, batch, data.ImportOptions{Progress: progress})
	if probs, ok := problem.Of(err); ok {
		return res, merge(col, good, probs)
	}
	if err == nil && len(res.Warnings) > 0 {
		res.Warnings = merge(&sheet.Collector{File: col.File}, good, res.Warnings)
	}
	return res, err
}

// merge adds the store's problems (or warnings) to the collector's,
// located at their rows and columns, all sorted by row.
func merge(col *sheet.Collector, rows []parsed, probs problem.List) problem.List {
	out := append(problem.List{}, col.Problems...)
	for _, p := range probs {
		r := rows[p.Row-1]
		c := fieldColumn[p.Field]
		out = append(out, problem.Problem{File: col.File, Sheet: SheetNominations, Row: r.num, Column: c,
			Cell: r.rec.Cell(c), Rule: p.Rule, Message: p.Message, Warning: p.Warning})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Sheet != out[j].Sheet {
			return out[i].Sheet == SheetCampaign
		}
		return out[i].Row < out[j].Row
	})
	return out
}

// read parses the workbook: the rows of Đề nghị khen thưởng and the
// campaign of Đợt thi đua (nil when the sheet is absent or empty).
func read(f *excelize.File, col *sheet.Collector) ([]parsed, *data.Campaign) {
	name, ok := sheet.FindSheet(f, SheetNominations)
	if !ok {
		col.Add(SheetNominations, 0, "", "sheet", "thiếu sheet %q (tạo mẫu bằng lệnh: tdkt template nominations TỆP.xlsx)", SheetNominations)
		return nil, nil
	}
	var campaign *data.Campaign
	if cname, ok := sheet.FindSheet(f, SheetCampaign); ok {
		before := len(col.Problems)
		campaign = readCampaign(f, col, cname)
		if campaign == nil && len(col.Problems) > before {
			// The rows are still checked, against no stored campaign.
			campaign = &data.Campaign{Name: "(đợt thi đua chưa đọc được)"}
		}
	}
	t, ok := sheet.ReadTable(f, col, name, nominationColumns)
	if !ok {
		return nil, campaign
	}
	var out []parsed
	for _, r := range t.Rows() {
		if r.Empty() || onlySTT(r) {
			continue
		}
		p := parsed{rec: r, num: r.Num, ok: true}
		p.in = award.Entry{
			Kind:        award.Kind(r.Text(ColKind)),
			Name:        r.Text(ColName),
			Sex:         r.Text(ColSex),
			Position:    r.Text(ColPosition),
			Workplace:   r.Text(ColWorkplace),
			Form:        r.Text(ColForm),
			Rank:        award.Rank(r.Text(ColRank)),
			Achievement: r.Text(ColAchievement),
			Proposer:    r.Text(ColProposer),
		}
		if d, yearOnly, has, prob := r.Birth(ColBirth); prob != nil {
			col.Problems = append(col.Problems, *prob)
			p.ok = false
		} else if has {
			p.in.Birth = d.Format("2006-01-02")
			if yearOnly {
				p.in.Birth = d.Format("2006")
			}
		}
		out = append(out, p)
	}
	return out, campaign
}

// onlySTT reports whether a row has nothing but its number: a numbered
// template row left empty.
func onlySTT(r sheet.Record) bool {
	for _, c := range nominationColumns[1:] {
		if r.Text(c.Name) != "" {
			return false
		}
	}
	return true
}

// readCampaign reads the first data row of the sheet Đợt thi đua.
func readCampaign(f *excelize.File, col *sheet.Collector, name string) *data.Campaign {
	before := len(col.Problems)
	t, ok := sheet.ReadTable(f, col, name, campaignColumns)
	if !ok {
		if len(col.Problems) > before && strings.Contains(col.Problems[len(col.Problems)-1].Message, "sheet trống") {
			col.Problems = col.Problems[:before] // an empty optional sheet is no sheet
		}
		return nil
	}
	for _, r := range t.Rows() {
		if r.Empty() {
			continue
		}
		c := data.Campaign{Name: r.Text(ColCampaignName), PlanNumber: r.Text(ColPlanNumber)}
		if c.Name == "" {
			col.Problems = append(col.Problems, r.Problem(ColCampaignName, "required", "thiếu tên đợt thi đua"))
			return nil
		}
		d, has, prob := r.Date(ColPlanDate)
		if prob != nil {
			col.Problems = append(col.Problems, *prob)
		} else if has {
			c.PlanDate = d
		}
		return &c
	}
	return nil
}
