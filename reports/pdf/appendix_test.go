package pdf

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tdkt/data/vn"
)

func TestAppendixBacKan(t *testing.T) {
	d := sampleDecision()
	file := sampleFile(t)
	pages := pageTexts(t, file)
	first := appendixStart(t, pages)
	text := strings.Join(pages[first:], " ")

	want := []string{
		"DANH SÁCH",
		"TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH",
		"(Kèm theo Quyết định số 123/QĐ-UBND ngày 24/6/2021 của Chủ tịch UBND tỉnh Bắc Kạn)",
		"I. Tập thể",
	}
	for i, r := range d.Appendix.Collectives {
		want = append(want, fmt.Sprintf("%d %s %s %s", i+1, r.Name, r.Detail, vn.Money(r.Money)))
	}
	want = append(want, "Cộng I: 27 tập thể 80.460.000", "II. Cá nhân")
	for i, r := range d.Appendix.Individuals {
		want = append(want, fmt.Sprintf("%d %s %s %s", i+1, r.Name, r.Detail, vn.Money(r.Money)))
	}
	want = append(want,
		"Cộng II: 31 cá nhân 46.190.000",
		"Tổng cộng: 58 (27 tập thể, 31 cá nhân)",
		"Bằng chữ: Một trăm hai mươi sáu triệu sáu trăm năm mươi nghìn đồng.",
	)
	inOrder(t, text, want...)
	ws, _ := words(t, file)
	sameLine(t, ws, "Tổng", "126.650.000")
	if n := strings.Count(text, "2.980.000"); n != 27 {
		t.Errorf("2.980.000 appears %d times in the list, want 27", n)
	}
	if n := strings.Count(text, "1.490.000"); n != 31 {
		t.Errorf("1.490.000 appears %d times in the list, want 31", n)
	}

	// The header row on every page of the list.
	for i, p := range pages[first:] {
		for _, h := range []string{"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Số tiền (đồng)"} {
			if !strings.Contains(p, h) {
				t.Errorf("appendix page %d has no header %q: %q", i+1, h, p[:min(len(p), 200)])
			}
		}
	}
	for _, w := range ws {
		// The header row tops every page of the list: no row above it.
		if w.page > first+1 && w.text == "STT" {
			for _, o := range ws {
				if o.page == w.page && o.y0 > textTop && o.y1 < w.y0 {
					t.Errorf("page %d: %q above the header row", w.page, o.text)
				}
			}
		}
	}
	if len(pages)-first < 2 {
		t.Errorf("the list takes %d page, the test wants it to run over pages", len(pages)-first)
	}

	// Faces and sizes of the list.
	rs := runs(t, file)
	for _, c := range []struct {
		prefix       string
		bold, italic bool
		size         float64
	}{
		{"DANH SÁCH", true, false, 14},
		{"TẬP THỂ, CÁ NHÂN", true, false, 14},
		{"(Kèm theo Quyết định", false, true, 14},
		{"I. Tập thể", true, false, 13},
		{"Tổng cộng:", true, false, 13},
		{"Bằng chữ:", false, true, 14},
	} {
		b := find(t, rs, c.prefix)
		if b.bold != c.bold || b.italic != c.italic || b.size != c.size {
			t.Errorf("%q: bold %v italic %v size %g, want %v %v %g", c.prefix, b.bold, b.italic, b.size, c.bold, c.italic, c.size)
		}
	}
}

// TestAppendixRowsNeverSplit puts a long row of several lines at every
// position around the end of the first page of the list: it always stays
// whole, under the repeated header, and at some positions it has to move.
func TestAppendixRowsNeverSplit(t *testing.T) {
	tool(t, "pdftotext")
	long := Row{
		Name:   "Alpha Nguyễn Thị Hồng Nhung",
		Detail: strings.Repeat("Phó Trưởng ban Ban Chỉ đạo công tác bầu cử và thi đua khen thưởng ", 4) + "Omega",
		Money:  individualMoney,
	}
	moved := 0
	for k := 14; k <= 26; k++ {
		d := sampleDecision()
		a := &Appendix{Subtitle: "Cá nhân được tặng Bằng khen"}
		for i := range k {
			a.Individuals = append(a.Individuals, Row{Name: fmt.Sprintf("Người thứ %d", i+1), Detail: "Chuyên viên", Money: individualMoney})
		}
		a.Individuals = append(a.Individuals, long, Row{Name: "Người cuối", Detail: "Chuyên viên", Money: individualMoney})
		d.Appendix = a
		file := writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) })
		ws, _ := words(t, file)
		for _, w := range ws {
			if w.y1 > textBottom+tol {
				t.Errorf("k=%d: page %d: %q runs into the bottom margin (%.1f mm)", k, w.page, w.text, w.y1)
			}
		}
		alpha, omega := find(t, ws, "Alpha"), find(t, ws, "Omega")
		if alpha.page != omega.page {
			t.Errorf("k=%d: the long row starts on page %d and ends on page %d", k, alpha.page, omega.page)
			continue
		}
		var prev box // the STT cell of the row before the long one
		for _, w := range ws {
			if w.text == fmt.Sprint(k) && w.x1 < textLeft+12 && w.y0 > textTop {
				prev = w
			}
		}
		if prev.page == 0 {
			t.Fatalf("k=%d: row %d not found", k, k)
		}
		if prev.page < alpha.page {
			moved++
			// On its new page the long row comes right under the header row.
			var header box
			for _, w := range ws {
				if w.page == alpha.page && w.text == "STT" {
					header = w
				}
			}
			if header.page == 0 || header.y1 > alpha.y0 {
				t.Errorf("k=%d: no header row above the moved row on page %d", k, alpha.page)
			}
		}
	}
	if moved == 0 {
		t.Error("the long row never reached a page end: the test does not test")
	}
}

func TestAppendixRankAndSingleGroup(t *testing.T) {
	d := sampleDecision()
	d.Appendix = &Appendix{
		Subtitle: "Tập thể được tặng Bằng khen",
		Collectives: []Row{
			{Name: "Ủy ban bầu cử huyện Ba Bể", Rank: "Nhất", Money: 5_000_000},
			{Name: "Ủy ban bầu cử huyện Na Rì", Rank: "Nhì", Money: 4_000_000},
			{Name: "Ủy ban bầu cử huyện Chợ Mới", Rank: "Ba", Money: 3_000_000},
		},
	}
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) })
	text := strings.Join(pageTexts(t, file), " ")
	// Without a group heading pdftotext reads the table by columns: the
	// rows are checked by word boxes.
	inOrder(t, text, "STT", "Họ và tên / Tên tập thể", "Bằng chữ: Mười hai triệu đồng.")
	for _, col := range []string{"Hạng", "Số tiền (đồng)"} {
		if !strings.Contains(text, col) {
			t.Errorf("no column %q", col)
		}
	}
	ws, _ := words(t, file)
	sameLine(t, ws, "Nhất", "5.000.000")
	sameLine(t, ws, "Nhì", "4.000.000")
	if !strings.Contains(text, "Tổng cộng: 3 tập thể") {
		t.Error("no grand total")
	}
	for _, no := range []string{"Cộng I", "I. Tập thể", "II. Cá nhân"} { // group headings only when there are two groups
		if strings.Contains(text, no) {
			t.Errorf("%q in a list of one group", no)
		}
	}

	d.Appendix = &Appendix{Individuals: []Row{{Name: "Hà Văn An", Money: 1}}}
	text = strings.Join(pageTexts(t, writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) })), " ")
	if strings.Contains(text, "Hạng") {
		t.Error(`column "Hạng" shown although no row has a rank`)
	}
	inOrder(t, text, "DANH SÁCH", "Hà Văn An", "Tổng cộng: 1 cá nhân")
	if strings.Contains(text, "I. Cá nhân") {
		t.Error("a group heading in a list of one group")
	}
}

// sameLine fails unless the first words a and b sit on one line.
func sameLine(t *testing.T, ws []box, a, b string) {
	t.Helper()
	wa, wb := find(t, ws, a), find(t, ws, b)
	if wa.page != wb.page || wa.y0 > wb.y1 || wb.y0 > wa.y1 {
		t.Errorf("%q (page %d, %.1f mm) and %q (page %d, %.1f mm) not on one line", a, wa.page, wa.y0, b, wb.page, wb.y0)
	}
}

func TestSortIndividuals(t *testing.T) {
	rows := []Row{{Name: "Lê Văn Bình"}, {Name: "Trần Thị An"}, {Name: "Nguyễn Văn An"}, {Name: "Đỗ Thị Ánh"}, {Name: "Hà Đức"}, {Name: "Hoàng Văn Dũng"}}
	SortIndividuals(rows)
	var got []string
	for _, r := range rows {
		got = append(got, r.Name)
	}
	want := []string{"Nguyễn Văn An", "Trần Thị An", "Đỗ Thị Ánh", "Lê Văn Bình", "Hoàng Văn Dũng", "Hà Đức"}
	if !slices.Equal(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
}

func TestAppendixTotals(t *testing.T) {
	a := sampleAppendix(sampleCollectives, sampleIndividuals)
	nc, ni, mc, mi := a.Totals()
	if nc != 27 || ni != 31 || mc != 80_460_000 || mi != 46_190_000 || mc+mi != 126_650_000 {
		t.Errorf("totals %d, %d, %d, %d", nc, ni, mc, mi)
	}
	if err := (&Appendix{}).check(); err == nil {
		t.Error("an empty list is accepted")
	}
}

// The money column fits its largest amount, the grand total: no amount is
// split over two lines (Nghị định 30/2020: a clerk sends back a broken
// number).
func TestAppendixAmountOnOneLine(t *testing.T) {
	d := sampleDecision()
	d.Appendix = &Appendix{Collectives: []Row{{Name: "Ủy ban bầu cử tỉnh", Money: 2_620_800_000}, {Name: "Ủy ban bầu cử huyện", Money: 7_380_000_000}}}
	ws, _ := words(t, writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) }))
	for _, amount := range []string{"2.620.800.000", "7.380.000.000", "10.000.800.000"} {
		exact(t, ws, amount)
	}
}

// The grand total and the amount in words never stand alone at the top of
// a page: for every length of list, the page of the total holds a row.
func TestAppendixTotalsWithRows(t *testing.T) {
	d := sampleDecision()
	alone := 0
	for n := 20; n <= 44; n++ {
		var rows []Row
		for i := range n {
			rows = append(rows, Row{Name: "Hà Văn Người" + strconv.Itoa(i), Detail: "Chuyên viên Phòng Nội vụ huyện Ba Bể", Money: 1_490_000})
		}
		d.Appendix = &Appendix{Individuals: rows}
		ws, _ := words(t, writePDF(t, func(b *bytes.Buffer) error { return WriteDecision(b, d, Fonts{}) }))
		var total box
		for i, w := range ws[:len(ws)-1] {
			if w.text == "Tổng" && ws[i+1].text == "cộng:" {
				total = w // the grand total's, after the decision's own "Tổng số tiền"
			}
		}
		if total.page == 0 {
			t.Fatalf("%d rows: no grand total", n)
		}
		withRow := false
		for _, w := range ws {
			if w.page == total.page && strings.HasPrefix(w.text, "Người") && w.y1 < total.y0 {
				withRow = true
			}
		}
		if !withRow {
			alone++
			t.Errorf("%d rows: the total stands on page %d without a row", n, total.page)
		}
	}
}
