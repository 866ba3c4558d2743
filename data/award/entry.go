package award

import (
	"fmt"
	"strings"
	"time"

	"tdkt/data/problem"
	"tdkt/data/vn"
)

// Entry is a nomination as a user or a workbook gives it. CleanEntry
// cleans it (NFC, spaces, letter case of people's names) and checks the
// rules that need nothing stored; the store checks the rest before
// anything is written.
type Entry struct {
	Kind           Kind
	Name           string
	Birth          string // "YYYY-MM-DD", "YYYY" or "" (ParseBirthText reads typed dates)
	Sex            string // "Nam", "Nữ" or ""
	Position       string
	Workplace      string
	IDNumber       string
	CollectiveKind string
	Form           string // award form name, matched ignoring case and diacritics
	Rank           Rank
	Achievement    string
	Proposer       string // proposing organisation, "" when none
}

// Length limits of stored text, in characters.
const (
	MaxNameLen        = 300
	MaxTextLen        = 500
	MaxAchievementLen = 8000
)

// CleanEntry cleans an entry and checks the rules of a nomination that
// need nothing stored: a kind (Cá nhân or Tập thể), a name, lengths the
// store keeps, a birth that is a date and not in the future (people only),
// a sex (people only), a rank (Nhất, Nhì, Ba; collectives only).
func CleanEntry(in Entry, now time.Time) (Entry, problem.List) {
	var probs problem.List
	add := func(field string, rule problem.Rule, format string, args ...any) {
		probs = append(probs, problem.Problem{Field: field, Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	kind, ok := ParseKind(string(in.Kind))
	switch {
	case vn.Clean(string(in.Kind)) == "":
		add(FieldKind, problem.Required, "thiếu loại: ghi %q, %q hoặc %q", Individual, Collective, Household)
	case !ok:
		add(FieldKind, problem.Kind, "loại %q không hợp lệ: cần %q, %q hoặc %q", vn.Clean(string(in.Kind)), Individual, Collective, Household)
	}
	in.Kind = kind
	in.Name = NomineeName(in.Kind, in.Name)
	for _, p := range []*string{&in.Position, &in.Workplace, &in.IDNumber, &in.CollectiveKind, &in.Form, &in.Proposer} {
		*p = vn.Clean(*p)
	}
	in.Achievement = strings.TrimSpace(vn.NFC(in.Achievement))
	switch {
	case in.Name == "":
		add(FieldName, problem.Required, "thiếu họ và tên / tên tập thể")
	case len([]rune(in.Name)) > MaxNameLen:
		add(FieldName, problem.TooLong, "tên quá dài (tối đa %d ký tự)", MaxNameLen)
	}
	for _, f := range []struct {
		field, text string
	}{{FieldPosition, in.Position}, {FieldWorkplace, in.Workplace}, {FieldProposer, in.Proposer}} {
		if len([]rune(f.text)) > MaxTextLen {
			add(f.field, problem.TooLong, "nội dung quá dài (tối đa %d ký tự)", MaxTextLen)
		}
	}
	if len([]rune(in.Achievement)) > MaxAchievementLen {
		add(FieldAchievement, problem.TooLong, "tóm tắt thành tích quá dài (tối đa %d ký tự)", MaxAchievementLen)
	}
	in.Birth = strings.TrimSpace(in.Birth)
	if in.Birth != "" {
		if in.Kind != "" && !in.Kind.Person() {
			add(FieldBirth, problem.BirthCollective, "%s không có ngày sinh (%s): hãy xóa ngày sinh hoặc sửa loại thành %q", in.Kind.label(), in.Birth, Individual)
		} else if b, err := CheckBirth(in.Birth, now); err != nil {
			add(FieldBirth, problem.Birth, "%v", err)
		} else {
			in.Birth = b
		}
	}
	sex, ok := vn.ParseSex(in.Sex)
	switch {
	case !ok:
		add(FieldSex, problem.Sex, "giới tính %q không hợp lệ: ghi %q hoặc %q", vn.Clean(in.Sex), "Nam", "Nữ")
	case sex != "" && in.Kind != "" && !in.Kind.Person():
		add(FieldSex, problem.SexCollective, "%s không có giới tính: hãy để trống", in.Kind.label())
	}
	in.Sex = sex
	if in.Rank != RankNone {
		r, ok := ParseRank(string(in.Rank))
		switch {
		case !ok:
			add(FieldRank, problem.Rank, "hạng %q không hợp lệ: ghi Nhất, Nhì hoặc Ba, hoặc để trống", in.Rank)
		case in.Kind != "" && in.Kind != Collective:
			add(FieldRank, problem.RankIndividual, "chỉ tập thể được xếp hạng Nhất, Nhì, Ba; %s để trống cột Hạng", in.Kind.label())
		}
		in.Rank = r
	}
	return in, probs
}

// CheckBirth validates a stored-form birth and refuses one in the future
// (a birth year after this year, a date after today).
func CheckBirth(b string, now time.Time) (string, error) {
	t, yearOnly, err := vn.ParseBirth(b)
	if err != nil {
		return "", err
	}
	y, m, d := now.Date()
	today := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if (yearOnly && t.Year() > y) || (!yearOnly && t.After(today)) {
		return "", fmt.Errorf("ngày sinh %s ở tương lai (hôm nay là %s)", vn.BirthText(vn.BirthOf(t, yearOnly)), vn.DMY(today))
	}
	if t.Year() < 1900 {
		return "", fmt.Errorf("năm sinh %d không hợp lệ", t.Year())
	}
	return vn.BirthOf(t, yearOnly), nil
}

// NomineeName cleans a name: people's names get their letter case fixed
// ("nguyễn  văn AN" → "Nguyễn Văn An"); a collective's name keeps its case
// ("UBND xã Cao Thượng").
func NomineeName(kind Kind, name string) string {
	if kind == Individual {
		return vn.TitleName(name)
	}
	return vn.Clean(name)
}

// DescribeNominee names a nominee in a message: `cá nhân "Nguyễn Văn An" (sinh
// 30/04/1975)`, `tập thể "UBND xã Cao Thượng"`.
func DescribeNominee(kind Kind, name, birth string) string {
	if !kind.Person() {
		return fmt.Sprintf("%s %q", kind.label(), name)
	}
	if birth == "" {
		return fmt.Sprintf("cá nhân %q", name)
	}
	return fmt.Sprintf("cá nhân %q (sinh %s)", name, vn.BirthText(birth))
}
