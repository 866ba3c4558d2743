package election

import (
	"fmt"

	"tdkt/data/problem"
	"tdkt/data/vn"
)

// Code is the round's name in `results --json` and in the database:
// lan_dau, bau_them, bau_lai.
func (r Round) Code() string {
	switch r {
	case Additional:
		return "bau_them"
	case Repeat:
		return "bau_lai"
	}
	return "lan_dau"
}

// Word is the round as the workbook's column "Lần bầu" writes it.
func (r Round) Word() string {
	switch r {
	case Additional:
		return "Bầu thêm"
	case Repeat:
		return "Bầu lại"
	}
	return "Lần đầu"
}

// ParseRound reads a round from the workbook's "Lần bầu" or a Code: blank
// is the first round. ok is false for anything else.
func ParseRound(s string) (Round, bool) {
	switch vn.Fold(s) {
	case "", "lan dau", "lan 1", "1", "lan_dau", "bau cu lan dau":
		return Regular, true
	case "bau them", "bau_them":
		return Additional, true
	case "bau lai", "bau_lai":
		return Repeat, true
	}
	return Regular, false
}

// RoundFromCode is the round of a Code; the first round for anything else.
func RoundFromCode(s string) Round {
	r, _ := ParseRound(s)
	return r
}

// Annulment is the record of a first round annulled for serious
// violations (Điều 80.2): its reason and the decision that annulled it.
// A bầu lại then follows whatever the turnout was.
type Annulment struct {
	Reason   string // e.g. "Có vi phạm pháp luật nghiêm trọng tại khu vực bỏ phiếu số 3"
	Decision string // e.g. "Nghị quyết số 12/NQ-HĐBCQG ngày 27/5/2021"
}

// Recorded reports whether the annulment holds both its reason and its
// decision.
func (a Annulment) Recorded() bool { return vn.Clean(a.Reason) != "" && vn.Clean(a.Decision) != "" }

// CheckAnnulment is the rule that an annulment names why and by which
// decision (Điều 80.2: the Hội đồng bầu cử quốc gia annuls a result for
// serious violations and decides the bầu lại).
func CheckAnnulment(a Annulment) *problem.Problem {
	switch {
	case vn.Clean(a.Reason) == "":
		p := problem.New("reason", problem.Annulment, "Hủy kết quả bầu cử cần ghi lý do (vi phạm pháp luật nghiêm trọng nào, ở đâu)")
		return &p
	case vn.Clean(a.Decision) == "":
		p := problem.New("decision", problem.Annulment, "Hủy kết quả bầu cử cần ghi văn bản quyết định việc hủy và bầu lại (số, ngày, cơ quan)")
		return &p
	}
	return nil
}

// CheckRound is the rule that a second round is held only where the law
// calls for it, given the result of the first round (Decide with Round
// Regular) and whether that round was annulled:
//
//   - bầu thêm (Điều 79): only when the first round's status is bau_them;
//     never after a bầu thêm or a bầu lại (one record holds two rounds);
//   - bầu lại (Điều 80): when the turnout was not more than half (status
//     bau_lai) or the first round was annulled with its reason and decision.
//
// label names the constituency in the message.
func CheckRound(label string, kind Round, first Result, annulled bool) *problem.Problem {
	no := func(format string, args ...any) *problem.Problem {
		p := problem.New(FieldRound, problem.RoundNotCalled, format, args...)
		return &p
	}
	why := func() string {
		switch first.Status {
		case StatusIncomplete:
			return "chưa đủ biên bản kiểm phiếu lần đầu"
		case StatusOK:
			return fmt.Sprintf("lần đầu đã bầu được %d đại biểu, kết quả có giá trị", first.Elected)
		case StatusRepeat:
			return "số cử tri đi bầu lần đầu chưa quá một nửa, phải bầu lại chứ không bầu thêm"
		case StatusAdditional:
			return fmt.Sprintf("lần đầu mới bầu được %d đại biểu, phải bầu thêm", first.Elected)
		case StatusTie:
			return "có người ứng cử bằng phiếu cho ghế cuối, cấp có thẩm quyền xem xét, quyết định"
		}
		return string(first.Status)
	}
	switch kind {
	case Additional:
		if annulled {
			return no("%s: kết quả lần đầu đã bị hủy, phải bầu lại chứ không bầu thêm (Điều 80)", label)
		}
		if first.Status != StatusAdditional {
			return no("%s không bầu thêm: %s (Điều 79)", label, why())
		}
	case Repeat:
		if annulled {
			return nil
		}
		if first.Status != StatusRepeat {
			return no("%s không bầu lại: %s; chỉ bầu lại khi số cử tri đi bầu chưa quá một nửa hoặc khi kết quả bị hủy (Điều 80)", label, why())
		}
	default:
		return no("%s: lần bầu đầu tiên không phải là bầu thêm hay bầu lại", label)
	}
	return nil
}

// AdditionalRound is the constituency of a bầu thêm after first (the
// first round's data and its result): the seats left empty and only the
// candidates not elected (Điều 79.2). Candidates keep their IDs, names and
// birth dates; votes are those of the second round, from votes by ID.
func AdditionalRound(first Constituency, res Result, votes map[int64]int64) Constituency {
	c := Constituency{Race: first.Race, Round: Additional, Seats: res.Missing, PollingDay: first.PollingDay}
	elected := map[int64]bool{}
	for _, r := range res.Ranked {
		if r.Elected {
			elected[r.ID] = true
		}
	}
	for _, cand := range first.Candidates {
		if !elected[cand.ID] {
			cand.Votes = votes[cand.ID]
			c.Candidates = append(c.Candidates, cand)
		}
	}
	return c
}

// Rounds is the outcome of a constituency over its rounds.
type Rounds struct {
	First  Result
	Second *Result // nil when there was one round
	Kind   Round   // of the second round; Regular when none
	// Result combines them: for a bầu thêm the winners of both rounds
	// (Elected, Missing over all seats, Ranked the latest round's order with
	// the first round's winners first); for a bầu lại the repeat round's
	// result, the first being void. Its Status is the constituency's.
	Result Result
}

// DecideRounds decides a constituency over its rounds: first is the
// first round (Round Regular), second the second round or nil. For a bầu
// thêm, second holds only its candidates and its seats are the first
// round's missing ones (see AdditionalRound). annulled voids the first
// round's winners (Điều 80.2): until its bầu lại is counted the status is
// bau_lai.
func DecideRounds(first Constituency, second *Constituency, annulled bool) Rounds {
	first.Round = Regular
	out := Rounds{First: Decide(first)}
	if annulled {
		out.First = voidFirst(out.First, first)
	}
	if second == nil {
		out.Result = out.First
		return out
	}
	out.Kind = second.Round
	sec := Decide(*second)
	out.Second = &sec
	switch second.Round {
	case Repeat:
		out.Result = sec
	default:
		out.Result = combineAdditional(first, out.First, *second, sec)
	}
	return out
}

// voidFirst is the first round's result once annulled: nobody elected,
// status bau_lai.
func voidFirst(r Result, c Constituency) Result {
	for i := range r.Ranked {
		r.Ranked[i].Elected, r.Ranked[i].Tied = false, false
	}
	r.Status = StatusRepeat
	r.Elected = 0
	r.Missing = max(c.Seats, 0)
	r.Next = fmt.Sprintf("Kết quả bầu cử lần đầu đã bị hủy; bầu lại theo Điều 80 Luật Bầu cử, ngày bầu lại chậm nhất là %s", deadline(c.PollingDay))
	return r
}

// combineAdditional joins a first round and its bầu thêm.
func combineAdditional(first Constituency, fr Result, second Constituency, sr Result) Result {
	seats := max(first.Seats, 0)
	res := Result{Turnout: sr.Turnout}
	for _, r := range fr.Ranked {
		if r.Elected {
			res.Ranked = append(res.Ranked, r)
		}
	}
	res.Ranked = append(res.Ranked, sr.Ranked...)
	res.Elected = fr.Elected + sr.Elected
	res.Missing = seats - res.Elected
	switch sr.Status {
	case StatusIncomplete:
		res.Status = StatusIncomplete
		res.Next = "Chưa đủ biên bản kiểm phiếu bầu thêm của các khu vực bỏ phiếu; chưa xác định được người trúng cử bầu thêm"
	case StatusTie:
		res.Status = StatusTie
		res.Next = sr.Next
	case StatusRepeat:
		// A bầu thêm whose turnout is not above half elects nobody; no
		// further round follows (Điều 79: no second bầu thêm).
		res.Status = StatusOK
		res.Next = fmt.Sprintf("Bầu thêm có số cử tri đi bầu chưa quá một nửa, không ai trúng cử bầu thêm; bầu được %d/%d đại biểu; không tổ chức bầu thêm lần thứ hai (Điều 79)", res.Elected, seats)
	default:
		res.Status = StatusOK
		if res.Missing == 0 {
			res.Next = fmt.Sprintf("Đủ số đại biểu sau bầu thêm: bầu được %d/%d", res.Elected, seats)
		} else {
			res.Next = fmt.Sprintf("Đã bầu thêm, bầu được %d/%d đại biểu; không tổ chức bầu thêm lần thứ hai (Điều 79)", res.Elected, seats)
		}
	}
	return res
}
