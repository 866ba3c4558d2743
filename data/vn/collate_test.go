package vn_test

import (
	"bytes"
	"slices"
	"sync"
	"testing"

	"tdkt/data/vn"
)

func TestCompareNamesOrder(t *testing.T) {
	// Each list is in the expected order.
	lists := [][]string{
		{"An", "Ánh", "Bình", "Cường", "Dũng", "Đức", "Hà"},
		{"Nguyễn Văn An", "Trần Thị An", "Lê Văn Bình"},
		{"Lê Thị An", "Nguyễn Văn Anh", "Phạm Thị Ánh", "Trần Văn Ân", "Hoàng Văn Bảo", "Đỗ Thị Chi"},
		// Vietnamese alphabet: a ă â b c d đ e ê ... o ô ơ ... u ư.
		{"Văn A", "Văn Ă", "Văn Â", "Văn B", "Văn D", "Văn Đ", "Văn E", "Văn Ê", "Văn O", "Văn Ô", "Văn Ơ", "Văn U", "Văn Ư", "Văn Y"},
		// Tones: ngang, huyền, hỏi, ngã, sắc, nặng.
		{"Thị Ha", "Thị Hà", "Thị Hả", "Thị Hã", "Thị Há", "Thị Hạ"},
		{"Lê Thị Hà", "Lê Văn Hà", "Nguyễn Thị Hà"},
		{"Nguyễn Văn Đông", "Lê Văn Hùng", "Trần Văn Hưng"},
	}
	for _, list := range lists {
		for i := 0; i+1 < len(list); i++ {
			a, b := list[i], list[i+1]
			if got := vn.CompareNames(a, b); got != -1 {
				t.Errorf("CompareNames(%q, %q) = %d, want -1", a, b, got)
			}
			if got := vn.CompareNames(b, a); got != 1 {
				t.Errorf("CompareNames(%q, %q) = %d, want 1", b, a, got)
			}
		}
		shuffled := slices.Clone(list)
		slices.Reverse(shuffled)
		slices.SortFunc(shuffled, func(a, b string) int {
			return bytes.Compare(vn.NameSortKey(a), vn.NameSortKey(b))
		})
		if !slices.Equal(shuffled, list) {
			t.Errorf("sorted by NameSortKey: %q, want %q", shuffled, list)
		}
	}
}

func TestCompareNamesEqual(t *testing.T) {
	tests := [][2]string{
		{"Nguyễn Văn An", "Nguyễn Văn An"},
		{"  Nguyễn\u00a0Văn   An ", "Nguyễn Văn An"},
		{"Nguye\u0302\u0303n Văn An", "Nguyễn Văn An"},
	}
	for _, tt := range tests {
		if got := vn.CompareNames(tt[0], tt[1]); got != 0 {
			t.Errorf("CompareNames(%q, %q) = %d, want 0", tt[0], tt[1], got)
		}
	}
}

func TestSortKey(t *testing.T) {
	lists := [][]string{
		{"Ủy ban nhân dân huyện", "Ủy ban nhân dân tỉnh", "Ủy ban nhân dân xã"},
		{"Xã An Bình", "Xã Ân Thi", "Xã Bắc Sơn", "Xã Đông Hưng", "Xã Ông Ích Khiêm"},
		{"Tổ 1", "Tổ 2", "Tổ 10"},
		{"Đơn vị bầu cử số 2", "Đơn vị bầu cử số 10"},
		{"anh", "Anh", "ánh"},
	}
	for _, list := range lists {
		for i := 0; i+1 < len(list); i++ {
			a, b := list[i], list[i+1]
			if bytes.Compare(vn.SortKey(a), vn.SortKey(b)) >= 0 {
				t.Errorf("SortKey(%q) >= SortKey(%q), want <", a, b)
			}
		}
	}
	if !bytes.Equal(vn.SortKey(" Bắc  Kạn"), vn.SortKey("Bắc Kạn")) {
		t.Error("SortKey does not Clean its input")
	}
}

func TestCollationConcurrent(t *testing.T) {
	want := vn.NameSortKey("Đặng Thị Ánh Tuyết")
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 200 {
				if got := vn.NameSortKey("Đặng Thị Ánh Tuyết"); !bytes.Equal(got, want) {
					t.Error("NameSortKey differs under concurrency")
					return
				}
				_ = vn.SortKey("Ủy ban nhân dân tỉnh Bắc Kạn")
			}
		})
	}
	wg.Wait()
}
