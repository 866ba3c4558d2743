package vn

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode"
)

// packageVNIErrors are the VNI codes where vietnamese-conversion 2.0.0 is
// wrong and tdkt follows UniKey's vnconv: it writes ỹ as 0xEC, the byte of
// ì (two letters on one byte cannot be read back), and ỷ as 0xEB, the mark
// of ặ after "a"; VNI writes them y + 0xF5 (ngã) and y + 0xFB (hỏi).
var packageVNIErrors = map[string]string{"ỹ": "yõ", "Ỹ": "YÕ", "ỷ": "yû", "Ỷ": "YÛ"}

// TestAgainstVietnameseConversion compares the TCVN3 and VNI tables with
// those of a well-known converter, the npm package vietnamese-conversion
// (testdata/vietnamese-conversion.tsv, generated from it): every letter
// of the alphabet both ways in VNI; in TCVN3 the lower-case letters, đ and
// the capitals TCVN3 has a byte for (the package writes other capitals as
// a base letter and a tone byte, a convention TCVN3's capitals fonts do
// not use). Where the package is wrong (packageVNIErrors), the test shows
// it: its code for that letter is another letter's.
func TestAgainstVietnameseConversion(t *testing.T) {
	byCode := map[string][]string{}
	f, err := os.Open("testdata/vietnamese-conversion.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Fatalf("bad line %q", line)
		}
		letter, tcvn3, vni := cols[0], cols[1], cols[2]
		rows++
		byCode[vni] = append(byCode[vni], letter)
		if ours, wrong := packageVNIErrors[letter]; wrong {
			if got := FromUnicode(letter, VNI); got != ours || ToUnicode("x"+ours, VNI) != "x"+letter {
				t.Errorf("VNI of %q = %q, want %q", letter, got, ours)
			}
			defer func(letter, code string) {
				if len(byCode[code]) < 2 && ToUnicode("x"+code, VNI) == "x"+letter {
					t.Errorf("vietnamese-conversion's %q for %q is no longer wrong: check the table", code, letter)
				}
			}(letter, vni)
			continue
		}
		if got := FromUnicode(letter, VNI); got != vni {
			t.Errorf("VNI of %q = %q, vietnamese-conversion %q", letter, got, vni)
		}
		// Inside a word, so that the capitals rule of TCVN3 has context.
		if got := ToUnicode("x"+vni, VNI); got != "x"+letter {
			t.Errorf("VNI %q reads %q, want %q", vni, got, "x"+letter)
		}
		r := []rune(letter)[0]
		if unicode.IsUpper(r) && len([]rune(tcvn3)) != 1 {
			continue
		}
		if got := FromUnicode(letter, TCVN3); got != tcvn3 {
			t.Errorf("TCVN3 of %q = %q, vietnamese-conversion %q", letter, got, tcvn3)
		}
		if unicode.IsLower(r) {
			if got := ToUnicode("x"+tcvn3, TCVN3); got != "x"+letter {
				t.Errorf("TCVN3 %q reads %q, want %q", tcvn3, got, "x"+letter)
			}
		}
	}
	if rows != 146 {
		t.Errorf("%d letters compared, want 146 (72 vowels × 2 cases + đ, Đ)", rows)
	}
}
