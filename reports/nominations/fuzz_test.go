package nominations

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"
)

// FuzzImport feeds the importer rows of arbitrary text. Whatever comes, it
// must not panic, and it either adds every row or refuses the file with
// located problems and writes nothing.
func FuzzImport(f *testing.F) {
	f.Add("Cá nhân", "Nguyễn Văn An", "30/04/1975", "Nam", "Giấy khen", "", "UBND huyện Ba Bể", "Tập thể", "Tổ bầu cử số 1")
	f.Add("ca nhan", "  lê   văn BÌNH ", "1975", "nu", "bang khen cua chu tich ubnd tinh", "Nhất", "Sở Y tế", "Cá nhân", "Lê Văn Bình")
	f.Add("Tập thể", "UBND xã Cao Thượng", "01/01/2999", "", "Cờ thi đua của UBND tỉnh", "hạng nhì", "", "Tập thể", "ubnd xa cao thuong")
	f.Add("C¸ nh©n", "NguyÔn V¨n An", "31/02/1980", "N÷", "GiÊy khen", "Ba", "Së Néi vô", "x", "")
	f.Add("", "", "", "", "", "", "", "", "")
	f.Add("Cá nhân", "Trần\x00Thị\u200bHoa", "45000", "Nam", "Giấy khen", "IV", "=SUM(A1)", "Cá nhân", "Trần Thị Hoa")
	st := openStore(f)
	dir := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, kind, name, birth, sex, form, rank, proposer, kind2, name2 string) {
		n++
		book := excelize.NewFile()
		defer book.Close()
		book.SetSheetName("Sheet1", SheetNominations)
		rows := [][]any{header,
			{1, kind, name, birth, sex, "Chuyên viên", "Sở Nội vụ", form, rank, "Thành tích", proposer},
			{2, kind2, name2, "", "", "", "", "Giấy khen", "", "", proposer},
		}
		for i, r := range rows {
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := book.SetSheetRow(SheetNominations, cell, &r); err != nil {
				return // text excelize itself refuses to write
			}
		}
		book.NewSheet(SheetCampaign)
		book.SetSheetRow(SheetCampaign, "A1", &[]any{ColCampaignName})
		book.SetSheetRow(SheetCampaign, "A2", &[]any{fmt.Sprintf("Đợt thử %d", n)})
		path := filepath.Join(dir, fmt.Sprintf("fuzz-%d.xlsx", n))
		if err := book.SaveAs(path); err != nil {
			return
		}
		var before, after int
		st.DB().QueryRow(`SELECT COUNT(*) FROM nominations`).Scan(&before)
		res, err := Import(context.Background(), st, path, ImportOptions{})
		st.DB().QueryRow(`SELECT COUNT(*) FROM nominations`).Scan(&after)
		if err != nil {
			var probs problem.List
			if errors.As(err, &probs) {
				for _, p := range probs {
					if p.Sheet == SheetNominations && p.Row > 0 && p.Message == "" {
						t.Errorf("problem without a message: %+v", p)
					}
				}
			}
			if after != before {
				t.Fatalf("refused import wrote %d nominations: %v", after-before, err)
			}
			return
		}
		if res.Added < 1 || res.Added > 2 || after-before != res.Added {
			t.Fatalf("import added %d (result %d) from 2 rows", after-before, res.Added)
		}
	})
}
