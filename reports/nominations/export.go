package nominations

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// Sheet names of the exported list.
const (
	SheetList  = "Danh sách đề nghị"
	SheetStats = "Thống kê"
)

// Headers of the exported list, in column order A..J.
var listHeaders = []struct {
	name  string
	width float64
}{
	{"STT", 6},
	{"Họ và tên / Tên tập thể", 28},
	{"Ngày sinh", 12},
	{"Giới tính", 8},
	{"Chức vụ, đơn vị công tác", 34},
	{"Hình thức khen thưởng", 24},
	{"Hạng", 7},
	{"Tóm tắt thành tích", 44},
	{"Đơn vị đề nghị", 22},
	{"Số tiền (đồng)", 14},
}

// listHeaderRow is the row of the list's column headers (title above).
const listHeaderRow = 4

// ExportOptions says what to export.
type ExportOptions struct {
	FormID int64 // only this award form; 0 for every form
	// Date is the date prize money is computed for, for the nominations
	// not in an award decision (those carry their decision's amount);
	// zero: the campaign's MoneyDate.
	Date     time.Time
	Progress func(done, total int)
}

// ExportResult says what the export wrote.
type ExportResult struct {
	Collectives, Individuals, Households int
	Money                                int64 // total of the amounts known
	Unpriced                             int   // rows whose money could not be computed
	Decided                              int   // rows whose amount is their award decision's
	Date                                 time.Time
}

// Export writes a campaign's nominations as a department sends them up:
// the sheet Danh sách đề nghị grouped I. Tập thể (in the order the user
// set) and II. Cá nhân (by Vietnamese collation of the given name), with
// STT, award form, prize money, subtotals and total; and the sheet Thống
// kê, counts and money by award form and proposing organisation. Refused
// nominations (Không đủ điều kiện, Trả lại) are left out. The money of a
// nomination in an award decision, draft or issued, is the amount frozen
// in that decision, whatever the date; the others' is computed for the
// date. The file is written whole or not at all.
func Export(ctx context.Context, st *data.Store, c data.Campaign, path string, opt ExportOptions) (ExportResult, error) {
	res := ExportResult{Date: opt.Date}
	if res.Date.IsZero() {
		res.Date = c.MoneyDate(time.Now())
	}
	progress := opt.Progress
	if progress == nil {
		progress = func(int, int) {}
	}
	filter := data.NominationFilter{CampaignID: c.ID, FormID: opt.FormID, Active: true}
	total, err := st.CountNominations(ctx, filter)
	if err != nil {
		return res, err
	}
	formName := ""
	if opt.FormID != 0 {
		forms, err := st.AwardForms(ctx)
		if err != nil {
			return res, err
		}
		for _, fm := range forms {
			if fm.ID == opt.FormID {
				formName = fm.Name
			}
		}
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetList); err != nil {
		return res, err
	}
	if _, err := f.NewSheet(SheetStats); err != nil {
		return res, err
	}
	styles, err := newListStyles(f)
	if err != nil {
		return res, err
	}
	decisions, err := campaignDecisions(ctx, st, c.ID, opt.FormID)
	if err != nil {
		return res, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return res, err
	}
	w := &listWriter{f: f, st: styles, res: &res, total: total, progress: progress, decisions: decisions, rounding: set.Rounding}
	if err := w.begin(c, formName); err != nil {
		return res, err
	}
	romans := []string{"I", "II", "III"}
	groups := 0
	for _, g := range []struct {
		kind  award.Kind
		title string
	}{{award.Collective, "TẬP THỂ"}, {award.Household, "HỘ GIA ĐÌNH"}, {award.Individual, "CÁ NHÂN"}} {
		gf := filter
		gf.Kind = g.kind
		if g.kind == award.Household { // a group of its own only when there is one
			n, err := st.CountNominations(ctx, gf)
			if err != nil {
				return res, err
			}
			if n == 0 {
				continue
			}
		}
		if err := w.group(ctx, st, gf, romans[groups], g.title); err != nil {
			return res, err
		}
		groups++
	}
	if err := w.end(); err != nil {
		return res, err
	}
	if err := writeStats(ctx, f, styles, st, c, filter, res.Date, formName); err != nil {
		return res, err
	}
	f.SetActiveSheet(0)
	return res, saveAtomic(f, path)
}

// listStyles are the styles of the exported list.
type listStyles struct {
	sheet.Styles
	Group    int // bold, bordered, light fill: "TẬP THỂ"
	GroupNum int // the same, centred: "I"
	BoldText int // bold, bordered, wrapped, right-aligned: "Cộng I"
}

func newListStyles(f *excelize.File) (listStyles, error) {
	s, err := sheet.NewStyles(f)
	if err != nil {
		return listStyles{}, err
	}
	ls := listStyles{Styles: s}
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	if ls.Group, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: sheet.Font, Size: 12, Bold: true}, Border: border,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &excelize.Alignment{Vertical: "center"}}); err != nil {
		return ls, err
	}
	if ls.GroupNum, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: sheet.Font, Size: 12, Bold: true}, Border: border,
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}}); err != nil {
		return ls, err
	}
	ls.BoldText, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: sheet.Font, Size: 12, Bold: true}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center", WrapText: true}})
	return ls, err
}

// listWriter streams the list sheet row by row.
type listWriter struct {
	rounding string // the setting: how the amounts are rounded
	f        *excelize.File
	sw       *excelize.StreamWriter
	st       listStyles
	res      *ExportResult
	row      int
	done     int
	total    int
	progress func(done, total int)
	subtotal []string // cells of the group subtotals
	unpriced map[string]bool
	// decisions are the award decisions of the campaign (and form), named
	// in the note on money: their nominations carry their amounts.
	decisions []data.Decision
}

// campaignDecisions lists the award decisions of a campaign (of one form
// when formID is not 0), oldest first.
func campaignDecisions(ctx context.Context, st *data.Store, campaignID, formID int64) ([]data.Decision, error) {
	all, err := st.Decisions(ctx, 0)
	if err != nil {
		return nil, err
	}
	var out []data.Decision
	for i := len(all) - 1; i >= 0; i-- {
		if d := all[i]; d.CampaignID == campaignID && (formID == 0 || d.FormID == formID) {
			out = append(out, d)
		}
	}
	return out, nil
}

func (w *listWriter) set(values []any, height float64) error {
	w.row++
	opts := []excelize.RowOpts{}
	if height > 0 {
		opts = append(opts, excelize.RowOpts{Height: height})
	}
	return w.sw.SetRow(fmt.Sprintf("A%d", w.row), values, opts...)
}

// merge merges columns from..to (1-based) of the current row.
func (w *listWriter) merge(from, to int) error {
	a, _ := excelize.CoordinatesToCellName(from, w.row)
	b, _ := excelize.CoordinatesToCellName(to, w.row)
	return w.sw.MergeCell(a, b)
}

func (w *listWriter) begin(c data.Campaign, formName string) error {
	// Page setup goes on the sheet before streaming: the stream writer
	// keeps the sheet's settings and writes them after the rows.
	if err := sheet.PrintSetup(w.f, SheetList, true, 0); err != nil {
		return err
	}
	if err := sheet.RepeatRows(w.f, SheetList, listHeaderRow, listHeaderRow); err != nil {
		return err
	}
	sw, err := w.f.NewStreamWriter(SheetList)
	if err != nil {
		return err
	}
	w.sw = sw
	for i, h := range listHeaders {
		if err := sw.SetColWidth(i+1, i+1, h.width); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: listHeaderRow, TopLeftCell: fmt.Sprintf("A%d", listHeaderRow+1), ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	n := len(listHeaders)
	title := "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"
	if formName != "" {
		title = "DANH SÁCH ĐỀ NGHỊ TẶNG " + strings.ToUpper(formName)
	}
	if err := w.set([]any{excelize.Cell{StyleID: w.st.Title, Value: title}}, 24); err != nil {
		return err
	}
	if err := w.merge(1, n); err != nil {
		return err
	}
	sub := c.Name
	if plan := c.Plan(); plan != "" {
		sub += " (" + plan + ")"
	}
	if err := w.set([]any{excelize.Cell{StyleID: w.st.Subtitle, Value: sub}}, 18*float64(1+len([]rune(sub))/150)); err != nil {
		return err
	}
	if err := w.merge(1, n); err != nil {
		return err
	}
	note := fmt.Sprintf("Số tiền thưởng tính theo hệ số và mức lương cơ sở áp dụng ngày %s, %s.", vn.DMY(w.res.Date), award.RoundingText(w.rounding))
	height := 0.0
	if len(w.decisions) > 0 {
		var names []string
		for _, d := range w.decisions {
			name := fmt.Sprintf("số %s ngày %s", d.Number, vn.DMY(d.Date))
			if !d.Issued() {
				name += " (dự thảo)"
			}
			names = append(names, name)
		}
		note = strings.TrimSuffix(note, ".") + "; đề nghị đã có trong quyết định khen thưởng ghi số tiền của quyết định (Quyết định " +
			strings.Join(names, ", ") + ")."
		height = 32
	}
	if err := w.set([]any{excelize.Cell{StyleID: w.st.Note, Value: note}}, height); err != nil {
		return err
	}
	if err := w.merge(1, n); err != nil {
		return err
	}
	header := make([]any, n)
	for i, h := range listHeaders {
		header[i] = excelize.Cell{StyleID: w.st.Header, Value: h.name}
	}
	return w.set(header, 33)
}

// group writes a group title ("I", "TẬP THỂ"), its rows and its subtotal.
func (w *listWriter) group(ctx context.Context, st *data.Store, f data.NominationFilter, roman, title string) error {
	n := len(listHeaders)
	row := make([]any, n)
	row[0] = excelize.Cell{StyleID: w.st.GroupNum, Value: roman}
	row[1] = excelize.Cell{StyleID: w.st.Group, Value: title}
	for i := 2; i < n; i++ {
		row[i] = excelize.Cell{StyleID: w.st.Group}
	}
	if err := w.set(row, 0); err != nil {
		return err
	}
	if err := w.merge(2, n); err != nil {
		return err
	}
	first, count := w.row+1, 0
	var money int64
	err := st.EachNomination(ctx, f, data.NominationOrder{}, w.res.Date, func(nm data.Nomination) error {
		count++
		w.done++
		if w.done%1000 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
			w.progress(w.done, w.total)
		}
		if nm.Decision != "" {
			w.res.Decided++
		}
		var amount any
		if nm.MoneyErr == "" {
			amount = excelize.Cell{StyleID: w.st.Int, Value: nm.Money}
			money += nm.Money
		} else {
			amount = excelize.Cell{StyleID: w.st.Int}
			w.res.Unpriced++
			if w.unpriced == nil {
				w.unpriced = map[string]bool{}
			}
			w.unpriced[nm.MoneyErr] = true
		}
		detail := strings.Trim(strings.Join([]string{nm.Position, nm.Workplace}, ", "), ", ")
		values := []any{
			excelize.Cell{StyleID: w.st.Center, Value: count},
			excelize.Cell{StyleID: w.st.Text, Value: nm.Nominee.Name},
			excelize.Cell{StyleID: w.st.Center, Value: vn.BirthText(nm.Nominee.Birth)},
			excelize.Cell{StyleID: w.st.Center, Value: nm.Nominee.Sex},
			excelize.Cell{StyleID: w.st.Text, Value: detail},
			excelize.Cell{StyleID: w.st.Text, Value: nm.Form},
			excelize.Cell{StyleID: w.st.Center, Value: string(nm.Rank)},
			excelize.Cell{StyleID: w.st.Text, Value: nm.Achievement},
			excelize.Cell{StyleID: w.st.Text, Value: nm.Proposer},
			amount,
		}
		return w.set(values, rowHeight(nm.Nominee.Name, detail, nm.Form, nm.Achievement, nm.Proposer))
	})
	if err != nil {
		return err
	}
	switch f.Kind {
	case award.Collective:
		w.res.Collectives = count
	case award.Household:
		w.res.Households = count
	default:
		w.res.Individuals = count
	}
	label := fmt.Sprintf("Cộng %s: %s %s", roman, vn.Int(int64(count)), strings.ToLower(string(f.Kind)))
	sum := excelize.Cell{StyleID: w.st.BoldInt, Value: money}
	if count > 0 {
		sum.Formula = fmt.Sprintf("SUM(J%d:J%d)", first, w.row)
	}
	row = make([]any, n)
	row[0] = excelize.Cell{StyleID: w.st.BoldText, Value: label}
	for i := 1; i < n-1; i++ {
		row[i] = excelize.Cell{StyleID: w.st.BoldText}
	}
	row[n-1] = sum
	if err := w.set(row, 0); err != nil {
		return err
	}
	w.subtotal = append(w.subtotal, fmt.Sprintf("J%d", w.row))
	w.res.Money += money
	return w.merge(1, n-1)
}

// end writes the total, the amount in words and notes, and finishes the sheet.
func (w *listWriter) end() error {
	n := len(listHeaders)
	label := fmt.Sprintf("TỔNG CỘNG: %s tập thể, %s cá nhân", vn.Int(int64(w.res.Collectives)), vn.Int(int64(w.res.Individuals)))
	if w.res.Households > 0 {
		label = fmt.Sprintf("TỔNG CỘNG: %s tập thể, %s hộ gia đình, %s cá nhân", vn.Int(int64(w.res.Collectives)), vn.Int(int64(w.res.Households)), vn.Int(int64(w.res.Individuals)))
	}
	row := make([]any, n)
	row[0] = excelize.Cell{StyleID: w.st.BoldText, Value: label}
	for i := 1; i < n-1; i++ {
		row[i] = excelize.Cell{StyleID: w.st.BoldText}
	}
	row[n-1] = excelize.Cell{StyleID: w.st.BoldInt, Value: w.res.Money, Formula: strings.Join(w.subtotal, "+")}
	if err := w.set(row, 0); err != nil {
		return err
	}
	if err := w.merge(1, n-1); err != nil {
		return err
	}
	words := "Bằng chữ: " + vn.MoneyWords(w.res.Money) + "./."
	if err := w.set([]any{excelize.Cell{StyleID: w.st.Note, Value: words}}, 0); err != nil {
		return err
	}
	if err := w.merge(1, n); err != nil {
		return err
	}
	if w.res.Unpriced > 0 {
		var why []string
		for e := range w.unpriced {
			why = append(why, e)
		}
		note := fmt.Sprintf("Ghi chú: %s đề nghị chưa tính được tiền thưởng (để trống): %s.", vn.Int(int64(w.res.Unpriced)), strings.Join(why, "; "))
		if err := w.set([]any{excelize.Cell{StyleID: w.st.Note, Value: note}}, 32); err != nil {
			return err
		}
		if err := w.merge(1, n); err != nil {
			return err
		}
	}
	w.progress(w.total, w.total)
	return w.sw.Flush()
}

// rowHeight estimates the height (points) a row needs for its wrapped
// text, since spreadsheets do not always fit rows of a written file.
func rowHeight(name, detail, form, achievement, proposer string) float64 {
	lines := 1
	for i, text := range []string{name, detail, form, achievement, proposer} {
		width := []float64{28, 34, 24, 44, 22}[i]
		perLine := int(width * 1.05)
		if l := (len([]rune(text)) + perLine - 1) / perLine; l > lines {
			lines = l
		}
	}
	if lines == 1 {
		return 0 // the default height
	}
	return float64(lines)*15.5 + 3
}

// saveAtomic writes the workbook next to path and renames it into place,
// so that a failed export never leaves half a file.
func saveAtomic(f *excelize.File, path string) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".tdkt-*.xlsx")
	if err != nil {
		return fmt.Errorf("không ghi được tệp %s: %w", path, err)
	}
	name := tmp.Name()
	if err := f.Write(tmp); err != nil {
		tmp.Close()
		os.Remove(name)
		return fmt.Errorf("không ghi được tệp %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(name)
		return fmt.Errorf("không ghi được tệp %s: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		os.Remove(name)
		return fmt.Errorf("không ghi được tệp %s: %w", path, err)
	}
	return nil
}
