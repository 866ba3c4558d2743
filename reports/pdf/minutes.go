package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"tdkt/data/vn"
)

// Minutes is the official "Biên bản xác định kết quả bầu cử ... ở đơn vị
// bầu cử" that a Ban bầu cử draws up for its constituency (2021: Mẫu số
// 21/HĐBC-QH, 26/HĐBC-HĐND; 2026: renumbered, see
// testdata/MINUTES-SOURCES.md). One Minutes is one constituency with its
// rounds; the form says a bầu thêm or bầu lại gets minutes of its own with
// the same contents, so every round is printed as its own biên bản, one
// after the other, each starting on a new page.
//
// The model holds what the form prints, decided elsewhere: who is elected,
// what the board proposes next and the percentages of candidates come from
// the rules of the law (tdkt/data/election); the renderer only lays them
// out. What tdkt does not know (the hour of the meeting, the members of the
// board, events, complaints) is left as the form's dotted blanks.
type Minutes struct {
	// FormNumber is printed in the top right corner of the first page, e.g.
	// "Mẫu số 26/HĐBC-HĐND"; empty prints nothing there.
	FormNumber string
	// National is true for a constituency of the Quốc hội, false for one of
	// a Hội đồng nhân dân: it changes the board's name, who fixed the seats
	// and who decides a bầu thêm or bầu lại.
	National bool
	// Locality is the administrative unit: for a council the unit whose
	// council is elected ("xã Thiệu Ngọc", "tỉnh Thanh Hóa"), for the Quốc
	// hội the province of the constituency ("tỉnh Thanh Hóa").
	Locality string
	// Term is the term as the form writes it after the body: "khóa XVI"
	// for the Quốc hội, "khóa XXI, nhiệm kỳ 2026 - 2031" for a council.
	Term string
	// Constituency is the number of the đơn vị bầu cử.
	Constituency int
	// Covers is what the constituency covers, after "Gồm:" under the title:
	// the villages, residential groups or communes, e.g. "các thôn Chẩn
	// Xuyên 1, Chẩn Xuyên 2, Phúc Lộc".
	Covers string
	// Seats is the number of deputies to elect in the constituency.
	Seats int64
	// SeatsBasis and ListBasis name the resolutions that fixed the seats
	// and announced the official list, e.g. "Nghị quyết số 12/NQ-UBBC ngày
	// 20/01/2026 của Ủy ban bầu cử xã Thiệu Ngọc"; empty leaves the form's
	// blank.
	SeatsBasis, ListBasis string
	// Place is where the board meets; empty leaves the form's blank.
	Place string
	// Rounds are the rounds in the order held: the first election, then at
	// most one bầu thêm or bầu lại. At least one.
	Rounds []MinutesRound
	// Status marks a constituency whose result is not final: every page of
	// its minutes carries the status in a box in the top margin, and StatusNote
	// is printed under the title.
	Status MinutesStatus
	// StatusNote says why, e.g. "Còn thiếu biên bản kiểm phiếu của 2/5 khu
	// vực bỏ phiếu."; empty prints the status's own sentence.
	StatusNote string
}

// MinutesRound is one round of a constituency: its numbers, its vote
// table and its winners.
type MinutesRound struct {
	// Kind is the first election, a bầu thêm or a bầu lại.
	Kind RoundKind
	// Day is the polling day of the round.
	Day time.Time
	// Date is the day the minutes of the round are drawn up; zero leaves
	// the form's blank.
	Date time.Time
	// Voters, Voted, Issued, Received, Valid and Invalid are the
	// constituency's totals: tổng số cử tri, cử tri đã tham gia bỏ phiếu,
	// phiếu phát ra, phiếu thu vào, phiếu hợp lệ, phiếu không hợp lệ.
	Voters, Voted, Issued, Received, Valid, Invalid int64
	// Areas are the polling areas (or, for the Quốc hội, the units the
	// form's table lists), in their order.
	Areas []MinutesArea
	// Candidates are the candidates of the round in the order of the
	// official list; a bầu thêm lists only those who stand again.
	Candidates []MinutesCandidate
	// Next is what the board proposes after this round.
	Next NextStep
	// Note is printed after the conclusion, e.g. why the round was held.
	Note string
}

// MinutesArea is one row of the vote table and of the attached table of
// tallies: a polling area and its counts.
type MinutesArea struct {
	// Name is the polling area, e.g. "KVBP số 1 – Chẩn Xuyên 1".
	Name string
	// Missing is true while the area's tally has not come in: its row
	// says so instead of numbers.
	Missing bool
	// Voters, Voted, Issued, Received, Valid and Invalid are the area's
	// tally.
	Voters, Voted, Issued, Received, Valid, Invalid int64
	// Votes are the votes for each candidate, in the order of the round's
	// Candidates.
	Votes []int64
}

// MinutesCandidate is one candidate of a round.
type MinutesCandidate struct {
	// Name is the full name.
	Name string
	// Votes are the candidate's votes in the constituency.
	Votes int64
	// Percent is Votes as hundredths of a percent of the valid ballots
	// (election.Percent).
	Percent int64
	// Elected is true for a winner of this round.
	Elected bool
}

// RoundKind is the kind of a round.
type RoundKind int

const (
	// RoundFirst is the election on polling day.
	RoundFirst RoundKind = iota
	// RoundAdditional is a bầu thêm (Điều 79): winners add to those of the
	// first round.
	RoundAdditional
	// RoundRepeat is a bầu lại (Điều 80): its winners replace those of the
	// rounds before it.
	RoundRepeat
)

// NextStep is what the board proposes in its conclusion.
type NextStep int

const (
	// NextNone proposes nothing.
	NextNone NextStep = iota
	// NextAdditional proposes a bầu thêm: fewer winners than seats.
	NextAdditional
	// NextRepeat proposes a bầu lại: turnout not above half.
	NextRepeat
)

// MinutesStatus is how final a constituency's result is.
type MinutesStatus int

const (
	// MinutesFinal is a result with every tally in.
	MinutesFinal MinutesStatus = iota
	// MinutesIncomplete lacks tallies of some polling areas.
	MinutesIncomplete
	// MinutesUndecided has every tally but no decided result yet (a tie
	// for the last seat not yet settled, a round still to come).
	MinutesUndecided
)

// mark is the status as printed in the top margin, "" when final.
func (s MinutesStatus) mark() string {
	switch s {
	case MinutesIncomplete:
		return "CHƯA ĐỦ BIÊN BẢN KIỂM PHIẾU"
	case MinutesUndecided:
		return "CHƯA XÁC ĐỊNH XONG KẾT QUẢ"
	}
	return ""
}

// sentence is the status's own note under the title.
func (s MinutesStatus) sentence() string {
	switch s {
	case MinutesIncomplete:
		return "Biên bản lập khi chưa nhận đủ biên bản kết quả kiểm phiếu của các Tổ bầu cử; các số liệu dưới đây chưa phải kết quả cuối cùng."
	case MinutesUndecided:
		return "Kết quả bầu cử ở đơn vị bầu cử chưa được xác định xong; các số liệu dưới đây chưa phải kết quả cuối cùng."
	}
	return ""
}

// WriteMinutes writes the minutes of the given constituencies as one PDF
// to out, each constituency and each of its rounds starting on a new page
// with its pages numbered from 2. Nothing is written when a constituency
// lacks a required part or when rendering fails; the error says which, in
// Vietnamese.
func WriteMinutes(out io.Writer, ms []Minutes, fonts Fonts) error {
	if len(ms) == 0 {
		return fmt.Errorf("không có đơn vị bầu cử nào để lập biên bản")
	}
	for _, m := range ms {
		if err := m.check(); err != nil {
			return err
		}
	}
	w := newWriter(fonts, a4W, a4H, marginTop, marginRight, marginBottom, marginLeft)
	w.info("Biên bản xác định kết quả bầu cử ở đơn vị bầu cử", "", "", time.Time{})
	w.numbered = true
	for _, m := range ms {
		for i := range m.Rounds {
			m.draw(w, i)
		}
	}
	return w.finish(out)
}

// check lists what a constituency lacks.
func (m Minutes) check() error {
	name := fmt.Sprintf("đơn vị bầu cử số %d", m.Constituency)
	if l := vn.Clean(m.Locality); l != "" {
		name += " (" + l + ")"
	}
	var problems []string
	add := func(f string, a ...any) { problems = append(problems, fmt.Sprintf(f, a...)) }
	if m.Constituency <= 0 {
		add("thiếu số đơn vị bầu cử")
	}
	if vn.Clean(m.Locality) == "" {
		add("thiếu địa danh")
	}
	if m.Seats <= 0 {
		add("thiếu số đại biểu được bầu")
	}
	if len(m.Rounds) == 0 {
		add("không có lần bầu cử nào")
	}
	for ri, r := range m.Rounds {
		if len(r.Candidates) == 0 {
			add("lần bầu thứ %d không có người ứng cử", ri+1)
		}
		for ai, a := range r.Areas {
			if !a.Missing && len(a.Votes) != len(r.Candidates) {
				add("lần bầu thứ %d, khu vực bỏ phiếu %d (%s): có %d số phiếu bầu cho %d người ứng cử",
					ri+1, ai+1, vn.Clean(a.Name), len(a.Votes), len(r.Candidates))
			}
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("biên bản xác định kết quả bầu cử ở %s chưa đủ thông tin: %s", name, strings.Join(problems, "; "))
	}
	return nil
}
