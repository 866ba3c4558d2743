package nominations

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"tdkt/data/sample/scale"

	"github.com/xuri/excelize/v2"

	"tdkt/data"
)

// writeGenerated writes GenerateNominations(n) as a nomination workbook
// naming the campaign "Đợt thử tải".
func writeGenerated(tb testing.TB, n int) string {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetNominations)
	sw, err := f.NewStreamWriter(SheetNominations)
	if err != nil {
		tb.Fatal(err)
	}
	if err := sw.SetRow("A1", header); err != nil {
		tb.Fatal(err)
	}
	for i, in := range scale.GenerateNominations(n) {
		birth := in.Birth
		if len(birth) == 10 {
			birth = birth[8:] + "/" + birth[5:7] + "/" + birth[:4]
		}
		row := []any{i + 1, string(in.Kind), in.Name, birth, in.Sex, in.Position, in.Workplace, in.Form, string(in.Rank), in.Achievement, in.Proposer}
		if err := sw.SetRow(fmt.Sprintf("A%d", i+2), row); err != nil {
			tb.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		tb.Fatal(err)
	}
	f.NewSheet(SheetCampaign)
	f.SetSheetRow(SheetCampaign, "A1", &[]any{ColCampaignName, ColPlanNumber, ColPlanDate})
	f.SetSheetRow(SheetCampaign, "A2", &[]any{"Đợt thử tải", "1/KH-UBND", "01/08/2025"})
	path := filepath.Join(tb.TempDir(), fmt.Sprintf("denghi-%d.xlsx", n))
	if err := f.SaveAs(path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkImport10k imports a workbook of 10.000 nominations into a
// fresh database: read, check every row, write in one transaction.
func BenchmarkImport10k(b *testing.B) {
	path := writeGenerated(b, 10_000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st := openStore(b)
		b.StartTimer()
		res, err := Import(context.Background(), st, path, ImportOptions{})
		if err != nil || res.Added != 10_000 {
			b.Fatalf("%+v, %v", res, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/import")
}

// BenchmarkExport100k writes the list and statistics of a campaign of
// 100.000 nominations. TDKT_BENCH_AWARDS_DB names a database to reuse
// (see data's benchmarks); without it one is generated first.
func BenchmarkExport100k(b *testing.B) {
	const n = 100_000
	path := os.Getenv("TDKT_BENCH_AWARDS_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "awards.db")
	}
	st, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	c, err := st.CampaignByName(ctx, scale.GeneratedCampaign(n).Name)
	if err != nil {
		start := time.Now()
		if c, err = scale.LoadGenerated(ctx, st, n, nil); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated and imported %d nominations in %v", n, time.Since(start))
	}
	out := filepath.Join(b.TempDir(), "danhsach.xlsx")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Export(ctx, st, c, out, ExportOptions{})
		if err != nil || res.Collectives+res.Individuals != n {
			b.Fatalf("%+v, %v", res, err)
		}
	}
	b.StopTimer()
	fi, _ := os.Stat(out)
	b.ReportMetric(float64(fi.Size())/1e6, "MB-file")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/export")
}
