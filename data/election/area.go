package election

import (
	"tdkt/data/problem"
)

// CheckAreaRaces is the rule that a polling area votes in every race of
// its election and in no other (Điều 11 Luật Bầu cử: one khu vực bỏ phiếu
// serves every race; it belongs to exactly one constituency of each).
// in maps a race to the area's constituency in it (its number or its id;
// 0 or absent when none is given). Problems come in the order of the
// election's races, then of Races.
func CheckAreaRaces(e ConstituencyRules, in map[Race]int64) problem.List {
	var out problem.List
	for _, race := range e.Races {
		if in[race] == 0 {
			out = append(out, problem.New(ConstituencyField(race), problem.NoConstituency,
				"Chưa có đơn vị bầu cử %s của khu vực bỏ phiếu", race.Label()))
		}
	}
	for _, race := range Races {
		if in[race] != 0 && !e.holds(race) {
			out = append(out, problem.New(ConstituencyField(race), problem.Race,
				"Cuộc bầu cử %q không có cấp %s: để trống đơn vị bầu cử cấp này", e.Election, race))
		}
	}
	return out
}

// CheckAreaVillages is the rule that the villages (thôn, tổ dân phố) a
// polling area serves lie in its commune (Điều 11: a khu vực bỏ phiếu is
// made of whole villages of one commune). ofCommune reports whether a
// village is one of the commune's; names the unknown ones in the message.
func CheckAreaVillages(commune string, villages []string, ofCommune func(string) bool) *problem.Problem {
	for _, v := range villages {
		if !ofCommune(v) {
			p := problem.New(FieldVillages, problem.VillageUnknown, "Thôn, tổ dân phố %s không thuộc %s", v, commune)
			return &p
		}
	}
	return nil
}

// AreaUnknown is the problem of minutes for a polling area the election
// does not have: a tally is made by the tổ bầu cử of one khu vực bỏ phiếu
// (Điều 73), which must be entered first.
func AreaUnknown(number int, commune string) problem.Problem {
	return problem.New(FieldArea, problem.AreaUnknown, "Không có khu vực bỏ phiếu số %d của %s (thêm vào sheet Khu vực bỏ phiếu)", number, commune)
}
