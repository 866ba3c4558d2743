package sample

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"tdkt/assets"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// The 2021 election, as the sample and the national generator name it.
const (
	Election2021Name = "Bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026"
)

// Election2021Day is the polling day of the 2021 election.
var Election2021Day = time.Date(2021, time.May, 23, 0, 0, 0, 0, time.UTC)

// GSO codes of the Thiệu Ngọc sample (official list 2025-03).
const (
	ThanhHoaCode  = "38"
	ThieuHoaCode  = "398"
	ThieuNgocCode = "15775"
)

// thieuNgocArea is one polling area of Thiệu Ngọc as seed 002 lists it,
// with its electorate and the voters who voted (3,722 and 3,715 in all:
// turnout 99,81%).
type thieuNgocArea struct {
	name, village string
	voters, voted int64
	seats         int   // seats of its HĐND xã constituency
	shares        []int // per mille of valid ballots for each HĐND xã candidate
}

var thieuNgocAreas = []thieuNgocArea{
	{"Tổ 01 Chẩn Xuyên 1", "Thôn Chẩn Xuyên 1", 720, 719, 5, []int{890, 840, 790, 750, 690, 470, 410}},
	{"Tổ 02 Chẩn Xuyên 2", "Thôn Chẩn Xuyên 2", 650, 649, 4, []int{870, 820, 780, 710, 420, 340}},
	{"Tổ 03 Tân Bình 1", "Thôn Tân Bình 1", 640, 639, 4, []int{880, 800, 770, 720, 430, 340}},
	{"Tổ 04 Tân Bình 2", "Thôn Tân Bình 2", 610, 609, 4, []int{860, 830, 760, 700, 440, 350}},
	{"Tổ 05 Tân Sơn", "Thôn Tân Sơn", 560, 559, 4, []int{850, 810, 790, 730, 410, 350}},
	// One seat stays empty here: the fourth candidate has under half of the
	// valid ballots. 3 of 4 is at least two thirds, so no bầu thêm.
	{"Tổ 06 Thiện Phong", "Thôn Thiện Phong", 542, 540, 4, []int{860, 810, 750, 480, 470, 420}},
}

// thieuNgocWide are the constituencies every polling area of the commune
// belongs to, with the shares of their candidates: all elected in full
// (3 QH, 3 HĐND tỉnh, 4 HĐND huyện, as seed 002 reports).
var thieuNgocWide = []struct {
	race   election.Race
	unit   string
	number int
	seats  int
	desc   string
	shares []int
}{
	{election.RaceQH, ThanhHoaCode, 4, 3, "Gồm các huyện: Thiệu Hóa, Yên Định, Vĩnh Lộc (phần thuộc mẫu: xã Thiệu Ngọc)", []int{870, 810, 750, 300, 210}},
	{election.RaceProvince, ThanhHoaCode, 12, 3, "Huyện Thiệu Hóa (phần thuộc mẫu: xã Thiệu Ngọc)", []int{860, 800, 730, 320, 230}},
	{election.RaceDistrict, ThieuHoaCode, 7, 4, "Gồm các xã: Thiệu Ngọc, Thiệu Vũ, Thiệu Tiến (phần thuộc mẫu: xã Thiệu Ngọc)", []int{850, 790, 750, 690, 470, 390}},
}

// People generates distinct, realistic Vietnamese names with a sex and a
// date of birth. They are not real people.
type People struct {
	r *rand.Rand
}

var (
	familyNames = []string{"Lê", "Nguyễn", "Trịnh", "Hoàng", "Phạm", "Đỗ", "Vũ", "Mai", "Hà", "Trần", "Bùi", "Đặng", "Cao",
		"Tống", "Lại", "Quách", "Lương", "Đinh", "Phan", "Ngô", "Dương", "Hồ", "Tạ", "Võ"}
	middleMale   = []string{"Văn", "Đình", "Hữu", "Xuân", "Minh", "Quang", "Ngọc", "Duy", "Đức", "Trọng", "Thế", "Văn"}
	middleFemale = []string{"Thị", "Thị", "Thị", "Thu", "Thanh", "Hồng", "Ngọc", "Minh", "Lan", "Kim"}
	givenMale    = []string{"An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khôi", "Long", "Mạnh", "Nam", "Nghĩa", "Phúc",
		"Quân", "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Huy", "Kiên", "Luân", "Tiến"}
	givenFemale = []string{"Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hường", "Huyền", "Lan", "Liên", "Linh",
		"Loan", "Mai", "Nga", "Nhàn", "Oanh", "Phượng", "Quyên", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến", "Xuân"}
)

// NewPeople starts a generator; the same seed gives the same people.
func NewPeople(seed uint64) *People { return &People{r: rand.New(rand.NewPCG(seed, 0x15775))} }

func (p *People) pick(list []string) string { return list[p.r.IntN(len(list))] }

// Next is a new person born between fromYear and toYear, whose name
// differs (ignoring case and diacritics) from every name in taken.
func (p *People) Next(fromYear, toYear int, taken map[string]bool) (name, sex string, birth time.Time) {
	for {
		sex = "Nam"
		middle, given := middleMale, givenMale
		if p.r.IntN(100) < 40 {
			sex, middle, given = "Nữ", middleFemale, givenFemale
		}
		name = p.pick(familyNames) + " " + p.pick(middle) + " " + p.pick(given)
		if f := vn.Fold(name); !taken[f] {
			taken[f] = true
			days := p.r.IntN(365 * (toYear - fromYear + 1))
			return name, sex, time.Date(fromYear, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		}
	}
}

// ThieuNgoc is the sample of seed 002: Thiệu Ngọc commune in the 2021
// election, its six polling areas and 3,722 voters, the constituencies
// they belong to in every race (limited to these polling areas, so that
// each is complete), their candidates and every tally and vote. Its
// results: 3 of 3 QH, 3 of 3 HĐND tỉnh, 4 of 4 HĐND huyện and 24 of 25
// HĐND xã seats filled (one short in Tổ 06 Thiện Phong, status ok),
// turnout 99,81%.
func ThieuNgoc() data.ElectionImport {
	in := data.ElectionImport{Election: &data.ElectionRow{Row: 2, Name: Election2021Name, Day: Election2021Day}}
	pp := NewPeople(2021)
	type cands struct {
		names  []string
		shares []int
		taken  map[string]bool
	}
	byRace := map[election.Race]map[int]cands{}
	addConstituency := func(race election.Race, unit string, number, seats int, desc string, shares []int) {
		in.Constituencies = append(in.Constituencies, data.ConstituencyRow{Row: len(in.Constituencies) + 2,
			Race: race, Unit: unit, Number: number, Seats: seats, Description: desc})
		taken := map[string]bool{}
		var c cands
		for range shares {
			name, sex, birth := pp.Next(1962, 1992, taken)
			in.Candidates = append(in.Candidates, data.CandidateRow{Row: len(in.Candidates) + 2,
				Race: race, Unit: unit, Number: number, Name: name, Birth: birth, Sex: sex})
			c.names = append(c.names, name)
		}
		c.shares, c.taken = shares, taken
		if byRace[race] == nil {
			byRace[race] = map[int]cands{}
		}
		byRace[race][number] = c
	}
	for _, w := range thieuNgocWide {
		addConstituency(w.race, w.unit, w.number, w.seats, w.desc, w.shares)
	}
	for i, a := range thieuNgocAreas {
		addConstituency(election.RaceCommune, ThieuNgocCode, i+1, a.seats, "Khu vực bỏ phiếu "+a.name, a.shares)
	}
	// Each official list as long as Điều 57.6 / 58.3 ask for: the
	// candidates a list still lacks get few votes (2% of the valid
	// ballots), so the winners stay as above. They are added last, from a
	// generator of their own, so that the names above stay as they were.
	extra := NewPeople(2022)
	for _, k := range in.Constituencies {
		c := byRace[k.Race][k.Number]
		for len(c.names) < election.MinCandidates(k.Race, k.Seats) {
			name, sex, birth := extra.Next(1962, 1992, c.taken)
			in.Candidates = append(in.Candidates, data.CandidateRow{Row: len(in.Candidates) + 2,
				Race: k.Race, Unit: k.Unit, Number: k.Number, Name: name, Birth: birth, Sex: sex})
			c.names = append(c.names, name)
			c.shares = append(c.shares[:len(c.shares):len(c.shares)], 20) // never into the tables above
		}
		byRace[k.Race][k.Number] = c
	}
	voteRow := 2
	for i, a := range thieuNgocAreas {
		number := i + 1
		in.PollingAreas = append(in.PollingAreas, data.PollingAreaRow{Row: number + 1, Commune: ThieuNgocCode, Number: number,
			Name: a.name, Villages: []string{a.village},
			In: map[election.Race]int{election.RaceQH: 4, election.RaceProvince: 12, election.RaceDistrict: 7, election.RaceCommune: number}})
		for ri, race := range election.Races {
			c := byRace[race][in.PollingAreas[i].In[race]]
			invalid := int64((number+2*ri)%5 + 1)
			t := data.TallyRow{Row: len(in.Tallies) + 2, Commune: ThieuNgocCode, Area: number, Race: race,
				Tally: election.Tally{Voters: a.voters, Voted: a.voted, Issued: a.voted, Received: a.voted, Valid: a.voted - invalid, Invalid: invalid}}
			for k, name := range c.names {
				// A little variation between polling areas, well inside the
				// margins of the shares.
				share := int64(c.shares[k] + (number*7+k*3)%11 - 5)
				t.Votes = append(t.Votes, data.VoteRow{Row: voteRow, Name: name, Votes: t.Valid * share / 1000})
				voteRow++
			}
			in.Tallies = append(in.Tallies, t)
		}
	}
	return in
}

// LoadThieuNgoc loads the Thiệu Ngọc sample: the province of Thanh Hóa
// from the official list (2025-03), its villages, and the election. When
// no province is set up yet, Thanh Hóa becomes the user's province.
func LoadThieuNgoc(ctx context.Context, st *data.Store) (data.ImportResult, error) {
	set, err := st.Settings(ctx)
	if err != nil {
		return data.ImportResult{}, err
	}
	if set.ProvinceCode == "" {
		if _, err := st.SetupProvince(ctx, assets.Source202503, ThanhHoaCode); err != nil {
			return data.ImportResult{}, err
		}
	}
	res, err := st.ImportElection(ctx, ThieuNgoc(), data.ImportOptions{})
	if err != nil {
		return res, fmt.Errorf("dữ liệu mẫu Thiệu Ngọc: %w", err)
	}
	return res, nil
}
