package award

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

func TestKeyFor(t *testing.T) {
	for _, tc := range []struct {
		kind        Kind
		name, birth string
		want        NomineeKey
	}{
		{Individual, "Nguyễn Văn Đức", "1975-04-30", NomineeKey{Individual, "nguyễn văn đức", "nguyen van duc", "1975-04-30"}},
		{Individual, "  NGUYỄN   văn  ĐỨC ", " 1975 ", NomineeKey{Individual, "nguyễn văn đức", "nguyen van duc", "1975"}},
		{Individual, "Nguyễn Văn Đức", "30/04/1975", NomineeKey{Individual, "nguyễn văn đức", "nguyen van duc", "1975-04-30"}},
		{Individual, "Nguyễn Văn Đức", "5/4/1975", NomineeKey{Individual, "nguyễn văn đức", "nguyen van duc", "1975-04-05"}},
		{Individual, "Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c", "", NomineeKey{Individual, "nguyễn văn đức", "nguyen van duc", ""}}, // decomposed input
		{Individual, "Nguyen Van Duc", "", NomineeKey{Individual, "nguyen van duc", "nguyen van duc", ""}},
		{Collective, "UBND xã Thiệu Ngọc", "2001", NomineeKey{Collective, "ubnd xã thiệu ngọc", "ubnd xa thieu ngoc", ""}},
	} {
		if got := KeyFor(tc.kind, tc.name, tc.birth); got != tc.want {
			t.Errorf("KeyFor(%q, %q, %q) = %+v, want %+v", tc.kind, tc.name, tc.birth, got, tc.want)
		}
	}
}

// The Luật Thi đua, khen thưởng 2022 (Điều 5, principles of awards): one
// achievement earns one award, so the same nominee proposed twice in one
// campaign is refused; a name that differs only by tone or other marks,
// with the same birth, is a possible duplicate to confirm (a warning), since
// "Hoa" and "Hòa" are different names (FORMATS.md, nomination workbook).
func TestOneAchievementOneAward_Compare(t *testing.T) {
	p := func(name, birth string) NomineeKey { return KeyFor(Individual, name, birth) }
	c := func(name string) NomineeKey { return KeyFor(Collective, name, "") }
	for _, tc := range []struct {
		name string
		a, b NomineeKey
		want Match
	}{
		{"individuals: same name and date", p("Lê Văn Bình", "1975-04-30"), p("Lê Văn Bình", "30/04/1975"), MatchSame},
		{"individuals: case and spaces are ignored", p("Lê Văn Bình", "1975-04-30"), p("  LÊ  văn   BÌNH ", "30/04/1975"), MatchSame},
		{"individuals: decomposed input is the same NFC name", p("Lê Văn Bình", "1975"), p("Le\u0302 Va\u0306n Bi\u0300nh", "1975"), MatchSame},
		{"individuals: same name, other date", p("Lê Văn Bình", "1975-04-30"), p("Lê Văn Bình", "1975-04-29"), MatchDifferent},
		{"individuals: a year alone matches a date in that year", p("Lê Văn Bình", "1975"), p("Lê Văn Bình", "1975-04-30"), MatchSame},
		{"individuals: a date matches a year alone", p("Lê Văn Bình", "1975-04-30"), p("Lê Văn Bình", "1975"), MatchSame},
		{"individuals: a year alone does not match another year", p("Lê Văn Bình", "1976"), p("Lê Văn Bình", "1975-04-30"), MatchDifferent},
		{"individuals: both without birth", p("Lê Văn Bình", ""), p("Lê Văn Bình", ""), MatchSame},
		{"individuals: an empty birth matches only an empty birth", p("Lê Văn Bình", ""), p("Lê Văn Bình", "1975"), MatchDifferent},
		{"possible: a tone mark (Hoa / Hòa)", p("Trần Thị Hoa", "1980-02-03"), p("Trần Thị Hòa", "03/02/1980"), MatchPossible},
		{"possible: no diacritics at all", p("Nguyễn Văn An", "1975-04-30"), p("Nguyen Van An", "1975-04-30"), MatchPossible},
		{"possible: another tone (Bình / Bính)", p("Lê Văn Bình", "1975"), p("Lê Văn Bính", "1975"), MatchPossible},
		{"possible: d and đ", p("Đỗ Đức", "1980"), p("Do Duc", "1980"), MatchPossible},
		{"possible: a vowel mark (Ân / An)", p("Lê Văn Ân", "1980"), p("Lê Văn An", "1980-05-05"), MatchPossible},
		{"possible: marks and case together", p("Trần Thị Hoa", ""), p("TRẦN THỊ HÒA", ""), MatchPossible},
		{"different: tone marks but another birth", p("Trần Thị Hoa", "1980-02-03"), p("Trần Thị Hòa", "1981-02-03"), MatchDifferent},
		{"different: really other name", p("Lê Văn Bình", "1975"), p("Lê Thị Bình", "1975"), MatchDifferent},
		{"collectives: same name", c("Phòng Nội vụ huyện Ba Bể"), c("phòng nội vụ  huyện ba bể"), MatchSame},
		{"collectives: a birth is ignored", KeyFor(Collective, "UBND xã Cao Thượng", "2001"), c("UBND xã Cao Thượng"), MatchSame},
		{"collectives: name without marks", c("Phòng Nội vụ huyện Ba Bể"), c("phong noi vu huyen ba be"), MatchPossible},
		{"collectives: other name", c("Phòng Nội vụ huyện Ba Bể"), c("Phòng Nội vụ huyện Na Rì"), MatchDifferent},
		{"a person is not a collective", p("Ba Bể", ""), c("Ba Bể"), MatchDifferent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Compare(tc.a, tc.b); got != tc.want {
				t.Errorf("Compare = %v, want %v", got, tc.want)
			}
			if got := Compare(tc.b, tc.a); got != tc.want {
				t.Errorf("Compare is not symmetric: %v", got)
			}
			if got := tc.a.Same(tc.b); got != (tc.want == MatchSame) {
				t.Errorf("Same = %v, want %v", got, tc.want == MatchSame)
			}
		})
	}
}

func TestFindDuplicates(t *testing.T) {
	keys := []NomineeKey{
		KeyFor(Individual, "Lê Văn Bình", "1975-04-30"),       // 0
		KeyFor(Individual, "Nguyễn Thị An", "1980"),           // 1
		KeyFor(Collective, "UBND xã Thiệu Ngọc", ""),          // 2
		KeyFor(Individual, "LÊ VĂN BÌNH", "30/04/1975"),       // 3 = 0
		KeyFor(Individual, "Nguyễn Thị An", "1980-02-03"),     // 4 = 1 (year alone)
		KeyFor(Collective, "ubnd  xã thiệu ngọc", ""),         // 5 = 2
		KeyFor(Individual, "Lê Văn Bình", "1975"),             // 6 = 0 (earliest of 0, 3)
		KeyFor(Individual, "Lê Văn Bình", "1976-01-01"),       // 7 new
		KeyFor(Individual, "Trần Văn Cường", ""),              // 8
		KeyFor(Individual, "Trần Văn Cường", ""),              // 9 = 8
		KeyFor(Individual, "Trần Văn Cường", "1990"),          // 10 new (empty ≠ year)
		KeyFor(Individual, "Phạm Thị Dung", "1985-05-05"),     // 11
		KeyFor(Individual, "Phạm Thị Dung", "1985-06-06"),     // 12 new: other date
		KeyFor(Individual, "Phạm Thị Dung", "1985"),           // 13 = 11
		KeyFor(Collective, "Lê Văn Bình", ""),                 // 14 new: a collective
		KeyFor(Individual, "Hoàng Văn Em", "1970"),            // 15
		KeyFor(Individual, "Hoàng Văn Em", "1970"),            // 16 = 15
		KeyFor(Individual, "Hoàng Văn Em", "1970-12-31"),      // 17 = 15
		KeyFor(Individual, "Vũ Thị Giang", "khoảng năm 1970"), // 18
		KeyFor(Individual, "Vũ Thị Giang", "khoang nam 1970"), // 19 new: free text compared as is
		KeyFor(Individual, "Le Van Binh", "1975-04-30"),       // 20 new: a possible duplicate of 0 is no duplicate
		KeyFor(Collective, "UBND xa Thieu Ngoc", ""),          // 21 new: nor of 2
	}
	var got [][2]int
	for _, d := range FindDuplicates(keys) {
		got = append(got, [2]int{d.A, d.B})
		if d.Reason == "" {
			t.Errorf("empty reason for %v", d)
		}
		if !keys[d.A].Same(keys[d.B]) {
			t.Errorf("%d and %d reported but not Same", d.A, d.B)
		}
	}
	want := [][2]int{{0, 3}, {1, 4}, {2, 5}, {0, 6}, {8, 9}, {11, 13}, {15, 16}, {15, 17}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	// Every later key that is Same as an earlier one is reported, and only those.
	reported := map[int]bool{}
	for _, p := range got {
		reported[p[1]] = true
	}
	for j := range keys {
		any := false
		for i := range j {
			any = any || keys[i].Same(keys[j])
		}
		if any != reported[j] {
			t.Errorf("key %d: Same as an earlier key = %v, reported = %v", j, any, reported[j])
		}
	}
}

func TestFindDuplicatesReason(t *testing.T) {
	d := FindDuplicates([]NomineeKey{KeyFor(Individual, "Lê Văn Bình", "1975"), KeyFor(Individual, "Lê Văn Bình", "1975-04-30")})
	want := "Cá nhân được đề nghị hai lần trong cùng đợt: trùng họ và tên, năm sinh khớp (1975 và 1975-04-30)"
	if len(d) != 1 || d[0].Reason != want {
		t.Fatalf("got %+v, want reason %q", d, want)
	}
}

func manyKeys(n int) []NomineeKey {
	keys := make([]NomineeKey, n)
	for i := range keys {
		// About one in fifty repeats an earlier key.
		j := i
		if i%50 == 49 {
			j = i - 25 // a key that is not itself a repeat
		}
		keys[i] = KeyFor(Individual, fmt.Sprintf("Nguyễn Văn Số %d", j), fmt.Sprintf("19%02d-%02d-%02d", 50+j%50, 1+j%12, 1+j%28))
	}
	return keys
}

func TestFindDuplicates100k(t *testing.T) {
	keys := manyKeys(100_000)
	start := time.Now()
	d := FindDuplicates(keys)
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("100,000 keys took %v", el)
	}
	if len(d) != 2000 {
		t.Errorf("%d duplicates, want 2000", len(d))
	}
}

func BenchmarkFindDuplicates100k(b *testing.B) {
	keys := manyKeys(100_000)
	for b.Loop() {
		FindDuplicates(keys)
	}
}
