package award

import (
	"strings"

	"tdkt/data/vn"
)

// Rank is the hạng of a collective's award where a list ranks them
// (Bằng khen hạng Nhất, Nhì, Ba); RankNone elsewhere.
type Rank string

// The ranks.
const (
	RankNone   Rank = ""
	RankFirst  Rank = "Nhất"
	RankSecond Rank = "Nhì"
	RankThird  Rank = "Ba"
)

// Ranks lists the ranks in order.
var Ranks = []Rank{RankFirst, RankSecond, RankThird}

// ParseRank reads a rank as people write it: "Nhất", "hạng nhì", "ba",
// "1", "II"; blank is RankNone.
func ParseRank(s string) (Rank, bool) {
	f := strings.TrimPrefix(vn.Fold(s), "hang ")
	switch f {
	case "":
		return RankNone, true
	case "nhat", "1", "i":
		return RankFirst, true
	case "nhi", "2", "ii":
		return RankSecond, true
	case "ba", "3", "iii":
		return RankThird, true
	}
	return RankNone, false
}
