package pdf

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"tdkt/data/election"
	"tdkt/data/vn"
)

// The wording of the minutes, as the forms of the Hội đồng bầu cử quốc gia
// write it (testdata/MINUTES-SOURCES.md).

// body is the body elected: "Quốc hội", "Hội đồng nhân dân xã Thiệu Ngọc".
func (m Minutes) body() string {
	if m.National {
		return "Quốc hội"
	}
	return "Hội đồng nhân dân " + vn.Clean(m.Locality)
}

// board is the name of the Ban bầu cử.
func (m Minutes) board() string { return "Ban bầu cử đại biểu " + m.body() }

// committee is who fixed the seats and announced the list: the Hội đồng
// bầu cử quốc gia for the Quốc hội, the Ủy ban bầu cử of the unit for a
// council.
func (m Minutes) committee() string {
	if m.National {
		return "Hội đồng bầu cử quốc gia"
	}
	return "Ủy ban bầu cử " + vn.Clean(m.Locality)
}

// decider is whom the board asks to decide a bầu thêm or bầu lại.
func (m Minutes) decider() string {
	if m.National {
		return "Ủy ban bầu cử ở " + vn.Clean(m.Locality) + " báo cáo Hội đồng bầu cử quốc gia"
	}
	return "Ủy ban bầu cử " + vn.Clean(m.Locality)
}

// unit is "đơn vị bầu cử số 2".
func (m Minutes) unit() string { return fmt.Sprintf("đơn vị bầu cử số %d", m.Constituency) }

// term is " khóa XVI" or "" when none is given.
func (m Minutes) term() string {
	if t := vn.Clean(m.Term); t != "" {
		return " " + t
	}
	return ""
}

// word is the round's kind as the form writes it after "kết quả".
func (k RoundKind) word() string {
	switch k {
	case RoundAdditional:
		return "bầu cử thêm"
	case RoundRepeat:
		return "bầu cử lại"
	}
	return "bầu cử"
}

// blank is the form's dotted blank for a value tdkt does not know.
const blank = "………"

// dayText writes a date as the body of the form does, or blanks.
func dayText(t time.Time) string {
	if t.IsZero() {
		return "ngày " + blank + " tháng " + blank + " năm " + blank
	}
	return vn.LongDate(t)
}

// count writes a count with its unit: "3.722 người".
func count(n int64, unit string) string { return vn.Int(n) + " " + unit }

// pct is num/den as the form writes a percentage: "99,70%".
func pct(num, den int64) string { return vn.Percent(election.Percent(num, den)) }

// winner is one elected candidate with the round that elected them.
type winner struct {
	MinutesCandidate
	round int
}

// winners returns the winners of round i, most votes first (the form's
// note: "xếp tên người trúng cử theo thứ tự từ người nhiều phiếu nhất đến
// người ít phiếu nhất"); equal votes keep the list's order.
func (m Minutes) winners(i int) []winner {
	var out []winner
	for _, c := range m.Rounds[i].Candidates {
		if c.Elected {
			out = append(out, winner{c, i})
		}
	}
	slices.SortStableFunc(out, func(a, b winner) int {
		switch {
		case a.Votes > b.Votes:
			return -1
		case a.Votes < b.Votes:
			return 1
		}
		return 0
	})
	return out
}

// allWinners returns the winners of the constituency after round i: those
// of the rounds since the last bầu lại (which voids what came before it),
// round by round.
func (m Minutes) allWinners(i int) []winner {
	from := 0
	for j := 0; j <= i; j++ {
		if m.Rounds[j].Kind == RoundRepeat {
			from = j
		}
	}
	var out []winner
	for j := from; j <= i; j++ {
		out = append(out, m.winners(j)...)
	}
	return out
}

// roundsSince returns the rounds whose winners count after round i.
func (m Minutes) roundsSince(i int) []int {
	from := 0
	for j := 0; j <= i; j++ {
		if m.Rounds[j].Kind == RoundRepeat {
			from = j
		}
	}
	var out []int
	for j := from; j <= i; j++ {
		out = append(out, j)
	}
	return out
}

// roundName names round j for the combined list: "cuộc bầu cử ngày
// 15/3/2026", "cuộc bầu cử thêm ngày 22/3/2026".
func (m Minutes) roundName(j int) string {
	r := m.Rounds[j]
	s := "cuộc " + r.Kind.word()
	if !r.Day.IsZero() {
		s += " ngày " + vn.ShortDate(r.Day)
	}
	return s
}

// proposal is the sentence the form adds when the board proposes a bầu
// thêm or a bầu lại.
func (m Minutes) proposal(n NextStep) string {
	switch n {
	case NextAdditional:
		return "Vì số người trúng cử đại biểu " + m.body() + " chưa đủ số lượng đại biểu được bầu đã ấn định cho đơn vị bầu cử nên đề nghị " +
			m.decider() + " để xem xét, quyết định việc bầu cử thêm tại đơn vị bầu cử."
	case NextRepeat:
		return "Vì số cử tri đi bỏ phiếu chưa đạt quá một nửa tổng số cử tri của đơn vị bầu cử, nên cuộc bầu cử đại biểu " + m.body() +
			" tại " + m.unit() + " không có giá trị. Đề nghị " + m.decider() + " xem xét, quyết định việc bầu cử lại tại đơn vị bầu cử."
	}
	return ""
}

// sendTo is the closing sentence: how many copies and to whom.
func (m Minutes) sendTo(r MinutesRound) string {
	what := "Biên bản xác định kết quả " + r.Kind.word() + " đại biểu " + m.body() + m.term() + " ở " + m.unit()
	l := vn.Clean(m.Locality)
	if m.National {
		return what + " được lập thành 03 bản và được gửi đến Hội đồng bầu cử quốc gia, Ủy ban bầu cử ở " + l +
			", Ủy ban Mặt trận Tổ quốc Việt Nam " + l + "./."
	}
	return what + " được lập thành 04 bản và được gửi đến Ủy ban bầu cử, Thường trực Hội đồng nhân dân, Ủy ban nhân dân, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam " +
		l + "./."
}

// complaintsTo is whom item g) names.
func (m Minutes) complaintsTo() string {
	if m.National {
		return "Ủy ban bầu cử ở " + vn.Clean(m.Locality) + ", Hội đồng bầu cử quốc gia"
	}
	return m.committee()
}

// members are the board's members as the form lists them, names left
// blank.
var members = []string{"Trưởng ban", "Phó Trưởng ban", "Phó Trưởng ban", "Ủy viên", "Ủy viên"}

// capitalised returns s with its first letter upper-cased.
func capitalised(s string) string { return vn.UpperFirst(strings.TrimSpace(s)) }
