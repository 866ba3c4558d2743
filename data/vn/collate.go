package vn

import (
	"bytes"
	"sync"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// collator pairs a Vietnamese collator with its key buffer. Neither is safe
// for concurrent use, so they live in a pool.
type collator struct {
	c   *collate.Collator
	buf collate.Buffer
}

var collators = sync.Pool{New: func() any {
	return &collator{c: collate.New(language.Vietnamese, collate.Numeric)}
}}

// key returns a fresh copy of the collation key of s.
func (c *collator) key(s string) []byte {
	c.buf.Reset()
	return bytes.Clone(c.c.KeyFromString(&c.buf, s))
}

// SortKey returns the collation key of s in the Vietnamese alphabet
// (a ă â b c d đ e ê ..., tones ordered none, huyền, hỏi, ngã, sắc, nặng),
// after Clean. Keys compare with bytes.Compare, or as BLOBs in SQLite.
// Runs of digits compare by their numeric value, so "Tổ 2" sorts before
// "Tổ 10". Use it for collectives, units and other names that are not
// people's names.
func SortKey(s string) []byte {
	c := collators.Get().(*collator)
	defer collators.Put(c)
	return c.key(Clean(s))
}

// NameSortKey returns the key that orders people the Vietnamese way: by
// given name (the last word) first, then by the whole name, both in the
// Vietnamese alphabet. So "Nguyễn Văn An" < "Trần Thị An" < "Lê Văn Bình".
// Keys compare with bytes.Compare, or as BLOBs in SQLite.
func NameSortKey(fullName string) []byte {
	name := Clean(fullName)
	c := collators.Get().(*collator)
	defer collators.Put(c)
	given := c.key(GivenName(name))
	full := c.key(name)

	// The given-name key is escaped (0x00 -> 0x00 0xFF) and ended by
	// 0x00 0x00, which keeps byte order when it is a prefix of another.
	out := make([]byte, 0, len(given)+len(full)+8)
	for _, b := range given {
		out = append(out, b)
		if b == 0 {
			out = append(out, 0xFF)
		}
	}
	out = append(out, 0, 0)
	return append(out, full...)
}

// CompareNames compares two people's full names in the order of
// NameSortKey: -1 if a sorts first, +1 if b does, 0 if they are equal.
func CompareNames(a, b string) int {
	return bytes.Compare(NameSortKey(a), NameSortKey(b))
}
