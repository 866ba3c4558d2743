package vn_test

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"tdkt/data/vn"
)

func TestMoneyWords(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "Không đồng"},
		{1, "Một đồng"},
		{4, "Bốn đồng"},
		{5, "Năm đồng"},
		{10, "Mười đồng"},
		{11, "Mười một đồng"},
		{14, "Mười bốn đồng"},
		{15, "Mười lăm đồng"},
		{20, "Hai mươi đồng"},
		{21, "Hai mươi mốt đồng"},
		{24, "Hai mươi tư đồng"},
		{25, "Hai mươi lăm đồng"},
		{31, "Ba mươi mốt đồng"},
		{99, "Chín mươi chín đồng"},
		{100, "Một trăm đồng"},
		{101, "Một trăm linh một đồng"},
		{104, "Một trăm linh bốn đồng"},
		{105, "Một trăm linh năm đồng"},
		{110, "Một trăm mười đồng"},
		{114, "Một trăm mười bốn đồng"},
		{115, "Một trăm mười lăm đồng"},
		{124, "Một trăm hai mươi tư đồng"},
		{125, "Một trăm hai mươi lăm đồng"},
		{1000, "Một nghìn đồng"},
		{1001, "Một nghìn không trăm linh một đồng"},
		{1010, "Một nghìn không trăm mười đồng"},
		{1100, "Một nghìn một trăm đồng"},
		{21000, "Hai mươi mốt nghìn đồng"},
		{105000, "Một trăm linh năm nghìn đồng"},
		{1000000, "Một triệu đồng"},
		{1005000, "Một triệu không trăm linh năm nghìn đồng"},
		{1050000, "Một triệu không trăm năm mươi nghìn đồng"},
		{1000005, "Một triệu không trăm linh năm đồng"},
		{1490000, "Một triệu bốn trăm chín mươi nghìn đồng"},
		{1500000, "Một triệu năm trăm nghìn đồng"},
		{2980000, "Hai triệu chín trăm tám mươi nghìn đồng"},
		{15000000, "Mười lăm triệu đồng"},
		{1000000000, "Một tỷ đồng"},
		{2000500000, "Hai tỷ năm trăm nghìn đồng"},
		{1005000000, "Một tỷ không trăm linh năm triệu đồng"},
		{1000000000000, "Một nghìn tỷ đồng"},
		{1000000000000000, "Một triệu tỷ đồng"},
		{1000000000000000000, "Một tỷ tỷ đồng"},
		{1234567891, "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt đồng"},
		{-150000, "Âm một trăm năm mươi nghìn đồng"},
		{-5, "Âm năm đồng"},
		{math.MaxInt64, "Chín tỷ hai trăm hai mươi ba triệu ba trăm bảy mươi hai nghìn không trăm ba mươi sáu tỷ " +
			"tám trăm năm mươi tư triệu bảy trăm bảy mươi lăm nghìn tám trăm linh bảy đồng"},
	}
	for _, tt := range tests {
		if got := vn.MoneyWords(tt.n); got != tt.want {
			t.Errorf("MoneyWords(%d)\n got %q\nwant %q", tt.n, got, tt.want)
		}
	}
}

func TestMoneyWordsLe(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{105, "Một trăm lẻ năm đồng"},
		{105000, "Một trăm lẻ năm nghìn đồng"},
		{1005000, "Một triệu không trăm lẻ năm nghìn đồng"},
		{1500000, "Một triệu năm trăm nghìn đồng"},
		{21, "Hai mươi mốt đồng"},
		{0, "Không đồng"},
	}
	for _, tt := range tests {
		if got := vn.MoneyWordsLe(tt.n); got != tt.want {
			t.Errorf("MoneyWordsLe(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func checkMoneyWords(t *testing.T, n int64, s string) {
	t.Helper()
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case s == "" || !utf8.ValidString(s) || !norm.NFC.IsNormalString(s):
		t.Fatalf("MoneyWords(%d) = %q: empty or not NFC", n, s)
	case !unicode.IsUpper(r):
		t.Fatalf("MoneyWords(%d) = %q does not start upper-case", n, s)
	case !strings.HasSuffix(s, " đồng") && s != "Không đồng":
		t.Fatalf("MoneyWords(%d) = %q does not end in đồng", n, s)
	case strings.Contains(s, "  ") || strings.TrimSpace(s) != s:
		t.Fatalf("MoneyWords(%d) = %q has stray spaces", n, s)
	case (n < 0) != strings.HasPrefix(s, "Âm "):
		t.Fatalf("MoneyWords(%d) = %q: sign", n, s)
	}
}

func FuzzMoneyWords(f *testing.F) {
	for _, n := range []int64{0, 1, 15, 21, 105, 1005000, 2000500000, -1, math.MaxInt64, math.MinInt64} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		checkMoneyWords(t, n, vn.MoneyWords(n))
		checkMoneyWords(t, n, vn.MoneyWordsLe(n))
	})
}
