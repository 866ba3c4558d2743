package election

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"tdkt/data/vn"
)

// Round tells which vote a constituency's result comes from.
type Round int

// The rounds of voting in a constituency.
const (
	Regular    Round = iota // the first vote (bầu cử lần đầu)
	Additional              // bầu thêm, Điều 79: at most once
	Repeat                  // bầu lại, Điều 80: its result stands whatever the turnout
)

// String is the Vietnamese name of the round.
func (r Round) String() string {
	switch r {
	case Regular:
		return "Bầu cử lần đầu"
	case Additional:
		return "Bầu thêm"
	case Repeat:
		return "Bầu lại"
	}
	return fmt.Sprintf("Round(%d)", int(r))
}

// Candidate is a người ứng cử with the votes counted for them so far.
type Candidate struct {
	ID    int64
	Name  string
	Birth time.Time // date of birth; the zero time when unknown
	Votes int64
}

// Constituency is an đơn vị bầu cử of one race, with the sums of the tallies
// of its polling areas.
type Constituency struct {
	Race  Race
	Seats int // số đại biểu được bầu
	Round Round

	// Sums over the polling areas of the constituency.
	Voters, Voted, Valid, Invalid int64

	// Complete is true when every polling area of the constituency has its
	// tally for this race.
	Complete bool

	// PollingDay is the day of the first vote: it fixes the deadline of a
	// bầu thêm or bầu lại (RoundDeadlineDays) and the date Next names. The
	// zero time means the law in force now, without a date.
	PollingDay time.Time

	Candidates []Candidate
}

// Status is the outcome of a constituency; its values are the `status`
// strings of `results --json`.
type Status string

// The outcomes of a constituency.
const (
	StatusOK         Status = "ok"         // the result stands (seats may stay empty, see Result.Missing)
	StatusIncomplete Status = "incomplete" // some polling area has no tally yet
	StatusAdditional Status = "bau_them"   // Điều 79: an additional election is needed
	StatusRepeat     Status = "bau_lai"    // Điều 80: turnout not above half, a repeat election
	StatusTie        Status = "tie"        // a tie for the last seat that age cannot break
)

// Ranked is a candidate in the order of the result.
type Ranked struct {
	Candidate
	Percent int64 // votes in hundredths of a percent of the valid ballots
	Elected bool  // trúng cử
	Tied    bool  // among the candidates tied for the last seat(s) (StatusTie)
}

// Result is the outcome of a constituency under Điều 78–80.
type Result struct {
	Status  Status
	Turnout int64 // voted in hundredths of a percent of voters
	// Ranked lists every candidate by votes, highest first; equal votes
	// put the older first (unknown birth dates last), then by name.
	Ranked  []Ranked
	Elected int // number of candidates elected
	Missing int // seats - elected
	// Next says in Vietnamese what the law requires next.
	Next string
}

// Decide applies the election law to a constituency:
//
//   - Without every tally (Complete false) the status is incomplete and
//     nobody is elected; candidates are still ranked by their votes so far.
//   - Điều 80: unless the round is itself a bầu lại, a turnout that is not
//     more than half of the voters (Voted*2 <= Voters) means bầu lại and
//     nobody is elected.
//   - Điều 78: a candidate needs more than half of the valid ballots
//     (Votes*2 > Valid; exactly half fails). When more pass than there are
//     seats the highest votes win, and a tie for the last seat goes to the
//     older candidate. When age cannot decide (same date of birth, or a
//     tied candidate's birth date unknown) the status is tie: the
//     candidates above the tie are elected, the tied ones are not (Tied).
//   - Điều 79: bầu thêm for Quốc hội whenever fewer are elected than there
//     are seats, for a Hội đồng nhân dân only when fewer than two thirds of
//     the seats are filled (Elected*3 < Seats*2); never after a bầu thêm.
//   - Otherwise the status is ok, possibly with Missing > 0.
func Decide(c Constituency) Result {
	seats := max(c.Seats, 0)
	res := Result{Turnout: Percent(c.Voted, c.Voters)}

	res.Ranked = make([]Ranked, len(c.Candidates))
	for i, cand := range c.Candidates {
		res.Ranked[i] = Ranked{Candidate: cand, Percent: Percent(cand.Votes, c.Valid)}
	}
	sort.SliceStable(res.Ranked, func(i, j int) bool {
		return rankBefore(res.Ranked[i].Candidate, res.Ranked[j].Candidate)
	})

	switch {
	case !c.Complete:
		res.Status = StatusIncomplete
		res.Missing = seats
		res.Next = "Chưa đủ biên bản kiểm phiếu của các khu vực bỏ phiếu thuộc đơn vị bầu cử; chưa xác định được người trúng cử"
		return res
	case c.Round != Repeat && !moreThanHalf(c.Voted, c.Voters):
		res.Status = StatusRepeat
		res.Missing = seats
		res.Next = fmt.Sprintf("Bầu lại theo Điều 80 Luật Bầu cử: số cử tri đã bỏ phiếu (%d) chưa quá một nửa tổng số cử tri (%d); %s; "+
			"ngày bầu lại chậm nhất là %s",
			c.Voted, c.Voters, whoDecides(c.Race, "bầu lại"), deadline(c.PollingDay))
		return res
	}

	tied := elect(res.Ranked, c.Valid, seats)
	for _, r := range res.Ranked {
		if r.Elected {
			res.Elected++
		}
	}
	res.Missing = seats - res.Elected
	lowTurnout := c.Round == Repeat && !moreThanHalf(c.Voted, c.Voters)

	switch {
	case tied > 0:
		res.Status = StatusTie
		var v int64
		for _, r := range res.Ranked {
			if r.Tied {
				v = r.Votes
				break
			}
		}
		res.Next = fmt.Sprintf("Có %d người ứng cử cùng số phiếu (%d) và không phân biệt được người nhiều tuổi hơn (Điều 78) cho %d ghế cuối; bầu được %d/%d đại biểu; báo cáo cấp có thẩm quyền xem xét, quyết định",
			tied, v, res.Missing, res.Elected, seats)
	case res.Elected == seats:
		res.Status = StatusOK
		res.Next = fmt.Sprintf("Đủ số đại biểu: bầu được %d/%d", res.Elected, seats)
	case c.Round == Additional:
		res.Status = StatusOK
		res.Next = fmt.Sprintf("Đã bầu thêm, bầu được %d/%d đại biểu; không tổ chức bầu thêm lần thứ hai (Điều 79)", res.Elected, seats)
	case c.Race == RaceQH:
		res.Status = StatusAdditional
		res.Next = fmt.Sprintf("Bầu thêm theo Điều 79 Luật Bầu cử: bầu được %d/%d đại biểu Quốc hội, còn thiếu %d; %s; "+
			"ngày bầu thêm chậm nhất là %s; chỉ những người ứng cử chưa trúng cử được ứng cử",
			res.Elected, seats, res.Missing, whoDecides(c.Race, "bầu thêm"), deadline(c.PollingDay))
	case res.Elected*3 < seats*2:
		res.Status = StatusAdditional
		res.Next = fmt.Sprintf("Bầu thêm theo Điều 79 Luật Bầu cử: bầu được %d/%d đại biểu, chưa đạt hai phần ba số đại biểu được bầu, còn thiếu %d; "+
			"%s; ngày bầu thêm chậm nhất là %s; chỉ những người ứng cử chưa trúng cử được ứng cử",
			res.Elected, seats, res.Missing, whoDecides(c.Race, "bầu thêm"), deadline(c.PollingDay))
	default:
		res.Status = StatusOK
		res.Next = fmt.Sprintf("Hợp lệ, bầu được %d/%d đại biểu; thiếu %d nhưng đã đạt hai phần ba số đại biểu được bầu nên không bầu thêm (Điều 79)", res.Elected, seats, res.Missing)
	}
	if lowTurnout {
		res.Next += "; kết quả bầu lại được công nhận dù số cử tri đi bầu chưa quá một nửa (Điều 80)"
	}
	return res
}

// Law83Day is the date of Luật 83/2025/QH15, which amended the election
// law (among others Điều 79.3 and 80.3: a bầu thêm or bầu lại is held at
// the latest 07 days after the first polling day, was 15). It is taken as
// the day the amendment applies from; no polling day falls between it and
// 1/7/2025, so the exact day of entry into force does not change a result.
var Law83Day = time.Date(2025, time.June, 24, 0, 0, 0, 0, time.UTC)

// RoundDeadlineDays is how many days after the first polling day a bầu
// thêm (Điều 79.3) or bầu lại (Điều 80.3) must be held at the latest: 15
// under Luật Bầu cử 85/2015/QH13, 07 for a polling day from Law83Day on
// (and for the zero time: the law in force now).
func RoundDeadlineDays(pollingDay time.Time) int {
	if !pollingDay.IsZero() && dayKey(pollingDay) < dayKey(Law83Day) {
		return 15
	}
	return 7
}

// deadline says when a bầu thêm or bầu lại must be held at the latest:
// "ngày 22/03/2026 (07 ngày sau ngày bầu cử đầu tiên)", or without a
// polling day "07 ngày sau ngày bầu cử đầu tiên".
func deadline(pollingDay time.Time) string {
	days := RoundDeadlineDays(pollingDay)
	rel := fmt.Sprintf("%02d ngày sau ngày bầu cử đầu tiên", days)
	if pollingDay.IsZero() {
		return rel
	}
	return fmt.Sprintf("ngày %s (%s)", vn.DMY(pollingDay.AddDate(0, 0, days)), rel)
}

// whoDecides is who reports a bầu thêm or bầu lại (what) and who decides
// it (Điều 79.1–2, 80.1): for Quốc hội the Ủy ban bầu cử ở tỉnh proposes
// it and the Hội đồng bầu cử quốc gia decides ("đề nghị … xem xét, quyết
// định"); for a council the Ủy ban bầu cử of that level decides its day.
func whoDecides(r Race, what string) string {
	if r == RaceQH {
		return "Ban bầu cử ghi vào biên bản, báo cáo ngay Ủy ban bầu cử ở tỉnh để đề nghị Hội đồng bầu cử quốc gia xem xét, quyết định việc " + what
	}
	return "Ban bầu cử ghi vào biên bản, báo cáo ngay Ủy ban bầu cử ở cấp đó để quyết định ngày " + what
}

// elect marks the winners among ranked (already in rank order) and returns
// the number of candidates left tied for the last seat(s), 0 when none.
func elect(ranked []Ranked, valid int64, seats int) int {
	// Passing candidates form a prefix: the ranking is by votes.
	pass := 0
	for pass < len(ranked) && moreThanHalf(ranked[pass].Votes, valid) {
		pass++
	}
	if pass <= seats {
		for i := range pass {
			ranked[i].Elected = true
		}
		return 0
	}
	if seats == 0 {
		return 0
	}
	last := ranked[seats-1].Votes
	if ranked[seats].Votes < last {
		for i := range seats {
			ranked[i].Elected = true
		}
		return 0
	}
	// A tie on votes for the last seat: the group g of passing candidates
	// with the last seat's votes competes for the r seats left to it.
	gs := seats - 1
	for gs > 0 && ranked[gs-1].Votes == last {
		gs--
	}
	ge := seats
	for ge < pass && ranked[ge].Votes == last {
		ge++
	}
	for i := range gs {
		ranked[i].Elected = true
	}
	g := ranked[gs:ge]
	r := seats - gs

	// Age decides between g[:i] and g[i:] only when everyone in g[:i] is
	// definitely older than everyone in g[i:]. g is sorted older first with
	// unknown dates last, so one unknown date anywhere in g prevents it.
	known := true
	for _, x := range g {
		if x.Birth.IsZero() {
			known = false
		}
	}
	split := func(i int) bool {
		return i == 0 || i == len(g) || (known && olderDay(g[i-1].Birth, g[i].Birth))
	}
	k := r
	for !split(k) {
		k--
	}
	for i := range k {
		g[i].Elected = true
	}
	if k == r {
		return 0
	}
	j := r
	for !split(j) {
		j++
	}
	for i := k; i < j; i++ {
		g[i].Tied = true
	}
	return j - k
}

// moreThanHalf reports whether part*2 > whole without overflow. A negative
// part is never more than half.
func moreThanHalf(part, whole int64) bool {
	switch {
	case part < 0:
		return false
	case whole < 0:
		return true
	}
	return part > whole/2
}

// dayKey is the calendar date of t as yyyymmdd, in t's own location.
func dayKey(t time.Time) int {
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// olderDay reports whether a and b are both known and a is an earlier
// calendar date than b (the person born on a is older).
func olderDay(a, b time.Time) bool {
	return !a.IsZero() && !b.IsZero() && dayKey(a) < dayKey(b)
}

// rankBefore orders candidates by votes (highest first), then age (older
// first, unknown birth dates last), then folded name, name and ID.
func rankBefore(a, b Candidate) bool {
	if a.Votes != b.Votes {
		return a.Votes > b.Votes
	}
	if az, bz := a.Birth.IsZero(), b.Birth.IsZero(); az != bz {
		return bz
	}
	if ka, kb := dayKey(a.Birth), dayKey(b.Birth); ka != kb {
		return ka < kb
	}
	if c := strings.Compare(vn.Fold(a.Name), vn.Fold(b.Name)); c != 0 {
		return c < 0
	}
	if a.Name != b.Name {
		return a.Name < b.Name
	}
	return a.ID < b.ID
}
