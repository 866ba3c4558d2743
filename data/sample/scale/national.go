package scale

import (
	"fmt"
	"math/rand/v2"

	"tdkt/assets"
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/sample"
)

// NationalSize is the size of a generated national election, to compare
// with the 2021 figures of DOMAIN.md (184 QH constituencies, ~85,000
// polling areas; seats 500 QH, 3,726 HĐND tỉnh, 22,952 HĐND huyện,
// 242,312 HĐND xã).
type NationalSize struct {
	Provinces, Communes, Areas int
	Constituencies, Seats      map[election.Race]int
	Candidates, Tallies, Votes int
}

func (n NationalSize) String() string {
	return fmt.Sprintf("%d tỉnh, %d xã, %d khu vực bỏ phiếu; đơn vị bầu cử QH %d (%d ghế), HĐND tỉnh %d (%d), HĐND huyện %d (%d), HĐND xã %d (%d); %d người ứng cử, %d biên bản, %d dòng phiếu bầu",
		n.Provinces, n.Communes, n.Areas,
		n.Constituencies[election.RaceQH], n.Seats[election.RaceQH], n.Constituencies[election.RaceProvince], n.Seats[election.RaceProvince],
		n.Constituencies[election.RaceDistrict], n.Seats[election.RaceDistrict], n.Constituencies[election.RaceCommune], n.Seats[election.RaceCommune],
		n.Candidates, n.Tallies, n.Votes)
}

// National generates an election of the 2021 scale over the whole
// official 2025-03 unit list (63 provinces, 696 districts, 10,047
// communes): about 85,000 polling areas, every one with its tally and
// votes in all four races, every tally satisfying every rule of the law.
// Nearly all constituencies fill their seats; a few HĐND xã ones stay one
// seat short. The same seed gives the same election. Importing it loads
// the 63 provinces on the way. It gathers NationalByProvince into one
// import of about 190 MB in memory.
func National(seed uint64) (data.ElectionImport, NationalSize, error) {
	var all data.ElectionImport
	size, err := NationalByProvince(seed, func(_ string, in data.ElectionImport) error {
		all.Election = in.Election
		all.Constituencies = append(all.Constituencies, in.Constituencies...)
		all.Candidates = append(all.Candidates, in.Candidates...)
		all.PollingAreas = append(all.PollingAreas, in.PollingAreas...)
		all.Tallies = append(all.Tallies, in.Tallies...)
		return nil
	})
	return all, size, err
}

// NationalByProvince generates the national election of National one
// province at a time, as the provinces would send it, and hands each
// province's rows to f; rows are numbered inside each province. It stops
// at the first error of f.
func NationalByProvince(seed uint64, f func(province string, in data.ElectionImport) error) (NationalSize, error) {
	units, err := assets.Units(assets.Source202503)
	if err != nil {
		return NationalSize{}, err
	}
	type district struct {
		code     string
		communes []string
	}
	type province struct {
		code      string
		districts []*district
		communes  []string
	}
	var provs []*province
	byCode := map[string]*district{}
	for _, u := range units {
		switch u.Level {
		case 1:
			provs = append(provs, &province{code: u.Code})
		case 2:
			d := &district{code: u.Code}
			byCode[u.Code] = d
			p := provs[len(provs)-1]
			p.districts = append(p.districts, d)
		case 3:
			d := byCode[u.Parent]
			d.communes = append(d.communes, u.Code)
			provs[len(provs)-1].communes = append(provs[len(provs)-1].communes, u.Code)
		}
	}

	r := rand.New(rand.NewPCG(seed, 0x2021))
	pp := sample.NewPeople(seed)
	size := NationalSize{Provinces: len(provs), Constituencies: map[election.Race]int{}, Seats: map[election.Race]int{}}
	for _, p := range provs {
		in := data.ElectionImport{Election: &data.ElectionRow{Row: 2, Name: sample.Election2021Name, Day: sample.Election2021Day}}

		// constituency is a generated constituency: its candidates' names
		// and their shares of the valid ballots, per mille.
		type constituency struct {
			names  []string
			shares []int
		}
		type ckey struct {
			race   election.Race
			unit   string
			number int
		}
		all := map[ckey]*constituency{}
		add := func(race election.Race, unit string, number, seats, candidates int, short bool) {
			c := &constituency{}
			in.Constituencies = append(in.Constituencies, data.ConstituencyRow{Row: len(in.Constituencies) + 2,
				Race: race, Unit: unit, Number: number, Seats: seats})
			taken := map[string]bool{}
			budget := seats*1000 - 80 // room for the variation between polling areas
			for k := range candidates {
				name, sex, birth := pp.Next(1960, 1995, taken)
				in.Candidates = append(in.Candidates, data.CandidateRow{Row: len(in.Candidates) + 2,
					Race: race, Unit: unit, Number: number, Name: name, Birth: birth, Sex: sex})
				share := 560 + r.IntN(340)
				if k >= seats {
					share = min(200+r.IntN(280), budget/(candidates-k))
				}
				if short && k == seats-1 {
					share = 470
				}
				budget -= share
				c.names = append(c.names, name)
				c.shares = append(c.shares, share)
			}
			all[ckey{race, unit, number}] = c
			size.Constituencies[race]++
			size.Seats[race] += seats
			size.Candidates += candidates
		}
		// block is the 1-based block of item i of n split into k blocks.
		block := func(i, n, k int) int { return i*k/n + 1 }

		n := len(p.communes)
		nQH := max(1, (n*184+5000)/10047)
		nT := min(n, max(1, (n*945+5000)/10047))
		for i := 1; i <= nQH; i++ {
			seats := 3
			if r.IntN(100) < 28 {
				seats = 2
			}
			add(election.RaceQH, p.code, i, seats, seats+2, false)
		}
		for i := 1; i <= nT; i++ {
			seats := 3 + r.IntN(3)
			add(election.RaceProvince, p.code, i, seats, seats+2, false)
		}
		district := map[string]string{}
		pi := 0 // index of the commune in the province
		for _, d := range p.districts {
			nd := len(d.communes)
			nH := min(nd, max(1, (nd*5500+5000)/10047))
			for i := 1; i <= nH; i++ {
				seats := 3 + r.IntN(3)
				add(election.RaceDistrict, d.code, i, seats, seats+1+r.IntN(2), false)
			}
			for ci, commune := range d.communes {
				district[commune] = d.code
				na := 6 + r.IntN(6)
				nX := min(na, 5+r.IntN(2))
				for i := 1; i <= nX; i++ {
					seats := 4 + r.IntN(2)
					add(election.RaceCommune, commune, i, seats, seats+1+r.IntN(2), r.IntN(100) == 0)
				}
				for a := 1; a <= na; a++ {
					in.PollingAreas = append(in.PollingAreas, data.PollingAreaRow{Row: len(in.PollingAreas) + 2, Commune: commune, Number: a,
						Name: fmt.Sprintf("Khu vực bỏ phiếu số %d", a),
						In: map[election.Race]int{
							election.RaceQH:       block(pi, n, nQH),
							election.RaceProvince: block(pi, n, nT),
							election.RaceDistrict: block(ci, nd, nH),
							election.RaceCommune:  block(a-1, na, nX),
						}})
				}
				pi++
			}
			size.Communes += nd
		}
		size.Areas += len(in.PollingAreas)

		in.Tallies = make([]data.TallyRow, 0, 4*len(in.PollingAreas))
		voteRow := 2
		for _, a := range in.PollingAreas {
			voters := int64(400 + r.IntN(850))
			voted := voters - int64(r.IntN(int(voters/100)+2))
			for _, race := range election.Races {
				unit := p.code
				switch race {
				case election.RaceDistrict:
					unit = district[a.Commune]
				case election.RaceCommune:
					unit = a.Commune
				}
				c := all[ckey{race, unit, a.In[race]}]
				invalid := int64(r.IntN(int(voted/50) + 1))
				t := data.TallyRow{Row: len(in.Tallies) + 2, Commune: a.Commune, Area: a.Number, Race: race,
					Tally: election.Tally{Voters: voters, Voted: voted, Issued: voted, Received: voted, Valid: voted - invalid, Invalid: invalid}}
				t.Votes = make([]data.VoteRow, len(c.names))
				for k, name := range c.names {
					share := int64(c.shares[k] + r.IntN(11) - 5)
					t.Votes[k] = data.VoteRow{Row: voteRow, Name: name, Votes: t.Valid * share / 1000}
					voteRow++
				}
				size.Votes += len(c.names)
				in.Tallies = append(in.Tallies, t)
			}
		}
		size.Tallies += len(in.Tallies)
		if err := f(p.code, in); err != nil {
			return size, err
		}
	}
	return size, nil
}
