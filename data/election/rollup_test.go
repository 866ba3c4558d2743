package election

import (
	"reflect"
	"testing"
)

func TestRollup(t *testing.T) {
	// Province 1 > districts 10, 11 > communes 100, 101 (in 10) and 110 (in 11).
	parent := map[int64]int64{10: 1, 11: 1, 100: 10, 101: 10, 110: 11}
	area := func(commune int64, r Race, voters, voted int64) Contribution {
		return Contribution{Unit: commune, Race: r, Totals: Totals{Voters: voters, Voted: voted}}
	}
	seats := func(unit int64, r Race, s, e int64) Contribution {
		return Contribution{Unit: unit, Race: r, Totals: Totals{Seats: s, Elected: e}}
	}
	cs := []Contribution{
		area(100, RaceQH, 600, 599), area(100, RaceQH, 400, 400), area(101, RaceQH, 1000, 990), area(110, RaceQH, 2000, 1990),
		area(100, RaceCommune, 1000, 999), area(101, RaceCommune, 1000, 990), area(110, RaceCommune, 2000, 1990),
		seats(1, RaceQH, 3, 3), seats(1, RaceQH, 3, 3),
		seats(10, RaceDistrict, 5, 5), seats(10, RaceDistrict, 5, 4), seats(11, RaceDistrict, 3, 3),
		seats(100, RaceCommune, 15, 15), seats(101, RaceCommune, 15, 14), seats(110, RaceCommune, 25, 24),
	}
	got := Rollup(parent, cs)
	want := map[UnitRace]Totals{
		{100, RaceQH}: {Voters: 1000, Voted: 999},
		{101, RaceQH}: {Voters: 1000, Voted: 990},
		{110, RaceQH}: {Voters: 2000, Voted: 1990},
		{10, RaceQH}:  {Voters: 2000, Voted: 1989},
		{11, RaceQH}:  {Voters: 2000, Voted: 1990},
		{1, RaceQH}:   {Voters: 4000, Voted: 3979, Seats: 6, Elected: 6},

		{100, RaceCommune}: {Voters: 1000, Voted: 999, Seats: 15, Elected: 15},
		{101, RaceCommune}: {Voters: 1000, Voted: 990, Seats: 15, Elected: 14},
		{110, RaceCommune}: {Voters: 2000, Voted: 1990, Seats: 25, Elected: 24},
		{10, RaceCommune}:  {Voters: 2000, Voted: 1989, Seats: 30, Elected: 29},
		{11, RaceCommune}:  {Voters: 2000, Voted: 1990, Seats: 25, Elected: 24},
		{1, RaceCommune}:   {Voters: 4000, Voted: 3979, Seats: 55, Elected: 53},

		{10, RaceDistrict}: {Seats: 10, Elected: 9},
		{11, RaceDistrict}: {Seats: 3, Elected: 3},
		{1, RaceDistrict}:  {Seats: 13, Elected: 12},
	}
	if !reflect.DeepEqual(got, want) {
		for k, v := range got {
			if want[k] != v {
				t.Errorf("%v = %+v, want %+v", k, v, want[k])
			}
		}
		for k := range want {
			if _, ok := got[k]; !ok {
				t.Errorf("%v missing", k)
			}
		}
	}
	if tu := got[UnitRace{1, RaceQH}].Turnout(); tu != 9948 { // 3979/4000 = 99,475% → 99,48%
		t.Errorf("province turnout = %d, want 9948", tu)
	}
}

func TestRollupCycle(t *testing.T) {
	// A broken tree (1 → 2 → 1) must neither loop nor count a unit twice.
	got := Rollup(map[int64]int64{1: 2, 2: 1}, []Contribution{{Unit: 1, Race: RaceQH, Totals: Totals{Voters: 5, Voted: 4}}})
	want := map[UnitRace]Totals{{1, RaceQH}: {Voters: 5, Voted: 4}, {2, RaceQH}: {Voters: 5, Voted: 4}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func BenchmarkRollupNational(b *testing.B) {
	// 63 provinces × 11 districts × 15 communes; 85,000 polling areas; 4 races.
	parent := map[int64]int64{}
	var communes []int64
	for p := int64(1); p <= 63; p++ {
		for d := int64(1); d <= 11; d++ {
			did := p*1000 + d
			parent[did] = p
			for c := int64(1); c <= 15; c++ {
				cid := did*100 + c
				parent[cid] = did
				communes = append(communes, cid)
			}
		}
	}
	var cs []Contribution
	for i := range 85000 {
		for _, r := range Races {
			cs = append(cs, Contribution{Unit: communes[i%len(communes)], Race: r, Totals: Totals{Voters: 800, Voted: 799}})
		}
	}
	b.ResetTimer()
	for b.Loop() {
		Rollup(parent, cs)
	}
}
