package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sheetScan is what the values of a sheet do not show: its merged ranges
// and the formulas saved without a calculated value.
type sheetScan struct {
	merges       []cellRange
	uncalculated []formulaCell
}

// cellRange is a rectangle of cells, 1-based and inclusive.
type cellRange struct {
	ref                      string // as the file writes it, "A3:A5"
	top, left, bottom, right int
}

// formulaCell is a cell holding a formula but no value.
type formulaCell struct {
	row, col int
	formula  string // the formula's text, shortened; "" for a shared formula's follower
}

// maxFormulaText bounds the formula text kept for a message.
const maxFormulaText = 120

// scanSheet reads the sheet's XML part for merged cells and uncalculated
// formulas. The part is read again from the package (the workbook library
// does not expose either while streaming rows); a fast pass over its bytes
// finds the merged ranges and decides whether the slower XML pass, which
// locates formulas without a value, is needed at all. A part that cannot be
// located gives an empty scan: the values were read, and the library is
// the judge of the file's structure.
func scanSheet(f *excelize.File, sheet string) (sheetScan, error) {
	var scan sheetScan
	var zr *zip.Reader
	if f.Path != "" {
		rc, err := zip.OpenReader(f.Path)
		if err != nil {
			return scan, err
		}
		defer rc.Close()
		zr = &rc.Reader
	} else {
		buf, err := f.WriteToBuffer()
		if err != nil {
			return scan, err
		}
		if zr, err = zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len())); err != nil {
			return scan, err
		}
	}
	part := sheetPart(zr, sheet)
	if part == nil {
		return scan, nil
	}
	rc, err := part.Open()
	if err != nil {
		return scan, err
	}
	formulas, merges, err := streamScan(rc, 8<<20, 4<<10)
	rc.Close()
	if err != nil || !formulas {
		scan.merges = merges
		return scan, err
	}
	// Formulas: the slower pass that locates the cells without a value.
	if rc, err = part.Open(); err != nil {
		return scan, err
	}
	defer rc.Close()
	return xmlScan(rc)
}

// streamScan reads a part in chunks, any size in little memory, looking
// for formula elements and collecting merged ranges. A match that starts
// in the last scanBack bytes of a chunk (longer than any match) is left
// to the next chunk, which begins with those bytes again.
func streamScan(r io.Reader, chunk, scanBack int) (formulas bool, merges []cellRange, err error) {
	buf := make([]byte, chunk+scanBack)
	carried := 0
	for {
		n, rerr := io.ReadFull(r, buf[carried:])
		data := buf[:carried+n]
		last := rerr == io.EOF || rerr == io.ErrUnexpectedEOF
		if rerr != nil && !last {
			return formulas, merges, rerr
		}
		end := len(data)
		if !last {
			end -= scanBack
		}
		formulas = formulas || hasFormula(data)
		if bytes.Contains(data, []byte("mergeCell")) {
			for _, m := range mergeRef.FindAllSubmatchIndex(data, -1) {
				if m[0] >= end {
					continue
				}
				if r, ok := parseRange(string(data[m[2]:m[3]])); ok {
					merges = append(merges, r)
				}
			}
		}
		if last {
			return formulas, merges, nil
		}
		carried = copy(buf, data[end:])
	}
}

// mergeRef finds the references of <mergeCell ref="A3:A5"/>, with or
// without a namespace prefix.
var mergeRef = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^>]*?\bref\s*=\s*["']([^"']+)["']`)

// hasFormula reports whether a sheet's XML has an <f> element, with or
// without a namespace prefix. Text cannot contain '<' unescaped, so cell
// contents never match; 'f' is rare in sheet XML and Vietnamese text, so
// this is one fast pass.
func hasFormula(b []byte) bool {
	for i := 1; i+1 < len(b); i++ {
		j := bytes.IndexByte(b[i:len(b)-1], 'f')
		if j < 0 {
			return false
		}
		i += j
		if (b[i-1] == '<' || b[i-1] == ':') && strings.IndexByte("> /\t\r\n", b[i+1]) >= 0 {
			return true
		}
	}
	return false
}

// parseRange reads "A3:B5" or "A3".
func parseRange(ref string) (cellRange, bool) {
	from, to, found := strings.Cut(ref, ":")
	if !found {
		to = from
	}
	l, t, err1 := excelize.CellNameToCoordinates(strings.ReplaceAll(from, "$", ""))
	r, b, err2 := excelize.CellNameToCoordinates(strings.ReplaceAll(to, "$", ""))
	if err1 != nil || err2 != nil {
		return cellRange{}, false
	}
	return cellRange{ref: ref, top: min(t, b), left: min(l, r), bottom: max(t, b), right: max(l, r)}, true
}

// xmlScan walks a sheet's XML: cells are located as the workbook library
// locates them (the r attribute, else the next column or row).
func xmlScan(r io.Reader) (sheetScan, error) {
	var scan sheetScan
	d := xml.NewDecoder(r)
	row, col := 0, 0
	var inCell, inFormula, hasF, hasV bool
	var formula strings.Builder
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return scan, nil
		}
		if err != nil {
			return scan, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				if n, err := strconv.Atoi(attr(t, "r")); err == nil {
					row = n
				} else {
					row++
				}
				col = 0
			case "c":
				if c, rr, err := excelize.CellNameToCoordinates(attr(t, "r")); err == nil {
					col, row = c, rr
				} else {
					col++
				}
				inCell, hasF, hasV = true, false, false
				formula.Reset()
			case "f":
				if inCell {
					hasF, inFormula = true, true
				}
			case "v", "is":
				if inCell {
					hasV = true
				}
			case "mergeCell":
				if m, ok := parseRange(attr(t, "ref")); ok {
					scan.merges = append(scan.merges, m)
				}
			}
		case xml.CharData:
			if inFormula && formula.Len() < maxFormulaText {
				formula.Write(t)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "f":
				inFormula = false
			case "c":
				if inCell && hasF && !hasV {
					text := strings.TrimSpace(formula.String())
					if len(text) >= maxFormulaText {
						text = strings.ToValidUTF8(text[:maxFormulaText], "") + "…"
					}
					scan.uncalculated = append(scan.uncalculated, formulaCell{row: row, col: col, formula: text})
				}
				inCell = false
			}
		}
	}
}

// attr is the value of an attribute by its local name.
func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// sheetPart finds a sheet's XML part: its relationship id in
// xl/workbook.xml, the target of that id in xl/_rels/workbook.xml.rels.
func sheetPart(zr *zip.Reader, sheet string) *zip.File {
	parts := map[string]*zip.File{}
	for _, e := range zr.File {
		parts[strings.ToLower(strings.ReplaceAll(e.Name, `\`, "/"))] = e
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if decodePart(parts["xl/workbook.xml"], &wb) != nil || decodePart(parts["xl/_rels/workbook.xml.rels"], &rels) != nil {
		return nil
	}
	id := ""
	for _, s := range wb.Sheets {
		if s.Name != sheet {
			continue
		}
		for _, a := range s.Attrs {
			if a.Name.Local == "id" {
				id = a.Value
			}
		}
	}
	for _, r := range rels.Rels {
		if r.ID != id || id == "" {
			continue
		}
		target := strings.ReplaceAll(r.Target, `\`, "/")
		if strings.HasPrefix(target, "/") {
			target = strings.TrimPrefix(target, "/")
		} else {
			target = path.Join("xl", target)
		}
		return parts[strings.ToLower(path.Clean(target))]
	}
	return nil
}

// decodePart unmarshals a small XML part (workbook, relationships).
func decodePart(e *zip.File, v any) error {
	if e == nil {
		return io.ErrUnexpectedEOF
	}
	rc, err := e.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return xml.NewDecoder(io.LimitReader(rc, 16<<20)).Decode(v)
}
