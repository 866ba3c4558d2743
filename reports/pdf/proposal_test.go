package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// sampleProposal is Bắc Kạn's tờ trình for Bằng khen của Thủ tướng Chính
// phủ: 3 collectives and 3 individuals.
func sampleProposal() Proposal {
	list := &ProposalList{Subtitle: "TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ", By: "Ủy ban nhân dân tỉnh Bắc Kạn"}
	for i, n := range []string{"Ủy ban bầu cử tỉnh Bắc Kạn", "Sở Nội vụ tỉnh Bắc Kạn", "Ủy ban bầu cử huyện Pác Nặm"} {
		list.Collectives = append(list.Collectives, ProposalRow{Name: n, Detail: "Tỉnh Bắc Kạn",
			Achievement: fmt.Sprintf("Hoàn thành xuất sắc nhiệm vụ tổ chức cuộc bầu cử năm 2021 (tập thể %d): chuẩn bị chu đáo, tỷ lệ cử tri đi bầu 99,81%%", i+1)})
	}
	for _, n := range []string{"Hoàng Thị Hạnh", "Đinh Quang Tuyên", "Lý Thị Mai"} {
		list.Individuals = append(list.Individuals, ProposalRow{Name: n, Detail: "Phó Chủ tịch Ủy ban bầu cử tỉnh",
			Achievement: "Tham mưu, chỉ đạo tổ chức thành công cuộc bầu cử trên địa bàn tỉnh"})
	}
	return Proposal{
		Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", Number: "12/TTr-UBND", Place: "Bắc Kạn", Date: time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC),
		Subject:    "Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể và cá nhân đã có thành tích xuất sắc trong đợt thi đua thực hiện tốt cuộc bầu cử năm 2021",
		Addressees: []string{"Thủ tướng Chính phủ", "(qua Ban Thi đua – Khen thưởng Trung ương, Bộ Nội vụ)"},
		Bases: []string{"Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;",
			"Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ;",
			"Căn cứ Kế hoạch số 53/KH-UBND ngày 04/02/2021 của Ủy ban nhân dân tỉnh Bắc Kạn;"},
		Paragraphs: []string{
			"Xét đề nghị của Giám đốc Sở Nội vụ, Ủy ban nhân dân tỉnh Bắc Kạn đề nghị Thủ tướng Chính phủ xem xét, tặng Bằng khen của Thủ tướng Chính phủ cho 3 tập thể và 3 cá nhân (có danh sách và tóm tắt thành tích kèm theo) đã có thành tích xuất sắc.",
			"Ủy ban nhân dân tỉnh Bắc Kạn kính trình Thủ tướng Chính phủ xem xét, quyết định./.",
		},
		SignerFor: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", SignerTitle: "PHÓ CHỦ TỊCH", SignerName: "Đỗ Thị Minh Hoa",
		Recipients: []string{"Như trên", "Ban Thi đua – Khen thưởng Trung ương, Bộ Nội vụ", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh"},
		List:       list,
	}
}

func TestProposalTextInOrder(t *testing.T) {
	p := sampleProposal()
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteProposal(b, p, EmbeddedFonts()) })
	pages := pageTexts(t, file)
	list := appendixStart(t, pages)
	inOrder(t, strings.Join(pages[:list], " "),
		"ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Số: 12/TTr-UBND",
		"Bắc Kạn, ngày 24 tháng 6 năm 2021",
		"TỜ TRÌNH",
		"Về việc đề nghị tặng Bằng khen của Thủ tướng Chính phủ",
		"Kính gửi: Thủ tướng Chính phủ.",
		"(qua Ban Thi đua – Khen thưởng Trung ương, Bộ Nội vụ)",
		"Căn cứ Luật Thi đua, khen thưởng",
		"Căn cứ Kế hoạch số 53/KH-UBND",
		"đề nghị Thủ tướng Chính phủ xem xét, tặng Bằng khen của Thủ tướng Chính phủ cho 3 tập thể và 3 cá nhân",
		"kính trình Thủ tướng Chính phủ xem xét, quyết định./.",
		"Nơi nhận:", "- Như trên;", "- Lưu: VT, NV.",
		"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thị Minh Hoa")
	if strings.Contains(strings.Join(pages, " "), "DỰ THẢO") {
		t.Error("an issued proposal carries the draft mark")
	}
	inOrder(t, strings.Join(pages[list:], " "),
		"DANH SÁCH",
		"TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA THỦ TƯỚNG CHÍNH PHỦ",
		"(Kèm theo Tờ trình số 12/TTr-UBND ngày 24/6/2021 của Ủy ban nhân dân tỉnh Bắc Kạn)",
		"STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Tóm tắt thành tích",
		"I. Tập thể", "Ủy ban bầu cử tỉnh Bắc Kạn", "Hoàn thành xuất sắc nhiệm vụ",
		"II. Cá nhân", "Hoàng Thị Hạnh", "Tham mưu, chỉ đạo",
		"Tổng cộng: 6 (3 tập thể, 3 cá nhân)")
	if testing.Verbose() {
		render(t, file, 1, "proposal-p1", 80)
		render(t, file, len(pages), "proposal-list", 80)
	}
}

func TestProposalDraftMark(t *testing.T) {
	p := sampleProposal()
	p.Draft, p.SignerName = true, ""
	file := writePDF(t, func(b *bytes.Buffer) error { return WriteProposal(b, p, EmbeddedFonts()) })
	for i, page := range pageTexts(t, file) {
		if !strings.Contains(page, "DỰ THẢO") {
			t.Errorf("page %d of a draft lacks the mark", i+1)
		}
	}
	p.Draft = false
	if err := WriteProposal(&bytes.Buffer{}, p, EmbeddedFonts()); err == nil || !strings.Contains(err.Error(), "họ tên người ký") {
		t.Errorf("an issued proposal without a signer: %v", err)
	}
	p = sampleProposal()
	p.Addressees = nil
	if err := WriteProposal(&bytes.Buffer{}, p, EmbeddedFonts()); err == nil || !strings.Contains(err.Error(), "kính gửi") {
		t.Errorf("a proposal to nobody: %v", err)
	}
}
