package election

import (
	"strings"
	"testing"

	"tdkt/data/problem"
)

// Điều 79: a bầu thêm only where the first round calls for it, never after
// a bầu thêm (one record holds two rounds) and never instead of a bầu lại.
// Điều 80: a bầu lại on low turnout, or after an annulment with its reason
// and decision.
func TestDieu79_80_WhichRoundIsAllowed(t *testing.T) {
	qhShort := Decide(qh(3, cands(500, 300, 200, 100, 50)))             // 1/3 elected: bầu thêm (QH, any shortfall)
	hdndTwoThirds := Decide(hdnd(3, cands(500, 450, 200, 100)))         // 2/3: ok, no bầu thêm
	hdndShort := Decide(hdnd(5, cands(500, 200, 150, 100, 90, 80, 70))) // 1/5: bầu thêm
	low := hdnd(2, cands(500, 450, 100))
	low.Voted = 500 // exactly half: not more than half
	lowTurnout := Decide(low)
	incomplete := hdnd(2, cands(500, 450, 100))
	incomplete.Complete = false

	for _, tc := range []struct {
		name     string
		kind     Round
		first    Result
		annulled bool
		allowed  bool
		says     string
	}{
		{"Điều 79.1: QH short of seats", Additional, qhShort, false, true, ""},
		{"Điều 79.2: HĐND below two thirds", Additional, hdndShort, false, true, ""},
		{"Điều 79.2: HĐND at two thirds", Additional, hdndTwoThirds, false, false, "không bầu thêm"},
		{"Điều 79: not instead of a bầu lại", Additional, lowTurnout, false, false, "phải bầu lại"},
		{"Điều 79: not on an incomplete count", Additional, Decide(incomplete), false, false, "chưa đủ biên bản"},
		{"Điều 80.1: turnout not above half", Repeat, lowTurnout, false, true, ""},
		{"Điều 80.1: turnout above half", Repeat, hdndShort, false, false, "không bầu lại"},
		{"Điều 80.2: annulled", Repeat, hdndTwoThirds, true, true, ""},
		{"Điều 80.2: annulled, not a bầu thêm", Additional, qhShort, true, false, "đã bị hủy"},
		{"a first round is not a second", Regular, qhShort, false, false, "lần bầu đầu tiên"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := CheckRound("Đơn vị bầu cử số 1", tc.kind, tc.first, tc.annulled)
			if (p == nil) != tc.allowed {
				t.Fatalf("allowed = %v, want %v (%v)", p == nil, tc.allowed, p)
			}
			if p != nil && (p.Rule != problem.RoundNotCalled || !strings.Contains(p.Message, tc.says)) {
				t.Errorf("problem = %+v, want rule %s saying %q", *p, problem.RoundNotCalled, tc.says)
			}
		})
	}
}

// Điều 80.2: an annulment is recorded with its reason and its decision.
func TestDieu80_AnnulmentNeedsReasonAndDecision(t *testing.T) {
	for _, tc := range []struct {
		a    Annulment
		ok   bool
		says string
	}{
		{Annulment{"Vi phạm nghiêm trọng tại khu vực bỏ phiếu số 3", "Nghị quyết số 12/NQ-HĐBCQG ngày 27/5/2021"}, true, ""},
		{Annulment{"", "Nghị quyết số 12/NQ-HĐBCQG"}, false, "lý do"},
		{Annulment{"Vi phạm", "  "}, false, "văn bản"},
	} {
		p := CheckAnnulment(tc.a)
		if (p == nil) != tc.ok || tc.a.Recorded() != tc.ok {
			t.Fatalf("%+v: problem %v, recorded %v, want ok %v", tc.a, p, tc.a.Recorded(), tc.ok)
		}
		if p != nil && !strings.Contains(p.Message, tc.says) {
			t.Errorf("%+v: %q does not say %q", tc.a, p.Message, tc.says)
		}
	}
}

// Điều 79: a bầu thêm elects among the candidates not elected, for the
// seats left; the constituency's winners are those of both rounds, and no
// second bầu thêm follows even when seats stay empty.
func TestDieu79_AdditionalRoundCombines(t *testing.T) {
	first := qh(3, cands(500, 300, 200, 100, 50)) // A elected; B..E not
	fr := Decide(first)
	if fr.Status != StatusAdditional || fr.Missing != 2 {
		t.Fatalf("first round: %s, missing %d", fr.Status, fr.Missing)
	}
	for _, tc := range []struct {
		name    string
		votes   map[int64]int64
		valid   int64
		status  Status
		elected string
		missing int
	}{
		{"both seats filled", map[int64]int64{2: 400, 3: 350, 4: 100, 5: 50}, 600, StatusOK, "A,B,C", 0},
		{"one seat stays empty", map[int64]int64{2: 400, 3: 250, 4: 100, 5: 50}, 600, StatusOK, "A,B", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sec := AdditionalRound(first, fr, tc.votes)
			if sec.Seats != 2 || len(sec.Candidates) != 4 {
				t.Fatalf("bầu thêm: %d seats, %d candidates; want 2 and 4", sec.Seats, len(sec.Candidates))
			}
			sec.Voters, sec.Voted, sec.Valid, sec.Complete = 1000, 700, tc.valid, true
			r := DecideRounds(first, &sec, false)
			if r.Kind != Additional || r.Second == nil {
				t.Fatalf("kind %v, second %v", r.Kind, r.Second)
			}
			got := names(r.Result.Ranked, func(x Ranked) bool { return x.Elected })
			if r.Result.Status != tc.status || got != tc.elected || r.Result.Missing != tc.missing {
				t.Errorf("status %s elected %s missing %d; want %s %s %d", r.Result.Status, got, r.Result.Missing, tc.status, tc.elected, tc.missing)
			}
			if tc.missing > 0 && !strings.Contains(r.Result.Next, "không tổ chức bầu thêm lần thứ hai") {
				t.Errorf("next: %q", r.Result.Next)
			}
		})
	}
	// A bầu thêm not yet counted everywhere keeps the result open.
	sec := AdditionalRound(first, fr, nil)
	if r := DecideRounds(first, &sec, false); r.Result.Status != StatusIncomplete {
		t.Errorf("incomplete bầu thêm: status %s", r.Result.Status)
	}
}

// Điều 80: a bầu lại replaces the first round and stands whatever its
// turnout; an annulled first round elects nobody until its bầu lại.
func TestDieu80_RepeatRoundReplacesTheFirst(t *testing.T) {
	low := hdnd(2, cands(400, 300, 100))
	low.Voted = 450
	rep := hdnd(2, cands(500, 450, 100))
	rep.Round, rep.Voted = Repeat, 400 // not above half again: the result stands
	r := DecideRounds(low, &rep, false)
	if r.First.Status != StatusRepeat || r.Result.Status != StatusOK || names(r.Result.Ranked, func(x Ranked) bool { return x.Elected }) != "A,B" {
		t.Errorf("first %s, result %s %+v", r.First.Status, r.Result.Status, r.Result.Ranked)
	}
	if !strings.Contains(r.Result.Next, "Điều 80") {
		t.Errorf("next %q does not cite Điều 80", r.Result.Next)
	}

	ok := hdnd(2, cands(500, 450, 100))
	a := DecideRounds(ok, nil, true)
	if a.Result.Status != StatusRepeat || a.Result.Elected != 0 || a.Result.Missing != 2 {
		t.Errorf("annulled: %s elected %d missing %d", a.Result.Status, a.Result.Elected, a.Result.Missing)
	}
}

func TestRoundWords(t *testing.T) {
	for _, r := range []Round{Regular, Additional, Repeat} {
		for _, s := range []string{r.Word(), r.Code(), strings.ToUpper(r.Word())} {
			if got, ok := ParseRound(s); !ok || got != r {
				t.Errorf("ParseRound(%q) = %v %v, want %v", s, got, ok, r)
			}
		}
	}
	if _, ok := ParseRound("Bầu lần ba"); ok {
		t.Error("an unknown round was read")
	}
}
