package nominations

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// noProposer names the nominations without a proposing organisation.
const noProposer = "(Không ghi đơn vị đề nghị)"

// Stats is the count and prize money of nominations by proposing
// organisation (rows) and award form (columns).
type Stats struct {
	Proposers []string            // in Vietnamese alphabetical order, noProposer last
	Forms     []string            // in the award forms' display order
	Count     map[[2]string]int   // [proposer, form] -> nominations
	Money     map[[2]string]int64 // [proposer, form] -> prize money known
	Unpriced  int                 // nominations whose money is unknown
}

// CampaignStats counts a campaign's nominations that the filter selects
// (its Active, FormID and Kind apply) by proposing organisation and form,
// with prize money: the amounts of the award decisions for the
// nominations in one, computed for date for the others.
func CampaignStats(ctx context.Context, st *data.Store, f data.NominationFilter, date time.Time) (Stats, error) {
	rows, err := st.NominationSummary(ctx, f.CampaignID, date)
	if err != nil {
		return Stats{}, err
	}
	s := Stats{Count: map[[2]string]int{}, Money: map[[2]string]int64{}}
	formOrder := map[string]int{}
	proposers := map[string]bool{}
	for _, r := range rows {
		if (f.Active && (r.Status == award.Ineligible || r.Status == award.Returned)) ||
			(f.FormID != 0 && r.FormID != f.FormID) || (f.Kind != "" && r.Kind != f.Kind) || (f.Status != "" && r.Status != f.Status) {
			continue
		}
		p := r.Proposer
		if p == "" {
			p = noProposer
		}
		k := [2]string{p, r.Form}
		s.Count[k] += r.Count
		money, unpriced := r.Sum()
		s.Money[k] += money
		s.Unpriced += unpriced
		formOrder[r.Form] = r.FormOrder
		proposers[p] = true
	}
	for fm := range formOrder {
		s.Forms = append(s.Forms, fm)
	}
	sort.Slice(s.Forms, func(i, j int) bool { return formOrder[s.Forms[i]] < formOrder[s.Forms[j]] })
	for p := range proposers {
		s.Proposers = append(s.Proposers, p)
	}
	sort.Slice(s.Proposers, func(i, j int) bool {
		a, b := s.Proposers[i], s.Proposers[j]
		if (a == noProposer) != (b == noProposer) {
			return b == noProposer
		}
		return bytes.Compare(vn.SortKey(a), vn.SortKey(b)) < 0
	})
	return s, nil
}

// writeStats fills the sheet Thống kê.
func writeStats(ctx context.Context, f *excelize.File, st listStyles, store *data.Store, c data.Campaign, filter data.NominationFilter, date time.Time, formName string) error {
	s, err := CampaignStats(ctx, store, filter, date)
	if err != nil {
		return err
	}
	name := SheetStats
	nCols := 2 + 2*(len(s.Forms)+1)
	last, _ := excelize.ColumnNumberToName(nCols)
	cell := func(col, row int) string {
		c, _ := excelize.CoordinatesToCellName(col, row)
		return c
	}
	set := func(col, row int, v any, style int) error {
		if err := f.SetCellValue(name, cell(col, row), v); err != nil {
			return err
		}
		return f.SetCellStyle(name, cell(col, row), cell(col, row), style)
	}
	title := "THỐNG KÊ SỐ LƯỢNG VÀ TIỀN THƯỞNG THEO HÌNH THỨC KHEN THƯỞNG VÀ ĐƠN VỊ ĐỀ NGHỊ"
	if err := set(1, 1, title, st.Title); err != nil {
		return err
	}
	sub := c.Name
	if formName != "" {
		sub += " – " + formName
	}
	if err := set(1, 2, sub, st.Subtitle); err != nil {
		return err
	}
	for _, r := range []int{1, 2} {
		if err := f.MergeCell(name, cell(1, r), cell(nCols, r)); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(name, 1, 24); err != nil {
		return err
	}
	if err := f.SetRowHeight(name, 2, 33); err != nil {
		return err
	}
	// Header: rows 4 and 5.
	heads := []struct {
		col  int
		text string
	}{{1, "STT"}, {2, "Đơn vị đề nghị"}}
	for _, h := range heads {
		if err := set(h.col, 4, h.text, st.Header); err != nil {
			return err
		}
		if err := set(h.col, 5, "", st.Header); err != nil {
			return err
		}
		if err := f.MergeCell(name, cell(h.col, 4), cell(h.col, 5)); err != nil {
			return err
		}
	}
	groups := append(append([]string{}, s.Forms...), "Tổng cộng")
	for i, g := range groups {
		col := 3 + 2*i
		if err := set(col, 4, g, st.Header); err != nil {
			return err
		}
		if err := set(col+1, 4, "", st.Header); err != nil {
			return err
		}
		if err := f.MergeCell(name, cell(col, 4), cell(col+1, 4)); err != nil {
			return err
		}
		if err := set(col, 5, "Số lượng", st.Header); err != nil {
			return err
		}
		if err := set(col+1, 5, "Số tiền (đồng)", st.Header); err != nil {
			return err
		}
	}
	if err := f.SetRowHeight(name, 4, 48); err != nil {
		return err
	}
	row := 6
	totalCount := map[string]int{}
	totalMoney := map[string]int64{}
	for i, p := range s.Proposers {
		if err := set(1, row, i+1, st.Center); err != nil {
			return err
		}
		if err := set(2, row, p, st.Text); err != nil {
			return err
		}
		var n int
		var m int64
		for j, fm := range s.Forms {
			k := [2]string{p, fm}
			if err := set(3+2*j, row, s.Count[k], st.Int); err != nil {
				return err
			}
			if err := set(4+2*j, row, s.Money[k], st.Int); err != nil {
				return err
			}
			n += s.Count[k]
			m += s.Money[k]
			totalCount[fm] += s.Count[k]
			totalMoney[fm] += s.Money[k]
		}
		if err := set(nCols-1, row, n, st.BoldInt); err != nil {
			return err
		}
		if err := set(nCols, row, m, st.BoldInt); err != nil {
			return err
		}
		row++
	}
	if err := set(1, row, "", st.Bold); err != nil {
		return err
	}
	if err := set(2, row, "Tổng cộng", st.Bold); err != nil {
		return err
	}
	var n int
	var m int64
	for j, fm := range s.Forms {
		if err := set(3+2*j, row, totalCount[fm], st.BoldInt); err != nil {
			return err
		}
		if err := set(4+2*j, row, totalMoney[fm], st.BoldInt); err != nil {
			return err
		}
		n += totalCount[fm]
		m += totalMoney[fm]
	}
	if err := set(nCols-1, row, n, st.BoldInt); err != nil {
		return err
	}
	if err := set(nCols, row, m, st.BoldInt); err != nil {
		return err
	}
	if s.Unpriced > 0 {
		note := fmt.Sprintf("Ghi chú: %s đề nghị chưa tính được tiền thưởng, không cộng vào số tiền.", vn.Int(int64(s.Unpriced)))
		if err := set(1, row+2, note, st.Note); err != nil {
			return err
		}
		if err := f.MergeCell(name, cell(1, row+2), cell(nCols, row+2)); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(name, "A", "A", 6); err != nil {
		return err
	}
	if err := f.SetColWidth(name, "B", "B", 34); err != nil {
		return err
	}
	third, _ := excelize.ColumnNumberToName(3)
	if err := f.SetColWidth(name, third, last, 13); err != nil {
		return err
	}
	if err := sheet.Freeze(f, name, 2, 5); err != nil {
		return err
	}
	if err := sheet.PrintSetup(f, name, nCols > 8, 0); err != nil {
		return err
	}
	return sheet.RepeatRows(f, name, 4, 5)
}
