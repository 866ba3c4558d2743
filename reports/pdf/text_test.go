package pdf

import (
	"strings"
	"testing"
)

// lineText joins a line's words back into text.
func lineText(line []word) string {
	var parts []string
	for _, wd := range line {
		var b strings.Builder
		for _, p := range wd.pieces {
			b.WriteString(p.text)
		}
		parts = append(parts, b.String())
	}
	return strings.Join(parts, " ")
}

func TestWrapKeepsEveryWordWithinWidth(t *testing.T) {
	w := newWriter(Fonts{}, a4W, a4H, marginTop, marginRight, marginBottom, marginLeft)
	w.newPage()
	long := "https://thiduakhenthuong.backan.gov.vn/van-ban/quyet-dinh-123-qd-ubnd-2021"
	text := "Điều 1. Tặng Bằng khen " + long + " cho các tập thể"
	words := w.words([]span{{"Điều 1.", bold}, {" Tặng Bằng khen " + long + " cho các tập thể", regular}}, 14)
	const width = 40.0
	lines := w.wrap(words, 14, width-10, width)
	var got []string
	for i, l := range lines {
		limit := width
		if i == 0 {
			limit = width - 10
		}
		if n := natural(l); n > limit+1e-6 {
			t.Errorf("line %d %q is %.1f mm wide, limit %.1f", i, lineText(l), n, limit)
		}
		got = append(got, lineText(l))
	}
	// The long word is cut between letters; everything else breaks at spaces.
	joined := strings.Join(got, " ")
	if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
		t.Errorf("text lost or changed:\n%q\n%q", joined, text)
	}
	if got[0] != "Điều 1. Tặng" {
		t.Errorf("first line %q", got[0])
	}
	if words[0].pieces[0].st != bold || words[2].pieces[0].st != regular {
		t.Error("faces of the spans lost")
	}
}

func TestBalanceEvensHeadingLines(t *testing.T) {
	w := newWriter(Fonts{}, a4W, a4H, marginTop, marginRight, marginBottom, marginLeft)
	w.newPage()
	words := w.words([]span{{"ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", bold}}, 13)
	width := w.measure(bold, 13, "ỦY BAN NHÂN DÂN TỈNH") + 1
	greedy := w.wrap(words, 13, width, width)
	balanced := w.balance(words, 13, width)
	if lineText(greedy[0]) != "ỦY BAN NHÂN DÂN TỈNH" {
		t.Fatalf("greedy first line %q", lineText(greedy[0]))
	}
	if len(balanced) != 2 || lineText(balanced[0]) != "ỦY BAN NHÂN DÂN" || lineText(balanced[1]) != "TỈNH BẮC KẠN" {
		var got []string
		for _, l := range balanced {
			got = append(got, lineText(l))
		}
		t.Errorf("balanced lines %q", got)
	}
}

// A heading is balanced without breaking a glued phrase: "ỦY BAN NHÂN
// DÂN XÃ NAM MẪU" is "ỦY BAN NHÂN DÂN" over "XÃ NAM MẪU", not "ỦY BAN
// NHÂN" over "DÂN XÃ NAM MẪU" (the same two lines, narrower).
func TestBalanceKeepsGluedPhrases(t *testing.T) {
	w := newWriter(Fonts{}, a4W, a4H, marginTop, marginRight, marginBottom, marginLeft)
	w.newPage()
	for _, text := range []string{"ỦY BAN NHÂN DÂN XÃ NAM MẪU", "ỦY BAN NHÂN DÂN PHƯỜNG HÀ ĐÔNG", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"} {
		width := w.measure(bold, 13, "ỦY BAN NHÂN DÂN") + 20
		lines := w.balance(keep(w.words([]span{{text, bold}}, 13)), 13, width)
		if len(lines) != 2 || lineText(lines[0]) != "ỦY BAN NHÂN DÂN" {
			var got []string
			for _, l := range lines {
				got = append(got, lineText(l))
			}
			t.Errorf("%q balanced as %q", text, got)
		}
	}
}
