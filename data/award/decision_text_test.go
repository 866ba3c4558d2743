package award

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestNghiDinh30_ComposeDecision checks the default text of an award
// decision (Nghị định 30/2020/NĐ-CP, Phụ lục III: subject, "Căn cứ", "Theo
// đề nghị", articles ending "./.", recipients) on the seeds' cases.
func TestNghiDinh30_ComposeDecision(t *testing.T) {
	nd91 := DefaultRegimes[0]
	backan := time.Date(2021, 6, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name     string
		f        DecisionFacts
		subject  string
		articles []string // each article, or "" to skip comparing it
		bases    int      // how many "Căn cứ" lines
		proposal string
		recips   []string
	}{
		{
			name: "Bắc Kạn: collectives and individuals, plan and proposer, province",
			f: DecisionFacts{Form: "Bằng khen của Chủ tịch UBND tỉnh", Date: backan, Collectives: 27, Individuals: 31,
				Money: map[Kind]int64{Collective: 2_980_000, Individual: 1_490_000}, Total: 27*2_980_000 + 31*1_490_000,
				Campaign: "Phong trào thi đua bầu cử năm 2021", Plan: "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh",
				Proposer: "Giám đốc Sở Nội vụ", Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", Regime: nd91},
			subject: "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể và cá nhân đã có thành tích xuất sắc trong phong trào thi đua bầu cử năm 2021",
			articles: []string{
				"Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 27 tập thể và 31 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua bầu cử năm 2021.",
				"Tiền thưởng kèm theo Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh thực hiện theo Nghị định số 91/2017/NĐ-CP: mỗi tập thể 2.980.000 đồng, mỗi cá nhân 1.490.000 đồng. Tổng số tiền thưởng là 126.650.000 đồng (một trăm hai mươi sáu triệu sáu trăm năm mươi nghìn đồng), chi từ quỹ thi đua, khen thưởng theo quy định.",
				"Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
			},
			bases: 4, proposal: "Theo đề nghị của Giám đốc Sở Nội vụ.", recips: []string{"Như Điều 3", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh"},
		},
		{
			name:    "a commune's decision: individuals only, no money, no campaign: two articles, no Sở, no province",
			f:       DecisionFacts{Form: "Giấy khen", Date: backan, Individuals: 1, Agency: "ỦY BAN NHÂN DÂN XÃ THIỆU NGỌC", Regime: nd91},
			subject: "Về việc tặng Giấy khen cho các cá nhân đã có thành tích xuất sắc",
			articles: []string{"Tặng Giấy khen cho 1 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc.",
				"Công chức Văn phòng – Thống kê, công chức Tài chính – Kế toán xã, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."},
			bases: 3, recips: []string{"Như Điều 2", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã"},
		},
		{
			name:    "a commune's decision after 1/7/2025: its own office carries it out",
			f:       DecisionFacts{Form: "Giấy khen", Date: time.Date(2025, 9, 2, 0, 0, 0, 0, time.UTC), Individuals: 1, Agency: "ỦY BAN NHÂN DÂN XÃ THIỆU TOÁN", Regime: DefaultRegimes[2]},
			subject: "Về việc tặng Giấy khen cho các cá nhân đã có thành tích xuất sắc",
			articles: []string{"Tặng Giấy khen cho 1 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc.",
				"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."},
			bases: 3, recips: []string{"Như Điều 2", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân xã"},
		},
		{
			name: "collectives only, thousands written the Vietnamese way",
			f: DecisionFacts{Form: "Giấy khen", Date: backan, Collectives: 1200, Money: map[Kind]int64{Collective: 900_000}, Total: 1_080_000_000,
				Agency: "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", Regime: nd91},
			subject:  "Về việc tặng Giấy khen cho các tập thể đã có thành tích xuất sắc",
			articles: []string{"Tặng Giấy khen cho 1.200 tập thể (có danh sách kèm theo) đã có thành tích xuất sắc.", "", ""},
			bases:    3, recips: []string{"Như Điều 3", "Chủ tịch, các Phó Chủ tịch Ủy ban nhân dân tỉnh"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ComposeDecision(tc.f)
			if got.Subject != tc.subject {
				t.Errorf("subject\n got %q\nwant %q", got.Subject, tc.subject)
			}
			if len(got.Articles) != len(tc.articles) {
				t.Fatalf("%d articles, want %d: %q", len(got.Articles), len(tc.articles), got.Articles)
			}
			for i, a := range tc.articles {
				if a != "" && got.Articles[i] != a {
					t.Errorf("article %d\n got %q\nwant %q", i+1, got.Articles[i], a)
				}
			}
			if !strings.HasSuffix(got.Articles[len(got.Articles)-1], "./.") {
				t.Errorf("the last article does not end with ./.")
			}
			if len(got.Bases) != tc.bases {
				t.Errorf("bases %q, want %d lines", got.Bases, tc.bases)
			}
			for _, b := range got.Bases {
				if !strings.HasPrefix(b, "Căn cứ ") || !strings.HasSuffix(b, ";") {
					t.Errorf("basis %q is not a Căn cứ line", b)
				}
			}
			if tc.f.Plan != "" && got.Bases[len(got.Bases)-1] != "Căn cứ "+Unabbreviated(tc.f.Plan)+";" {
				t.Errorf("the plan is not the last basis: %q", got.Bases)
			}
			if got.Proposal != tc.proposal {
				t.Errorf("proposal %q, want %q", got.Proposal, tc.proposal)
			}
			if !reflect.DeepEqual(got.Recipients, tc.recips) {
				t.Errorf("recipients %q, want %q", got.Recipients, tc.recips)
			}
		})
	}
}

// TestNghiDinh30_NoAbbreviationInText: a document's text writes the
// committee in full.
func TestNghiDinh30_NoAbbreviationInText(t *testing.T) {
	for in, want := range map[string]string{
		"Bằng khen của Chủ tịch UBND tỉnh": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
		"Giấy khen của Chủ tịch UBND xã":   "Giấy khen của Chủ tịch Ủy ban nhân dân xã",
		"Cờ thi đua": "Cờ thi đua",
	} {
		if got := FormInText(in); got != want {
			t.Errorf("FormInText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWhom(t *testing.T) {
	for _, tc := range []struct {
		c, i int
		want string
	}{{27, 31, "27 tập thể và 31 cá nhân"}, {3, 0, "3 tập thể"}, {0, 11, "11 cá nhân"}, {0, 1952, "1.952 cá nhân"}} {
		if got := Whom(tc.c, tc.i, 0); got != tc.want {
			t.Errorf("Whom(%d, %d) = %q, want %q", tc.c, tc.i, got, tc.want)
		}
	}
}

func TestIssuer(t *testing.T) {
	for _, tc := range []struct{ authority, place, want string }{
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC KẠN", "Bắc Kạn", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn"},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ THIỆU NGỌC", "Thiệu Ngọc", "Chủ tịch Ủy ban nhân dân xã Thiệu Ngọc"},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Hà Nội", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội"},
		{"CHỦ TỊCH", "Bạc Liêu", "Chủ tịch Ủy ban nhân dân Bạc Liêu"},
	} {
		if got := Issuer(tc.authority, tc.place); got != tc.want {
			t.Errorf("Issuer(%q) = %q, want %q", tc.authority, got, tc.want)
		}
	}
}

func TestCertificateName(t *testing.T) {
	for _, tc := range []struct {
		kind            Kind
		name, sex, want string
	}{
		{Individual, "Lê Thị Hoa", "Nữ", "Bà Lê Thị Hoa"},
		{Individual, "Hà Văn Dũng", "Nam", "Ông Hà Văn Dũng"},
		{Individual, "Hà Dũng", "", "Hà Dũng"},
		{Collective, "UBND xã Cao Thượng", "Nam", "UBND xã Cao Thượng"},
		{Household, "Hộ ông Lò Văn Ba", "", "Hộ gia đình ông Lò Văn Ba"},
		{Household, "hộ bà Lò Thị Mai", "", "Hộ gia đình bà Lò Thị Mai"},
		{Household, "Hộ gia đình ông Ba", "", "Hộ gia đình ông Ba"},
		{Household, "Lò Văn Ba", "", "Hộ gia đình Lò Văn Ba"},
	} {
		if got := CertificateName(tc.kind, tc.name, tc.sex); got != tc.want {
			t.Errorf("CertificateName(%s, %q, %q) = %q, want %q", tc.kind, tc.name, tc.sex, got, tc.want)
		}
	}
}

func TestWhomWithHouseholds(t *testing.T) {
	for _, tc := range []struct {
		c, i, h int
		want    string
	}{{3, 11, 2, "3 tập thể, 11 cá nhân và 2 hộ gia đình"}, {0, 0, 5, "5 hộ gia đình"}, {0, 4, 1, "4 cá nhân và 1 hộ gia đình"}} {
		if got := Whom(tc.c, tc.i, tc.h); got != tc.want {
			t.Errorf("Whom(%d, %d, %d) = %q, want %q", tc.c, tc.i, tc.h, got, tc.want)
		}
	}
	got := ComposeDecision(DecisionFacts{Form: FormGiayKhen, Date: day2(2025, 8, 1), Individuals: 2, Households: 1,
		Money: map[Kind]int64{Individual: 710_000, Household: 1_060_000}, Total: 2_480_000, Regime: DefaultRegimes[2]})
	if got.Subject != "Về việc tặng Giấy khen cho các cá nhân và hộ gia đình đã có thành tích xuất sắc" {
		t.Errorf("subject %q", got.Subject)
	}
	if !strings.Contains(got.Articles[1], "mỗi hộ gia đình 1.060.000 đồng, mỗi cá nhân 710.000 đồng") {
		t.Errorf("money article %q", got.Articles[1])
	}
}

// TestNghiDinh30_DecisionWording: titles are recognised, not awarded; a
// correction says so in its subject; plan and proposer are written
// without abbreviations, a document number's symbol kept; a commune's
// decision names no department of the province.
func TestNghiDinh30_DecisionWording(t *testing.T) {
	date := day2(2025, 8, 1)
	title := ComposeDecision(DecisionFacts{Form: FormLaoDongTienTien, Date: date, Individuals: 12, Agency: "ỦY BAN NHÂN DÂN XÃ NAM MẪU",
		Money: map[Kind]int64{Individual: 710_000}, Total: 12 * 710_000, Regime: DefaultRegimes[2]})
	if title.Subject != "Về việc công nhận danh hiệu “Lao động tiên tiến” cho các cá nhân đã có thành tích xuất sắc" ||
		!strings.HasPrefix(title.Articles[0], "Công nhận danh hiệu “Lao động tiên tiến” cho 12 cá nhân") {
		t.Errorf("a title: %q / %q", title.Subject, title.Articles[0])
	}
	for _, a := range append(title.Articles, title.Recipients...) {
		if strings.Contains(a, "Sở") || strings.Contains(a, "tỉnh") {
			t.Errorf("a commune's decision names the province: %q", a)
		}
	}
	corr := ComposeDecision(DecisionFacts{Form: FormBangKhenTinh, Date: date, Collectives: 1, Agency: "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN",
		Corrects: "Quyết định số 123/QĐ-UBND ngày 24/6/2021", Regime: DefaultRegimes[2]})
	if !strings.HasPrefix(corr.Subject, "Về việc đính chính Quyết định số 123/QĐ-UBND ngày 24/6/2021 về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh") {
		t.Errorf("a correction: %q", corr.Subject)
	}
	plan := ComposeDecision(DecisionFacts{Form: FormGiayKhen, Date: date, Individuals: 1, Plan: "Kế hoạch số 53/KH-UBND ngày 04/02/2021 của UBND tỉnh Bắc Kạn",
		Proposer: "Trưởng phòng Nội vụ UBND huyện", Regime: DefaultRegimes[2]})
	if got := plan.Bases[len(plan.Bases)-1]; got != "Căn cứ Kế hoạch số 53/KH-UBND ngày 04/02/2021 của Ủy ban nhân dân tỉnh Bắc Kạn;" {
		t.Errorf("the plan's basis: %q", got)
	}
	if plan.Proposal != "Theo đề nghị của Trưởng phòng Nội vụ Ủy ban nhân dân huyện." {
		t.Errorf("the proposer: %q", plan.Proposal)
	}
}

func TestUnabbreviated(t *testing.T) {
	for in, want := range map[string]string{
		"Bằng khen của Chủ tịch UBND tỉnh": "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
		"53/KH-UBND":                "53/KH-UBND",
		"Văn phòng HĐND và UBND xã": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
		"Ủy ban MTTQ Việt Nam tỉnh": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
		"UBND":                      "Ủy ban nhân dân",
		"(UBND)":                    "(Ủy ban nhân dân)",
	} {
		if got := Unabbreviated(in); got != want {
			t.Errorf("Unabbreviated(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDetailLine(t *testing.T) {
	for _, tc := range []struct{ pos, work, want string }{
		{"Chủ tịch", "UBND xã Nam Mẫu, huyện Ba Bể", "Chủ tịch UBND xã Nam Mẫu, huyện Ba Bể"},
		{" Chuyên viên ", "Sở Nội vụ", "Chuyên viên Sở Nội vụ"},
		{"", "Sở Y tế", "Sở Y tế"},
		{"Trưởng thôn", "", "Trưởng thôn"},
	} {
		if got := DetailLine(tc.pos, tc.work); got != tc.want {
			t.Errorf("DetailLine(%q, %q) = %q, want %q", tc.pos, tc.work, got, tc.want)
		}
	}
}
