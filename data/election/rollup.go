package election

// UnitRace identifies the totals of one race in one administrative unit.
type UnitRace struct {
	Unit int64
	Race Race
}

// Totals are the figures of a race summed over a unit and the units below
// it: voters and voters who voted from the tallies, seats and the number
// elected from the constituencies ("bầu được 238/242").
type Totals struct {
	Voters, Voted, Seats, Elected int64
}

// Turnout is Voted as hundredths of a percent of Voters.
func (t Totals) Turnout() int64 { return Percent(t.Voted, t.Voters) }

// Add returns the sum of t and o.
func (t Totals) Add(o Totals) Totals {
	return Totals{
		Voters:  t.Voters + o.Voters,
		Voted:   t.Voted + o.Voted,
		Seats:   t.Seats + o.Seats,
		Elected: t.Elected + o.Elected,
	}
}

// Contribution is what one record adds to a unit: a polling area's tally
// (Voters, Voted) at its commune, or a constituency's Seats and Elected at
// the unit whose council it elects (the province for Quốc hội).
type Contribution struct {
	Unit int64
	Race Race
	Totals
}

// Rollup adds every contribution to its own unit and to every ancestor of
// that unit. parent maps a unit to its parent; roots are absent from it.
// A cycle in parent is cut where a unit would be visited a second time.
// Units that receive nothing are absent from the result.
func Rollup(parent map[int64]int64, cs []Contribution) map[UnitRace]Totals {
	// Sum at the units themselves first: many polling areas share a commune.
	own := make(map[UnitRace]Totals)
	for _, c := range cs {
		k := UnitRace{Unit: c.Unit, Race: c.Race}
		own[k] = own[k].Add(c.Totals)
	}
	out := make(map[UnitRace]Totals, 2*len(own))
	var seen []int64
	for k, t := range own {
		seen = seen[:0]
		u := k.Unit
	walk:
		for {
			for _, s := range seen {
				if s == u {
					break walk
				}
			}
			seen = append(seen, u)
			uk := UnitRace{Unit: u, Race: k.Race}
			out[uk] = out[uk].Add(t)
			p, ok := parent[u]
			if !ok {
				break
			}
			u = p
		}
	}
	return out
}
