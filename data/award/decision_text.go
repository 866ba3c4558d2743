package award

import (
	"fmt"
	"strings"
	"time"

	"tdkt/data/vn"
)

// DecisionFacts are what the default text of an award decision is written
// from: the form granted, the list's counts and money, the campaign, the
// agency and the regime in force on the decision's date.
type DecisionFacts struct {
	Form        string // the award form as the catalogue names it ("Bằng khen của Chủ tịch UBND tỉnh")
	Date        time.Time
	Collectives int
	Individuals int
	Households  int
	Money       map[Kind]int64 // the amount each nominee of a kind receives (0: none)
	Total       int64
	Campaign    string // the campaign's name, "" when none
	Plan        string // the campaign's plan as a "Căn cứ" names it, "" when none
	Proposer    string // who proposes ("Giám đốc Sở Nội vụ"), "" when none
	Agency      string // the issuing agency ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
	Regime      Regime
}

// DecisionText is the editable text of a decision: users change it before
// issuing. Articles are without "Điều N." (the document numbers them);
// recipients without "- " and ";" and without the closing "Lưu" line,
// which the document adds.
type DecisionText struct {
	Subject    string
	Bases      []string
	Proposal   string
	Articles   []string
	Recipients []string
}

// FormInText writes an award form as a decision's text does, with the
// committee's name in full: "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh"
// (Nghị định 30/2020/NĐ-CP: no abbreviation in a document's text).
func FormInText(form string) string {
	return strings.ReplaceAll(form, "UBND", "Ủy ban nhân dân")
}

// Whom says who a decision's list holds: "27 tập thể và 31 cá nhân",
// "3 tập thể, 11 cá nhân và 2 hộ gia đình".
func Whom(collectives, individuals, households int) string {
	var parts []string
	for _, p := range []struct {
		n    int
		word string
	}{{collectives, "tập thể"}, {individuals, "cá nhân"}, {households, "hộ gia đình"}} {
		if p.n > 0 {
			parts = append(parts, vn.Int(int64(p.n))+" "+p.word)
		}
	}
	return joinAnd(parts, "0 cá nhân")
}

// joinAnd joins "a", "a và b", "a, b và c"; empty gives none.
func joinAnd(parts []string, none string) string {
	switch len(parts) {
	case 0:
		return none
	case 1:
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " và " + parts[len(parts)-1]
}

// Achievement is the achievement an award of the campaign is given for:
// "đã có thành tích xuất sắc trong phong trào thi đua …".
func Achievement(campaign string) string {
	a := "đã có thành tích xuất sắc"
	if campaign != "" {
		a += " trong " + vn.LowerFirst(campaign)
	}
	return a
}

// ComposeDecision writes the default text of a new award decision
// (Nghị định 30/2020/NĐ-CP, Phụ lục III): the subject, the "Căn cứ" lines
// of the laws and decree in force on its date and of the campaign's plan,
// the proposer, the three articles (the grant; the prize money under the
// decree, in figures and words; who carries it out) and the recipients.
func ComposeDecision(f DecisionFacts) DecisionText {
	form := FormInText(f.Form)
	achievement := Achievement(f.Campaign)
	var who []string
	for _, p := range []struct {
		n    int
		word string
	}{{f.Collectives, "tập thể"}, {f.Individuals, "cá nhân"}, {f.Households, "hộ gia đình"}} {
		if p.n > 0 {
			who = append(who, p.word)
		}
	}
	subject := "Về việc tặng " + form + " cho các " + joinAnd(who, "cá nhân")
	var t DecisionText
	t.Subject = subject + " " + achievement
	var more []string
	if f.Plan != "" {
		more = append(more, "Căn cứ "+f.Plan+";")
	}
	t.Bases = Bases(f.Date, f.Regime, more...)
	if f.Proposer != "" {
		t.Proposal = "Theo đề nghị của " + f.Proposer + "."
	}
	// Money per kind, collectives first as the list orders them.
	var each []string
	for _, k := range Kinds {
		if m := f.Money[k]; m > 0 {
			each = append(each, fmt.Sprintf("mỗi %s %s đồng", strings.ToLower(string(k)), vn.Int(m)))
		}
	}
	office := "Chánh Văn phòng Ủy ban nhân dân"
	if up := strings.ToUpper(f.Agency); strings.Contains(up, " TỈNH ") || strings.Contains(up, "THÀNH PHỐ") {
		office += " tỉnh"
	}
	t.Articles = []string{
		fmt.Sprintf("Tặng %s cho %s (có danh sách kèm theo) %s.", form, Whom(f.Collectives, f.Individuals, f.Households), achievement),
	}
	if f.Total > 0 {
		t.Articles = append(t.Articles, fmt.Sprintf("Tiền thưởng kèm theo %s thực hiện theo Nghị định số %s: %s. Tổng số tiền thưởng là %s đồng (%s), chi từ quỹ thi đua, khen thưởng theo quy định.",
			f.Form, f.Regime.Code, strings.Join(each, ", "), vn.Int(f.Total), vn.LowerFirst(vn.MoneyWords(f.Total))))
	}
	t.Articles = append(t.Articles, office+", Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
	t.Recipients = []string{fmt.Sprintf("Như Điều %d", len(t.Articles)), "CT, các PCT UBND tỉnh"}
	return t
}

// Issuer names the signing authority in an appendix's note, from the
// decision's authority line: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" →
// "Chủ tịch UBND tỉnh Bắc Kạn".
func Issuer(authority, place string) string {
	up := strings.ToUpper(authority)
	for _, level := range []string{"TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN"} {
		if strings.Contains(up, "ỦY BAN NHÂN DÂN "+level+" ") {
			return "Chủ tịch UBND " + strings.ToLower(level) + " " + place
		}
	}
	return "Chủ tịch UBND " + place
}

// CertificateName is a recipient's name as a certificate prints it: "Ông"
// or "Bà" before a person's name when the sex is known, a collective's
// name as it is.
func CertificateName(kind Kind, name, sex string) string {
	switch {
	case kind == Collective:
		return name
	case sex == "Nữ":
		return "Bà " + name
	case sex == "Nam":
		return "Ông " + name
	}
	return name
}
