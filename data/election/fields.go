package election

// Fields of election data, as problems name them: a form marks the entry
// of the field, a workbook reader finds the column it came from. The
// fields of a tally are in tally.go.
const (
	FieldName         = "name"
	FieldBirth        = "birth"
	FieldSex          = "sex"
	FieldDay          = "day"
	FieldRace         = "race"
	FieldUnit         = "unit"
	FieldNumber       = "number"
	FieldSeats        = "seats"
	FieldDescription  = "description"
	FieldCommune      = "commune"
	FieldArea         = "area"
	FieldVillages     = "villages"
	FieldConstituency = "constituency" // of a polling area: FieldConstituency + ":" + race
	FieldRound        = "round"        // of a tally: Lần bầu
)

// ConstituencyField is the field of a polling area that holds its
// constituency number in a race.
func ConstituencyField(r Race) string { return FieldConstituency + ":" + string(r) }
