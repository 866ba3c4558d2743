package electiondocs

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"tdkt/data/problem"

	"github.com/xuri/excelize/v2"

	"tdkt/data/sample"
)

// FuzzImport feeds the importer a tally and its votes of arbitrary text
// over the Thiệu Ngọc sample. Whatever comes, it must not panic, and it
// either imports or refuses the file with located problems and writes
// nothing.
func FuzzImport(f *testing.F) {
	f.Add("15775", "6", "HĐND xã", "542", "540", "540", "540", "537", "3", "Lê Văn A", "300", "2", "5")
	f.Add("15775", "1", "qh", "720", "721", "719", "719", "700", "19", "", "-1", "x", "1")
	f.Add("6", "1.0", "Hội đồng nhân dân cấp tỉnh", "1.952", "1 952", "45000", "", "=1/0", "3,5", "NguyÔn V¨n An", "99999999999999", "HĐND xã", "6")
	f.Add("", "", "", "", "", "", "", "", "", "", "", "", "")
	st := openStore(f)
	if _, err := sample.LoadThieuNgoc(context.Background(), st); err != nil {
		f.Fatal(err)
	}
	dir := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, commune, area, race, voters, voted, issued, received, valid, invalid, name, votes, race2, seats string) {
		n++
		book := excelize.NewFile()
		defer book.Close()
		rows := map[string][][]any{
			SheetTallies: {{ColCommune, ColArea, ColRace, ColVoters, ColVoted, ColIssued, ColReceived, ColValid, ColInvalid},
				{commune, area, race, voters, voted, issued, received, valid, invalid}},
			SheetVotes:          {{ColCommune, ColArea, ColRace, ColCandidate, ColVotes}, {commune, area, race, name, votes}},
			SheetConstituencies: {{ColRace, ColUnit, ColNumber, ColSeats}, {race2, commune, area, seats}},
		}
		book.SetSheetName("Sheet1", SheetTallies)
		book.NewSheet(SheetVotes)
		book.NewSheet(SheetConstituencies)
		for name, rs := range rows {
			for i, r := range rs {
				if err := book.SetSheetRow(name, fmt.Sprintf("A%d", i+1), &r); err != nil {
					return // text excelize itself refuses to write
				}
			}
		}
		path := filepath.Join(dir, fmt.Sprintf("fuzz-%d.xlsx", n))
		if err := book.SaveAs(path); err != nil {
			return
		}
		var before, after int
		st.DB().QueryRow(`SELECT COUNT(*) FROM votes`).Scan(&before)
		_, err := Import(context.Background(), st, path, nil)
		st.DB().QueryRow(`SELECT COUNT(*) FROM votes`).Scan(&after)
		if err == nil {
			return
		}
		var ps problem.List
		if !errors.As(err, &ps) {
			return // an unreadable file, say
		}
		for _, p := range ps {
			if p.Message == "" || p.Sheet == "" {
				t.Errorf("problem without message or sheet: %+v", p)
			}
		}
		if after != before {
			t.Errorf("a refused file changed the votes: %d → %d", before, after)
		}
	})
}
