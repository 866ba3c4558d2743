package election

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// born is a date of birth.
func born(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// cands makes candidates "A", "B", ... with the given votes, born in 1970
// plus their index (so earlier letters are older) unless births is given.
func cands(votes ...int64) []Candidate {
	out := make([]Candidate, len(votes))
	for i, v := range votes {
		out[i] = Candidate{ID: int64(i + 1), Name: string(rune('A' + i)), Birth: born(1970+i, 1, 1), Votes: v}
	}
	return out
}

// withBirths replaces the births of cs in order.
func withBirths(cs []Candidate, births ...time.Time) []Candidate {
	for i, b := range births {
		cs[i].Birth = b
	}
	return cs
}

// hdnd is a complete HĐND xã constituency with 1000 voters, 900 voted, 800 valid.
func hdnd(seats int, cs []Candidate) Constituency {
	return Constituency{Race: RaceCommune, Seats: seats, Voters: 1000, Voted: 900, Valid: 800, Invalid: 100, Complete: true, Candidates: cs}
}

func qh(seats int, cs []Candidate) Constituency {
	c := hdnd(seats, cs)
	c.Race = RaceQH
	return c
}

func names(rs []Ranked, pick func(Ranked) bool) string {
	var s []string
	for _, r := range rs {
		if pick(r) {
			s = append(s, r.Name)
		}
	}
	return strings.Join(s, ",")
}

func TestDecide(t *testing.T) {
	for _, tc := range []struct {
		name    string
		c       Constituency
		status  Status
		elected string // names of the elected, in rank order
		tied    string
		missing int
		next    string // a part of Next
	}{
		// Completeness.
		{"incomplete: ranks by votes so far, elects nobody",
			func() Constituency { c := hdnd(2, cands(100, 700, 500)); c.Complete = false; return c }(),
			StatusIncomplete, "", "", 2, "Chưa đủ biên bản kiểm phiếu"},

		// Điều 80: bầu lại.
		{"Điều 80: turnout exactly half means bầu lại",
			func() Constituency { c := hdnd(2, cands(700, 600)); c.Voted = 500; return c }(),
			StatusRepeat, "", "", 2, "Bầu lại theo Điều 80"},
		{"Điều 80: turnout half plus one voter proceeds",
			func() Constituency { c := hdnd(2, cands(700, 600)); c.Voted = 501; return c }(),
			StatusOK, "A,B", "", 0, "Đủ số đại biểu"},
		{"Điều 80: odd electorate, 500 of 1001 is not more than half",
			func() Constituency { c := hdnd(2, cands(700, 600)); c.Voters, c.Voted = 1001, 500; return c }(),
			StatusRepeat, "", "", 2, "Điều 80"},
		{"Điều 80: odd electorate, 501 of 1001 is more than half",
			func() Constituency { c := hdnd(2, cands(700, 600)); c.Voters, c.Voted = 1001, 501; return c }(),
			StatusOK, "A,B", "", 0, ""},
		{"Điều 80: bầu lại even when every candidate has a majority",
			func() Constituency { c := qh(1, cands(800)); c.Voted = 400; return c }(),
			StatusRepeat, "", "", 1, "Bầu lại"},
		{"Điều 80: a repeat round with 40% turnout stands",
			func() Constituency { c := hdnd(2, cands(700, 600, 100)); c.Voted = 400; c.Round = Repeat; return c }(),
			StatusOK, "A,B", "", 0, "kết quả bầu lại được công nhận"},
		{"Điều 80: a repeat round still needs more than half of valid ballots",
			func() Constituency { c := hdnd(3, cands(700, 400, 100)); c.Voted = 400; c.Round = Repeat; return c }(),
			StatusAdditional, "A", "", 2, "Bầu thêm theo Điều 79"},

		// Điều 78: winners.
		{"Điều 78: exactly half of valid ballots is not elected",
			hdnd(2, cands(401, 400)), StatusAdditional, "A", "", 1, "Điều 79"},
		{"Điều 78: half plus one vote is elected",
			hdnd(2, cands(401, 401)), StatusOK, "A,B", "", 0, ""},
		{"Điều 78: odd valid, 300 of 601 fails",
			func() Constituency { c := hdnd(1, cands(300)); c.Valid = 601; return c }(), StatusAdditional, "", "", 1, ""},
		{"Điều 78: odd valid, 301 of 601 passes",
			func() Constituency { c := hdnd(1, cands(301)); c.Valid = 601; return c }(), StatusOK, "A", "", 0, ""},
		{"Điều 78: more passing than seats, the highest votes win",
			hdnd(2, cands(500, 700, 600, 100)), StatusOK, "B,C", "", 0, "Đủ số đại biểu: bầu được 2/2"},
		{"Điều 78: equal votes inside the seats are no tie",
			hdnd(2, cands(700, 700, 600)), StatusOK, "A,B", "", 0, ""},
		{"Điều 78: tie at the last seat goes to the older",
			hdnd(2, withBirths(cands(700, 600, 600), born(1980, 1, 1), born(1975, 6, 2), born(1975, 6, 1))),
			StatusOK, "A,C", "", 0, ""},
		{"Điều 78: tie at the last seat, three tied for two seats decided by age",
			hdnd(2, withBirths(cands(600, 600, 600), born(1970, 1, 1), born(1960, 1, 1), born(1965, 1, 1))),
			StatusOK, "B,C", "", 0, ""},
		{"Điều 78: tie at the last seat with the same birth date is a tie",
			hdnd(2, withBirths(cands(700, 600, 600), born(1980, 1, 1), born(1975, 6, 1), born(1975, 6, 1))),
			StatusTie, "A", "B,C", 1, "cho 1 ghế cuối"},
		{"Điều 78: tie, the oldest wins one seat and two of the same age tie for the other",
			hdnd(2, withBirths(cands(600, 600, 600, 600), born(1960, 1, 1), born(1970, 1, 1), born(1970, 1, 1), born(1980, 1, 1))),
			StatusTie, "A", "B,C", 1, ""},
		{"Điều 78: tie with an unknown birth date is a tie",
			hdnd(1, withBirths(cands(600, 600), born(1960, 1, 1), time.Time{})),
			StatusTie, "", "A,B", 1, ""},
		{"Điều 78: same birth date but different votes is no tie",
			hdnd(1, withBirths(cands(600, 500), born(1960, 1, 1), born(1960, 1, 1))),
			StatusOK, "A", "", 0, ""},
		{"Điều 78: ages compared by calendar date whatever the time zone",
			hdnd(1, withBirths(cands(600, 600),
				time.Date(1960, 1, 2, 0, 0, 0, 0, time.FixedZone("ICT", 7*3600)),
				time.Date(1960, 1, 1, 23, 0, 0, 0, time.UTC))),
			StatusOK, "B", "", 0, ""},

		// Điều 79: bầu thêm.
		{"Điều 79: HĐND 5 seats, 4 elected is ok",
			hdnd(5, cands(700, 650, 600, 550, 300)), StatusOK, "A,B,C,D", "", 1, "Hợp lệ, bầu được 4/5"},
		{"Điều 79: HĐND 3 seats, 1 elected needs bầu thêm (1×3 < 3×2)",
			hdnd(3, cands(700, 300, 200)), StatusAdditional, "A", "", 2, "Bầu thêm theo Điều 79"},
		{"Điều 79: HĐND 3 seats, 2 elected is ok (2×3 = 3×2)",
			hdnd(3, cands(700, 600, 200)), StatusOK, "A,B", "", 1, "hai phần ba"},
		{"Điều 79: HĐND 5 seats, 3 elected needs bầu thêm (3×3 < 5×2)",
			hdnd(5, cands(700, 650, 600, 100, 100)), StatusAdditional, "A,B,C", "", 2, "Điều 79"},
		{"Điều 79: HĐND 4 seats, 3 elected is ok",
			hdnd(4, cands(700, 650, 600, 100)), StatusOK, "A,B,C", "", 1, ""},
		{"Điều 79: HĐND nobody elected needs bầu thêm",
			hdnd(2, cands(100, 100)), StatusAdditional, "", "", 2, ""},
		{"Điều 79: QH 3 seats, 2 elected needs bầu thêm",
			qh(3, cands(700, 600, 300)), StatusAdditional, "A,B", "", 1, "đại biểu Quốc hội"},
		{"Điều 79: QH 3 of 3 elected is ok",
			qh(3, cands(700, 600, 500, 300)), StatusOK, "A,B,C", "", 0, ""},
		{"Điều 79: no second bầu thêm for QH",
			func() Constituency { c := qh(2, cands(700, 300)); c.Round = Additional; return c }(),
			StatusOK, "A", "", 1, "không tổ chức bầu thêm lần thứ hai"},
		{"Điều 79: no second bầu thêm for HĐND",
			func() Constituency { c := hdnd(3, cands(100, 100)); c.Round = Additional; return c }(),
			StatusOK, "", "", 3, "không tổ chức bầu thêm lần thứ hai"},
		{"Điều 79: bầu thêm still needs more than half of voters (Điều 80)",
			func() Constituency { c := qh(1, cands(700)); c.Round = Additional; c.Voted = 300; return c }(),
			StatusRepeat, "", "", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Decide(tc.c)
			if r.Status != tc.status {
				t.Errorf("Status = %q, want %q (%s)", r.Status, tc.status, r.Next)
			}
			if got := names(r.Ranked, func(x Ranked) bool { return x.Elected }); got != tc.elected {
				t.Errorf("elected = %q, want %q", got, tc.elected)
			}
			if got := names(r.Ranked, func(x Ranked) bool { return x.Tied }); got != tc.tied {
				t.Errorf("tied = %q, want %q", got, tc.tied)
			}
			if r.Missing != tc.missing {
				t.Errorf("Missing = %d, want %d", r.Missing, tc.missing)
			}
			if n := len(strings.Split(tc.elected, ",")); tc.elected != "" && r.Elected != n {
				t.Errorf("Elected = %d, want %d", r.Elected, n)
			}
			if r.Next == "" || !strings.Contains(r.Next, tc.next) {
				t.Errorf("Next = %q, want it to contain %q", r.Next, tc.next)
			}
			if len(r.Ranked) != len(tc.c.Candidates) {
				t.Errorf("%d ranked, want %d", len(r.Ranked), len(tc.c.Candidates))
			}
		})
	}
}

func TestDecideRanking(t *testing.T) {
	c := hdnd(5, []Candidate{
		{ID: 1, Name: "Trần Văn Đức", Birth: born(1980, 1, 1), Votes: 500},
		{ID: 2, Name: "Lê Văn Bình", Birth: born(1975, 4, 30), Votes: 512},
		{ID: 3, Name: "Nguyễn Thị An", Birth: born(1970, 1, 1), Votes: 500},
		{ID: 4, Name: "Đỗ Văn Em", Birth: born(1970, 1, 1), Votes: 500},
		{ID: 5, Name: "Bùi Thị Hoa", Votes: 500},
		{ID: 6, Name: "Phạm Văn Cường", Birth: born(1990, 1, 1), Votes: 10},
	})
	c.Valid = 600
	r := Decide(c)
	var got []int64
	for _, x := range r.Ranked {
		got = append(got, x.ID)
	}
	// Votes first; among 500 votes the older first (Đỗ before Nguyễn by
	// folded name at the same birth), unknown birth last.
	want := []int64{2, 4, 3, 1, 5, 6}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("order = %v, want %v", got, want)
	}
	if r.Ranked[0].Percent != 8533 { // 512/600 = 85,333%
		t.Errorf("Percent = %d, want 8533", r.Ranked[0].Percent)
	}
}

// TestDecideThieuNgoc is the FORMATS.md example: 610 voters, 609 voted,
// 600 valid, 4 of 5 HĐND xã seats filled.
func TestDecideThieuNgoc(t *testing.T) {
	c := Constituency{
		Race: RaceCommune, Seats: 5, Voters: 610, Voted: 609, Valid: 600, Invalid: 9, Complete: true,
		Candidates: []Candidate{
			{Name: "Lê Văn Bình", Birth: born(1975, 4, 30), Votes: 512},
			{Name: "Nguyễn Thị Lan", Birth: born(1982, 2, 1), Votes: 498},
			{Name: "Hoàng Văn Nam", Birth: born(1968, 9, 9), Votes: 455},
			{Name: "Lê Thị Mai", Birth: born(1990, 5, 5), Votes: 402},
			{Name: "Trịnh Văn Tú", Birth: born(1985, 3, 3), Votes: 300},
			{Name: "Đào Thị Hương", Birth: born(1979, 7, 7), Votes: 280},
		},
	}
	r := Decide(c)
	if r.Turnout != 9984 || r.Status != StatusOK || r.Elected != 4 || r.Missing != 1 {
		t.Fatalf("got turnout %d status %q elected %d missing %d", r.Turnout, r.Status, r.Elected, r.Missing)
	}
	if r.Ranked[4].Name != "Trịnh Văn Tú" || r.Ranked[4].Elected {
		t.Errorf("300/600 is exactly half and must not be elected: %+v", r.Ranked[4])
	}
}

func ExampleDecide() {
	r := Decide(Constituency{
		Race: RaceCommune, Seats: 3, Voters: 1000, Voted: 990, Valid: 980, Invalid: 10, Complete: true,
		PollingDay: time.Date(2026, time.March, 15, 0, 0, 0, 0, time.UTC),
		Candidates: []Candidate{
			{Name: "Nguyễn Văn An", Votes: 700},
			{Name: "Trần Thị Bình", Votes: 490},
			{Name: "Lê Văn Cường", Votes: 300},
		},
	})
	fmt.Println(r.Status, FormatPercent(r.Turnout), r.Elected, r.Missing)
	fmt.Println(r.Next)
	// Output:
	// bau_them 99,00% 1 2
	// Bầu thêm theo Điều 79 Luật Bầu cử: bầu được 1/3 đại biểu, chưa đạt hai phần ba số đại biểu được bầu, còn thiếu 2; Ban bầu cử ghi vào biên bản, báo cáo ngay Ủy ban bầu cử ở cấp đó để quyết định ngày bầu thêm; ngày bầu thêm chậm nhất là ngày 22/03/2026 (07 ngày sau ngày bầu cử đầu tiên); chỉ những người ứng cử chưa trúng cử được ứng cử
}

// TestDieu79_BauThemProposedAndDecided: for Quốc hội the Ủy ban bầu cử ở
// tỉnh proposes a bầu thêm and the Hội đồng bầu cử quốc gia decides
// (Điều 79.1); for a council the Ủy ban bầu cử of that level decides its
// day (Điều 79.2). The same for a bầu lại (Điều 80.1).
func TestDieu79_BauThemProposedAndDecided(t *testing.T) {
	for _, tc := range []struct {
		name      string
		c         Constituency
		status    Status
		want, not string
	}{
		{"QH bầu thêm", qh(3, cands(700, 600, 300)), StatusAdditional,
			"báo cáo ngay Ủy ban bầu cử ở tỉnh để đề nghị Hội đồng bầu cử quốc gia xem xét, quyết định việc bầu thêm", "ở cấp đó"},
		{"HĐND bầu thêm", hdnd(3, cands(700, 300, 200)), StatusAdditional,
			"báo cáo ngay Ủy ban bầu cử ở cấp đó để quyết định ngày bầu thêm", "Hội đồng bầu cử quốc gia"},
		{"QH bầu lại", func() Constituency { c := qh(1, cands(800)); c.Voted = 400; return c }(), StatusRepeat,
			"đề nghị Hội đồng bầu cử quốc gia xem xét, quyết định việc bầu lại", "ở cấp đó"},
		{"HĐND bầu lại", func() Constituency { c := hdnd(2, cands(700, 600)); c.Voted = 500; return c }(), StatusRepeat,
			"Ủy ban bầu cử ở cấp đó để quyết định ngày bầu lại", "Hội đồng bầu cử quốc gia"},
	} {
		r := Decide(tc.c)
		if r.Status != tc.status || !strings.Contains(r.Next, tc.want) || strings.Contains(r.Next, tc.not) {
			t.Errorf("%s: %s %q; want %q without %q", tc.name, r.Status, r.Next, tc.want, tc.not)
		}
	}
}

// TestLuat83_2025_Dieu79_80_Deadline: a bầu thêm or bầu lại is held at
// the latest 07 days after the first polling day since Luật 83/2025/QH15
// (15 days under Luật 85/2015/QH13, as in 2021).
func TestLuat83_2025_Dieu79_80_Deadline(t *testing.T) {
	for _, tc := range []struct {
		name string
		day  time.Time
		days int
		want string
	}{
		{"2021 election: 15 days", born(2021, 5, 23), 15, "ngày 07/06/2021 (15 ngày sau ngày bầu cử đầu tiên)"},
		{"the day before Luật 83/2025", born(2025, 6, 23), 15, "ngày 08/07/2025 (15 ngày sau ngày bầu cử đầu tiên)"},
		{"the day of Luật 83/2025", born(2025, 6, 24), 7, "ngày 01/07/2025 (07 ngày sau ngày bầu cử đầu tiên)"},
		{"2026 election: 07 days", born(2026, 3, 15), 7, "ngày 22/03/2026 (07 ngày sau ngày bầu cử đầu tiên)"},
		{"no polling day: the law in force", time.Time{}, 7, "chậm nhất là 07 ngày sau ngày bầu cử đầu tiên"},
	} {
		if got := RoundDeadlineDays(tc.day); got != tc.days {
			t.Errorf("%s: RoundDeadlineDays = %d, want %d", tc.name, got, tc.days)
		}
		for _, c := range []Constituency{qh(3, cands(700, 600, 300)), hdnd(3, cands(700, 300, 200)),
			func() Constituency { c := hdnd(2, cands(700, 600)); c.Voted = 500; return c }()} {
			c.PollingDay = tc.day
			if r := Decide(c); !strings.Contains(r.Next, tc.want) {
				t.Errorf("%s, %s %s: %q lacks %q", tc.name, c.Race, r.Status, r.Next, tc.want)
			}
		}
	}
}
