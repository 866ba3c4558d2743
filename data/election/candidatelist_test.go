package election

import (
	"strings"
	"testing"

	"tdkt/data/problem"
)

// TestDieu57_58_CandidateListLength: the official list has at least seats
// + 2 candidates for Quốc hội (Điều 57.6); for a Hội đồng nhân dân more
// candidates than seats, + 2 for 3 seats, + 3 for 4 or more (Điều 58.3).
// A shorter list is a warning, never a refusal.
func TestDieu57_58_CandidateListLength(t *testing.T) {
	for _, tc := range []struct {
		race       Race
		seats      int
		min        int
		candidates int
		warn       bool
	}{
		{RaceQH, 1, 3, 3, false},
		{RaceQH, 1, 3, 2, true},
		{RaceQH, 2, 4, 4, false},
		{RaceQH, 3, 5, 5, false},
		{RaceQH, 3, 5, 4, true},
		{RaceQH, 3, 5, 9, false},
		{RaceProvince, 1, 2, 2, false},
		{RaceProvince, 1, 2, 1, true},
		{RaceDistrict, 2, 3, 3, false},
		{RaceDistrict, 2, 3, 2, true},
		{RaceCommune, 3, 5, 5, false},
		{RaceCommune, 3, 5, 4, true},
		{RaceCommune, 4, 7, 7, false},
		{RaceCommune, 4, 7, 6, true},
		{RaceProvince, 5, 8, 8, false},
		{RaceProvince, 5, 8, 7, true},
		{RaceCommune, 5, 8, 0, true},
		{RaceCommune, 0, 0, 0, false},
	} {
		if got := MinCandidates(tc.race, tc.seats); got != tc.min {
			t.Errorf("MinCandidates(%s, %d) = %d, want %d", tc.race, tc.seats, got, tc.min)
		}
		p := CheckCandidateList("ĐVBC", tc.race, tc.seats, tc.candidates)
		if (p != nil) != tc.warn {
			t.Errorf("%s, %d seats, %d candidates: warning %v, want %v", tc.race, tc.seats, tc.candidates, p, tc.warn)
		}
		if p != nil && (p.Rule != problem.CandidateListShort || p.Field != FieldSeats) {
			t.Errorf("warning %+v: want rule %s on the seats", p, problem.CandidateListShort)
		}
	}
	p := CheckCandidateList("Đơn vị bầu cử số 1 – Đại biểu Quốc hội, Tỉnh Bắc Kạn", RaceQH, 3, 4)
	if p == nil || p.Message != "Đơn vị bầu cử số 1 – Đại biểu Quốc hội, Tỉnh Bắc Kạn có 4 người ứng cử cho 3 đại biểu được bầu, "+
		"ít hơn quy định: danh sách chính thức cần ít nhất 5 người (khoản 6 Điều 57 Luật Bầu cử)" {
		t.Errorf("QH message: %+v", p)
	}
	if p := CheckCandidateList("X", RaceCommune, 4, 5); p == nil || !strings.Contains(p.Message, "ít nhất 7 người (khoản 3 Điều 58 Luật Bầu cử)") {
		t.Errorf("HĐND message: %+v", p)
	}
}
