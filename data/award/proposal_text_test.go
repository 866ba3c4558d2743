package award

import (
	"strings"
	"testing"
	"time"
)

// TestNghiDinh30_2020_ProposalText: a tờ trình (Nghị định 30/2020/NĐ-CP,
// Phụ lục III) is addressed to whoever grants the form — the Prime
// Minister, through the central board, for a form granted above the
// province; the chairman of the committee above for one it grants — and
// names what it proposes with the counts, in full words.
func TestNghiDinh30_2020_ProposalText(t *testing.T) {
	day := time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name          string
		f             ProposalFacts
		to, proposal  string
		recipientHint string
	}{
		{"Thủ tướng from a province",
			ProposalFacts{Form: FormBangKhenThuTuong, Authority: "Thủ tướng Chính phủ", Date: day, Collectives: 3, Individuals: 3,
				Campaign: "Đợt thi đua bầu cử đại biểu HĐND các cấp", Proposer: "Giám đốc Sở Nội vụ", Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", Place: "Bắc Kạn", Level: LevelProvince},
			"Thủ tướng Chính phủ",
			"Xét đề nghị của Giám đốc Sở Nội vụ, Ủy ban nhân dân tỉnh Bắc Kạn đề nghị Thủ tướng Chính phủ xem xét, tặng Bằng khen của Thủ tướng Chính phủ cho 3 tập thể và 3 cá nhân (có danh sách và tóm tắt thành tích kèm theo) đã có thành tích xuất sắc trong đợt thi đua bầu cử đại biểu Hội đồng nhân dân các cấp.",
			CentralCommendationBoard},
		{"provincial Bằng khen from a commune",
			ProposalFacts{Form: FormBangKhenTinh, Grantors: []Level{LevelProvince}, Date: day, Individuals: 2,
				Agency: "ỦY BAN NHÂN DÂN XÃ NAM MẪU", Place: "Nam Mẫu"},
			"Chủ tịch Ủy ban nhân dân tỉnh",
			"Ủy ban nhân dân xã Nam Mẫu đề nghị Chủ tịch Ủy ban nhân dân tỉnh xem xét, tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 2 cá nhân (có danh sách và tóm tắt thành tích kèm theo) đã có thành tích xuất sắc.",
			"Ủy ban nhân dân xã"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ComposeProposal(c.f)
			if got.Addressees[0] != c.to {
				t.Errorf("Kính gửi %q, want %q", got.Addressees, c.to)
			}
			if got.Paragraphs[0] != c.proposal {
				t.Errorf("proposal\n got %q\nwant %q", got.Paragraphs[0], c.proposal)
			}
			if !strings.HasSuffix(got.Paragraphs[1], "kính trình "+c.to+" xem xét, quyết định./.") {
				t.Errorf("closing %q", got.Paragraphs[1])
			}
			if !strings.HasPrefix(got.Subject, "Về việc đề nghị tặng ") || strings.Contains(got.Subject, "UBND") || strings.Contains(got.Subject, "HĐND") {
				t.Errorf("subject %q", got.Subject)
			}
			if !strings.Contains(strings.Join(got.Recipients, ";"), c.recipientHint) {
				t.Errorf("recipients %q", got.Recipients)
			}
		})
	}
}
