package election

import (
	"tdkt/data/problem"
)

// MinCandidates is the shortest official list of candidates a
// constituency of the race with the given seats should have:
//
//   - Điều 57 khoản 6 Luật Bầu cử (Quốc hội): at least two more candidates
//     than seats;
//   - Điều 58 khoản 3 (Hội đồng nhân dân): more candidates than seats; at
//     least two more for 3 seats, at least three more for 4 seats or more
//     (so one more for 1 or 2 seats, as the Hội đồng bầu cử quốc gia's
//     guidance 45/VPHĐBCQG of 9/2/2021 reads it).
//
// Seats below 1 need no candidate (0).
func MinCandidates(r Race, seats int) int {
	switch {
	case seats < 1:
		return 0
	case r == RaceQH:
		return seats + 2
	case seats >= 4:
		return seats + 3
	case seats == 3:
		return seats + 2
	}
	return seats + 1
}

// CheckCandidateList is the list-length rule of Điều 57.6 and 58.3 as a
// WARNING, never a refusal: a candidate who withdraws or is struck off
// after the list was announced is not replaced, so a list shorter than the
// law asks for does reach polling day. It returns nil when the list is
// long enough, else a problem (rule candidate_list_short, on the seats)
// for the import report, the window and `tdkt results`. label names the
// constituency ("Đơn vị bầu cử số 2 – HĐND xã, Xã Thiệu Ngọc").
func CheckCandidateList(label string, r Race, seats, candidates int) *problem.Problem {
	need := MinCandidates(r, seats)
	if candidates >= need {
		return nil
	}
	article := "khoản 3 Điều 58"
	if r == RaceQH {
		article = "khoản 6 Điều 57"
	}
	p := problem.NewWarning(FieldSeats, problem.CandidateListShort,
		"%s có %d người ứng cử cho %d đại biểu được bầu, ít hơn quy định: danh sách chính thức cần ít nhất %d người (%s Luật Bầu cử)",
		label, candidates, seats, need, article)
	return &p
}
