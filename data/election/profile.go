package election

import (
	"strings"
	"time"

	"tdkt/data/problem"
	"tdkt/data/vn"
)

// Profile is what the official list of candidates says of a person beyond
// name, birth and sex: the optional columns of the Người ứng cử sheet, which
// feed the composition (cơ cấu) of the statistics form. Party, Reelected
// and SelfNominated are Yes, No or "" (not known).
type Profile struct {
	Ethnicity     string // dân tộc: "Kinh", "Tày", ...
	Religion      string // tôn giáo: "Không", "Phật giáo", ...
	Party         string // đảng viên
	Reelected     string // tái cử (đại biểu khóa trước ứng cử lại)
	SelfNominated string // tự ứng cử
	Education     string // trình độ chuyên môn: "Thạc sĩ Luật", "Đại học", ...
	Theory        string // trình độ lý luận chính trị: "Cao cấp", "Trung cấp", ...
	Occupation    string // nghề nghiệp, chức vụ
	Workplace     string // nơi công tác
}

// Yes and No are the answers of the yes/no columns.
const (
	Yes = "Có"
	No  = "Không"
)

// Fields of a candidate's profile, as problems name them.
const (
	FieldEthnicity     = "ethnicity"
	FieldReligion      = "religion"
	FieldParty         = "party"
	FieldReelected     = "reelected"
	FieldSelfNominated = "self_nominated"
	FieldEducation     = "education"
	FieldTheory        = "theory"
	FieldOccupation    = "occupation"
	FieldWorkplace     = "workplace"
)

// ParseYesNo reads a yes/no column: Có / Không (also x, 1, 0, đúng, sai)
// or blank; ok is false for anything else.
func ParseYesNo(s string) (string, bool) {
	switch vn.Fold(strings.TrimSpace(s)) {
	case "":
		return "", true
	case "co", "x", "1", "dung", "phai", "yes":
		return Yes, true
	case "khong", "0", "sai", "no":
		return No, true
	}
	return "", false
}

// CheckProfile cleans a profile's texts and reads its yes/no answers; the
// first answer that is neither Có nor Không is refused, naming its field.
func CheckProfile(p Profile) (Profile, *problem.Problem) {
	for _, s := range []*string{&p.Ethnicity, &p.Religion, &p.Education, &p.Theory, &p.Occupation, &p.Workplace} {
		*s = vn.Clean(*s)
		if len([]rune(*s)) > 300 {
			*s = string([]rune(*s)[:300])
		}
	}
	for _, f := range []struct {
		v           *string
		field, name string
	}{
		{&p.Party, FieldParty, "Đảng viên"},
		{&p.Reelected, FieldReelected, "Tái cử"},
		{&p.SelfNominated, FieldSelfNominated, "Tự ứng cử"},
	} {
		v, ok := ParseYesNo(*f.v)
		if !ok {
			pr := problem.New(f.field, problem.Required, "Cột %s chỉ nhận Có, Không hoặc để trống (đang là %q)", f.name, vn.Clean(*f.v))
			return p, &pr
		}
		*f.v = v
	}
	return p, nil
}

// Minority reports whether the ethnicity is known and not Kinh.
func (p Profile) Minority() bool {
	f := vn.Fold(p.Ethnicity)
	return f != "" && f != "kinh"
}

// Religious reports whether the person follows a religion: the column
// names one (not blank, not "Không").
func (p Profile) Religious() bool {
	f := vn.Fold(p.Religion)
	return f != "" && f != "khong" && f != "khong co" && f != "khong theo ton giao"
}

// EducationLevel buckets the education text as the statistics form does.
type EducationLevel int

// The education buckets of the statistics form.
const (
	EducationUnknown EducationLevel = iota
	BelowUniversity                 // dưới đại học
	University                      // đại học
	AboveUniversity                 // trên đại học (thạc sĩ, tiến sĩ, ...)
)

// Level buckets the education text.
func (p Profile) Level() EducationLevel {
	f := " " + vn.Fold(p.Education) + " "
	switch {
	case strings.TrimSpace(f) == "":
		return EducationUnknown
	case containsAny(f, "tien si", "thac si", "tren dai hoc", "sau dai hoc", "chuyen khoa", "giao su", "pho giao su", " ts ", " ths ", "pgs", " gs "):
		return AboveUniversity
	case containsAny(f, "dai hoc", "cu nhan", "ky su", "bac si", "duoc si", "kien truc su", " dh "):
		return University
	}
	return BelowUniversity
}

// TheoryLevel buckets the political theory text.
type TheoryLevel int

// The political theory buckets of the statistics form.
const (
	TheoryNone         TheoryLevel = iota // chưa qua đào tạo, or not known
	TheoryElementary                      // sơ cấp
	TheoryIntermediate                    // trung cấp
	TheoryAdvanced                        // cao cấp
	TheoryBachelor                        // cử nhân chính trị
)

// TheoryLevel buckets the political theory text.
func (p Profile) TheoryLevel() TheoryLevel {
	f := vn.Fold(p.Theory)
	switch {
	case containsAny(f, "cu nhan"):
		return TheoryBachelor
	case strings.Contains(f, "cao cap"):
		return TheoryAdvanced
	case strings.Contains(f, "trung cap"):
		return TheoryIntermediate
	case strings.Contains(f, "so cap"):
		return TheoryElementary
	}
	return TheoryNone
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// Under40 reports whether a person born on birth is under 40 on polling
// day (not yet 40 years old that day); false when birth is unknown.
func Under40(birth, pollingDay time.Time) bool {
	if birth.IsZero() {
		return false
	}
	return pollingDay.Before(birth.AddDate(40, 0, 0))
}

// Person is a candidate as the composition counts them.
type Person struct {
	Sex   string
	Birth time.Time
	Profile
}

// Composition is the cơ cấu of a group of people (candidates, or those
// elected): how many of each kind the statistics form counts.
type Composition struct {
	Profiled                                                                              int // people whose profile (the optional columns) says anything
	Total, Women, Minority, Under40, NonParty, Party, Religious, Reelected, SelfNominated int
	Education                                                                             [4]int // by EducationLevel
	Theory                                                                                [5]int // by TheoryLevel
	Sectors                                                                               [8]int // by Sector
}

// Add counts one person, young or not on pollingDay.
func (c *Composition) Add(p Person, pollingDay time.Time) {
	c.Total++
	if p.Profile != (Profile{}) {
		c.Profiled++
	}
	if p.Sex == "Nữ" {
		c.Women++
	}
	if p.Minority() {
		c.Minority++
	}
	if Under40(p.Birth, pollingDay) {
		c.Under40++
	}
	switch p.Party {
	case No:
		c.NonParty++
	case Yes:
		c.Party++
	}
	if p.Religious() {
		c.Religious++
	}
	if p.Reelected == Yes {
		c.Reelected++
	}
	if p.SelfNominated == Yes {
		c.SelfNominated++
	}
	c.Education[p.Level()]++
	c.Theory[p.TheoryLevel()]++
	c.Sectors[p.Sector()]++
}

// Plus is the sum of two compositions.
func (c Composition) Plus(o Composition) Composition {
	c.Profiled += o.Profiled
	c.Total += o.Total
	c.Women += o.Women
	c.Minority += o.Minority
	c.Under40 += o.Under40
	c.NonParty += o.NonParty
	c.Party += o.Party
	c.Religious += o.Religious
	c.Reelected += o.Reelected
	c.SelfNominated += o.SelfNominated
	for i := range c.Education {
		c.Education[i] += o.Education[i]
	}
	for i := range c.Theory {
		c.Theory[i] += o.Theory[i]
	}
	for i := range c.Sectors {
		c.Sectors[i] += o.Sectors[i]
	}
	return c
}

// Sector is where a person works, as the statistics form groups those
// elected (thành phần).
type Sector int

// The sectors of the statistics form.
const (
	SectorUnknown     Sector = iota // nơi công tác not given
	SectorParty                     // cơ quan Đảng
	SectorGovernment                // chính quyền (HĐND, UBND, sở, phòng, ...)
	SectorFront                     // Mặt trận Tổ quốc và các tổ chức thành viên
	SectorCourt                     // tòa án nhân dân
	SectorProcuracy                 // viện kiểm sát nhân dân
	SectorArmedForces               // quân đội, công an
	SectorOther                     // cơ quan, đơn vị khác
)

// Sector groups the workplace (else the occupation) by its words.
func (p Profile) Sector() Sector {
	f := " " + vn.Fold(p.Workplace+" "+p.Occupation) + " "
	switch {
	case strings.TrimSpace(f) == "":
		return SectorUnknown
	case strings.Contains(f, "toa an"):
		return SectorCourt
	case strings.Contains(f, "vien kiem sat"):
		return SectorProcuracy
	case containsAny(f, "quan doi", "quan su", "bo chi huy", "cong an", "bien phong", "quan khu", "ban chi huy"):
		return SectorArmedForces
	case containsAny(f, "mat tran", "hoi lien hiep phu nu", "hoi phu nu", "hoi nong dan", "doan thanh nien", "doan tncs", "hoi cuu chien binh", "lien doan lao dong", "cong doan"):
		return SectorFront
	case containsAny(f, "tinh uy", "huyen uy", "thanh uy", "thi uy", "dang uy", "ban tuyen giao", "ban to chuc", "uy ban kiem tra", "ban dan van", "bi thu"):
		return SectorParty
	case containsAny(f, "uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd", " so ", " phong ", "van phong", "chu tich", "thanh tra"):
		return SectorGovernment
	}
	return SectorOther
}
