package award

import (
	"strings"
	"testing"
	"time"

	"tdkt/data/problem"
)

// TestCleanEntry covers every rule of a nomination that needs nothing
// stored, one case a rule, and the cleaning that goes with it.
func TestCleanEntry(t *testing.T) {
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	person := func(mod func(*Entry)) Entry {
		e := Entry{Kind: Individual, Name: "Nguyễn Văn An", Birth: "1975-04-30", Sex: "Nam", Form: FormGiayKhen}
		if mod != nil {
			mod(&e)
		}
		return e
	}
	group := func(mod func(*Entry)) Entry {
		e := Entry{Kind: Collective, Name: "UBND xã Cao Thượng", Form: FormGiayKhen}
		if mod != nil {
			mod(&e)
		}
		return e
	}
	long := strings.Repeat("a", MaxNameLen+1)
	for _, tc := range []struct {
		name  string
		in    Entry
		field string
		rule  string // "" when accepted
		text  string
	}{
		{"a person", person(nil), "", "", ""},
		{"a collective", group(nil), "", "", ""},
		{"kind missing", person(func(e *Entry) { e.Kind = "" }), FieldKind, problem.Required, "thiếu loại"},
		{"kind unknown", person(func(e *Entry) { e.Kind = "Doanh nghiệp" }), FieldKind, problem.Kind, "Doanh nghiệp"},
		{"a household", Entry{Kind: Household, Name: "Hộ ông Lò Văn Ba", Form: FormGiayKhen}, "", "", ""},
		{"birth of a household", Entry{Kind: Household, Name: "Hộ ông Ba", Birth: "1970"}, FieldBirth, problem.BirthCollective, "hộ gia đình không có ngày sinh"},
		{"rank of a household", Entry{Kind: Household, Name: "Hộ ông Ba", Rank: "Nhất"}, FieldRank, problem.RankIndividual, "hộ gia đình để trống"},
		{"name missing", person(func(e *Entry) { e.Name = "  " }), FieldName, problem.Required, "thiếu họ và tên"},
		{"name too long", person(func(e *Entry) { e.Name = long }), FieldName, problem.TooLong, "tối đa 300"},
		{"position too long", person(func(e *Entry) { e.Position = strings.Repeat("b", MaxTextLen+1) }), FieldPosition, problem.TooLong, "tối đa 500"},
		{"achievement too long", person(func(e *Entry) { e.Achievement = strings.Repeat("c", MaxAchievementLen+1) }), FieldAchievement, problem.TooLong, "tối đa 8000"},
		{"birth in the future", person(func(e *Entry) { e.Birth = "2026-12-04" }), FieldBirth, problem.Birth, "tương lai"},
		{"birth year in the future", person(func(e *Entry) { e.Birth = "2027" }), FieldBirth, problem.Birth, "tương lai"},
		{"birth today", person(func(e *Entry) { e.Birth = "2026-12-03" }), "", "", ""},
		{"birth before 1900", person(func(e *Entry) { e.Birth = "1899" }), FieldBirth, problem.Birth, "1899"},
		{"birth not a date", person(func(e *Entry) { e.Birth = "31/02/1980" }), FieldBirth, problem.Birth, ""},
		{"birth of a collective", group(func(e *Entry) { e.Birth = "1980" }), FieldBirth, problem.BirthCollective, "tập thể không có ngày sinh"},
		{"sex unknown word", person(func(e *Entry) { e.Sex = "khác" }), FieldSex, problem.Sex, "khác"},
		{"sex of a collective", group(func(e *Entry) { e.Sex = "Nữ" }), FieldSex, problem.SexCollective, "tập thể không có giới tính"},
		{"rank of a collective", group(func(e *Entry) { e.Rank = "hạng nhì" }), "", "", ""},
		{"rank unknown", group(func(e *Entry) { e.Rank = "Tư" }), FieldRank, problem.Rank, "Tư"},
		{"rank of a person", person(func(e *Entry) { e.Rank = "Nhất" }), FieldRank, problem.RankIndividual, "chỉ tập thể"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := CleanEntry(tc.in, now)
			if tc.rule == "" {
				if len(ps) != 0 {
					t.Fatalf("refused: %v", ps)
				}
				return
			}
			if len(ps) != 1 || ps[0].Field != tc.field || ps[0].Rule != tc.rule || !strings.Contains(ps[0].Message, tc.text) {
				t.Fatalf("problems %+v; want one %s on %s containing %q", ps, tc.rule, tc.field, tc.text)
			}
		})
	}
}

func TestCleanEntryCleans(t *testing.T) {
	now := time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)
	got, ps := CleanEntry(Entry{Kind: "cá nhân", Name: "  hoàng   thị  ÁNH ", Birth: "1980-01-05", Sex: "nu", Position: " Chủ  tịch ", Rank: ""}, now)
	if len(ps) != 0 || got.Kind != Individual || got.Name != "Hoàng Thị Ánh" || got.Sex != "Nữ" || got.Position != "Chủ tịch" {
		t.Errorf("cleaned %+v, %v", got, ps)
	}
	got, _ = CleanEntry(Entry{Kind: Collective, Name: "ubnd XÃ Cao Thượng", Rank: "ii"}, now)
	if got.Name != "ubnd XÃ Cao Thượng" || got.Rank != RankSecond {
		t.Errorf("a collective keeps its case and gets its rank: %+v", got)
	}
}

func TestDescribeNominee(t *testing.T) {
	for _, tc := range []struct {
		kind              Kind
		name, birth, want string
	}{
		{Individual, "Nguyễn Văn An", "1975-04-30", `cá nhân "Nguyễn Văn An" (sinh 30/04/1975)`},
		{Individual, "Nguyễn Văn An", "1975", `cá nhân "Nguyễn Văn An" (sinh 1975)`},
		{Individual, "Nguyễn Văn An", "", `cá nhân "Nguyễn Văn An"`},
		{Collective, "UBND xã Cao Thượng", "", `tập thể "UBND xã Cao Thượng"`},
	} {
		if got := DescribeNominee(tc.kind, tc.name, tc.birth); got != tc.want {
			t.Errorf("DescribeNominee = %q, want %q", got, tc.want)
		}
	}
}
