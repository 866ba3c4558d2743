package scale

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"tdkt/data"
	"tdkt/data/award"
	"tdkt/data/sample"
	"tdkt/data/vn"
)

// Generated nominations for benchmarks and scale tests.
var (
	generatedForms = []struct {
		form    string
		percent int
	}{{award.FormGiayKhen, 70}, {award.FormBangKhenTinh, 18}, {award.FormLaoDongTienTien, 8}, {award.FormChienSiCoSo, 4}}
	generatedAgencies = []string{"Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Xây dựng",
		"Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
		"Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh đoàn",
		"Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh", "Báo tỉnh"}
)

// GenerateNominations makes n distinct nominations, the same ones for the
// same n on every run: about one in eight a collective, the rest people
// with generated names (not real people), spread over award forms and 40
// proposing organisations (20 agencies, 20 localities "UBND huyện Số N").
func GenerateNominations(n int) []award.Entry {
	r := rand.New(rand.NewPCG(100_000, 7))
	people := sample.NewAwardPeople(100_000)
	proposers := append([]string{}, generatedAgencies...)
	for i := 1; len(proposers) < 40; i++ {
		proposers = append(proposers, fmt.Sprintf("UBND huyện Số %d", i))
	}
	out := make([]award.Entry, 0, n)
	teams := 0
	for len(out) < n {
		form := generatedForms[0].form
		p := r.IntN(100)
		for _, f := range generatedForms {
			if p < f.percent {
				form = f.form
				break
			}
			p -= f.percent
		}
		proposer := sample.PickOne(r, proposers)
		if r.IntN(8) == 0 && (form == award.FormGiayKhen || form == award.FormBangKhenTinh) {
			teams++
			out = append(out, award.Entry{Kind: award.Collective, Name: fmt.Sprintf("Tổ bầu cử số %d, %s", teams, proposer),
				CollectiveKind: "Tổ chức phụ trách bầu cử", Form: form, Achievement: sample.PickOne(r, sample.Achievements), Proposer: proposer})
			continue
		}
		if form == award.FormChienSiCoSo || form == award.FormLaoDongTienTien || form == award.FormBangKhenTinh || form == award.FormGiayKhen {
			name, sex, birth := people.Next(1960, 2000)
			out = append(out, award.Entry{Kind: award.Individual, Name: name, Sex: sex, Birth: birth,
				Position:  sample.PickOne(r, []string{"Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Công chức", "Viên chức", "Trưởng thôn"}),
				Workplace: proposer, Form: form, Achievement: sample.PickOne(r, sample.Achievements), Proposer: proposer})
		}
	}
	return out
}

// GeneratedCampaign is the campaign LoadGenerated fills.
func GeneratedCampaign(n int) data.Campaign {
	return data.Campaign{
		Name:       fmt.Sprintf("Đợt thi đua thử tải %s đề nghị", vn.Int(int64(n))),
		PlanNumber: "99/KH-UBND",
		PlanDate:   time.Date(2025, time.August, 1, 0, 0, 0, 0, time.UTC),
		LaunchedBy: "UBND tỉnh",
		From:       time.Date(2025, time.August, 1, 0, 0, 0, 0, time.UTC),
		To:         time.Date(2025, time.December, 31, 0, 0, 0, 0, time.UTC),
	}
}

// LoadGenerated imports GenerateNominations(n) into GeneratedCampaign(n)
// in one transaction and returns the campaign.
func LoadGenerated(ctx context.Context, st *data.Store, n int, progress func(fraction float64)) (data.Campaign, error) {
	res, err := st.ImportNominations(ctx, data.NominationBatch{Campaign: GeneratedCampaign(n), Rows: GenerateNominations(n),
		Source: "dữ liệu sinh tự động"}, data.ImportOptions{Progress: progress})
	return res.Campaign, err
}
