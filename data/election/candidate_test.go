package election

import (
	"testing"
	"time"

	"tdkt/data/problem"
)

func d(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }

// TestDieu2_CandidateAge: a candidate has turned 21 on polling day.
func TestDieu2_CandidateAge(t *testing.T) {
	day := d(2021, time.May, 23)
	for _, tc := range []struct {
		name  string
		birth time.Time
		rule  string // "" when accepted
	}{
		{"21 on polling day", d(2000, time.May, 23), ""},
		{"21 the day before", d(2000, time.May, 22), ""},
		{"21 the day after", d(2000, time.May, 24), problem.CandidateAge},
		{"much too young", d(2010, time.January, 1), problem.CandidateAge},
		{"old", d(1950, time.January, 1), ""},
		{"born on 29 February, 21 on 1 March", d(2000, time.February, 29), ""},
		{"birth unknown", time.Time{}, ""},
		{"before 1900: a typing mistake", d(1899, time.December, 31), problem.Birth},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := CheckCandidateAge("Lê Văn A", tc.birth, day)
			switch {
			case tc.rule == "" && p != nil:
				t.Fatalf("refused: %v", p)
			case tc.rule != "" && (p == nil || p.Rule != tc.rule || p.Field != FieldBirth):
				t.Fatalf("got %+v, want rule %s on the birth", p, tc.rule)
			}
		})
	}
	// The 29 February case on a polling day of 28 February 2021: not yet 21.
	if p := CheckCandidateAge("X", d(2000, time.February, 29), d(2021, time.February, 28)); p == nil {
		t.Error("born 29/02/2000 is not 21 on 28/02/2021")
	}
	p := CheckCandidateAge("Lê Văn A", d(2001, time.June, 1), day)
	if p == nil || p.Message != "Người ứng cử Lê Văn A sinh ngày 01/06/2001 chưa đủ 21 tuổi vào ngày bầu cử 23/05/2021 (Điều 2 Luật Bầu cử)" {
		t.Errorf("message: %+v", p)
	}
}

func TestCheckCandidate(t *testing.T) {
	day := d(2026, time.March, 15)
	long := ""
	for i := 0; i < 101; i++ {
		long += "a"
	}
	for _, tc := range []struct {
		name, in, sex     string
		wantName, wantSex string
		field, rule       string
	}{
		{"cleaned", "  nguyễn  văn AN ", "nam", "Nguyễn Văn An", "Nam", "", ""},
		{"sex unknown", "Lò Thị Mai", "", "Lò Thị Mai", "", "", ""},
		{"no name", "  ", "Nữ", "", "", FieldName, problem.Required},
		{"too long", long, "", "", "", FieldName, problem.TooLong},
		{"bad sex", "Hà Văn Dũng", "khác", "", "", FieldSex, problem.Sex},
	} {
		name, sex, p := CheckCandidate(tc.in, d(1980, time.January, 1), tc.sex, day)
		if tc.rule == "" {
			if p != nil || name != tc.wantName || sex != tc.wantSex {
				t.Errorf("%s: %q %q %v", tc.name, name, sex, p)
			}
			continue
		}
		if p == nil || p.Rule != tc.rule || p.Field != tc.field {
			t.Errorf("%s: %+v, want %s on %s", tc.name, p, tc.rule, tc.field)
		}
	}
	if _, _, p := CheckCandidate("Lê Văn B", d(2010, time.January, 1), "Nam", day); p == nil || p.Rule != problem.CandidateAge {
		t.Errorf("the age rule is not checked: %v", p)
	}
}

// TestDieu57_58_CandidateBirthRequired: the official list of candidates
// gives each one's date of birth, so a candidate without one is refused
// (rule required, on the birth), whatever else is right.
func TestDieu57_58_CandidateBirthRequired(t *testing.T) {
	day := d(2026, time.March, 15)
	for _, tc := range []struct {
		name  string
		birth time.Time
		rule  string
	}{
		{"known", d(1980, time.January, 1), ""},
		{"missing", time.Time{}, problem.Required},
		{"too young", d(2010, time.January, 1), problem.CandidateAge},
	} {
		_, _, p := CheckCandidate("Lê Văn An", tc.birth, "Nam", day)
		switch {
		case tc.rule == "" && p != nil:
			t.Errorf("%s: refused: %v", tc.name, p)
		case tc.rule != "" && (p == nil || p.Rule != tc.rule || p.Field != FieldBirth):
			t.Errorf("%s: %+v, want %s on the birth", tc.name, p, tc.rule)
		}
	}
	_, _, p := CheckCandidate("lê văn an", time.Time{}, "", day)
	if p == nil || p.Message != "Ngày sinh của người ứng cử Lê Văn An không được để trống: danh sách chính thức những người ứng cử "+
		"ghi ngày, tháng, năm sinh của từng người (Điều 57, 58 Luật Bầu cử)" {
		t.Errorf("message: %+v", p)
	}
}
