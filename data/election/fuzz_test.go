package election

import (
	"testing"
	"time"
)

// FuzzDecide checks the invariants of Decide on arbitrary constituencies:
// never more elected than seats, every winner with more than half of the
// valid ballots (also in a repeat round: only the turnout rule is waived),
// nobody elected unless the result stands, a ranking by votes, and no
// candidate left out while one with fewer votes is elected.
func FuzzDecide(f *testing.F) {
	f.Add(uint8(0), uint8(5), uint8(0), true, int64(1000), int64(900), int64(800), int64(700), int64(650), int64(600), int64(550), int64(300), int64(0), uint32(0))
	f.Add(uint8(1), uint8(3), uint8(0), true, int64(1000), int64(500), int64(400), int64(300), int64(300), int64(100), int64(0), int64(0), int64(0), uint32(7))
	f.Add(uint8(0), uint8(3), uint8(2), true, int64(1000), int64(400), int64(400), int64(300), int64(201), int64(201), int64(201), int64(0), int64(0), uint32(0))
	f.Add(uint8(2), uint8(2), uint8(1), false, int64(10), int64(9), int64(9), int64(9), int64(9), int64(9), int64(0), int64(0), int64(0), uint32(0xffffffff))
	f.Add(uint8(3), uint8(1), uint8(0), true, int64(-5), int64(-7), int64(-1), int64(-1), int64(0), int64(3), int64(0), int64(0), int64(0), uint32(3))
	f.Fuzz(func(t *testing.T, race, seats, round uint8, complete bool, voters, voted, valid, v1, v2, v3, v4, v5, v6 int64, births uint32) {
		c := Constituency{
			Race:     Races[int(race)%len(Races)],
			Seats:    int(seats % 7),
			Round:    Round(round % 3),
			Voters:   voters,
			Voted:    voted,
			Valid:    valid,
			Complete: complete,
		}
		for i, v := range []int64{v1, v2, v3, v4, v5, v6} {
			// 3 bits of births per candidate: 0 = unknown, else one of 7 dates
			// close enough to collide often.
			var b time.Time
			if k := (births >> (3 * i)) & 7; k != 0 {
				b = time.Date(1970, 1, int(k%3)+1, 0, 0, 0, 0, time.UTC)
			}
			c.Candidates = append(c.Candidates, Candidate{ID: int64(i), Name: string(rune('A' + i)), Birth: b, Votes: v})
		}
		r := Decide(c)

		if r.Elected > c.Seats {
			t.Fatalf("elected %d > seats %d", r.Elected, c.Seats)
		}
		if r.Missing != c.Seats-r.Elected {
			t.Fatalf("missing %d != seats %d - elected %d", r.Missing, c.Seats, r.Elected)
		}
		if len(r.Ranked) != len(c.Candidates) {
			t.Fatalf("%d ranked of %d", len(r.Ranked), len(c.Candidates))
		}
		n, tied := 0, 0
		for i, x := range r.Ranked {
			if i > 0 && x.Votes > r.Ranked[i-1].Votes {
				t.Fatalf("ranking not by votes: %+v", r.Ranked)
			}
			if x.Elected {
				n++
				if !moreThanHalf(x.Votes, c.Valid) {
					t.Fatalf("%s elected with %d of %d valid", x.Name, x.Votes, c.Valid)
				}
				if x.Tied {
					t.Fatalf("%s both elected and tied", x.Name)
				}
			}
			if x.Tied {
				tied++
			}
		}
		if n != r.Elected {
			t.Fatalf("Elected = %d but %d flags", r.Elected, n)
		}
		if r.Next == "" {
			t.Fatal("empty Next")
		}
		switch r.Status {
		case StatusIncomplete, StatusRepeat:
			if n != 0 {
				t.Fatalf("%s with %d elected", r.Status, n)
			}
		case StatusTie:
			if tied < 2 {
				t.Fatalf("tie with %d tied", tied)
			}
		default:
			if tied != 0 {
				t.Fatalf("%s with %d tied", r.Status, tied)
			}
		}
		if !c.Complete && r.Status != StatusIncomplete {
			t.Fatalf("incomplete constituency got %s", r.Status)
		}
		if c.Complete && c.Round != Repeat && !moreThanHalf(c.Voted, c.Voters) && r.Status != StatusRepeat {
			t.Fatalf("turnout %d/%d got %s", c.Voted, c.Voters, r.Status)
		}
		if c.Round == Additional && r.Status == StatusAdditional {
			t.Fatal("a second bầu thêm")
		}
		// Nobody passing with more votes than a winner is left out.
		for _, w := range r.Ranked {
			if !w.Elected {
				continue
			}
			for _, o := range r.Ranked {
				if !o.Elected && o.Votes > w.Votes {
					t.Fatalf("%s (%d) elected but %s (%d) not", w.Name, w.Votes, o.Name, o.Votes)
				}
			}
		}
		// When the result stands and nobody is tied, every passing candidate
		// is elected unless the seats are full.
		if (r.Status == StatusOK || r.Status == StatusAdditional) && r.Elected < c.Seats {
			for _, o := range r.Ranked {
				if !o.Elected && moreThanHalf(o.Votes, c.Valid) {
					t.Fatalf("%s passes but is not elected with seats left", o.Name)
				}
			}
		}
	})
}
