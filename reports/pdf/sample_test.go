package pdf

import (
	"fmt"
	"time"

	"tdkt/data/award"

	"tdkt/data/vn"
)

// The Bắc Kạn sample of DOMAIN.md: Quyết định số 123/QĐ-UBND ngày
// 24/06/2021 of the Chủ tịch UBND tỉnh Bắc Kạn, a Bằng khen for 27
// collectives (2.980.000 đ each) and 31 individuals (1.490.000 đ each),
// with generated names.
const (
	sampleCollectives = 27
	sampleIndividuals = 31
	collectiveMoney   = 2_980_000
	individualMoney   = 1_490_000
)

var (
	surnames = []string{"Nguyễn", "Hoàng", "Nông", "Hà", "Triệu", "Lý", "Ma", "Đinh", "Lục", "Bế", "Dương", "Phạm", "Lương", "Hứa", "Đàm", "Vi"}
	middles  = []string{"Văn", "Thị", "Đức", "Thu", "Quang", "Minh", "Thị Thu", "Xuân", "Ngọc", "Hữu", "Thanh", "Thị Hồng"}
	givens   = []string{"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Phong", "Quân", "Sơn", "Thảo", "Thủy", "Trang", "Tuấn", "Uyên", "Vân", "Yến", "Ánh", "Ương", "Ấn", "Yên"}
	units    = []string{"Ba Bể", "Bạch Thông", "Chợ Đồn", "Chợ Mới", "Na Rì", "Ngân Sơn", "Pác Nặm", "thành phố Bắc Kạn"}
	posts    = []string{"Chuyên viên Phòng Nội vụ", "Phó Chủ tịch Ủy ban nhân dân", "Trưởng phòng Tư pháp", "Công chức Văn phòng - Thống kê", "Chánh Văn phòng HĐND và UBND"}
)

// district names a district of Bắc Kạn with its type word.
func district(i int) string {
	u := units[i%len(units)]
	if u == "thành phố Bắc Kạn" {
		return u
	}
	return "huyện " + u
}

// sampleName returns the i-th generated person's name.
func sampleName(i int) string {
	return surnames[(i*7)%len(surnames)] + " " + middles[(i*5)%len(middles)] + " " + givens[(i*11)%len(givens)]
}

// sampleAppendix returns the appendix with nc collectives and ni
// individuals, individuals in Vietnamese order.
func sampleAppendix(nc, ni int) *Appendix {
	a := &Appendix{Subtitle: "Tập thể, cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh"}
	kinds := []string{"Ban bầu cử đại biểu HĐND", "Ủy ban bầu cử", "Phòng Nội vụ", "Tổ bầu cử số 3, xã Cao Kỳ,", "Ban Chỉ huy Quân sự"}
	for i := range nc {
		a.Collectives = append(a.Collectives, Row{
			Name:   fmt.Sprintf("%s %s", kinds[i%len(kinds)], district(i)),
			Detail: "Tỉnh Bắc Kạn",
			Money:  collectiveMoney,
		})
	}
	for i := range ni {
		a.Individuals = append(a.Individuals, Row{
			Name:   sampleName(i),
			Detail: fmt.Sprintf("%s %s", posts[i%len(posts)], district(i)),
			Money:  individualMoney,
		})
	}
	SortIndividuals(a.Individuals)
	return a
}

// sampleDecision is the Bắc Kạn decision with its appendix.
func sampleDecision() Decision {
	date := time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)
	a := sampleAppendix(sampleCollectives, sampleIndividuals)
	nc, ni, mc, mi := a.Totals()
	return Decision{
		Agency:    "Ủy ban nhân dân tỉnh Bắc Kạn",
		Number:    "123/QĐ-UBND",
		Place:     "Bắc Kạn",
		Date:      date,
		Subject:   "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
		Authority: "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn",
		Bases: append(award.Bases(date, award.DefaultRegimes[0]),
			"Căn cứ Kế hoạch số 53/KH-UBND ngày 04/02/2021 của Ủy ban nhân dân tỉnh Bắc Kạn về tổ chức đợt thi đua thực hiện tốt cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026"),
		Proposal: "Giám đốc Sở Nội vụ tại Tờ trình số 456/TTr-SNV ngày 18/6/2021",
		Articles: []string{
			fmt.Sprintf("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho %d tập thể và %d cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong tổ chức cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 trên địa bàn tỉnh Bắc Kạn.", nc, ni),
			fmt.Sprintf("Mỗi tập thể được tặng Bằng khen kèm theo tiền thưởng %s đồng; mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng %s đồng. Tổng số tiền thưởng là %s đồng (Bằng chữ: %s), chi từ nguồn Quỹ thi đua, khen thưởng của tỉnh.",
				vn.Money(collectiveMoney), vn.Money(individualMoney), vn.Money(mc+mi), vn.MoneyWords(mc+mi)),
			"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
		},
		SignerFor:   "KT. Chủ tịch",
		SignerTitle: "Phó Chủ tịch",
		SignerName:  "Lý Thị Hạnh",
		Recipients:  []string{"Như Điều 3", "Chủ tịch, các PCT UBND tỉnh", "Ban Thi đua - Khen thưởng Trung ương", "Sở Tài chính", "Lưu: VT, NV"},
		Issuer:      "Chủ tịch UBND tỉnh Bắc Kạn",
		Appendix:    a,
	}
}
