package pdf

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// CertificateLayouts are the calibrated layouts of the blanks. A blank
// missing from it prints with its own default (DefaultLayout).
type CertificateLayouts map[Blank]CertificateLayout

// For is the layout of the blank: the calibrated one, else its default.
func (ls CertificateLayouts) For(b Blank) CertificateLayout {
	b = b.norm()
	if l, ok := ls[b]; ok {
		l.Blank = b
		return l
	}
	return DefaultLayout(b)
}

// ParseCertificateLayouts reads the layouts from the two settings that
// hold them:
//
//   - single (the setting cert_layout, as tdkt has always saved it) is the
//     layout of the Bằng khen cá nhân blank;
//   - others (the setting cert_layouts) is a JSON object of the other
//     blanks' layouts keyed by Blank.Key: {"giay-khen/tap-the": {...}}.
//
// A blank that was never saved takes its own default, never the Bằng
// khen cá nhân's calibration: that one was measured on another blank,
// often on another sheet, and a collective's blank has no position line.
// Either setting may be empty. A broken layout, an unknown blank or
// field is refused with a message naming the blank and the field.
func ParseCertificateLayouts(single, others string) (CertificateLayouts, error) {
	ls := CertificateLayouts{}
	if strings.TrimSpace(single) != "" {
		l, err := ParseLayout(Blank{}, []byte(single))
		if err != nil {
			return nil, err
		}
		ls[l.Blank] = l
	}
	if strings.TrimSpace(others) == "" {
		return ls, nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(others), &raw); err != nil {
		return nil, fmt.Errorf("bố cục in các loại phôi (cert_layouts) không đọc được: JSON hỏng (%v)", err)
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b, ok := blankByKey(k)
		if !ok || b == (Blank{}).norm() {
			return nil, fmt.Errorf("bố cục in các loại phôi (cert_layouts): không có loại phôi %q (các loại: %s)", k, strings.Join(otherKeys(), ", "))
		}
		l, err := ParseLayout(b, raw[k])
		if err != nil {
			return nil, err
		}
		ls[b] = l
	}
	return ls, nil
}

// Encode writes the layouts as the two settings ParseCertificateLayouts
// reads: single for the Bằng khen cá nhân (empty when it is not in ls),
// others for the rest (empty when none is).
func (ls CertificateLayouts) Encode() (single, others string, err error) {
	rest := map[string]CertificateLayout{}
	for b, l := range ls {
		b = b.norm()
		if b == (Blank{}).norm() {
			data, err := json.Marshal(l)
			if err != nil {
				return "", "", err
			}
			single = string(data)
			continue
		}
		rest[b.Key()] = l
	}
	if len(rest) == 0 {
		return single, "", nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rest); err != nil { // map keys sorted: a stable text
		return "", "", err
	}
	return single, strings.TrimSpace(buf.String()), nil
}

// blankByKey finds a blank by its exact key.
func blankByKey(k string) (Blank, bool) {
	for _, b := range Blanks {
		if b.Key() == k {
			return b, true
		}
	}
	return Blank{}, false
}

// otherKeys are the keys cert_layouts accepts.
func otherKeys() []string {
	var out []string
	for _, b := range Blanks[1:] {
		out = append(out, b.Key())
	}
	return out
}
