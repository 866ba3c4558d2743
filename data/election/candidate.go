package election

import (
	"time"

	"tdkt/data/problem"
	"tdkt/data/vn"
)

// MinCandidateAge is the age a candidate must have reached on polling day
// (Điều 2 Luật Bầu cử: công dân đủ hai mươi mốt tuổi trở lên có quyền ứng cử).
const MinCandidateAge = 21

// MaxCandidateNameLen is the longest name a candidate may have, in
// characters.
const MaxCandidateNameLen = 100

// CheckCandidateAge is Điều 2: a candidate is 21 years old on polling day.
// A birth date that is not known (the zero time) is not judged; a birth
// before 1900 is refused as a typing mistake.
func CheckCandidateAge(name string, birth, pollingDay time.Time) *problem.Problem {
	if birth.IsZero() {
		return nil
	}
	if birth.Year() < 1900 {
		p := problem.New(FieldBirth, problem.Birth, "Ngày sinh %s không hợp lệ", vn.DMY(birth))
		return &p
	}
	if adult := birth.AddDate(MinCandidateAge, 0, 0); adult.After(pollingDay) {
		p := problem.New(FieldBirth, problem.CandidateAge, "Người ứng cử %s sinh ngày %s chưa đủ %d tuổi vào ngày bầu cử %s (Điều 2 Luật Bầu cử)",
			name, vn.DMY(birth), MinCandidateAge, vn.DMY(pollingDay))
		return &p
	}
	return nil
}

// CheckCandidate cleans and checks a candidate as typed: a name (letter
// case of a person's name fixed, at most MaxCandidateNameLen characters),
// a sex (Nam, Nữ or unknown), a date of birth (required: the official list
// of candidates gives every candidate's date of birth, Điều 57 and 58
// Luật Bầu cử, and a tie for the last seat goes to the older, Điều 78) and
// the age rule. It returns the name and sex to store.
func CheckCandidate(name string, birth time.Time, sex string, pollingDay time.Time) (string, string, *problem.Problem) {
	name = vn.TitleName(name)
	if name == "" {
		p := problem.New(FieldName, problem.Required, "Họ và tên người ứng cử không được để trống")
		return "", "", &p
	}
	if len([]rune(name)) > MaxCandidateNameLen {
		p := problem.New(FieldName, problem.TooLong, "Họ và tên %q quá dài (tối đa %d ký tự)", name, MaxCandidateNameLen)
		return "", "", &p
	}
	sx, ok := vn.ParseSex(sex)
	if !ok {
		p := problem.New(FieldSex, problem.Sex, "Giới tính %q không hợp lệ: ghi Nam hoặc Nữ", sex)
		return "", "", &p
	}
	if birth.IsZero() {
		p := problem.New(FieldBirth, problem.Required, "Ngày sinh của người ứng cử %s không được để trống: danh sách chính thức "+
			"những người ứng cử ghi ngày, tháng, năm sinh của từng người (Điều 57, 58 Luật Bầu cử)", name)
		return "", "", &p
	}
	if p := CheckCandidateAge(name, birth, pollingDay); p != nil {
		return "", "", p
	}
	return name, sx, nil
}
