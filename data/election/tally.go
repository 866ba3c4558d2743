package election

import (
	"fmt"
	"math"
	"math/big"
)

// Tally is the vote-count minutes (biên bản kết quả kiểm phiếu) of one
// polling area for one race, without the votes of each candidate.
type Tally struct {
	Voters   int64 // tổng số cử tri
	Voted    int64 // số cử tri đã tham gia bỏ phiếu
	Issued   int64 // số phiếu phát ra
	Received int64 // số phiếu thu vào
	Valid    int64 // số phiếu hợp lệ
	Invalid  int64 // số phiếu không hợp lệ
}

// Violation is one broken consistency rule of a tally.
type Violation struct {
	// Rule is the stable code of the rule, one of the Rule* constants.
	Rule string
	// Message is a Vietnamese sentence naming the rule and the numbers,
	// ready to show after the sheet and row.
	Message string
	// Candidate is the 1-based number of the candidate a per-candidate
	// rule is about (votes[Candidate-1]), 0 for the tally as a whole.
	Candidate int
}

// The consistency rules of a tally (DOMAIN.md, "The election law").
const (
	RuleNonNegative          = "non_negative"             // no number is negative
	RuleVotedLEVoters        = "voted_le_voters"          // số cử tri đã bỏ phiếu ≤ tổng số cử tri
	RuleReceivedLEIssued     = "received_le_issued"       // số phiếu thu vào ≤ số phiếu phát ra
	RuleValidInvalidSum      = "valid_invalid_sum"        // hợp lệ + không hợp lệ = thu vào
	RuleVotesLEValid         = "votes_le_valid"           // each candidate's votes ≤ hợp lệ
	RuleVotesSumLEValidSeats = "votes_sum_le_valid_seats" // Σ votes ≤ hợp lệ × số đại biểu được bầu
)

// CheckTally returns every consistency rule that a tally and the votes of
// its candidates break, in the order of the Rule* constants, or nil when the
// minutes are consistent. votes[i] is the votes of the i-th candidate;
// messages number candidates from 1 ("người ứng cử thứ 1"). seats is the
// number of seats of the constituency; when it is 0 or less the rule on the
// sum of votes is not checked (the caller validates seats). Numbers are
// written as plain digits so that they can be found in the message.
func CheckTally(t Tally, votes []int64, seats int) []Violation {
	var out []Violation
	add := func(rule, format string, args ...any) {
		out = append(out, Violation{Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	addFor := func(i int, rule, format string, args ...any) {
		out = append(out, Violation{Rule: rule, Message: fmt.Sprintf(format, args...), Candidate: i + 1})
	}

	for _, f := range []struct {
		name string
		v    int64
	}{
		{"Tổng số cử tri", t.Voters},
		{"Số cử tri đã bỏ phiếu", t.Voted},
		{"Số phiếu phát ra", t.Issued},
		{"Số phiếu thu vào", t.Received},
		{"Số phiếu hợp lệ", t.Valid},
		{"Số phiếu không hợp lệ", t.Invalid},
	} {
		if f.v < 0 {
			add(RuleNonNegative, "%s (%d) không được là số âm", f.name, f.v)
		}
	}
	for i, v := range votes {
		if v < 0 {
			addFor(i, RuleNonNegative, "Số phiếu bầu cho người ứng cử thứ %d (%d) không được là số âm", i+1, v)
		}
	}

	if t.Voted > t.Voters {
		add(RuleVotedLEVoters, "Số cử tri đã bỏ phiếu (%d) không được lớn hơn tổng số cử tri (%d)", t.Voted, t.Voters)
	}
	if t.Received > t.Issued {
		add(RuleReceivedLEIssued, "Số phiếu thu vào (%d) không được lớn hơn số phiếu phát ra (%d)", t.Received, t.Issued)
	}
	if sum, ok := addInt64(t.Valid, t.Invalid); !ok || sum != t.Received {
		add(RuleValidInvalidSum, "Số phiếu hợp lệ (%d) + số phiếu không hợp lệ (%d) phải bằng số phiếu thu vào (%d)", t.Valid, t.Invalid, t.Received)
	}
	for i, v := range votes {
		if v > t.Valid {
			addFor(i, RuleVotesLEValid, "Số phiếu bầu cho người ứng cử thứ %d (%d) không được lớn hơn số phiếu hợp lệ (%d)", i+1, v, t.Valid)
		}
	}
	if seats > 0 {
		// Σ votes and hợp lệ × số đại biểu in int64, and exactly (big
		// integers) when either overflows: absurd numbers are still
		// judged by the rule, not by the width of a machine word.
		var sum int64
		overflow := false
		for _, v := range votes {
			s, ok := addInt64(sum, v)
			if !ok {
				overflow = true
				break
			}
			sum = s
		}
		limit, ok := mulInt64(t.Valid, int64(seats))
		switch {
		case !overflow && ok:
			if sum > limit {
				add(RuleVotesSumLEValidSeats, sumRuleMessage, fmt.Sprint(sum), t.Valid, seats, fmt.Sprint(limit))
			}
		default:
			bigSum := new(big.Int)
			for _, v := range votes {
				bigSum.Add(bigSum, big.NewInt(v))
			}
			bigLimit := new(big.Int).Mul(big.NewInt(t.Valid), big.NewInt(int64(seats)))
			if bigSum.Cmp(bigLimit) > 0 {
				add(RuleVotesSumLEValidSeats, sumRuleMessage, bigSum.String(), t.Valid, seats, bigLimit.String())
			}
		}
	}
	return out
}

// sumRuleMessage states RuleVotesSumLEValidSeats: sum, valid, seats, limit.
const sumRuleMessage = "Tổng số phiếu bầu cho các người ứng cử (%s) không được lớn hơn số phiếu hợp lệ nhân số đại biểu được bầu (%d × %d = %s)"

// addInt64 returns a+b and whether it did not overflow.
func addInt64(a, b int64) (int64, bool) {
	s := a + b
	if (b > 0 && s < a) || (b < 0 && s > a) {
		return 0, false
	}
	return s, true
}

// mulInt64 returns a*b and whether it did not overflow.
func mulInt64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	p := a * b
	if p/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return p, true
}
