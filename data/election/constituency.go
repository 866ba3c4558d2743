package election

import (
	"tdkt/assets"
	"tdkt/data/problem"
)

// Unit is what the rules of the election law need to know of an
// administrative unit.
type Unit struct {
	Code, Name string
	Type       string // the official type word: "Tỉnh", "Huyện", "Xã", "Phường", …
	Level      int    // depth in the official tree: 1 = tỉnh
	Structure  string // assets.Source202503 (three levels) or assets.Source202507 (two)
	Official   bool   // from the official list (not a village a user added)
}

// IsCommuneType reports whether an official type word names a unit of
// the commune level: xã, phường, thị trấn, đặc khu.
func IsCommuneType(t string) bool {
	switch t {
	case "Xã", "Phường", "Thị trấn", "Đặc khu":
		return true
	}
	return false
}

// CouncilLevelFits reports whether a unit can be the unit whose council a
// race elects (Điều 10 Luật Bầu cử: đơn vị bầu cử đại biểu Quốc hội and
// HĐND cấp tỉnh are set in the province, HĐND cấp huyện in the district,
// HĐND cấp xã in the commune): a province for Quốc hội and HĐND tỉnh, a
// district (three-level structure only) for HĐND huyện, a commune for
// HĐND xã.
func CouncilLevelFits(race Race, u Unit) bool {
	if !u.Official {
		return false
	}
	switch race {
	case RaceQH, RaceProvince:
		return u.Level == 1
	case RaceDistrict:
		return u.Structure == assets.Source202503 && u.Level == 2
	case RaceCommune:
		return IsCommuneType(u.Type)
	}
	return false
}

// councilWord says which kind of unit a race's constituencies belong to.
func councilWord(race Race) string {
	switch race {
	case RaceDistrict:
		return "một huyện, quận, thị xã, thành phố thuộc tỉnh"
	case RaceCommune:
		return "một xã, phường, thị trấn"
	}
	return "một tỉnh, thành phố trực thuộc trung ương"
}

// MaxNumber is the largest number of a constituency or a polling area
// inside its unit.
const MaxNumber = 9999

// ConstituencyRules are the facts of an election a constituency is
// checked against.
type ConstituencyRules struct {
	Election  string // its name, for messages
	Structure string // the unit list the election uses
	Races     []Race // the races it holds
}

func (e ConstituencyRules) holds(r Race) bool {
	for _, x := range e.Races {
		if x == r {
			return true
		}
	}
	return false
}

// CheckConstituency is every rule a constituency must satisfy: the
// election holds its race; its unit is of the race's council level in the
// election's unit list (Điều 10); its number is 1…MaxNumber; its seats are
// 1…race.MaxSeats() (Điều 10: at most 3 deputies of Quốc hội, at most 5 of
// a Hội đồng nhân dân per constituency).
func CheckConstituency(e ConstituencyRules, race Race, u Unit, number, seats int) *problem.Problem {
	var p problem.Problem
	switch {
	case !e.holds(race):
		p = problem.New(FieldRace, problem.Race, "Cuộc bầu cử %q không có cấp %s", e.Election, race)
	case u.Structure != e.Structure || !CouncilLevelFits(race, u):
		p = problem.New(FieldUnit, problem.Unit, "Đơn vị bầu cử %s phải thuộc %s (danh mục %s); %s (%s) không phải", race.Label(), councilWord(race), e.Structure, u.Name, u.Code)
	case number < 1 || number > MaxNumber:
		p = problem.New(FieldNumber, problem.Required, "Số đơn vị bầu cử phải từ 1 đến %d, không phải %d", MaxNumber, number)
	case seats < 1 || seats > race.MaxSeats():
		p = problem.New(FieldSeats, problem.Seats, "Số đại biểu được bầu của một đơn vị bầu cử %s phải từ 1 đến %d, không phải %d", race.Label(), race.MaxSeats(), seats)
	default:
		return nil
	}
	return &p
}

// CheckAreaCommune is the rule on a polling area's place: it lies in a
// commune of the election's unit list (Điều 11: the khu vực bỏ phiếu is
// set inside a xã, phường, thị trấn), with a number 1…MaxNumber there.
func CheckAreaCommune(structure string, commune Unit, number int) *problem.Problem {
	var p problem.Problem
	switch {
	case commune.Structure != structure || !commune.Official || !IsCommuneType(commune.Type):
		p = problem.New(FieldCommune, problem.Unit, "Khu vực bỏ phiếu phải thuộc một xã, phường, thị trấn (danh mục %s); %s (%s) không phải", structure, commune.Name, commune.Code)
	case number < 1 || number > MaxNumber:
		p = problem.New(FieldArea, problem.Required, "Số khu vực bỏ phiếu phải từ 1 đến %d, không phải %d", MaxNumber, number)
	default:
		return nil
	}
	return &p
}

// CouncilIndex is where, in a commune's chain of units from its province
// down to itself (depth units long), the unit whose council a race elects
// sits: 0 (the province) for Quốc hội and HĐND tỉnh, 1 (the district) for
// HĐND huyện in a three-level chain, the commune itself for HĐND xã; -1
// when the chain has no such unit. A polling area belongs, in every race,
// to a constituency of that unit (Điều 11: one khu vực bỏ phiếu, one
// constituency per race).
func CouncilIndex(race Race, depth int) int {
	if depth <= 0 {
		return -1
	}
	switch race {
	case RaceQH, RaceProvince:
		return 0
	case RaceDistrict:
		if depth == 3 {
			return 1
		}
	case RaceCommune:
		return depth - 1
	}
	return -1
}
