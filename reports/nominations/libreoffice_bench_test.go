package nominations

import (
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"tdkt/data/sample/scale"

	"github.com/xuri/excelize/v2"
)

// generatedRecords are GenerateNominations(n) as the rows of the
// nomination sheet, header first.
func generatedRecords(n int) [][]string {
	out := [][]string{{ColSTT, ColKind, ColName, ColBirth, ColSex, ColPosition, ColWorkplace, ColForm, ColRank, ColAchievement, ColProposer}}
	for i, in := range scale.GenerateNominations(n) {
		birth := in.Birth
		if len(birth) == 10 {
			birth = birth[8:] + "/" + birth[5:7] + "/" + birth[:4]
		}
		out = append(out, []string{strconv.Itoa(i + 1), string(in.Kind), in.Name, birth, in.Sex, in.Position, in.Workplace,
			in.Form, string(in.Rank), in.Achievement, in.Proposer})
	}
	return out
}

// BenchmarkLibreOfficeCSV100k converts a .csv of the 100.000 generated
// nominations to .xlsx with LibreOffice (soffice --headless --convert-to
// xlsx): the comparison for BenchmarkStreamWorkbook100k, which writes
// the same cells with excelize, and BenchmarkExport100k, which writes the
// styled list and statistics. Skipped when soffice is not installed
// (apt-get install libreoffice-calc).
func BenchmarkLibreOfficeCSV100k(b *testing.B) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		b.Skip("soffice is missing: apt-get install libreoffice-calc")
	}
	dir := b.TempDir()
	src := filepath.Join(dir, "denghi.csv")
	f, err := os.Create(src)
	if err != nil {
		b.Fatal(err)
	}
	w := csv.NewWriter(f)
	w.WriteAll(generatedRecords(100_000))
	f.Close()
	// A profile of its own, so that a LibreOffice already running is not
	// asked to do the work; the first run creates it and is not timed.
	profile := "-env:UserInstallation=file://" + filepath.Join(dir, "profile")
	convert := func() {
		// CSV filter: comma, double quote, UTF-8 (76), from line 1.
		cmd := exec.Command(soffice, profile, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("soffice: %v\n%s", err, out)
		}
	}
	convert()
	for b.Loop() {
		convert()
	}
	out := filepath.Join(dir, "denghi.xlsx")
	fi, err := os.Stat(out)
	if err != nil {
		b.Fatal(err)
	}
	book, err := excelize.OpenFile(out)
	if err != nil {
		b.Fatal(err)
	}
	defer book.Close()
	if v, _ := book.GetCellValue(book.GetSheetName(0), "C100001"); v == "" {
		b.Fatal("LibreOffice's workbook lacks the last row")
	}
	b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
}

// BenchmarkStreamWorkbook100k writes the same 100.000 rows as
// BenchmarkLibreOfficeCSV100k, plain cells in one sheet, with excelize's
// stream writer.
func BenchmarkStreamWorkbook100k(b *testing.B) {
	records := generatedRecords(100_000)
	out := filepath.Join(b.TempDir(), "denghi.xlsx")
	for b.Loop() {
		f := excelize.NewFile()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			b.Fatal(err)
		}
		row := make([]any, len(records[0]))
		for i, r := range records {
			for j, v := range r {
				row[j] = v
			}
			cell, _ := excelize.CoordinatesToCellName(1, i+1)
			if err := sw.SetRow(cell, row); err != nil {
				b.Fatal(err)
			}
		}
		if err := sw.Flush(); err != nil {
			b.Fatal(err)
		}
		if err := f.SaveAs(out); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
	fi, _ := os.Stat(out)
	b.ReportMetric(float64(fi.Size())/(1<<20), "MB-file")
}
