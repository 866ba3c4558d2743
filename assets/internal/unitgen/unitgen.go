// Package unitgen builds the embedded lists of Vietnamese administrative
// units (assets/units-*.tsv.gz) from the official source files kept in
// assets/source.
//
// Each output file is gzip (fixed compression level, no file name, zero
// modification time) of UTF-8 NFC text: one "#" header line, then one unit per
// line in depth-first tree order (children sorted by code), with the TAB
// separated columns
//
//	code  parent_code  level  type  name  merged
//
// level is the depth in the official tree (1 province; 2025-03: 2 district,
// 3 commune; 2025-07: 2 commune). type is the unit type word in sentence case
// ("Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường",
// "Thị trấn", "Đặc khu"); name is the full official name starting with that
// type word. merged, only for 2025-07, lists the 2025-03 codes merged into the
// unit, in source order, each suffixed ":f" (whole unit) or ":p" (part of it).
package unitgen

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// Source file names inside the source directory.
const (
	File202503          = "dvhc-2025-03-01.json"
	File202507          = "dvhc-2025-07-01.json"
	File202507Provinces = "dvhc-2025-07-01-provinces.csv"
)

// Output file names, as returned by Generate and embedded by package assets.
const (
	Out202503 = "units-2025-03.tsv.gz"
	Out202507 = "units-2025-07.tsv.gz"
)

// Types lists the canonical (sentence case) unit type words.
var Types = []string{"Tỉnh", "Thành phố", "Huyện", "Quận", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc khu"}

// row is one output line.
type row struct {
	code, parent string
	level        int
	typ, name    string
	merged       string
}

// Generate reads the source files in sourceDir and returns the embedded
// asset files, keyed by file name (Out202503, Out202507). The output depends
// only on the source files, so it is reproducible byte for byte.
func Generate(sourceDir string) (map[string][]byte, error) {
	old, err := build202503(filepath.Join(sourceDir, File202503))
	if err != nil {
		return nil, err
	}
	oldCodes := make(map[string]bool, len(old))
	for _, r := range old {
		oldCodes[r.code] = true
	}
	neu, err := build202507(filepath.Join(sourceDir, File202507), filepath.Join(sourceDir, File202507Provinces), oldCodes)
	if err != nil {
		return nil, err
	}

	c := countLevels(old)
	h03 := fmt.Sprintf("# tdkt administrative units 2025-03 (1/3/2025): %s, General Statistics Office codes compiled by daohoangson/dvhcvn; %d provinces, %d districts, %d communes; columns: code parent_code level type name merged",
		File202503, c[1], c[2], c[3])
	c = countLevels(neu)
	h07 := fmt.Sprintf("# tdkt administrative units 2025-07 (1/7/2025): %s and %s, Statistics Office codes compiled by dvhcvn/20250701 (MIT); %d provinces, %d communes; columns: code parent_code level type name merged",
		File202507, File202507Provinces, c[1], c[2])

	out := make(map[string][]byte, 2)
	if out[Out202503], err = encode(h03, old); err != nil {
		return nil, err
	}
	if out[Out202507], err = encode(h07, neu); err != nil {
		return nil, err
	}
	return out, nil
}

func countLevels(rows []row) map[int]int {
	c := make(map[int]int)
	for _, r := range rows {
		c[r.level]++
	}
	return c
}

// encode writes the header and rows as TSV and gzips them deterministically.
func encode(header string, rows []row) ([]byte, error) {
	var text bytes.Buffer
	text.WriteString(header)
	text.WriteByte('\n')
	for _, r := range rows {
		for _, f := range []string{r.code, r.parent, r.typ, r.name, r.merged} {
			if !PlainLatinNFC(f) {
				return nil, fmt.Errorf("unit %s: field %q is not plain NFC text", r.code, f)
			}
		}
		fmt.Fprintf(&text, "%s\t%s\t%d\t%s\t%s\t%s\n", r.code, r.parent, r.level, r.typ, r.name, r.merged)
	}
	var gz bytes.Buffer
	w, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	// The zero Header (no name, no comment, zero ModTime) keeps the output
	// reproducible.
	if _, err := w.Write(text.Bytes()); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return gz.Bytes(), nil
}

// node is one row of dvhc-2025-03-01.json: [code, name, type, ascii, children].
type node struct {
	code, name, typ string
	children        []node
}

func (n *node) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	if len(raw) != 4 && len(raw) != 5 {
		return fmt.Errorf("row with %d fields, want 4 or 5: %.80s", len(raw), b)
	}
	for i, dst := range []*string{&n.code, &n.name, &n.typ} {
		if err := json.Unmarshal(raw[i], dst); err != nil {
			return err
		}
	}
	if len(raw) == 5 {
		return json.Unmarshal(raw[4], &n.children)
	}
	return nil
}

// levelTypes202503 and levelTypes202507 list the unit types allowed at each
// level of each structure.
var levelTypes202503 = map[int][]string{
	1: {"Tỉnh", "Thành phố"},
	2: {"Huyện", "Quận", "Thị xã", "Thành phố"},
	3: {"Xã", "Phường", "Thị trấn"},
}

var levelTypes202507 = map[int][]string{
	1: {"Tỉnh", "Thành phố"},
	2: {"Xã", "Phường", "Đặc khu"},
}

// build202503 reads the three-level list of 1/3/2025.
func build202503(path string) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var top []node
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var rows []row
	seen := make(map[string]bool)
	codeLen := map[int]int{1: 2, 2: 3, 3: 5}
	var walk func(nodes []node, parent string, level int) error
	walk = func(nodes []node, parent string, level int) error {
		nodes = slices.Clone(nodes)
		slices.SortFunc(nodes, func(a, b node) int { return strings.Compare(a.code, b.code) })
		for _, n := range nodes {
			if level > 3 {
				return fmt.Errorf("%s: unit %s is deeper than level 3", path, n.code)
			}
			if !digits(n.code, codeLen[level]) {
				return fmt.Errorf("%s: level %d code %q is not %d digits", path, level, n.code, codeLen[level])
			}
			if seen[n.code] {
				return fmt.Errorf("%s: duplicate code %s", path, n.code)
			}
			seen[n.code] = true
			typ, ok := canonicalType(n.typ)
			if !ok || !slices.Contains(levelTypes202503[level], typ) {
				return fmt.Errorf("%s: unit %s: unexpected type %q at level %d", path, n.code, n.typ, level)
			}
			name := collapseSpace(n.name)
			if name == "" {
				return fmt.Errorf("%s: unit %s has no name", path, n.code)
			}
			rows = append(rows, row{code: n.code, parent: parent, level: level, typ: typ, name: typ + " " + name})
			if err := walk(n.children, n.code, level+1); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(top, "", 1); err != nil {
		return nil, err
	}
	return rows, nil
}

type list202507 struct {
	Data  []province `json:"data"`
	Stats struct {
		Level1Count int `json:"level1_count"`
		Level2Count int `json:"level2_count"`
	} `json:"stats"`
}

type province struct {
	Level1ID string    `json:"level1_id"`
	Name     string    `json:"name"`
	Merges   []merge   `json:"merges"`
	Level2s  []commune `json:"level2s"`
}

type commune struct {
	Level2ID string  `json:"level2_id"`
	Name     string  `json:"name"`
	Merges   []merge `json:"merges"`
}

type merge struct {
	OldID string `json:"old_id"`
	Name  string `json:"name"`
	Type  string `json:"type"`
}

// build202507 reads the two-level list of 1/7/2025 and checks its provinces
// against the CSV of Công văn 915/CTK-CSCL and its merges against the
// 2025-03 codes.
func build202507(path, csvPath string, oldCodes map[string]bool) ([]row, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var l list202507
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	csvNames, err := readProvinceCSV(csvPath)
	if err != nil {
		return nil, err
	}

	provinces := slices.Clone(l.Data)
	slices.SortFunc(provinces, func(a, b province) int { return strings.Compare(a.Level1ID, b.Level1ID) })

	var rows []row
	seen := make(map[string]bool)
	add := func(code, parent string, level int, name string, merges []merge) error {
		codeLen := map[int]int{1: 2, 2: 5}[level]
		if !digits(code, codeLen) {
			return fmt.Errorf("%s: level %d code %q is not %d digits", path, level, code, codeLen)
		}
		if seen[code] {
			return fmt.Errorf("%s: duplicate code %s", path, code)
		}
		seen[code] = true
		typ, name, ok := splitType(collapseSpace(name))
		if !ok || !slices.Contains(levelTypes202507[level], typ) {
			return fmt.Errorf("%s: unit %s: cannot tell a level %d type from the name %q", path, code, level, name)
		}
		merged, err := formatMerges(merges, oldCodes)
		if err != nil {
			return fmt.Errorf("%s: unit %s: %w", path, code, err)
		}
		rows = append(rows, row{code: code, parent: parent, level: level, typ: typ, name: name, merged: merged})
		return nil
	}
	communes := 0
	for _, p := range provinces {
		if err := add(p.Level1ID, "", 1, p.Name, p.Merges); err != nil {
			return nil, err
		}
		name := rows[len(rows)-1].name
		want, ok := csvNames[p.Level1ID]
		if !ok {
			return nil, fmt.Errorf("%s: province %s is not in %s", path, p.Level1ID, csvPath)
		}
		if name != want && name != "Tỉnh "+want {
			return nil, fmt.Errorf("%s: province %s is %q but %s says %q", path, p.Level1ID, name, csvPath, want)
		}
		delete(csvNames, p.Level1ID)
		cs := slices.Clone(p.Level2s)
		slices.SortFunc(cs, func(a, b commune) int { return strings.Compare(a.Level2ID, b.Level2ID) })
		for _, c := range cs {
			if err := add(c.Level2ID, p.Level1ID, 2, c.Name, c.Merges); err != nil {
				return nil, err
			}
			communes++
		}
	}
	if len(csvNames) > 0 {
		return nil, fmt.Errorf("%s: provinces of %s missing: %v", path, csvPath, csvNames)
	}
	if len(provinces) != l.Stats.Level1Count || communes != l.Stats.Level2Count {
		return nil, fmt.Errorf("%s: %d provinces and %d communes, but stats say %d and %d",
			path, len(provinces), communes, l.Stats.Level1Count, l.Stats.Level2Count)
	}
	return rows, nil
}

// readProvinceCSV returns code -> name from the CSV "Stt,Mã số,Tên ...".
func readProvinceCSV(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(recs) < 2 {
		return nil, fmt.Errorf("%s: no rows", path)
	}
	m := make(map[string]string)
	for _, r := range recs[1:] {
		if len(r) != 3 {
			return nil, fmt.Errorf("%s: row %v has %d fields, want 3", path, r, len(r))
		}
		m[strings.TrimSpace(r[1])] = collapseSpace(r[2])
	}
	return m, nil
}

// formatMerges renders merges as "code:f,code:p", keeping the source order.
func formatMerges(merges []merge, oldCodes map[string]bool) (string, error) {
	if len(merges) == 0 {
		return "", fmt.Errorf("no merges")
	}
	parts := make([]string, 0, len(merges))
	seen := make(map[string]bool)
	for _, m := range merges {
		if !oldCodes[m.OldID] {
			return "", fmt.Errorf("merged code %q is not in %s", m.OldID, File202503)
		}
		if seen[m.OldID] {
			return "", fmt.Errorf("merged code %s listed twice", m.OldID)
		}
		seen[m.OldID] = true
		switch m.Type {
		case "full":
			parts = append(parts, m.OldID+":f")
		case "partial":
			parts = append(parts, m.OldID+":p")
		default:
			return "", fmt.Errorf("merge type %q, want full or partial", m.Type)
		}
	}
	return strings.Join(parts, ","), nil
}

// canonicalType maps a type word in any letter case to its canonical form.
func canonicalType(s string) (string, bool) {
	s = collapseSpace(s)
	for _, t := range Types {
		if strings.EqualFold(s, t) {
			return t, true
		}
	}
	return "", false
}

// splitType finds the type word(s) at the start of a full name (whole words,
// any letter case, longest match first) and returns the canonical type and
// the name with its type word written in canonical case.
func splitType(name string) (typ, full string, ok bool) {
	words := strings.Fields(name)
	best, bestLen := "", 0
	for _, t := range Types {
		tw := strings.Fields(t)
		if len(tw) > bestLen && len(words) > len(tw) && strings.EqualFold(strings.Join(words[:len(tw)], " "), t) {
			best, bestLen = t, len(tw)
		}
	}
	if best == "" {
		return "", name, false
	}
	return best, best + " " + strings.Join(words[bestLen:], " "), true
}

// collapseSpace trims s and replaces each run of white space by one space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func digits(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// PlainLatinNFC reports whether s is valid UTF-8 made only of printable ASCII
// (no TAB or newline) and precomposed Latin letters (U+00C0–U+024F,
// U+1E00–U+1EFF). Such text is always in Unicode Normalization Form C, so
// this is a sufficient NFC check for Vietnamese names that needs only the
// standard library; text with combining marks (NFD) is rejected.
func PlainLatinNFC(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 0x20 && r <= 0x7E:
		case r >= 0xC0 && r <= 0x24F:
		case r >= 0x1E00 && r <= 0x1EFF:
		default:
			return false
		}
	}
	return true
}
