package data

import (
	"fmt"
	"strings"

	"tdkt/data/award"
	"tdkt/data/vn"
)

// formInText writes an award form as a decision's text does, with the
// committee's name in full: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh".
func formInText(form string) string {
	return strings.ReplaceAll(form, "UBND", "Ủy ban nhân dân")
}

// whom says who a decision's list holds: "27 tập thể và 31 cá nhân".
func whom(collectives, individuals int) string {
	switch {
	case collectives > 0 && individuals > 0:
		return fmt.Sprintf("%s tập thể và %s cá nhân", vn.Int(int64(collectives)), vn.Int(int64(individuals)))
	case collectives > 0:
		return vn.Int(int64(collectives)) + " tập thể"
	}
	return vn.Int(int64(individuals)) + " cá nhân"
}

// composeDecision writes the default text of a new decision: subject,
// "Căn cứ" lines for the laws and decree in force on its date, the
// proposer, the three articles and the recipients. Users edit it before
// issuing.
func composeDecision(d *Decision, camp Campaign, set Settings, regime award.Regime, items []DecisionItem) {
	form := formInText(d.FormName)
	achievement := "đã có thành tích xuất sắc"
	if camp.Name != "" {
		achievement += " trong " + vn.LowerFirst(camp.Name)
	}
	subject := "Về việc tặng " + form + " cho "
	switch {
	case d.Collectives > 0 && d.Individuals > 0:
		subject += "các tập thể và cá nhân"
	case d.Collectives > 0:
		subject += "các tập thể"
	default:
		subject += "các cá nhân"
	}
	d.Subject = subject + " " + achievement

	var more []string
	if plan := camp.Plan(); plan != "" {
		more = append(more, "Căn cứ "+plan+";")
	}
	d.Bases = award.Bases(d.Date, regime, more...)
	if set.Proposer != "" {
		d.Proposal = "Theo đề nghị của " + set.Proposer + "."
	}

	// Money per kind: one coefficient per kind under one form and date.
	var each []string
	seen := map[award.Kind]bool{}
	for _, it := range items {
		if !seen[it.Kind] && it.Money > 0 {
			seen[it.Kind] = true
			each = append(each, fmt.Sprintf("mỗi %s %s đồng", strings.ToLower(string(it.Kind)), vn.Int(it.Money)))
		}
	}
	office := "Chánh Văn phòng Ủy ban nhân dân"
	if up := strings.ToUpper(d.Agency); strings.Contains(up, " TỈNH ") || strings.Contains(up, "THÀNH PHỐ") {
		office += " tỉnh"
	}
	// Articles are stored without "Điều N." (the document numbers them) and
	// recipients without "- " and ";" and without the closing "Lưu" line,
	// which the document adds.
	d.Articles = []string{
		fmt.Sprintf("Tặng %s cho %s (có danh sách kèm theo) %s.", form, whom(d.Collectives, d.Individuals), achievement),
	}
	if d.Total > 0 {
		d.Articles = append(d.Articles, fmt.Sprintf("Tiền thưởng kèm theo %s thực hiện theo Nghị định số %s: %s. Tổng số tiền thưởng là %s đồng (%s), chi từ quỹ thi đua, khen thưởng theo quy định.",
			d.FormName, regime.Code, strings.Join(each, ", "), vn.Int(d.Total), vn.LowerFirst(vn.MoneyWords(d.Total))))
	}
	d.Articles = append(d.Articles, office+", Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
	d.Recipients = []string{fmt.Sprintf("Như Điều %d", len(d.Articles)), "CT, các PCT UBND tỉnh"}
}
