package electiondocs

import (
	"strings"
	"time"

	"tdkt/data/election"
)

// The 2021 statistics forms of the Hội đồng bầu cử quốc gia (Nghị quyết
// 41/NQ-HĐBCQG ngày 18/01/2021). The 2026 set (Nghị quyết 40/NQ-HĐBCQG
// ngày 29/9/2025) renumbers its forms; its numbers were not found, so a
// caller that knows them sets Statistics.FormNumber itself.
const (
	FormStatisticsPreliminary = "Mẫu số 30/HĐBC" // biểu thống kê sơ bộ
	FormStatisticsFinal       = "Mẫu số 32/HĐBC" // biểu thống kê chính thức
)

// Num is a number of the form that may be unknown. The zero Num is unknown
// and leaves its cell blank for the officer to fill in by hand: tdkt does
// not record every event the form asks about (an annulled result, say).
type Num struct {
	Value int64
	Known bool
}

// N is a known number.
func N(v int64) Num { return Num{Value: v, Known: true} }

// Statistics is the content of the official "Biểu thống kê kết quả bầu cử"
// (Mẫu số 30/HĐBC sơ bộ, 32/HĐBC chính thức) of one unit: a plain value
// that WriteStatistics lays out as the form.
type Statistics struct {
	FormNumber string    // "Mẫu số 30/HĐBC"; blank: FormStatisticsPreliminary, or FormStatisticsFinal when Final
	Unnumbered bool      // the form set of the election's year is not known: print no number rather than a wrong one
	Final      bool      // chính thức rather than sơ bộ
	Election   string    // "đại biểu Quốc hội khóa XV, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026"
	Unit       string    // the unit reported on, "Xã Thiệu Ngọc", "Tỉnh Bắc Kạn"
	Place      string    // địa danh of the date line, "Thiệu Ngọc"; blank: no place
	Date       time.Time // the day of the form; zero: "ngày … tháng … năm …" left for the officer
	Signer     string    // the committee chairman's name; blank: left for the signature
	Races      []RaceStatistics
}

// RaceStatistics are one race's figures: part I of the form, and the
// composition of those elected (part II for the Quốc hội, parts III and IV
// for the councils). Percentages are not stored: the form computes them.
type RaceStatistics struct {
	Race           election.Race
	Voters         Num // tổng số cử tri (trong danh sách)
	Voted          Num // số cử tri đã tham gia bỏ phiếu
	Constituencies ConstituencyCounts
	Areas          AreaCounts
	Issued         Num // số phiếu phát ra
	Received       Num // số phiếu thu vào
	Valid          Num // số phiếu hợp lệ
	Invalid        Num // số phiếu không hợp lệ (not a column of the form; kept for checks)
	Seats          Num // số đại biểu được bầu (được ấn định)
	Elected        Composition
	Candidates     Composition // người ứng cử: outside the form, on a sheet of its own
}

// ConstituencyCounts are the counts of constituencies (đơn vị bầu cử) of a
// race in part I.
type ConstituencyCounts struct {
	Total      Num // tổng số đơn vị bầu cử
	OneArea    Num // chỉ có 01 khu vực bỏ phiếu
	LowTurnout Num // có dưới 50% tổng số cử tri tham gia bỏ phiếu
	Annulled   Num // bị hủy kết quả bầu cử
	Repeat     Num // phải bầu cử lại
	Additional Num // phải bầu cử thêm
}

// AreaCounts are the counts of polling areas (khu vực bỏ phiếu) of a race
// in part I; the form has no "one area" column for them.
type AreaCounts struct {
	Total      Num // tổng số khu vực bỏ phiếu
	LowTurnout Num // có dưới 50% tổng số cử tri tham gia bỏ phiếu
	Annulled   Num // bị hủy kết quả bầu cử
	Repeat     Num // phải bầu cử lại
	Additional Num // phải bầu cử thêm
}

// Composition is the make-up (cơ cấu, thành phần) of a group of people:
// those elected in a race, or its candidates. Every share is of Total.
type Composition struct {
	Total Num // số đại biểu trúng cử, or số người ứng cử

	// Cơ cấu.
	Women         Num // nữ
	Minority      Num // dân tộc thiểu số
	Young         Num // trẻ tuổi (dưới 40 tuổi)
	NonParty      Num // ngoài Đảng
	Reelected     Num // tái cử
	Religious     Num // tôn giáo
	SelfNominated Num // tự ứng cử

	// Trình độ chuyên môn.
	BelowUniversity Num // dưới đại học
	University      Num // đại học
	Postgraduate    Num // sau đại học

	// Trình độ lý luận chính trị.
	TheoryIntermediate Num // trung cấp
	TheoryAdvanced     Num // cao cấp
	TheoryBachelor     Num // cử nhân

	// Thành phần: where the person works.
	Party       Num // cơ quan Đảng
	Government  Num // chính quyền
	Front       Num // Ủy ban Mặt trận Tổ quốc Việt Nam và tổ chức thành viên
	Court       Num // tòa án nhân dân
	Procuracy   Num // viện kiểm sát nhân dân
	ArmedForces Num // quân đội, công an
	Other       Num // cơ quan, đơn vị khác
}

// formNumber is the form's number, defaulted from Final.
func (s Statistics) formNumber() string {
	switch {
	case s.FormNumber != "":
		return s.FormNumber
	case s.Unnumbered:
		return ""
	case s.Final:
		return FormStatisticsFinal
	}
	return FormStatisticsPreliminary
}

// Title is the form's title: "BIỂU THỐNG KÊ SƠ BỘ KẾT QUẢ CUỘC BẦU CỬ ĐẠI
// BIỂU QUỐC HỘI KHÓA XV, …" (CHÍNH THỨC for the final form).
func (s Statistics) Title() string {
	kind := "SƠ BỘ"
	if s.Final {
		kind = "CHÍNH THỨC"
	}
	t := "BIỂU THỐNG KÊ " + kind + " KẾT QUẢ CUỘC BẦU CỬ"
	if s.Election != "" {
		t += " " + strings.ToUpper(s.Election)
	}
	return t
}

// race is the statistics of race r and whether s has it.
func (s Statistics) race(r election.Race) (RaceStatistics, bool) {
	for _, rs := range s.Races {
		if rs.Race == r {
			return rs, true
		}
	}
	return RaceStatistics{}, false
}

// councils are the council races of s, from the province down.
func (s Statistics) councils() []RaceStatistics {
	var out []RaceStatistics
	for _, r := range election.Races {
		if r == election.RaceQH {
			continue
		}
		if rs, ok := s.race(r); ok {
			out = append(out, rs)
		}
	}
	return out
}

// levelLabel is a council race's row label in the form: "Cấp tỉnh".
func levelLabel(r election.Race) string {
	return "Cấp " + strings.TrimPrefix(string(r), "HĐND ")
}
