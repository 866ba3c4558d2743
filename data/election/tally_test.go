package election

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"tdkt/data/problem"
)

func rules(vs problem.List) []problem.Rule {
	var out []problem.Rule
	for _, v := range vs {
		out = append(out, v.Rule)
	}
	return out
}

func TestCheckTally(t *testing.T) {
	ok := Tally{Voters: 610, Voted: 609, Issued: 609, Received: 609, Valid: 600, Invalid: 9}
	for _, tc := range []struct {
		name  string
		t     Tally
		votes []int64
		seats int
		want  []problem.Rule
		msg   string // a part of the first message
	}{
		{"consistent", ok, []int64{512, 480, 300}, 3, nil, ""},
		{"consistent: every candidate on every ballot", ok, []int64{600, 600, 600}, 3, nil, ""},
		{string(problem.NonNegative) + ": a count", Tally{Voters: 10, Voted: 5, Issued: 5, Received: 5, Valid: 6, Invalid: -1}, nil, 3,
			[]problem.Rule{problem.NonNegative}, "Số phiếu không hợp lệ (-1) không được là số âm"},
		{string(problem.NonNegative) + ": a candidate's votes", ok, []int64{600, -2, 5}, 3,
			[]problem.Rule{problem.NonNegative}, "người ứng cử thứ 2 (-2)"},
		{string(problem.VotedLEVoters), Tally{Voters: 610, Voted: 611, Issued: 611, Received: 611, Valid: 600, Invalid: 11}, nil, 3,
			[]problem.Rule{problem.VotedLEVoters}, "Số cử tri đã bỏ phiếu (611) không được lớn hơn tổng số cử tri (610)"},
		{string(problem.VotedLEVoters) + ": equal is fine", Tally{Voters: 610, Voted: 610, Issued: 610, Received: 610, Valid: 600, Invalid: 10}, nil, 3, nil, ""},
		{string(problem.ReceivedLEIssued), Tally{Voters: 610, Voted: 609, Issued: 608, Received: 609, Valid: 600, Invalid: 9}, nil, 3,
			[]problem.Rule{problem.ReceivedLEIssued}, "Số phiếu thu vào (609) không được lớn hơn số phiếu phát ra (608)"},
		{string(problem.ValidInvalidSum), Tally{Voters: 700, Voted: 610, Issued: 610, Received: 610, Valid: 600, Invalid: 9}, nil, 3,
			[]problem.Rule{problem.ValidInvalidSum}, "Số phiếu hợp lệ (600) + số phiếu không hợp lệ (9) phải bằng số phiếu thu vào (610)"},
		{string(problem.VotesLEValid), ok, []int64{512, 601, 300}, 3,
			[]problem.Rule{problem.VotesLEValid}, "Số phiếu bầu cho người ứng cử thứ 2 (601) không được lớn hơn số phiếu hợp lệ (600)"},
		{string(problem.VotesSumLEValidSeats), ok, []int64{600, 600, 1}, 2,
			[]problem.Rule{problem.VotesSumLEValidSeats}, "(1201) không được lớn hơn số phiếu hợp lệ nhân số đại biểu được bầu (600 × 2 = 1200)"},
		{string(problem.VotesSumLEValidSeats) + ": equal is fine", ok, []int64{600, 600}, 2, nil, ""},
		{string(problem.VotesSumLEValidSeats) + ": not checked without seats", ok, []int64{600, 600}, 0, nil, ""},
		{string(problem.VotesSumLEValidSeats) + ": overflowing sum", ok, []int64{math.MaxInt64, math.MaxInt64}, 2,
			[]problem.Rule{problem.VotesLEValid, problem.VotesLEValid, problem.VotesSumLEValidSeats}, ""},
		{"every violation is reported", Tally{Voters: 100, Voted: 101, Issued: 90, Received: 95, Valid: -1, Invalid: 5}, []int64{3, 4}, 1,
			[]problem.Rule{problem.NonNegative, problem.VotedLEVoters, problem.ReceivedLEIssued, problem.ValidInvalidSum, problem.VotesLEValid, problem.VotesLEValid, problem.VotesSumLEValidSeats}, ""},
		{string(problem.ValidInvalidSum) + ": overflow", Tally{Voters: 1, Voted: 1, Issued: 1, Received: 1, Valid: math.MaxInt64, Invalid: 2}, nil, 1,
			[]problem.Rule{problem.ValidInvalidSum}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := CheckTally(tc.t, tc.votes, tc.seats)
			if !reflect.DeepEqual(rules(got), tc.want) {
				t.Fatalf("rules = %v, want %v (%v)", rules(got), tc.want, got)
			}
			if tc.want == nil && got != nil {
				t.Fatalf("want nil, got %#v", got)
			}
			if tc.msg != "" && !strings.Contains(got[0].Message, tc.msg) {
				t.Errorf("message %q does not contain %q", got[0].Message, tc.msg)
			}
			for _, v := range got {
				if v.Message == "" {
					t.Errorf("empty message for %s", v.Rule)
				}
			}
		})
	}
}

func TestCheckTallyExactMessage(t *testing.T) {
	got := CheckTally(Tally{Voters: 700, Voted: 610, Issued: 610, Received: 610, Valid: 600, Invalid: 9}, nil, 5)
	want := "Số phiếu hợp lệ (600) + số phiếu không hợp lệ (9) phải bằng số phiếu thu vào (610)"
	if len(got) != 1 || got[0].Message != want {
		t.Fatalf("got %#v, want the message %q", got, want)
	}
}

// TestDieu74_TallyBallots: no more ballots in the box than voters who
// voted, and every valid ballot keeps at least one name.
func TestDieu74_TallyBallots(t *testing.T) {
	ok := Tally{Voters: 610, Voted: 609, Issued: 609, Received: 609, Valid: 600, Invalid: 9}
	for _, tc := range []struct {
		name  string
		t     Tally
		votes []int64
		want  []problem.Rule
		field string
	}{
		{"received = voted", ok, []int64{600, 300}, nil, ""},
		{"received < voted: a voter left with the ballot", Tally{Voters: 610, Voted: 609, Issued: 609, Received: 608, Valid: 600, Invalid: 8}, []int64{600}, nil, ""},
		{"received > voted", Tally{Voters: 610, Voted: 600, Issued: 609, Received: 609, Valid: 600, Invalid: 9}, []int64{600}, []problem.Rule{problem.ReceivedLEVoted}, FieldReceived},
		{"Σ votes = valid: one name a ballot", ok, []int64{350, 250}, nil, ""},
		{"Σ votes < valid", ok, []int64{300, 299}, []problem.Rule{problem.VotesSumGEValid}, FieldVotes},
		{"no votes given: the minutes alone", ok, nil, nil, ""},
		{"no valid ballot", Tally{Voters: 10, Voted: 9, Issued: 9, Received: 9, Valid: 0, Invalid: 9}, []int64{0, 0}, nil, ""},
	} {
		got := CheckTally(tc.t, tc.votes, 3)
		if !reflect.DeepEqual(rules(got), tc.want) {
			t.Errorf("%s: rules %v, want %v (%v)", tc.name, rules(got), tc.want, got)
			continue
		}
		if len(got) > 0 && got[0].Field != tc.field {
			t.Errorf("%s: field %q, want %q", tc.name, got[0].Field, tc.field)
		}
	}
}

func TestShortEveryTallyRule(t *testing.T) {
	for _, r := range []problem.Rule{problem.NonNegative, problem.VotedLEVoters, problem.ReceivedLEIssued, problem.ReceivedLEVoted,
		problem.ValidInvalidSum, problem.VotesLEValid, problem.VotesSumLEValidSeats, problem.VotesSumGEValid} {
		if Short(r) == "" {
			t.Errorf("no short text for %s", r)
		}
	}
}
