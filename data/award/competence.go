package award

import (
	"fmt"
	"time"

	"tdkt/data/vn"
)

// Level is the level of the people's committee that issues a document:
// its chairman's competence and some coefficients depend on it.
type Level string

// The levels of an issuing people's committee.
const (
	LevelProvince Level = "tỉnh"
	LevelDistrict Level = "huyện" // until 30/6/2025 (TwoLevelGovernment)
	LevelCommune  Level = "xã"
)

// Competence says that the chairman of a people's committee of a level may
// grant an award form, for decisions dated from From to To (To zero: still
// in force). A form no row gives to any level is granted above the
// province: the province proposes it (a tờ trình), it issues no decision.
type Competence struct {
	Form  string
	Level Level
	From  time.Time
	To    time.Time
}

// MayGrant reports whether the chairman of a committee of the level may
// grant the form by a decision of that date (Luật Thi đua, khen thưởng
// 2022, Điều 79–81, and the decrees' competence; a decision outside it is
// void). Form names match ignoring case and diacritics.
func MayGrant(table []Competence, form string, level Level, date time.Time) bool {
	ff, dd := vn.Fold(form), day(date)
	for _, c := range table {
		if c.Level == level && vn.Fold(c.Form) == ff && day(c.From) <= dd && (c.To.IsZero() || dd <= day(c.To)) {
			return true
		}
	}
	return false
}

// Grantors lists the levels that may grant the form on the date, highest
// first; none for a form granted above the province.
func Grantors(table []Competence, form string, date time.Time) []Level {
	var out []Level
	for _, l := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
		if MayGrant(table, form, l, date) {
			out = append(out, l)
		}
	}
	return out
}

// Chairman names the chairman of a committee of the level, as a sentence
// does: "Chủ tịch UBND tỉnh".
func (l Level) Chairman() string { return "Chủ tịch UBND " + vn.Clean(string(l)) }

// NotCompetent is the message refusing a decision on a form its issuer may
// not grant: who may grant it (authority, the form's "do ai tặng"), and
// what to do instead.
func NotCompetent(form string, level Level, grantors []Level, authority string) string {
	who := authority
	if len(grantors) > 0 {
		who = ""
		for i, g := range grantors {
			if i > 0 {
				who += ", "
			}
			who += g.Chairman()
		}
	}
	if len(grantors) == 0 {
		return fmt.Sprintf("%s không có thẩm quyền tặng %s (do %s tặng): quyết định như vậy không có giá trị. Hãy lập tờ trình đề nghị cấp có thẩm quyền khen thưởng.",
			level.Chairman(), form, who)
	}
	return fmt.Sprintf("%s không có thẩm quyền tặng %s (thẩm quyền của %s): quyết định như vậy không có giá trị. Hãy để cấp đó quyết định, hoặc lập tờ trình đề nghị.",
		level.Chairman(), form, who)
}

// TwoLevelGovernment is the day local government became two levels
// (province and commune; Luật Tổ chức chính quyền địa phương 2025): the
// districts were dissolved and the communes merged.
var TwoLevelGovernment = time.Date(2025, time.July, 1, 0, 0, 0, 0, time.UTC)
