package elections

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tdkt/app/internal/uitest"
	tw "tdkt/app/widget"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
)

// officeSizes are the room the screen has in the smallest window on a
// 1366×768 screen and in a maximised one on a 1920×1080 screen, with the
// names their captures carry.
var officeSizes = []struct {
	name string
	size fyne.Size
}{{"1366", uitest.SmallArea}, {"1920", uitest.LargeArea}}

// inView asserts that a table shows every column listed in want and at
// least rows rows without being scrolled.
func inView(t *testing.T, at, what string, tbl *tw.Table, want []string, rows int) {
	t.Helper()
	cols, n := tbl.InView()
	shown := map[string]bool{}
	for _, c := range cols {
		shown[c] = true
	}
	for _, c := range want {
		if !shown[c] {
			t.Errorf("%s: %s does not show column %q (shows %v in %v, needs %v)", at, what, c, cols, tbl.Size().Width, tbl.Width())
		}
	}
	if n < rows {
		t.Errorf("%s: %s shows %d rows, want at least %d (height %v)", at, what, n, rows, tbl.Size().Height)
	}
	if testing.Verbose() {
		t.Logf("%s: %s: %v, %d rows, %v wide, needs %v", at, what, cols, n, tbl.Size().Width, tbl.Width())
	}
}

func buttonsInside(t *testing.T, at string, w fyne.Window) {
	t.Helper()
	if out := uitest.ButtonsOutside(w); len(out) > 0 {
		t.Errorf("%s: buttons not wholly visible: %q", at, out)
	}
}

// Issue 13, item 1: at the room of a 1366×768 screen and of a 1920×1080
// one, every tab shows what its task needs without a horizontal
// scrollbar, and every button lies wholly inside the window.
func TestElectionScreenAtOfficeSizes(t *testing.T) {
	for _, sz := range officeSizes {
		t.Run(sz.name, func(t *testing.T) {
			h := uitest.NewHost(t, func(st *data.Store) {
				if _, err := sample.LoadThieuNgoc(context.Background(), st); err != nil {
					t.Fatal(err)
				}
			})
			h.Win.Resize(sz.size)
			v := open(h)
			h.AtSize(sz.size)
			at := sz.name

			// The constituency list: ten rows and every column, the
			// candidates of the one chosen beside it.
			inView(t, at, "the constituency list", v.consts.table,
				[]string{"Cấp", "Đơn vị hành chính", "Số", "Đại biểu", "Ứng cử", "Khu vực"}, 10)
			v.consts.table.Select(widget.TableCellID{Row: 5, Col: 1})
			inView(t, at, "the candidates", v.consts.candTable, []string{"Họ và tên", "Ngày sinh", "Giới tính"}, 7)
			buttonsInside(t, at+" constituencies", h.Win)
			uitest.Capture(t, h.Win, "elections-"+at+"-constituencies")

			// Hidden, the candidates pane leaves the list the whole width.
			test.Tap(v.consts.toggle)
			if v.consts.right.Visible() || v.consts.table.Size().Width < sz.size.Width-20 {
				t.Errorf("%s: hiding the candidates leaves the list %v wide", at, v.consts.table.Size().Width)
			}
			test.Tap(v.consts.toggle)

			// Polling areas and the tally form.
			v.tabs.SelectIndex(1)
			uitest.Settle()
			inView(t, at, "the polling areas", v.areas.table, []string{"Mã xã", "Xã, phường", "Số", "Tên", "ĐVBC QH", "ĐVBC tỉnh", "ĐVBC huyện", "ĐVBC xã", "Biên bản"}, 6)
			buttonsInside(t, at+" polling areas", h.Win)
			uitest.Capture(t, h.Win, "elections-"+at+"-areas")
			v.areas.table.Select(widget.TableCellID{Row: 5, Col: 0})
			f := openTallyForm(v, v.areas.areas[v.areas.sel], election.RaceCommune)
			buttonsInside(t, at+" tally form", h.Win)
			for _, e := range append(append([]*tw.FormEntry{}, f.nums...), f.votes...) {
				p := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
				if p.Y+e.Size().Height > h.Win.Canvas().Size().Height || e.Size().Width < 60 {
					t.Errorf("%s: an entry of the tally form is out of sight or too narrow: %v %v", at, p, e.Size())
				}
			}
			uitest.Capture(t, h.Win, "elections-"+at+"-tally")
			f.d.Hide()

			// Results: every column of the list and eight candidates.
			v.tabs.SelectIndex(2)
			uitest.Settle()
			inView(t, at, "the results list", v.results.table, []string{"Cấp", "Đơn vị hành chính", "Số", "Kết quả"}, 9)
			v.results.race.SetSelected(string(election.RaceCommune))
			v.results.table.Select(widget.TableCellID{Row: 0, Col: 0})
			inView(t, at, "the result's candidates", v.results.candTable, []string{"Họ và tên", "Ngày sinh", "Số phiếu (tỷ lệ)", "Kết quả"}, 8)
			buttonsInside(t, at+" results", h.Win)
			uitest.Capture(t, h.Win, "elections-"+at+"-results")

			v.tabs.SelectIndex(3)
			uitest.Settle()
			inView(t, at, "the summary", v.summary.table, []string{"Đơn vị", "Cử tri", "Đi bầu", "Tỷ lệ", "Đại biểu", "Trúng cử", "Thiếu"}, 1)
			buttonsInside(t, at+" summary", h.Win)
			uitest.Capture(t, h.Win, "elections-"+at+"-summary")
		})
	}
}
