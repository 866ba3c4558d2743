package electiondocs

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/reports/pdf"
)

// MinutesSelection picks the constituencies of `export minutes`: every
// one of the election, or those of a race, of a unit's tree, or both.
type MinutesSelection struct {
	Unit int64         // 0: every unit
	Race election.Race // "": every race
}

// MinutesOf builds the official minutes (biên bản xác định kết quả bầu cử
// ở đơn vị bầu cử) of the selected constituencies from the results and
// their polling areas' tallies: every round, the vote table by polling
// area and candidate in list order, the winners. A constituency whose
// count is incomplete or undecided is included and marked.
func MinutesOf(ctx context.Context, st *data.Store, r *data.Results, sel MinutesSelection) ([]pdf.Minutes, error) {
	var out []pdf.Minutes
	for _, c := range r.Constituencies {
		if sel.Race != "" && c.Race != sel.Race {
			continue
		}
		if sel.Unit != 0 && !inTree(r, sel.Unit, c.UnitID) {
			continue
		}
		m, err := minutesOf(ctx, st, r, c)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

// FormNumber is the number of the minutes' form in the Council's set of
// the election's year: Nghị quyết 41/NQ-HĐBCQG (2021) numbers it 21/HĐBC-QH
// and 26/HĐBC-HĐND. The 2026 set renumbers its forms and its text could
// not be confirmed from the sources reached (reports/pdf/testdata/
// MINUTES-SOURCES.md): no number is printed rather than a wrong one.
func FormNumber(race election.Race, pollingDay time.Time) string {
	if pollingDay.Before(time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)) {
		if race == election.RaceQH {
			return "Mẫu số 21/HĐBC-QH"
		}
		return "Mẫu số 26/HĐBC-HĐND"
	}
	return ""
}

// Term is the term the election fills, as the form writes it: "khóa XV"
// for the Quốc hội, "nhiệm kỳ 2021 - 2026" for a council. Terms start with
// the general elections of 2021, 2026, ...; a by-election fills the term
// running on its polling day.
func Term(race election.Race, pollingDay time.Time) string {
	start := 2021 + 5*floorDiv(pollingDay.Year()-2021, 5)
	if race == election.RaceQH {
		return "khóa " + roman(15+(start-2021)/5)
	}
	return fmt.Sprintf("nhiệm kỳ %d - %d", start, start+5)
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// roman writes 1..3999 in Roman numerals.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// locality is a unit's name as running text writes it: "xã Thiệu Ngọc".
func locality(name string) string {
	r := []rune(name)
	if len(r) > 0 {
		r[0] = []rune(strings.ToLower(string(r[0])))[0]
	}
	return string(r)
}

func minutesOf(ctx context.Context, st *data.Store, r *data.Results, c data.ConstituencyResult) (pdf.Minutes, error) {
	e := r.Election
	unit := r.Unit(c.UnitID)
	m := pdf.Minutes{
		FormNumber:   FormNumber(c.Race, e.PollingDay),
		National:     c.Race == election.RaceQH,
		Locality:     locality(unit.Name),
		Term:         Term(c.Race, e.PollingDay),
		Constituency: c.Number,
		Covers:       c.Description,
		Seats:        int64(c.Seats),
	}
	switch c.Status {
	case election.StatusIncomplete:
		m.Status = pdf.MinutesIncomplete
		if len(c.Rounds) > 0 {
			last := c.Rounds[len(c.Rounds)-1]
			m.StatusNote = fmt.Sprintf("Còn thiếu biên bản kiểm phiếu của %d/%d khu vực bỏ phiếu.", last.Areas-last.Tallied, last.Areas)
		}
	case election.StatusTie:
		m.Status = pdf.MinutesUndecided
		m.StatusNote = c.Next
	}
	cands, err := st.Candidates(ctx, c.ID)
	if err != nil {
		return m, err
	}
	for i, rr := range c.Rounds {
		second := i > 0
		tallies, err := st.ConstituencyTallies(ctx, c.ID, second)
		if err != nil {
			return m, err
		}
		round := pdf.MinutesRound{Day: e.PollingDay,
			Voters: rr.Voters, Voted: rr.Voted, Valid: rr.Valid, Invalid: rr.Invalid}
		if second {
			round.Kind = pdf.RoundAdditional
			if rr.Round == election.Repeat {
				round.Kind = pdf.RoundRepeat
			}
			round.Day = time.Time{}
			if sr := c.SecondRound; sr != nil {
				round.Day = sr.Day
				if sr.Annulled() {
					round.Note = fmt.Sprintf("Bầu lại do kết quả bầu cử lần đầu bị hủy: %s (%s).", sr.Annulment.Reason, sr.Annulment.Decision)
				}
			}
		}
		// The round's own result: who stood, their votes and who won.
		ranked := map[int64]election.Ranked{}
		for _, k := range rr.Ranked {
			ranked[k.ID] = k
		}
		var ids []int64
		for _, k := range cands {
			x, ok := ranked[k.ID]
			if !ok {
				continue // not in this round (elected before a bầu thêm)
			}
			ids = append(ids, k.ID)
			round.Candidates = append(round.Candidates, pdf.MinutesCandidate{Name: k.Name, Votes: x.Votes, Percent: x.Percent, Elected: x.Elected})
		}
		for _, a := range tallies {
			row := pdf.MinutesArea{Name: areaName(a.Area), Missing: !a.Saved}
			if a.Saved {
				t := a.Tally
				row.Voters, row.Voted, row.Issued, row.Received, row.Valid, row.Invalid = t.Voters, t.Voted, t.Issued, t.Received, t.Valid, t.Invalid
				round.Issued += t.Issued
				round.Received += t.Received
				row.Votes = make([]int64, len(ids))
				for j, id := range ids {
					row.Votes[j] = a.Votes[id]
				}
			}
			round.Areas = append(round.Areas, row)
		}
		switch rr.Status {
		case election.StatusAdditional:
			round.Next = pdf.NextAdditional
		case election.StatusRepeat:
			if !(second && rr.Round == election.Repeat) {
				round.Next = pdf.NextRepeat
			}
		}
		m.Rounds = append(m.Rounds, round)
	}
	return m, nil
}

// areaName is a polling area as the vote table names it:
// "KVBP số 1 – Chẩn Xuyên 1, xã Thiệu Ngọc".
func areaName(a data.PollingArea) string {
	s := fmt.Sprintf("KVBP số %d", a.Number)
	if a.Name != "" {
		s += " – " + a.Name
	}
	if a.CommuneName != "" {
		s += ", " + locality(a.CommuneName)
	}
	return s
}

// ExportMinutes writes the minutes of the selection to path, all of it or
// nothing; it returns how many constituencies it holds.
// The fonts are Times New Roman from the configured folder or the system,
// else the embedded serif, as for decisions.
func ExportMinutes(ctx context.Context, st *data.Store, r *data.Results, sel MinutesSelection, path string) (int, error) {
	ms, err := MinutesOf(ctx, st, r, sel)
	if err != nil {
		return 0, err
	}
	set, err := st.Settings(ctx)
	if err != nil {
		return 0, err
	}
	fonts, err := pdf.LoadFonts(set.FontDir)
	if err != nil {
		return 0, err
	}
	if len(ms) == 0 {
		return 0, fmt.Errorf("không có đơn vị bầu cử nào theo lựa chọn này")
	}
	var b bytes.Buffer
	if err := pdf.WriteMinutes(&b, ms, fonts); err != nil {
		return 0, err
	}
	return len(ms), writeFileAtomic(path, b.Bytes())
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it over path, so a failed export never leaves half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	return nil
}
