package award

// Fields of a nomination, as problems name them: a form marks the entry
// of the field, a workbook reader finds the column it came from.
const (
	FieldKind        = "kind"
	FieldName        = "name"
	FieldBirth       = "birth"
	FieldSex         = "sex"
	FieldPosition    = "position"
	FieldWorkplace   = "workplace"
	FieldForm        = "form"
	FieldRank        = "rank"
	FieldAchievement = "achievement"
	FieldProposer    = "proposer"
)
