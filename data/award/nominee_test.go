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
		{Individual, "Nguyễn Văn Đức", "1975-04-30", NomineeKey{Individual, "nguyen van duc", "1975-04-30"}},
		{Individual, "  NGUYỄN   văn  ĐỨC ", " 1975 ", NomineeKey{Individual, "nguyen van duc", "1975"}},
		{Individual, "Nguyễn Văn Đức", "30/04/1975", NomineeKey{Individual, "nguyen van duc", "1975-04-30"}},
		{Individual, "Nguyễn Văn Đức", "5/4/1975", NomineeKey{Individual, "nguyen van duc", "1975-04-05"}},
		{Individual, "Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c", "", NomineeKey{Individual, "nguyen van duc", ""}}, // decomposed input
		{Collective, "UBND xã Thiệu Ngọc", "2001", NomineeKey{Collective, "ubnd xa thieu ngoc", ""}},
	} {
		if got := KeyFor(tc.kind, tc.name, tc.birth); got != tc.want {
			t.Errorf("KeyFor(%q, %q, %q) = %+v, want %+v", tc.kind, tc.name, tc.birth, got, tc.want)
		}
	}
}

func TestSame(t *testing.T) {
	p := func(name, birth string) NomineeKey { return KeyFor(Individual, name, birth) }
	c := func(name string) NomineeKey { return KeyFor(Collective, name, "") }
	for _, tc := range []struct {
		name string
		a, b NomineeKey
		want bool
	}{
		{"individuals: same name and date", p("Lê Văn Bình", "1975-04-30"), p("LE VAN BINH", "30/04/1975"), true},
		{"individuals: same name, other date", p("Lê Văn Bình", "1975-04-30"), p("Lê Văn Bình", "1975-04-29"), false},
		{"individuals: a year alone matches a date in that year", p("Lê Văn Bình", "1975"), p("Lê Văn Bình", "1975-04-30"), true},
		{"individuals: a date matches a year alone", p("Lê Văn Bình", "1975-04-30"), p("Lê Văn Bình", "1975"), true},
		{"individuals: a year alone does not match another year", p("Lê Văn Bình", "1976"), p("Lê Văn Bình", "1975-04-30"), false},
		{"individuals: both without birth", p("Lê Văn Bình", ""), p("Lê Văn Bình", ""), true},
		{"individuals: an empty birth matches only an empty birth", p("Lê Văn Bình", ""), p("Lê Văn Bình", "1975"), false},
		{"individuals: d and đ are the same letter", p("Đỗ Đức", "1980"), p("Do Duc", "1980"), true},
		{"individuals: other name", p("Lê Văn Bình", "1975"), p("Lê Văn Bính", "1975"), true}, // diacritics ignored
		{"individuals: really other name", p("Lê Văn Bình", "1975"), p("Lê Thị Bình", "1975"), false},
		{"collectives: same folded name", c("Phòng Nội vụ huyện Ba Bể"), c("phong noi vu  huyen ba be"), true},
		{"collectives: other name", c("Phòng Nội vụ huyện Ba Bể"), c("Phòng Nội vụ huyện Na Rì"), false},
		{"a person is not a collective", p("Ba Bể", ""), c("Ba Bể"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.a.Same(tc.b); got != tc.want {
				t.Errorf("Same = %v, want %v", got, tc.want)
			}
			if got := tc.b.Same(tc.a); got != tc.want {
				t.Errorf("Same is not symmetric")
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
		KeyFor(Collective, "ubnd xa thieu ngoc", ""),          // 5 = 2
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
