package award

import (
	"strings"
	"time"

	"tdkt/data/vn"
)

// ProposalFacts are what the default text of a proposal (tờ trình đề nghị
// khen thưởng) is written from: the form proposed and who grants it, the
// list's counts, the campaign, and the proposing committee.
type ProposalFacts struct {
	Form string // the award form as the catalogue names it ("Bằng khen của Thủ tướng Chính phủ")
	// Authority is who grants the form as the catalogue says ("Thủ tướng
	// Chính phủ"); it is the addressee of a form granted above the province.
	Authority string
	// Grantors are the committee levels that may grant the form on the
	// date (Grantors); none for a form granted above the province.
	Grantors    []Level
	Date        time.Time
	Collectives int
	Individuals int
	Households  int
	Campaign    string // the campaign's name, "" when none
	Plan        string // the campaign's plan as a "Căn cứ" names it
	Proposer    string // whose advice the committee follows ("Giám đốc Sở Nội vụ"), "" when none
	Agency      string // the proposing committee ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
	Place       string // its place name ("Bắc Kạn")
	Level       Level  // its level; "" reads the agency's name
	Regime      Regime
}

// ProposalText is the text of a tờ trình: addressees of "Kính gửi" (a line
// starting with "(" is a note printed under them, e.g. the channel it goes
// through), the subject, the "Căn cứ" lines, the paragraphs (the proposal,
// then the closing "… kính trình … xem xét, quyết định./.") and the
// recipients (without the closing "Lưu" line).
type ProposalText struct {
	Addressees []string
	Subject    string
	Bases      []string
	Paragraphs []string
	Recipients []string
}

// CentralCommendationBoard is the body through which a province sends its
// proposals for awards of the Prime Minister and above: the Ban Thi đua –
// Khen thưởng Trung ương, part of the Ministry of Home Affairs (Nghị định
// 98/2023/NĐ-CP and 152/2025/NĐ-CP: it verifies the dossier and submits it).
const CentralCommendationBoard = "Ban Thi đua – Khen thưởng Trung ương, Bộ Nội vụ"

// Committee names a people's committee in a sentence, in full, from its
// name in capitals and its place: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN" and "Bắc
// Kạn" give "Ủy ban nhân dân tỉnh Bắc Kạn".
func Committee(agency, place string) string {
	rest := strings.TrimSpace(strings.TrimPrefix(strings.ToUpper(vn.Clean(agency)), "ỦY BAN NHÂN DÂN"))
	for _, t := range []string{"THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "HUYỆN", "QUẬN", "PHƯỜNG", "XÃ"} {
		if strings.HasPrefix(rest, t+" ") && place != "" {
			return "Ủy ban nhân dân " + strings.ToLower(t) + " " + vn.Clean(place)
		}
	}
	return "Ủy ban nhân dân"
}

// Addressees says to whom a proposal of the form goes (Luật Thi đua, khen
// thưởng 2022, Điều 84: the head of the level below proposes to the
// competent one): a form granted above the province goes to its authority
// (the Prime Minister), through the central commendation board; a form a
// higher committee grants goes to that committee's chairman.
func Addressees(authority string, grantors []Level, level Level) []string {
	if len(grantors) == 0 {
		who := Unabbreviated(vn.Clean(authority))
		if who == "" {
			who = "Thủ tướng Chính phủ"
		}
		return []string{who, "(qua " + CentralCommendationBoard + ")"}
	}
	// The nearest level above the issuer that may grant it.
	above := map[Level]int{LevelProvince: 3, LevelDistrict: 2, LevelCommune: 1}
	best := grantors[0]
	for _, g := range grantors {
		if above[g] > above[level] && above[g] < above[best] {
			best = g
		}
	}
	return []string{"Chủ tịch Ủy ban nhân dân " + string(best)}
}

// ComposeProposal writes the default text of a tờ trình proposing that the
// competent authority grant the form to the list (Nghị định 30/2020/NĐ-CP,
// Phụ lục III, form of a tờ trình): "Kính gửi", the subject "Về việc đề
// nghị tặng …", the grounds, the proposal naming the counts, the closing
// and the recipients. Names are written in full.
func ComposeProposal(f ProposalFacts) ProposalText {
	level := levelOf(f.Level, f.Agency)
	achievement := Achievement(f.Campaign)
	grant, what := grantOf(f.Form)
	who := kindsIn(f.Collectives, f.Individuals, f.Households)
	var t ProposalText
	t.Addressees = Addressees(f.Authority, f.Grantors, level)
	decider := t.Addressees[0]
	committee := Committee(f.Agency, f.Place)
	t.Subject = "Về việc đề nghị " + grant + " " + what + " cho các " + joinAnd(who, "cá nhân") + " " + achievement
	var more []string
	if f.Plan != "" {
		more = append(more, "Căn cứ "+Unabbreviated(f.Plan)+";")
	}
	t.Bases = Bases(f.Date, f.Regime, more...)
	lead := committee
	if f.Proposer != "" {
		lead = "Xét đề nghị của " + Unabbreviated(f.Proposer) + ", " + committee
	}
	t.Paragraphs = []string{
		lead + " đề nghị " + decider + " xem xét, " + grant + " " + what + " cho " + Whom(f.Collectives, f.Individuals, f.Households) +
			" (có danh sách và tóm tắt thành tích kèm theo) " + achievement + ".",
		committee + " kính trình " + decider + " xem xét, quyết định./.",
	}
	t.Recipients = []string{"Như trên"}
	if len(f.Grantors) == 0 {
		t.Recipients = append(t.Recipients, CentralCommendationBoard)
	}
	_, leaders := executorsOf(level, f.Date)
	t.Recipients = append(t.Recipients, leaders)
	return t
}
