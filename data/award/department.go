package award

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"tdkt/data/vn"
)

// The department path: the specialised body that advises a people's
// committee on thi đua, khen thưởng (Sở Nội vụ of a province, Phòng Nội vụ
// of a district) appraises the nominations and submits its own tờ trình
// to the committee's chairman, who then decides "Theo đề nghị của Giám đốc
// Sở Nội vụ tại Tờ trình số …/TTr-SNV ngày …" (Luật Thi đua, khen thưởng
// 2022, Điều 84; Nghị định 98/2023/NĐ-CP, Điều 50).

// departmentBodies are the words a body's name starts with.
var departmentBodies = []string{"Văn phòng", "Sở", "Phòng", "Ban", "Cục"}

// headsOfBody are titles that end with the kind of body they head, as in
// "Trưởng phòng Nội vụ" (the head of the Phòng Nội vụ).
var headsOfBody = []string{"Trưởng phòng", "Phó trưởng phòng", "Trưởng ban", "Phó trưởng ban"}

// Department splits who proposes ("Giám đốc Sở Nội vụ") into its head's
// title ("Giám đốc") and the body ("Sở Nội vụ"). ok is false when no body
// is named (a proposer such as "Chủ tịch Ủy ban Mặt trận Tổ quốc" is not a
// department of the committee).
func Department(proposer string) (title, body string, ok bool) {
	words := strings.Fields(vn.Clean(Unabbreviated(proposer)))
	for _, h := range headsOfBody {
		hw := strings.Fields(h)
		if len(words) > len(hw) && strings.EqualFold(strings.Join(words[:len(hw)], " "), h) {
			kind := vn.UpperFirst(strings.ToLower(hw[len(hw)-1]))
			return strings.Join(words[:len(hw)], " "), kind + " " + strings.Join(words[len(hw):], " "), true
		}
	}
	for i := 1; i < len(words); i++ {
		for _, b := range departmentBodies {
			bw := strings.Fields(b)
			if i+len(bw) < len(words) && strings.Join(words[i:i+len(bw)], " ") == b {
				return strings.Join(words[:i], " "), strings.Join(words[i:], " "), true
			}
		}
	}
	return "", "", false
}

// DepartmentSymbol is the symbol of a body's documents of a kind, from the
// initials of its name (Nghị định 30/2020/NĐ-CP, Phụ lục I: "TTr-SNV" for a
// tờ trình of the Sở Nội vụ).
func DepartmentSymbol(kind, body string) string {
	var b strings.Builder
	for _, w := range strings.Fields(body) {
		r := []rune(norm.NFD.String(string([]rune(w)[0])))[0] // the letter without its marks; Đ stays
		if unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return kind + "-" + b.String()
}

// DepartmentHeader is the heading of a department's document: the
// committee it belongs to, abbreviated as a heading writes it ("UBND TỈNH
// BẮC KẠN"), over the body's name in capitals ("SỞ NỘI VỤ").
func DepartmentHeader(agency, body string) (parent, name string) {
	a := strings.ToUpper(vn.Clean(agency))
	if rest, ok := strings.CutPrefix(a, "ỦY BAN NHÂN DÂN "); ok {
		a = "UBND " + rest
	}
	return a, strings.ToUpper(vn.Clean(body))
}

// DepartmentSigner is the signer block of a department's document: its
// head signs in his own name ("GIÁM ĐỐC"); a deputy signs "KT. GIÁM ĐỐC"
// over "PHÓ GIÁM ĐỐC" (Nghị định 30/2020/NĐ-CP, Điều 13). deputy says a
// deputy signs.
func DepartmentSigner(title string, deputy bool) (signerFor, signerTitle string) {
	t := strings.ToUpper(vn.Clean(title))
	if t == "" {
		t = "GIÁM ĐỐC"
	}
	if !deputy {
		return "", t
	}
	return "KT. " + t, "PHÓ " + t
}

// ComposeDepartmentProposal writes the default text of a department's tờ
// trình to its committee's chairman, proposing a form the committee may
// grant: "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn", the subject,
// the grounds, the proposal after appraisal and the closing. f.Proposer
// names the department's head ("Giám đốc Sở Nội vụ").
func ComposeDepartmentProposal(f ProposalFacts) ProposalText {
	_, body, _ := Department(f.Proposer)
	achievement := Achievement(f.Campaign)
	grant, what := grantOf(f.Form)
	who := kindsIn(f.Collectives, f.Individuals, f.Households)
	chairman := "Chủ tịch " + Committee(f.Agency, f.Place)
	var t ProposalText
	t.Addressees = []string{chairman}
	t.Subject = "Về việc đề nghị " + grant + " " + what + " cho các " + joinAnd(who, "cá nhân") + " " + achievement
	var more []string
	if f.Plan != "" {
		more = append(more, "Căn cứ "+Unabbreviated(f.Plan)+";")
	}
	t.Bases = Bases(f.Date, f.Regime, more...)
	t.Paragraphs = []string{
		"Trên cơ sở hồ sơ đề nghị của các cơ quan, đơn vị và kết quả thẩm định, " + body + " đề nghị " + chairman + " xem xét, " +
			grant + " " + what + " cho " + Whom(f.Collectives, f.Individuals, f.Households) +
			" (có danh sách và tóm tắt thành tích kèm theo) " + achievement + ".",
		body + " kính trình " + chairman + " xem xét, quyết định./.",
	}
	t.Recipients = []string{"Như trên", "Lãnh đạo " + firstWord(body)}
	return t
}

// firstWord is "Sở" of "Sở Nội vụ".
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return s
}

// ProposalCitation is how a decision cites the tờ trình it follows: "tại
// Tờ trình số 45/TTr-SNV ngày 20/06/2021".
func ProposalCitation(number, date string) string {
	s := "tại Tờ trình số " + strings.TrimSpace(number)
	if date != "" {
		s += " ngày " + date
	}
	return s
}
