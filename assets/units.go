package assets

//go:generate go run ./gen

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Source202503 names the three-level list in force on 1/3/2025: 63
// provinces, their districts and communes.
const Source202503 = "2025-03"

// Source202507 names the two-level list in force from 1/7/2025: 34
// provinces and their communes.
const Source202507 = "2025-07"

// Sources lists the available lists, oldest first.
var Sources = []string{Source202503, Source202507}

//go:embed units-2025-03.tsv.gz
var units202503 []byte

//go:embed units-2025-07.tsv.gz
var units202507 []byte

// Unit is one administrative unit of an official list.
type Unit struct {
	// Code is the official code: 2 digits for a province, 3 for a district,
	// 5 for a commune.
	Code string
	// Parent is the code of the unit directly above, empty for a province.
	Parent string
	// Type is the unit type word in sentence case: "Tỉnh", "Thành phố",
	// "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn" or "Đặc khu".
	Type string
	// Name is the full official name, starting with the type word, e.g.
	// "Tỉnh Bắc Kạn", "Huyện Thiệu Hóa", "Phường Ba Đình".
	Name string
	// Level is the depth in the official tree: 1 for a province; in
	// Source202503 2 for a district and 3 for a commune; in Source202507 2
	// for a commune.
	Level int
	// Merged lists, for Source202507 units, the Source202503 units merged
	// into this one, in the order of the source; nil for Source202503.
	Merged []Merge
}

// Merge is one Source202503 unit merged into a Source202507 unit.
type Merge struct {
	// Code is the Source202503 code (usually a commune, or a province for a
	// province; an island district for some "Đặc khu").
	Code string
	// Full is true when the whole unit was merged, false for a part of it.
	Full bool
}

// list is one parsed source, with indexes.
type list struct {
	units     []Unit
	provinces []Unit            // level-1 rows, sorted by code
	subtree   map[string][2]int // province code -> [start, end) in units
}

type cached struct {
	once sync.Once
	data []byte
	list *list
	err  error
}

var cache = map[string]*cached{
	Source202503: {data: units202503},
	Source202507: {data: units202507},
}

func load(source string) (*list, error) {
	c, ok := cache[source]
	if !ok {
		return nil, fmt.Errorf("Không có danh mục đơn vị hành chính %q", source)
	}
	c.once.Do(func() {
		c.list, c.err = parse(c.data)
		if c.err != nil {
			c.err = fmt.Errorf("danh mục đơn vị hành chính %s: %w", source, c.err)
		}
	})
	return c.list, c.err
}

// Units returns the whole list of the given source (Source202503 or
// Source202507) in tree order: each province followed by its descendants,
// children sorted by code. The embedded list is parsed once. The returned
// slice is the caller's own; the Merged slices inside are shared and must
// not be modified.
func Units(source string) ([]Unit, error) {
	l, err := load(source)
	if err != nil {
		return nil, err
	}
	return slices.Clone(l.units), nil
}

// Province returns the province with the given code and all its
// descendants, in tree order, from the list of the given source.
func Province(source, code string) ([]Unit, error) {
	l, err := load(source)
	if err != nil {
		return nil, err
	}
	r, ok := l.subtree[code]
	if !ok {
		return nil, fmt.Errorf("Không có tỉnh mã %q trong danh mục %s", code, source)
	}
	return slices.Clone(l.units[r[0]:r[1]]), nil
}

// Provinces returns the provinces (level 1) of the given source, sorted by
// code.
func Provinces(source string) ([]Unit, error) {
	l, err := load(source)
	if err != nil {
		return nil, err
	}
	return slices.Clone(l.provinces), nil
}

// parse reads one embedded .tsv.gz list and checks its tree order.
func parse(data []byte) (*list, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	l := &list{subtree: make(map[string][2]int)}
	level := make(map[string]int)       // code -> level, for parent checks
	province := make(map[string]string) // code -> its province's code
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: %d columns, want 6", n, len(f))
		}
		u := Unit{Code: f[0], Parent: f[1], Type: f[3], Name: f[4]}
		if u.Level, err = strconv.Atoi(f[2]); err != nil {
			return nil, fmt.Errorf("line %d: level %q", n, f[2])
		}
		if u.Code == "" {
			return nil, fmt.Errorf("line %d: empty code", n)
		}
		if _, dup := level[u.Code]; dup {
			return nil, fmt.Errorf("line %d: duplicate code %s", n, u.Code)
		}
		if u.Level == 1 {
			if u.Parent != "" {
				return nil, fmt.Errorf("line %d: province %s has parent %s", n, u.Code, u.Parent)
			}
		} else if pl, ok := level[u.Parent]; !ok || pl != u.Level-1 {
			return nil, fmt.Errorf("line %d: unit %s: parent %q is not a level %d unit listed before it", n, u.Code, u.Parent, u.Level-1)
		}
		if f[5] != "" {
			for _, m := range strings.Split(f[5], ",") {
				code, kind, ok := strings.Cut(m, ":")
				if !ok || code == "" || (kind != "f" && kind != "p") {
					return nil, fmt.Errorf("line %d: merge %q", n, m)
				}
				u.Merged = append(u.Merged, Merge{Code: code, Full: kind == "f"})
			}
		}
		level[u.Code] = u.Level
		if u.Level == 1 {
			province[u.Code] = u.Code
			l.subtree[u.Code] = [2]int{len(l.units), len(l.units) + 1}
			l.provinces = append(l.provinces, u)
		} else {
			// Descendants must follow their province without a break, so
			// that a province's subtree is one run of the list.
			p := province[u.Parent]
			if p != l.provinces[len(l.provinces)-1].Code {
				return nil, fmt.Errorf("line %d: unit %s is not listed under its province %s", n, u.Code, p)
			}
			province[u.Code] = p
			l.subtree[p] = [2]int{l.subtree[p][0], len(l.units) + 1}
		}
		l.units = append(l.units, u)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(l.provinces, func(a, b Unit) int { return strings.Compare(a.Code, b.Code) })
	return l, nil
}
