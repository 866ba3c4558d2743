package election

import (
	"testing"
	"time"
)

// Điều 22 Luật Bầu cử has the structure (cơ cấu) of those elected
// proposed by women, ethnic minorities, the young and non-party people; the
// statistics form counts them among candidates and among those elected.
func TestDieu22_CompositionCounts(t *testing.T) {
	day := born(2021, 5, 23)
	people := []Person{
		{Sex: "Nữ", Birth: born(1990, 1, 1), Profile: Profile{Ethnicity: "Tày", Religion: "Không", Party: No, Education: "Thạc sĩ Luật", Theory: "Trung cấp"}},
		{Sex: "Nam", Birth: born(1981, 5, 23), Profile: Profile{Ethnicity: "Kinh", Religion: "Phật giáo", Party: Yes, Reelected: Yes, Education: "Đại học Luật", Theory: "Cao cấp"}},
		{Sex: "Nam", Birth: born(1981, 5, 24), Profile: Profile{Ethnicity: "kinh", SelfNominated: Yes, Education: "Trung cấp", Theory: "Sơ cấp"}},
		{Sex: "Nữ", Profile: Profile{}}, // nothing known beyond sex
	}
	var c Composition
	for _, p := range people {
		c.Add(p, day)
	}
	want := Composition{Profiled: 3, Total: 4, Women: 2, Minority: 1, Under40: 2, NonParty: 1, Party: 1, Religious: 1, Reelected: 1, SelfNominated: 1,
		Education: [4]int{EducationUnknown: 1, BelowUniversity: 1, University: 1, AboveUniversity: 1},
		Theory:    [5]int{TheoryNone: 1, TheoryElementary: 1, TheoryIntermediate: 1, TheoryAdvanced: 1},
		Sectors:   [8]int{SectorUnknown: 4}}
	if c != want {
		t.Errorf("composition\n got %+v\nwant %+v", c, want)
	}
	if s := c.Plus(c); s.Total != 8 || s.Education[AboveUniversity] != 2 {
		t.Errorf("plus: %+v", s)
	}
}

// Born on 23/5/1981, a candidate turns 40 on polling day 23/5/2021: not
// under 40; born a day later, still 39.
func TestUnder40OnPollingDay(t *testing.T) {
	day := born(2021, 5, 23)
	for _, tc := range []struct {
		birth string
		want  bool
	}{{"1981-05-23", false}, {"1981-05-24", true}, {"", false}} {
		var b time.Time // unknown
		if tc.birth != "" {
			var err error
			if b, err = time.Parse("2006-01-02", tc.birth); err != nil {
				t.Fatal(err)
			}
		}
		if got := Under40(b, day); got != tc.want {
			t.Errorf("born %s: under 40 = %v, want %v", tc.birth, got, tc.want)
		}
	}
}

func TestCheckProfileAnswers(t *testing.T) {
	p, pr := CheckProfile(Profile{Party: "x", Reelected: "không", SelfNominated: " ", Ethnicity: "  Tày "})
	if pr != nil || p.Party != Yes || p.Reelected != No || p.SelfNominated != "" || p.Ethnicity != "Tày" {
		t.Fatalf("%+v %v", p, pr)
	}
	if _, pr := CheckProfile(Profile{Reelected: "có lẽ"}); pr == nil || pr.Field != FieldReelected {
		t.Errorf("a bad answer was accepted: %v", pr)
	}
}

func TestSectorsOfTheStatisticsForm(t *testing.T) {
	for _, tc := range []struct {
		workplace string
		want      Sector
	}{
		{"Tòa án nhân dân huyện Thiệu Hóa", SectorCourt},
		{"Viện kiểm sát nhân dân tỉnh", SectorProcuracy},
		{"Công an xã Thiệu Ngọc", SectorArmedForces},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam xã", SectorFront},
		{"Hội Liên hiệp Phụ nữ xã", SectorFront},
		{"Đảng ủy xã Thiệu Ngọc", SectorParty},
		{"UBND xã Thiệu Ngọc", SectorGovernment},
		{"Sở Nội vụ tỉnh Bắc Kạn", SectorGovernment},
		{"Trường Tiểu học Thiệu Ngọc", SectorOther},
		{"", SectorUnknown},
	} {
		if got := (Profile{Workplace: tc.workplace}).Sector(); got != tc.want {
			t.Errorf("%q: sector %d, want %d", tc.workplace, got, tc.want)
		}
	}
	if (Profile{Theory: "Cử nhân chính trị"}).TheoryLevel() != TheoryBachelor || (Profile{Theory: "Cao cấp"}).TheoryLevel() != TheoryAdvanced {
		t.Error("theory buckets")
	}
}
