package election

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"tdkt/data/problem"
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

// Fields of a tally, as problems name them (a form marks that number,
// a workbook its column).
const (
	FieldVoters   = "voters"
	FieldVoted    = "voted"
	FieldIssued   = "issued"
	FieldReceived = "received"
	FieldValid    = "valid"
	FieldInvalid  = "invalid"
	FieldVotes    = "votes" // the votes of a candidate: Problem.Item is the candidate
)

// CheckTally returns every consistency rule that a tally and the votes of
// its candidates break, in the order of the law (DOMAIN.md), or nil when the
// minutes are consistent. votes[i] is the votes of the i-th candidate;
// messages number candidates from 1 ("người ứng cử thứ 1"). seats is the
// number of seats of the constituency; when it is 0 or less the rule on the
// sum of votes is not checked (the caller validates seats). Numbers are
// written as plain digits so that they can be found in the message.
func CheckTally(t Tally, votes []int64, seats int) problem.List {
	var out problem.List
	add := func(rule problem.Rule, format string, args ...any) {
		out = append(out, problem.New(ruleField(rule), rule, format, args...))
	}
	addFor := func(i int, rule problem.Rule, format string, args ...any) {
		p := problem.New(FieldVotes, rule, format, args...)
		p.Item = i + 1
		out = append(out, p)
	}

	for _, f := range []struct {
		field, name string
		v           int64
	}{
		{FieldVoters, "Tổng số cử tri", t.Voters},
		{FieldVoted, "Số cử tri đã bỏ phiếu", t.Voted},
		{FieldIssued, "Số phiếu phát ra", t.Issued},
		{FieldReceived, "Số phiếu thu vào", t.Received},
		{FieldValid, "Số phiếu hợp lệ", t.Valid},
		{FieldInvalid, "Số phiếu không hợp lệ", t.Invalid},
	} {
		if f.v < 0 {
			out = append(out, problem.New(f.field, problem.NonNegative, "%s (%d) không được là số âm", f.name, f.v))
		}
	}
	for i, v := range votes {
		if v < 0 {
			addFor(i, problem.NonNegative, "Số phiếu bầu cho người ứng cử thứ %d (%d) không được là số âm", i+1, v)
		}
	}

	if t.Voted > t.Voters {
		add(problem.VotedLEVoters, "Số cử tri đã bỏ phiếu (%d) không được lớn hơn tổng số cử tri (%d)", t.Voted, t.Voters)
	}
	if t.Received > t.Issued {
		add(problem.ReceivedLEIssued, "Số phiếu thu vào (%d) không được lớn hơn số phiếu phát ra (%d)", t.Received, t.Issued)
	}
	if t.Received > t.Voted {
		add(problem.ReceivedLEVoted, "Số phiếu thu vào (%d) không được lớn hơn số cử tri đã bỏ phiếu (%d): trong hòm phiếu không thể có nhiều phiếu hơn số người đã bỏ phiếu", t.Received, t.Voted)
	}
	if sum, ok := addInt64(t.Valid, t.Invalid); !ok || sum != t.Received {
		add(problem.ValidInvalidSum, "Số phiếu hợp lệ (%d) + số phiếu không hợp lệ (%d) phải bằng số phiếu thu vào (%d)", t.Valid, t.Invalid, t.Received)
	}
	for i, v := range votes {
		if v > t.Valid {
			addFor(i, problem.VotesLEValid, "Số phiếu bầu cho người ứng cử thứ %d (%d) không được lớn hơn số phiếu hợp lệ (%d)", i+1, v, t.Valid)
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
				add(problem.VotesSumLEValidSeats, sumRuleMessage, fmt.Sprint(sum), t.Valid, seats, fmt.Sprint(limit))
			}
		default:
			bigSum := new(big.Int)
			for _, v := range votes {
				bigSum.Add(bigSum, big.NewInt(v))
			}
			bigLimit := new(big.Int).Mul(big.NewInt(t.Valid), big.NewInt(int64(seats)))
			if bigSum.Cmp(bigLimit) > 0 {
				add(problem.VotesSumLEValidSeats, sumRuleMessage, bigSum.String(), t.Valid, seats, bigLimit.String())
			}
		}
	}
	if len(votes) > 0 && t.Valid > 0 {
		// Điều 74: a ballot that crosses out every candidate is invalid,
		// so every valid ballot gives at least one vote. Counted exactly.
		sum := new(big.Int)
		for _, v := range votes {
			sum.Add(sum, big.NewInt(v))
		}
		if sum.Cmp(big.NewInt(t.Valid)) < 0 {
			add(problem.VotesSumGEValid, "Tổng số phiếu bầu cho các người ứng cử (%s) không được nhỏ hơn số phiếu hợp lệ (%d): mỗi phiếu hợp lệ bầu cho ít nhất một người (Điều 74 Luật Bầu cử; phiếu gạch hết tên là phiếu không hợp lệ)", sum.String(), t.Valid)
		}
	}
	return out
}

// sumRuleMessage states problem.VotesSumLEValidSeats: sum, valid, seats, limit.
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

// ruleField is the field a rule of the tally as a whole points at, for
// marking the right number: voted for voted ≤ voters, and so on.
func ruleField(rule problem.Rule) string {
	switch rule {
	case problem.VotedLEVoters:
		return FieldVoted
	case problem.ReceivedLEIssued, problem.ReceivedLEVoted:
		return FieldReceived
	case problem.ValidInvalidSum:
		return FieldInvalid
	case problem.VotesLEValid, problem.VotesSumLEValidSeats, problem.VotesSumGEValid:
		return FieldVotes
	}
	return FieldValid
}

// NameCandidates rewrites the messages of CheckTally's per-candidate
// problems with the candidates' names: "người ứng cử thứ 2" becomes
// "người ứng cử Lê Thị Hoa" (names[i] is the i-th candidate's name).
func NameCandidates(ps problem.List, names []string) problem.List {
	for i, p := range ps {
		if p.Item > 0 && p.Item <= len(names) {
			ps[i].Message = strings.Replace(p.Message, fmt.Sprintf("người ứng cử thứ %d", p.Item), "người ứng cử "+names[p.Item-1], 1)
		}
	}
	return ps
}

// Short is what a form shows beside the number a tally rule points at;
// the whole rule, with its numbers, is the problem's message.
func Short(rule problem.Rule) string {
	switch rule {
	case problem.NonNegative:
		return "không được là số âm"
	case problem.VotedLEVoters:
		return "lớn hơn tổng số cử tri"
	case problem.ReceivedLEIssued:
		return "lớn hơn số phiếu phát ra"
	case problem.ReceivedLEVoted:
		return "lớn hơn số cử tri đã bỏ phiếu"
	case problem.ValidInvalidSum:
		return "hợp lệ + không hợp lệ ≠ thu vào"
	case problem.VotesLEValid:
		return "lớn hơn số phiếu hợp lệ"
	case problem.VotesSumLEValidSeats:
		return "tổng số phiếu bầu quá lớn"
	case problem.VotesSumGEValid:
		return "tổng số phiếu bầu nhỏ hơn số phiếu hợp lệ"
	}
	return ""
}
