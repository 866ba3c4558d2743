package election

import (
	"math/big"
	"strings"
	"testing"
	"unicode/utf8"

	"tdkt/data/problem"
)

// FuzzCheckTally checks CheckTally against the rules computed with
// arbitrary-precision integers: each rule is reported exactly when the
// numbers break it, never on consistent minutes, with a Vietnamese message
// and the right candidate; overflow of int64 never hides a broken rule.
func FuzzCheckTally(f *testing.F) {
	f.Add(int64(610), int64(609), int64(609), int64(609), int64(600), int64(9), int64(512), int64(480), int64(0), 2)
	f.Add(int64(100), int64(101), int64(90), int64(95), int64(80), int64(10), int64(81), int64(0), int64(0), 1)
	f.Add(int64(-1), int64(0), int64(0), int64(0), int64(0), int64(0), int64(-5), int64(0), int64(0), 0)
	f.Add(int64(1<<62), int64(1<<62), int64(1<<62), int64(1<<62), int64(1<<62), int64(1<<62), int64(1<<62), int64(1<<62), int64(1<<62), 5)
	f.Add(int64(9), int64(9), int64(9), int64(9), int64(9), int64(0), int64(9), int64(9), int64(9), 2)
	f.Fuzz(func(t *testing.T, voters, voted, issued, received, valid, invalid, v1, v2, v3 int64, seats int) {
		tally := Tally{Voters: voters, Voted: voted, Issued: issued, Received: received, Valid: valid, Invalid: invalid}
		votes := []int64{v1, v2, v3}
		got := map[problem.Rule]int{}
		perCandidate := map[problem.Rule]map[int]bool{}
		for _, v := range CheckTally(tally, votes, seats) {
			if v.Message == "" || !utf8.ValidString(v.Message) || strings.Contains(v.Message, "%!") {
				t.Fatalf("bad message %q", v.Message)
			}
			got[v.Rule]++
			if v.Item != 0 {
				if v.Item < 1 || v.Item > len(votes) {
					t.Fatalf("candidate %d of %d", v.Item, len(votes))
				}
				if perCandidate[v.Rule] == nil {
					perCandidate[v.Rule] = map[int]bool{}
				}
				perCandidate[v.Rule][v.Item] = true
			}
		}
		b := func(n int64) *big.Int { return big.NewInt(n) }
		negatives, over := 0, map[int]bool{}
		for _, n := range []int64{voters, voted, issued, received, valid, invalid} {
			if n < 0 {
				negatives++
			}
		}
		sum := new(big.Int)
		for i, v := range votes {
			if v < 0 {
				negatives++
			}
			if v > valid {
				over[i+1] = true
			}
			sum.Add(sum, b(v))
		}
		want := map[problem.Rule]bool{
			problem.VotedLEVoters:    voted > voters,
			problem.ReceivedLEIssued: received > issued,
			problem.ValidInvalidSum:  new(big.Int).Add(b(valid), b(invalid)).Cmp(b(received)) != 0,
			problem.VotesLEValid:     len(over) > 0,
			problem.ReceivedLEVoted:  received > voted,
		}
		if valid > 0 {
			want[problem.VotesSumGEValid] = sum.Cmp(b(valid)) < 0
		}
		if seats > 0 {
			want[problem.VotesSumLEValidSeats] = sum.Cmp(new(big.Int).Mul(b(valid), b(int64(seats)))) > 0
		}
		if got[problem.NonNegative] != negatives {
			t.Fatalf("%d non_negative violations for %d negative numbers", got[problem.NonNegative], negatives)
		}
		for rule, broken := range want {
			if broken != (got[rule] > 0) {
				t.Fatalf("rule %s: broken=%v, reported %d times (%+v, votes %v, seats %d)", rule, broken, got[rule], tally, votes, seats)
			}
		}
		for c := range over {
			if !perCandidate[problem.VotesLEValid][c] {
				t.Fatalf("candidate %d over the valid ballots not named", c)
			}
		}
		if seats <= 0 && got[problem.VotesSumLEValidSeats] > 0 {
			t.Fatal("sum rule checked without seats")
		}
	})
}

// FuzzPercent checks Percent against exact rational arithmetic: half up
// (away from zero) to hundredths of a percent, 0 for a non-positive
// denominator, and the written forms reading back to the same value.
func FuzzPercent(f *testing.F) {
	for _, s := range [][2]int64{{609, 610}, {1, 3}, {2, 3}, {1, 20000}, {0, 0}, {-1, 3}, {1 << 62, 3}, {-1 << 63, 1}, {5, -1}, {3722, 3730}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, num, den int64) {
		got := Percent(num, den)
		if den <= 0 {
			if got != 0 {
				t.Fatalf("Percent(%d, %d) = %d, want 0", num, den, got)
			}
			return
		}
		// exact = |num| × 10000 / den; want = floor(exact + 1/2), signed.
		n := new(big.Int).Abs(big.NewInt(num))
		q := new(big.Int).Mul(n, big.NewInt(20000))
		q.Add(q, big.NewInt(den))
		q.Quo(q, new(big.Int).Mul(big.NewInt(den), big.NewInt(2)))
		if num < 0 {
			q.Neg(q)
		}
		if q.IsInt64() && q.Int64() != got {
			t.Fatalf("Percent(%d, %d) = %d, want %s", num, den, got, q)
		}
		if !q.IsInt64() && got != -got && got != 1<<63-1 && got != -(1<<63-1) {
			t.Fatalf("Percent(%d, %d) = %d, want a clamp of %s", num, den, got, q)
		}
		back, ok := new(big.Rat).SetString(string(JSONNumber(got)))
		if !ok || back.Cmp(new(big.Rat).SetFrac(big.NewInt(got), big.NewInt(100))) != 0 {
			t.Fatalf("JSONNumber(%d) = %s does not read back", got, JSONNumber(got))
		}
		s := FormatPercent(got)
		if !strings.HasSuffix(s, "%") || strings.Count(s, ",") != 1 || len(s)-strings.IndexByte(s, ',') != 4 {
			t.Fatalf("FormatPercent(%d) = %q", got, s)
		}
	})
}
