package sample

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"tdkt/assets"
	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/vn"
)

// BacKanCampaign is the campaign of the Bắc Kạn sample: UBND tỉnh Bắc Kạn's
// Kế hoạch số 53/KH-UBND ngày 04/02/2021 (seed 000).
var BacKanCampaign = data.Campaign{
	Name:       "Đợt thi đua thực hiện tốt cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026",
	Theme:      "Nhân dân các dân tộc tỉnh Bắc Kạn thi đua thực hiện tốt cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp, nhiệm kỳ 2021 - 2026",
	PlanNumber: "53/KH-UBND",
	PlanDate:   time.Date(2021, time.February, 4, 0, 0, 0, 0, time.UTC),
	LaunchedBy: "UBND tỉnh Bắc Kạn",
	From:       time.Date(2021, time.February, 4, 0, 0, 0, 0, time.UTC),
	To:         time.Date(2021, time.June, 30, 0, 0, 0, 0, time.UTC),
}

// The counts of the Bắc Kạn sample, as seed 000 reports them; the Giấy
// khen are "hàng trăm" there, BacKanGiayKhen here.
const (
	BacKanProvinceCollectives = 27 // Bằng khen của Chủ tịch UBND tỉnh
	BacKanProvinceIndividuals = 31
	BacKanPMCollectives       = 3 // Bằng khen của Thủ tướng Chính phủ
	BacKanPMIndividuals       = 3
	BacKanGiayKhen            = 312 // across the 8 districts, 2 of them returned
)

// LoadBacKanAwards builds Bắc Kạn (three-level structure, code 06) as the
// user's province and loads the commendations of its 2021 election
// campaign: generated people (not real ones) and the province's real
// districts, communes and agencies. Loading it again changes nothing.
func LoadBacKanAwards(ctx context.Context, st *data.Store) error {
	if _, err := st.SetupProvince(ctx, assets.Source202503, "06"); err != nil {
		return err
	}
	if _, err := st.CampaignByName(ctx, BacKanCampaign.Name); err == nil {
		return nil
	} else if !errors.Is(err, data.ErrNotFound) {
		return err
	}
	rows, err := bacKanRows(ctx, st)
	if err != nil {
		return err
	}
	res, err := st.ImportNominations(ctx, data.NominationBatch{Campaign: BacKanCampaign, Rows: rows, Source: "dữ liệu mẫu Bắc Kạn"}, data.ImportOptions{})
	if err != nil {
		return err
	}
	return bacKanStatuses(ctx, st, res.Campaign)
}

// bacKanStatuses moves the sample along the workflow: the province's
// Bằng khen awaiting the chairman's signature, the Prime Minister's
// checked and proposed, the Giấy khen checked, two of them returned.
func bacKanStatuses(ctx context.Context, st *data.Store, c data.Campaign) error {
	forms, err := st.AwardForms(ctx)
	if err != nil {
		return err
	}
	formID := map[string]int64{}
	for _, f := range forms {
		formID[f.Name] = f.ID
	}
	ids := func(form string) ([]int64, error) {
		list, _, err := st.NominationIDs(ctx, data.NominationFilter{CampaignID: c.ID, FormID: formID[form]}, data.NominationOrder{})
		return list, err
	}
	giay, err := ids(award.FormGiayKhen)
	if err != nil {
		return err
	}
	if err := st.SetNominationStatus(ctx, giay[len(giay)-2:], award.Returned, "Hồ sơ thiếu báo cáo tóm tắt thành tích có xác nhận của thủ trưởng đơn vị"); err != nil {
		return err
	}
	if err := st.SetNominationStatus(ctx, giay[:len(giay)-2], award.Verified, ""); err != nil {
		return err
	}
	pm, err := ids(award.FormBangKhenThuTuong)
	if err != nil {
		return err
	}
	if err := st.SetNominationStatus(ctx, pm, award.Verified, ""); err != nil {
		return err
	}
	prov, err := ids(award.FormBangKhenTinh)
	if err != nil {
		return err
	}
	if err := st.SetNominationStatus(ctx, prov, award.Verified, ""); err != nil {
		return err
	}
	return st.SetNominationStatus(ctx, prov, award.Submitted, "")
}

// Name parts of the generated people: family names, middle names and given
// names common among the Tày, Nùng, Dao and Kinh of the northern mountains.
var (
	awardSurnames = []string{"Hoàng", "Nông", "Triệu", "Lường", "Ma", "Hà", "Lộc", "Bế", "Đinh", "Lý", "Dương", "Nguyễn",
		"Trần", "Lê", "Phạm", "Vũ", "Đàm", "La", "Hứa", "Lục", "Mã", "Sầm", "Chu", "Bàn", "Đặng", "Lăng", "Vi", "Đoàn"}
	awardMiddleMale   = []string{"Văn", "Đức", "Minh", "Thanh", "Ngọc", "Xuân", "Quang", "Hữu", "Trung", "Thế", "Văn", "Công", "Đình", "Tiến"}
	awardMiddleFemale = []string{"Thị", "Thị", "Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Kim", "Bích", "Mai", "Thúy", "Phương"}
	awardGivenMale    = []string{"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong",
		"Quân", "Sơn", "Thắng", "Toàn", "Tuấn", "Việt", "Vinh", "Chiến", "Hiếu", "Kiên", "Lâm", "Lợi", "Tâm", "Thành", "Trường", "Tú", "Đông", "Khải"}
	awardGivenFemale = []string{"Anh", "Chi", "Diệp", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Liên", "Linh",
		"Mai", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thu", "Thủy", "Trang", "Tuyết", "Vân", "Xuân", "Yến", "Ánh"}
)

// AwardPeople generates distinct people: name, sex and birth date.
type AwardPeople struct {
	r    *rand.Rand
	seen map[string]bool
}

// NewAwardPeople starts a generator; the same seed gives the same people.
func NewAwardPeople(seed uint64) *AwardPeople {
	return &AwardPeople{r: rand.New(rand.NewPCG(seed, 0x7dc7)), seen: map[string]bool{}}
}

// PickOne is a random element of list.
func PickOne(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

// Next is a new person, never the same name and birth as an earlier one.
func (p *AwardPeople) Next(fromYear, toYear int) (name, sex, birth string) {
	for {
		sex = "Nam"
		middle, given := awardMiddleMale, awardGivenMale
		if p.r.IntN(100) < 45 {
			sex, middle, given = "Nữ", awardMiddleFemale, awardGivenFemale
		}
		name = PickOne(p.r, awardSurnames) + " " + PickOne(p.r, middle) + " " + PickOne(p.r, given)
		day := time.Date(fromYear, time.January, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, p.r.IntN(365*(toYear-fromYear)))
		birth = day.Format("2006-01-02")
		if p.r.IntN(20) == 0 {
			birth = day.Format("2006") // some lists know only the year
		}
		key := vn.Fold(name) + "|" + birth[:4]
		if !p.seen[key] {
			p.seen[key] = true
			return name, sex, birth
		}
	}
}

// Achievements are the summaries written for the sample's nominations.
var Achievements = []string{
	"Có thành tích xuất sắc trong tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026",
	"Có thành tích xuất sắc trong công tác tuyên truyền, phục vụ cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026",
	"Hoàn thành xuất sắc nhiệm vụ được giao trong công tác chuẩn bị và tổ chức bầu cử, góp phần vào thành công của cuộc bầu cử trên địa bàn tỉnh",
	"Có thành tích xuất sắc trong bảo đảm an ninh, trật tự trước, trong và sau ngày bầu cử",
}

// bacKanProvincialAgencies are the province's agencies that propose and
// are proposed for the province's Bằng khen.
var bacKanProvincialAgencies = []string{
	"Sở Nội vụ", "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Văn phòng UBND tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
	"Sở Thông tin và Truyền thông", "Sở Y tế", "Báo Bắc Kạn", "Đài Phát thanh và Truyền hình tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
	"Sở Tư pháp",
}

// bacKanRows generates the sample's nominations from Bắc Kạn's real units.
func bacKanRows(ctx context.Context, st *data.Store) ([]award.Entry, error) {
	prov, err := st.UnitByCode(ctx, assets.Source202503, "06")
	if err != nil {
		return nil, err
	}
	districts, err := st.Children(ctx, prov.ID)
	if err != nil {
		return nil, err
	}
	communes := make([][]data.Unit, len(districts))
	for i, d := range districts {
		if communes[i], err = st.Children(ctx, d.ID); err != nil {
			return nil, err
		}
	}
	r := rand.New(rand.NewPCG(2021, 53))
	people := NewAwardPeople(2021)
	achievement := func() string { return PickOne(r, Achievements) }
	locality := func(d data.Unit) string { return "UBND " + lowerType(d.Name) }
	var rows []award.Entry
	person := func(form, position, workplace, proposer string) {
		name, sex, birth := people.Next(1963, 1996)
		rows = append(rows, award.Entry{Kind: award.Individual, Name: name, Sex: sex, Birth: birth, Position: position,
			Workplace: workplace, Form: form, Achievement: achievement(), Proposer: proposer})
	}
	collective := func(form, name, kind, proposer string) {
		rows = append(rows, award.Entry{Kind: award.Collective, Name: name, CollectiveKind: kind, Form: form,
			Achievement: achievement(), Proposer: proposer})
	}

	// Bằng khen của Thủ tướng Chính phủ: 3 collectives and 3 people, proposed by the province.
	pm := award.FormBangKhenThuTuong
	collective(pm, "Sở Nội vụ tỉnh Bắc Kạn", "Cơ quan", "UBND tỉnh Bắc Kạn")
	collective(pm, "Ủy ban bầu cử tỉnh Bắc Kạn", "Tổ chức phụ trách bầu cử", "UBND tỉnh Bắc Kạn")
	collective(pm, "Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn", "Cơ quan", "UBND tỉnh Bắc Kạn")
	person(pm, "Giám đốc", "Sở Nội vụ tỉnh Bắc Kạn", "UBND tỉnh Bắc Kạn")
	person(pm, "Chủ tịch UBND", lowerType(districts[5].Name), "UBND tỉnh Bắc Kạn")
	person(pm, "Chủ tịch UBND", lowerType(communes[3][2].Name)+", "+lowerType(districts[3].Name), "UBND tỉnh Bắc Kạn")

	// Bằng khen của Chủ tịch UBND tỉnh: 27 collectives and 31 people.
	bk := award.FormBangKhenTinh
	for _, a := range bacKanProvincialAgencies[1:9] {
		collective(bk, a, "Cơ quan", a)
	}
	for i, d := range districts {
		collective(bk, "Ủy ban bầu cử "+lowerType(d.Name), "Tổ chức phụ trách bầu cử", locality(d))
		collective(bk, "Phòng Nội vụ "+lowerType(d.Name), "Cơ quan", locality(d))
		if i < 3 {
			c := communes[i][r.IntN(len(communes[i]))]
			collective(bk, "Ủy ban bầu cử "+lowerType(c.Name), "Tổ chức phụ trách bầu cử", locality(d))
		}
	}
	for i := 0; i < BacKanProvinceIndividuals; i++ {
		if i < 8 {
			a := bacKanProvincialAgencies[i%len(bacKanProvincialAgencies)]
			person(bk, PickOne(r, []string{"Chuyên viên", "Phó Trưởng phòng", "Trưởng phòng"}), a+" tỉnh Bắc Kạn", a)
			continue
		}
		d := districts[i%len(districts)]
		c := communes[i%len(districts)][r.IntN(len(communes[i%len(districts)]))]
		switch i % 3 {
		case 0:
			person(bk, PickOne(r, []string{"Trưởng phòng Nội vụ", "Chuyên viên Phòng Nội vụ", "Phó Chánh Văn phòng HĐND và UBND"}), lowerType(d.Name), locality(d))
		case 1:
			person(bk, PickOne(r, []string{"Chủ tịch UBND", "Phó Chủ tịch UBND", "Công chức Văn phòng - Thống kê"}), lowerType(c.Name)+", "+lowerType(d.Name), locality(d))
		default:
			person(bk, PickOne(r, []string{"Tổ trưởng Tổ bầu cử", "Thư ký Tổ bầu cử", "Trưởng thôn"}), lowerType(c.Name)+", "+lowerType(d.Name), locality(d))
		}
	}

	// Giấy khen of the districts' chairmen: polling teams, communes and people.
	gk := award.FormGiayKhen
	teams := map[string]bool{}
	for i, d := range districts {
		share := BacKanGiayKhen / len(districts)
		if i < BacKanGiayKhen%len(districts) {
			share++
		}
		for k := 0; k < share; k++ {
			c := communes[i][r.IntN(len(communes[i]))]
			where := lowerType(c.Name) + ", " + lowerType(d.Name)
			if k%4 != 0 {
				person(gk, PickOne(r, []string{"Tổ trưởng Tổ bầu cử", "Thư ký Tổ bầu cử", "Thành viên Tổ bầu cử", "Trưởng thôn",
					"Công an viên", "Công chức Văn phòng - Thống kê", "Bí thư Chi bộ thôn"}), where, locality(d))
				continue
			}
			team := ""
			for team == "" || teams[team] {
				c = communes[i][r.IntN(len(communes[i]))]
				team = fmt.Sprintf("Tổ bầu cử số %d, %s, %s", 1+r.IntN(9), lowerType(c.Name), lowerType(d.Name))
			}
			teams[team] = true
			collective(gk, team, "Tổ chức phụ trách bầu cử", locality(d))
		}
	}
	return rows, nil
}

// lowerType writes a unit's name as running text does: "Huyện Ba Bể" → "huyện Ba Bể".
func lowerType(name string) string {
	if name == "" {
		return ""
	}
	first, rest, _ := strings.Cut(name, " ")
	if first == "Thành" || first == "Thị" { // "Thành phố", "Thị trấn", "Thị xã"
		second, tail, _ := strings.Cut(rest, " ")
		return strings.ToLower(first) + " " + second + " " + tail
	}
	return strings.ToLower(first) + " " + rest
}
