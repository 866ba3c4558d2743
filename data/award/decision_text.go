package award

import (
	"fmt"
	"regexp"
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
	Level       Level  // the issuing committee's level; "" reads the agency's name
	Regime      Regime
	// Corrects names the decision this one corrects ("Quyết định số
	// 123/QĐ-UBND ngày 24/6/2021"), "" for none.
	Corrects string
	// Citation names the proposer's tờ trình the decision follows ("tại Tờ
	// trình số 45/TTr-SNV ngày 20/06/2021", ProposalCitation), "" for none.
	Citation string
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
	return Unabbreviated(form)
}

// Unabbreviated writes the usual abbreviations of names in full: UBND,
// HĐND, MTTQ (a text that uses them must introduce them; tdkt does not).
// A symbol inside a document number ("53/KH-UBND") is left as it is.
func Unabbreviated(s string) string {
	return abbreviation.ReplaceAllStringFunc(s, func(m string) string {
		sub := abbreviation.FindStringSubmatch(m)
		return sub[1] + abbreviations[sub[2]] + sub[3]
	})
}

var (
	abbreviations = map[string]string{"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc"}
	abbreviation  = regexp.MustCompile(`(^|[\s(])(UBND|HĐND|MTTQ)($|[\s,.;:)])`)
)

// titles are the forms that are a danh hiệu thi đua: a decision recognises
// them ("công nhận danh hiệu"); the others are awarded ("tặng").
var titles = []string{FormLaoDongTienTien, FormChienSiCoSo, FormChienSiTinh, FormTapTheXuatSac, FormTapTheTienTien, FormXaTieuBieu, FormThonVanHoa}

// IsTitle reports whether a form is a danh hiệu (Luật Thi đua, khen thưởng
// 2022, Điều 7: danh hiệu thi đua), which a decision recognises rather than
// awards. Names match ignoring case and diacritics.
func IsTitle(form string) bool {
	f := vn.Fold(form)
	for _, t := range titles {
		if vn.Fold(t) == f {
			return true
		}
	}
	return false
}

// levelOf reads the issuing committee's level from its name when it is
// not given: "ỦY BAN NHÂN DÂN XÃ …" is a commune's.
func levelOf(l Level, agency string) Level {
	if l != "" {
		return l
	}
	up := strings.ToUpper(agency)
	for _, w := range []struct {
		word  string
		level Level
	}{{" XÃ ", LevelCommune}, {" PHƯỜNG ", LevelCommune}, {" THỊ TRẤN ", LevelCommune}, {" ĐẶC KHU ", LevelCommune},
		{" HUYỆN ", LevelDistrict}, {" QUẬN ", LevelDistrict}, {" THỊ XÃ ", LevelDistrict}} {
		if strings.Contains(up+" ", w.word) {
			return w.level
		}
	}
	return LevelProvince
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

// kindsIn names the kinds of recipients a list holds, in the order of a
// list ("tập thể", "cá nhân", "hộ gia đình"), for "cho các tập thể và cá
// nhân".
func kindsIn(collectives, individuals, households int) []string {
	var who []string
	for _, p := range []struct {
		n    int
		word string
	}{{collectives, "tập thể"}, {individuals, "cá nhân"}, {households, "hộ gia đình"}} {
		if p.n > 0 {
			who = append(who, p.word)
		}
	}
	return who
}

// grantOf is the verb and its object for a form: "tặng" a Bằng khen,
// "công nhận danh hiệu" and the title in quotes for a title; the form's
// name in full.
func grantOf(form string) (grant, what string) {
	if IsTitle(form) {
		return "công nhận danh hiệu", "“" + FormInText(form) + "”"
	}
	return "tặng", FormInText(form)
}

// Achievement is the achievement an award of the campaign is given for:
// "đã có thành tích xuất sắc trong phong trào thi đua …", the campaign's
// name written in full ("HĐND" as "Hội đồng nhân dân").
func Achievement(campaign string) string {
	a := "đã có thành tích xuất sắc"
	if campaign != "" {
		a += " trong " + vn.LowerFirst(Unabbreviated(campaign))
	}
	return a
}

// ComposeDecision writes the default text of a new award decision
// (Nghị định 30/2020/NĐ-CP, Phụ lục III): the subject ("Về việc tặng …",
// "Về việc công nhận danh hiệu …" for a title, "Về việc đính chính …" for a
// correction), the "Căn cứ" lines of the laws and decree in force on its
// date and of the campaign's plan, the proposer, the articles (the grant;
// the prize money under the decree, in figures and words; who carries it
// out, as the issuing committee's level has them) and the recipients. No
// abbreviation is used: names are written in full.
func ComposeDecision(f DecisionFacts) DecisionText {
	form := FormInText(f.Form)
	level := levelOf(f.Level, f.Agency)
	achievement := Achievement(f.Campaign)
	who := kindsIn(f.Collectives, f.Individuals, f.Households)
	grant, what := grantOf(f.Form)
	var t DecisionText
	t.Subject = "Về việc " + grant + " " + what + " cho các " + joinAnd(who, "cá nhân") + " " + achievement
	if f.Corrects != "" {
		t.Subject = "Về việc đính chính " + f.Corrects + " " + vn.LowerFirst(t.Subject)
	}
	var more []string
	if f.Plan != "" {
		more = append(more, "Căn cứ "+Unabbreviated(f.Plan)+";")
	}
	t.Bases = Bases(f.Date, f.Regime, more...)
	switch {
	case f.Proposer != "" && f.Citation != "":
		t.Proposal = "Theo đề nghị của " + Unabbreviated(f.Proposer) + " " + f.Citation + "."
	case f.Proposer != "":
		t.Proposal = "Theo đề nghị của " + Unabbreviated(f.Proposer) + "."
	case f.Citation != "":
		t.Proposal = "Theo đề nghị " + f.Citation + "."
	}
	// Money per kind, in the order of the list.
	var each []string
	for _, k := range Kinds {
		if m := f.Money[k]; m > 0 {
			each = append(each, fmt.Sprintf("mỗi %s %s đồng", strings.ToLower(string(k)), vn.Int(m)))
		}
	}
	t.Articles = []string{
		fmt.Sprintf("%s %s cho %s (có danh sách kèm theo) %s.", vn.UpperFirst(grant), what, Whom(f.Collectives, f.Individuals, f.Households), achievement),
	}
	if f.Total > 0 {
		t.Articles = append(t.Articles, fmt.Sprintf("Tiền thưởng kèm theo %s thực hiện theo Nghị định số %s: %s. Tổng số tiền thưởng là %s đồng (%s), chi từ quỹ thi đua, khen thưởng theo quy định.",
			form, f.Regime.Code, strings.Join(each, ", "), vn.Int(f.Total), vn.LowerFirst(vn.MoneyWords(f.Total))))
	}
	executors, leaders := executorsOf(level, f.Date)
	t.Articles = append(t.Articles, executors+", Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")
	t.Recipients = []string{fmt.Sprintf("Như Điều %d", len(t.Articles)), leaders}
	return t
}

// executorsOf are who carries out an award decision of a committee of the
// level on the date (its office, and where it has them the departments of
// home affairs and finance) and the leaders it is sent to. A commune had
// no office of its own before the two-level local government of 1/7/2025
// (Luật Tổ chức chính quyền địa phương 2025): its civil servants for the
// office and for finance carried the decision out.
func executorsOf(l Level, date time.Time) (executors, leaders string) {
	switch {
	case l == LevelCommune && date.Before(TwoLevelGovernment):
		return "Công chức Văn phòng – Thống kê, công chức Tài chính – Kế toán xã",
			"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã"
	case l == LevelCommune:
		return "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
			"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã"
	case l == LevelDistrict:
		return "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài chính – Kế hoạch",
			"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân huyện"
	}
	return "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính",
		"Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh"
}

// Issuer names the signing authority in an appendix's note, from the
// decision's authority line: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" →
// "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn" (in full, as the decision's text).
func Issuer(authority, place string) string {
	up := strings.ToUpper(authority)
	for _, level := range []string{"TỈNH", "THÀNH PHỐ", "HUYỆN", "QUẬN", "THỊ XÃ", "XÃ", "PHƯỜNG", "THỊ TRẤN"} {
		if strings.Contains(up, "ỦY BAN NHÂN DÂN "+level+" ") {
			return "Chủ tịch Ủy ban nhân dân " + strings.ToLower(level) + " " + place
		}
	}
	return "Chủ tịch Ủy ban nhân dân " + place
}

// CertificateName is a recipient's name as a certificate prints it: "Ông"
// or "Bà" before a person's name when the sex is known, a collective's
// name as it is, a household as "Hộ gia đình ông …" (householdName).
func CertificateName(kind Kind, name, sex string) string {
	switch {
	case kind == Collective:
		return name
	case kind == Household:
		return householdName(name)
	case sex == "Nữ":
		return "Bà " + name
	case sex == "Nam":
		return "Ông " + name
	}
	return name
}

// DetailLine is a nominee's position and workplace as a list writes them,
// one after the other: "Chủ tịch UBND xã Nam Mẫu, huyện Ba Bể",
// "Chuyên viên Sở Nội vụ"; either may be empty.
func DetailLine(position, workplace string) string {
	return strings.TrimSpace(vn.Clean(position) + " " + vn.Clean(workplace))
}
