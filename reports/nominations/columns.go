package nominations

import (
	"tdkt/data/award"
	"tdkt/reports/sheet"
)

// Sheet names of the nomination workbook. SheetNominations is how `tdkt
// import` recognises one; SheetCampaign is optional.
const (
	SheetNominations  = "Đề nghị khen thưởng"
	SheetCampaign     = "Đợt thi đua"
	SheetInstructions = "Hướng dẫn"
	SheetLists        = "Danh mục"
)

// Column headers of the sheet Đề nghị khen thưởng, in the order of
// FORMATS.md. Headers match ignoring case and diacritics.
const (
	ColSTT         = "STT"
	ColKind        = "Loại"
	ColName        = "Họ và tên / Tên tập thể"
	ColBirth       = "Ngày sinh"
	ColSex         = "Giới tính"
	ColPosition    = "Chức vụ"
	ColWorkplace   = "Đơn vị công tác"
	ColForm        = "Hình thức khen thưởng"
	ColRank        = "Hạng"
	ColAchievement = "Thành tích"
	ColProposer    = "Đơn vị đề nghị"
)

// Column headers of the sheet Đợt thi đua.
const (
	ColCampaignName = "Tên"
	ColPlanNumber   = "Số kế hoạch"
	ColPlanDate     = "Ngày"
)

// nominationColumns is how the importer reads the sheet Đề nghị khen thưởng.
var nominationColumns = []sheet.Column{
	{Name: ColSTT},
	{Name: ColKind, Required: true, Aliases: []string{"Loại đối tượng", "Cá nhân / Tập thể"}},
	{Name: ColName, Required: true, Aliases: []string{"Họ và tên", "Họ tên", "Tên tập thể", "Họ và tên, tên tập thể", "Tên"}},
	{Name: ColBirth, Aliases: []string{"Năm sinh", "Ngày, tháng, năm sinh"}},
	{Name: ColSex, Aliases: []string{"Nam/Nữ", "Giới"}},
	{Name: ColPosition, Aliases: []string{"Chức danh"}},
	{Name: ColWorkplace, Aliases: []string{"Đơn vị", "Nơi công tác", "Cơ quan công tác"}},
	{Name: ColForm, Required: true, Aliases: []string{"Hình thức", "Hình thức khen"}},
	{Name: ColRank, Aliases: []string{"Xếp hạng"}},
	{Name: ColAchievement, Aliases: []string{"Tóm tắt thành tích", "Thành tích đạt được"}},
	{Name: ColProposer, Aliases: []string{"Cơ quan đề nghị", "Đơn vị trình"}},
}

// campaignColumns is how the importer reads the sheet Đợt thi đua.
var campaignColumns = []sheet.Column{
	{Name: ColCampaignName, Required: true, Aliases: []string{"Tên đợt thi đua"}},
	{Name: ColPlanNumber, Aliases: []string{"Số", "Kế hoạch số"}},
	{Name: ColPlanDate, Aliases: []string{"Ngày kế hoạch", "Ngày ban hành"}},
}

// fieldColumn is the column of each field the store names in a problem.
var fieldColumn = map[string]string{
	award.FieldKind:        ColKind,
	award.FieldName:        ColName,
	award.FieldBirth:       ColBirth,
	award.FieldSex:         ColSex,
	award.FieldPosition:    ColPosition,
	award.FieldWorkplace:   ColWorkplace,
	award.FieldForm:        ColForm,
	award.FieldRank:        ColRank,
	award.FieldAchievement: ColAchievement,
	award.FieldProposer:    ColProposer,
}
