package pdf

import (
	"bytes"
	"crypto/sha256"
	"fmt"
)

// markSubsets gives each embedded font the name the PDF standard (ISO
// 32000-1, 9.6.4) requires of a font subset: a tag of six upper-case
// letters, "+", and the PostScript name ("QWERTY+TimesNewRomanPSMT").
//
// fpdf embeds only the glyphs a document uses but names the font after
// its family key ("utf8rxxxx..."); familyKey made that key exactly as long
// as the proper name, so the names are replaced in place and every offset
// of the cross-reference table stays right. The tag is derived from the
// document, so that different subsets get different tags.
func (w *writer) markSubsets(doc []byte) ([]byte, error) {
	sum := sha256.Sum256(doc)
	out := bytes.Clone(doc)
	for st, fc := range w.fonts.faces {
		old := "utf8" + getFontKey(w.family[st], styleSuffix[st])
		tag := make([]byte, 6)
		for i := range tag {
			tag[i] = 'A' + (sum[st*6+i] % 26)
		}
		name := string(tag) + "+" + fc.psName
		if len(name) != len(old) {
			return nil, fmt.Errorf("pdf: subset name %q does not fit %q", name, old)
		}
		n := replaceName(out, []byte(old), []byte(name))
		if n == 0 {
			return nil, fmt.Errorf("pdf: font %q not found in the document", old)
		}
	}
	return out, nil
}

// getFontKey is fpdf's key of a font: family in lower case, then style.
func getFontKey(family, style string) string {
	return string(bytes.ToLower([]byte(family))) + style
}

// replaceName overwrites, in place, every PDF name /old (followed by a
// delimiter, so that a longer name starting with old is left alone) with
// /repl of the same length, and returns how many it replaced.
func replaceName(doc, old, repl []byte) int {
	pat := append([]byte{'/'}, old...)
	n := 0
	for i := 0; ; {
		j := bytes.Index(doc[i:], pat)
		if j < 0 {
			return n
		}
		at := i + j + 1
		end := at + len(old)
		if end == len(doc) || isDelimiter(doc[end]) {
			copy(doc[at:end], repl)
			n++
		}
		i = end
	}
}

// isDelimiter tells whether c ends a PDF name.
func isDelimiter(c byte) bool {
	switch c {
	case ' ', '\n', '\r', '\t', '\f', 0, '/', '<', '>', '[', ']', '(', ')', '{', '}', '%':
		return true
	}
	return false
}
