package nominations

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tdkt/reports/sheet"
)

// heapPeak samples the Go heap every 5 ms until stopped and returns the
// largest value seen, in MB.
func heapPeak() (stop func() float64) {
	var (
		mu   sync.Mutex
		peak uint64
		done = make(chan struct{})
		wg   sync.WaitGroup
	)
	sample := func() {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		mu.Lock()
		peak = max(peak, m.HeapInuse)
		mu.Unlock()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
				sample()
			}
		}
	}()
	return func() float64 {
		close(done)
		wg.Wait()
		sample()
		return float64(peak) / (1 << 20)
	}
}

// BenchmarkImport100k imports a workbook of 100.000 nominations into a
// fresh database: open and check the file, read the sheet, check every
// row, write in one transaction. MB-heap-peak is the largest Go heap
// seen during the import.
func BenchmarkImport100k(b *testing.B) {
	path := writeGenerated(b, 100_000)
	var peak float64
	for b.Loop() {
		b.StopTimer()
		st := openStore(b)
		runtime.GC()
		b.StartTimer()
		stop := heapPeak()
		res, err := Import(context.Background(), st, path, ImportOptions{})
		peak = max(peak, stop())
		if err != nil || res.Added != 100_000 {
			b.Fatalf("%+v, %v", res, err)
		}
	}
	b.ReportMetric(peak, "MB-heap-peak")
}

// BenchmarkReadLargestSheet reads the largest nomination sheet tdkt
// opens: 700.000 rows of 11 columns as excelize's stream writer writes
// them (about 470 MB of sheet XML, under the MaxUnzipSize of 512 MB;
// Excel itself writes text once in a shared table, so a sheet filled to
// Excel's last row of 1.048.576 fits too). It reads the way every
// importer reads: open with the size limits, check the package, read
// every row, scan for formulas and merges. The import itself would then
// check and write each row (BenchmarkImport100k × 7).
func BenchmarkReadLargestSheet(b *testing.B) {
	const rows = 700_000
	path := bigSheet(b, rows)
	var peak float64
	for b.Loop() {
		runtime.GC()
		stop := heapPeak()
		book, err := sheet.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		c := sheet.NewCollector(path)
		t, ok := sheet.ReadTable(book, c, SheetNominations, nominationColumns)
		if !ok || len(t.Rows()) != rows {
			b.Fatalf("read %v, problems %v", ok, c.Problems)
		}
		book.Close()
		peak = max(peak, stop())
	}
	b.ReportMetric(peak, "MB-heap-peak")
}

// BenchmarkRefuseMaxRows opens a sheet filled to Excel's last row
// (1.048.575 rows below the header in the stream writer's format, about
// 710 MB of XML in a 45 MB file): more than MaxUnzipSize, refused from
// the sizes the zip declares before anything is unpacked.
func BenchmarkRefuseMaxRows(b *testing.B) {
	path := bigSheet(b, excelize.TotalRows-1)
	for b.Loop() {
		if _, err := sheet.Open(path); err == nil || !strings.Contains(err.Error(), "giải nén ra quá lớn") {
			b.Fatalf("opened: %v", err)
		}
	}
}

// bigSheet writes a nomination sheet of n generated rows.
func bigSheet(b *testing.B, n int) string {
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", SheetNominations)
	sw, err := f.NewStreamWriter(SheetNominations)
	if err != nil {
		b.Fatal(err)
	}
	sw.SetRow("A1", header)
	for i := 1; i <= n; i++ {
		sw.SetRow(fmt.Sprintf("A%d", i+1), []any{i, "Cá nhân", fmt.Sprintf("Nguyễn Văn Số %d", i), "30/04/1975", "Nam", "Chuyên viên",
			"Sở Nội vụ", "Giấy khen", "", "Hoàn thành xuất sắc nhiệm vụ năm 2025", "Sở Nội vụ"})
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(b.TempDir(), "lon.xlsx")
	if err := f.SaveAs(path); err != nil {
		b.Fatal(err)
	}
	return path
}
