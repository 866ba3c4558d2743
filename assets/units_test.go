package assets_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"tdkt/assets"
	"tdkt/assets/internal/unitgen"
)

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestAssetsUpToDate fails when the committed .tsv.gz files differ from what
// the generator makes from assets/source: run `go generate ./assets/`.
func TestAssetsUpToDate(t *testing.T) {
	files, err := unitgen.Generate("source")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{unitgen.Out202503, unitgen.Out202507}
	var got []string
	for name := range files {
		got = append(got, name)
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("Generate made %v, want %v", got, want)
	}
	for _, name := range want {
		committed, err := os.ReadFile(name)
		if err != nil {
			t.Fatalf("%v (run go generate ./assets/)", err)
		}
		t.Logf("%s: %d bytes (%.1f KB)", name, len(committed), float64(len(committed))/1024)
		if len(committed) > 200*1024 {
			t.Errorf("%s is %d bytes, over 200 KB", name, len(committed))
		}
		if !bytes.Equal(gunzip(t, committed), gunzip(t, files[name])) {
			t.Errorf("%s is stale: its content differs from assets/source; run go generate ./assets/", name)
			continue
		}
		if !bytes.Equal(committed, files[name]) {
			t.Errorf("%s has the right content but different gzip bytes (a different Go compressor?); run go generate ./assets/", name)
		}
	}
}

func mustUnits(t *testing.T, source string) []assets.Unit {
	t.Helper()
	us, err := assets.Units(source)
	if err != nil {
		t.Fatal(err)
	}
	return us
}

func levels(us []assets.Unit) map[int]int {
	c := make(map[int]int)
	for _, u := range us {
		c[u.Level]++
	}
	return c
}

func TestCounts(t *testing.T) {
	for _, tc := range []struct {
		source string
		want   map[int]int
	}{
		{assets.Source202503, map[int]int{1: 63, 2: 696, 3: 10047}},
		{assets.Source202507, map[int]int{1: 34, 2: 3321}},
	} {
		got := levels(mustUnits(t, tc.source))
		if len(got) != len(tc.want) {
			t.Errorf("%s: levels %v, want %v", tc.source, got, tc.want)
		}
		for l, n := range tc.want {
			if got[l] != n {
				t.Errorf("%s: %d units at level %d, want %d", tc.source, got[l], l, n)
			}
		}
		ps, err := assets.Provinces(tc.source)
		if err != nil {
			t.Fatal(err)
		}
		if len(ps) != tc.want[1] {
			t.Errorf("%s: Provinces gave %d, want %d", tc.source, len(ps), tc.want[1])
		}
		if !slices.IsSortedFunc(ps, func(a, b assets.Unit) int { return strings.Compare(a.Code, b.Code) }) {
			t.Errorf("%s: Provinces not sorted by code", tc.source)
		}
		for _, p := range ps {
			if p.Level != 1 || p.Parent != "" {
				t.Errorf("%s: Provinces gave %+v", tc.source, p)
			}
		}
	}
}

func TestProvince(t *testing.T) {
	for _, tc := range []struct {
		source, code, name string
		want               map[int]int
	}{
		{assets.Source202503, "06", "Tỉnh Bắc Kạn", map[int]int{1: 1, 2: 8, 3: 108}},
		{assets.Source202507, "04", "Tỉnh Cao Bằng", map[int]int{1: 1, 2: 56}},
	} {
		us, err := assets.Province(tc.source, tc.code)
		if err != nil {
			t.Fatal(err)
		}
		if us[0].Code != tc.code || us[0].Name != tc.name || us[0].Level != 1 {
			t.Errorf("Province(%s, %s)[0] = %+v, want %s", tc.source, tc.code, us[0], tc.name)
		}
		in := map[string]bool{tc.code: true}
		for _, u := range us[1:] {
			if !in[u.Parent] {
				t.Errorf("Province(%s, %s): %s %s is not below the province", tc.source, tc.code, u.Code, u.Name)
			}
			in[u.Code] = true
		}
		if got := levels(us); !mapsEqual(got, tc.want) {
			t.Errorf("Province(%s, %s) levels %v, want %v", tc.source, tc.code, got, tc.want)
		}
	}
}

func mapsEqual(a, b map[int]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestThieuNgoc(t *testing.T) {
	by := make(map[string]assets.Unit)
	for _, u := range mustUnits(t, assets.Source202503) {
		by[u.Code] = u
	}
	c := by["15775"]
	if c.Name != "Xã Thiệu Ngọc" || c.Type != "Xã" || c.Level != 3 || c.Parent != "398" {
		t.Fatalf("15775 = %+v", c)
	}
	d := by[c.Parent]
	if d.Name != "Huyện Thiệu Hóa" || d.Type != "Huyện" || d.Level != 2 || d.Parent != "38" {
		t.Fatalf("398 = %+v", d)
	}
	p := by[d.Parent]
	if p.Name != "Tỉnh Thanh Hóa" || p.Type != "Tỉnh" || p.Level != 1 || p.Parent != "" {
		t.Fatalf("38 = %+v", p)
	}
}

// TestInvariants checks names, codes, the tree and the merges of every list.
func TestInvariants(t *testing.T) {
	oldCodes := make(map[string]bool)
	for _, u := range mustUnits(t, assets.Source202503) {
		oldCodes[u.Code] = true
	}
	for _, source := range assets.Sources {
		us := mustUnits(t, source)
		by := make(map[string]assets.Unit, len(us))
		children := make(map[string][]string)
		for _, u := range us {
			if _, dup := by[u.Code]; dup {
				t.Errorf("%s: duplicate code %s", source, u.Code)
			}
			by[u.Code] = u
			children[u.Parent] = append(children[u.Parent], u.Code)
			if !unitgen.PlainLatinNFC(u.Name) || !unitgen.PlainLatinNFC(u.Type) {
				t.Errorf("%s: %s: name %q is not NFC", source, u.Code, u.Name)
			}
			if !slices.Contains(unitgen.Types, u.Type) {
				t.Errorf("%s: %s: unknown type %q", source, u.Code, u.Type)
			}
			if !strings.HasPrefix(u.Name, u.Type+" ") || strings.TrimSpace(u.Name) != u.Name || strings.Contains(u.Name, "  ") {
				t.Errorf("%s: %s: name %q does not start with its type %q or has stray spaces", source, u.Code, u.Name, u.Type)
			}
			switch source {
			case assets.Source202503:
				if u.Merged != nil {
					t.Errorf("%s: %s has merges", source, u.Code)
				}
			case assets.Source202507:
				if len(u.Merged) == 0 {
					t.Errorf("%s: %s has no merges", source, u.Code)
				}
				for _, m := range u.Merged {
					if !oldCodes[m.Code] {
						t.Errorf("%s: %s: merged code %s is not in %s", source, u.Code, m.Code, assets.Source202503)
					}
				}
			}
		}
		maxLevel := map[string]int{assets.Source202503: 3, assets.Source202507: 2}[source]
		for _, u := range us {
			if u.Level < 1 || u.Level > maxLevel {
				t.Errorf("%s: %s at level %d", source, u.Code, u.Level)
			}
			if u.Level == 1 {
				continue
			}
			p, ok := by[u.Parent]
			if !ok {
				t.Errorf("%s: %s: parent %q missing", source, u.Code, u.Parent)
			} else if p.Level != u.Level-1 {
				t.Errorf("%s: %s at level %d under %s at level %d", source, u.Code, u.Level, p.Code, p.Level)
			}
		}
		// The list must be the depth-first walk with children sorted by code.
		var order []string
		var walk func(parent string)
		walk = func(parent string) {
			cs := slices.Sorted(slices.Values(children[parent]))
			for _, c := range cs {
				order = append(order, c)
				walk(c)
			}
		}
		walk("")
		got := make([]string, len(us))
		for i, u := range us {
			got[i] = u.Code
		}
		if !slices.Equal(got, order) {
			t.Errorf("%s: units are not in depth-first order sorted by code", source)
		}
	}
}

func TestMergesParsed(t *testing.T) {
	us, err := assets.Province(assets.Source202507, "01")
	if err != nil {
		t.Fatal(err)
	}
	if want := []assets.Merge{{Code: "01", Full: true}}; !slices.Equal(us[0].Merged, want) {
		t.Errorf("Hà Nội merges %v, want %v", us[0].Merged, want)
	}
	for _, u := range us {
		if u.Code == "00004" {
			if u.Name != "Phường Ba Đình" || len(u.Merged) != 10 ||
				u.Merged[0] != (assets.Merge{Code: "00004", Full: true}) ||
				u.Merged[2] != (assets.Merge{Code: "00016", Full: false}) {
				t.Errorf("00004 = %+v", u)
			}
			return
		}
	}
	t.Error("Phường Ba Đình (00004) not found")
}

func TestErrors(t *testing.T) {
	if _, err := assets.Units("2024-01"); err == nil {
		t.Error("Units of an unknown source: no error")
	}
	if _, err := assets.Provinces("x"); err == nil {
		t.Error("Provinces of an unknown source: no error")
	}
	_, err := assets.Province(assets.Source202507, "06")
	if err == nil || err.Error() != `Không có tỉnh mã "06" trong danh mục 2025-07` {
		t.Errorf("Province(2025-07, 06) error = %v", err)
	}
	if _, err := assets.Province(assets.Source202503, "398"); err == nil {
		t.Error("Province of a district code: no error")
	}
}

func TestResultsAreCopies(t *testing.T) {
	us := mustUnits(t, assets.Source202507)
	us[0].Name = "changed"
	ps, _ := assets.Provinces(assets.Source202507)
	ps[0].Name = "changed"
	p, _ := assets.Province(assets.Source202507, "01")
	p[0].Name = "changed"
	if again := mustUnits(t, assets.Source202507); again[0].Name != "Thành phố Hà Nội" {
		t.Errorf("cached list modified through a result: %q", again[0].Name)
	}
	if again, _ := assets.Provinces(assets.Source202507); again[0].Name != "Thành phố Hà Nội" {
		t.Errorf("cached provinces modified through a result: %q", again[0].Name)
	}
}

func TestConcurrentLoad(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for _, s := range assets.Sources {
				if _, err := assets.Provinces(s); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}
