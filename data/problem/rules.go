package problem

// Rule is the stable code of a rule: tests, logs and scripts match on it,
// the user reads the message. Every code tdkt reports is named here. It is
// a plain string, as it appears in messages ("[valid_invalid_sum]").
type Rule = string

// Rules any record can break.
const (
	Required  Rule = "required"  // a value is missing
	TooLong   Rule = "too_long"  // text longer than the store keeps
	Duplicate Rule = "duplicate" // the same record twice
	Number    Rule = "number"    // not a number of the kind the field takes
	Date      Rule = "date"      // not a date
	Database  Rule = "database"  // the check itself failed (detail in the log)
)

// Rules of reading a workbook (package reports/sheet).
const (
	Unreadable     Rule = "unreadable"       // the file or sheet cannot be read
	Header         Rule = "header"           // the header row lacks a column
	MergedHeader   Rule = "merged_header"    // merged cells in the header row
	HiddenRow      Rule = "hidden_row"       // a hidden row holds data
	FormulaNoValue Rule = "formula_no_value" // a formula without a saved value
	FormulaError   Rule = "formula_error"    // a formula whose saved value is an error
	Empty          Rule = "empty"            // nothing to import
	Mode           Rule = "mode"             // the workbook's kind or mode is not one tdkt reads
)

// Rules of the election law and of election data (package election and
// the store).
const (
	NonNegative          Rule = "non_negative"             // no number of a tally is negative
	VotedLEVoters        Rule = "voted_le_voters"          // số cử tri đã bỏ phiếu ≤ tổng số cử tri
	ReceivedLEIssued     Rule = "received_le_issued"       // số phiếu thu vào ≤ số phiếu phát ra
	ReceivedLEVoted      Rule = "received_le_voted"        // số phiếu thu vào ≤ số cử tri đã bỏ phiếu
	ValidInvalidSum      Rule = "valid_invalid_sum"        // hợp lệ + không hợp lệ = thu vào
	VotesLEValid         Rule = "votes_le_valid"           // each candidate's votes ≤ hợp lệ
	VotesSumLEValidSeats Rule = "votes_sum_le_valid_seats" // Σ votes ≤ hợp lệ × số đại biểu được bầu
	VotesSumGEValid      Rule = "votes_sum_ge_valid"       // Σ votes ≥ hợp lệ (Điều 74: a valid ballot keeps a name)

	Day                  Rule = "day"                   // the polling day
	Seats                Rule = "seats"                 // 1 ≤ seats ≤ 3 (QH) or 5 (HĐND)
	Race                 Rule = "race"                  // the election does not hold that race
	Unit                 Rule = "unit"                  // unknown unit, or the wrong level for the race
	CandidateAge         Rule = "candidate_age"         // a candidate is 21 on polling day
	CandidateListShort   Rule = "candidate_list_short"  // a warning: fewer candidates than Điều 57.6 / 58.3 ask for
	Sex                  Rule = "sex"                   // Nam or Nữ
	NoElection           Rule = "no_election"           // no election to import into
	ConstituencyUnknown  Rule = "constituency_unknown"  // no such constituency
	AreaUnknown          Rule = "area_unknown"          // no such polling area
	VillageUnknown       Rule = "village_unknown"       // no such village in the commune
	NoConstituency       Rule = "no_constituency"       // a polling area lacks its constituency in a race
	ConstituencyMismatch Rule = "constituency_mismatch" // a polling area's constituency is not of its unit
	CandidateUnknown     Rule = "candidate_unknown"     // no such candidate in the constituency
	CandidateMissing     Rule = "candidate_missing"     // a candidate of the constituency has no votes in a tally
	HasTallies           Rule = "has_tallies"           // the change would leave tallies without their candidates
	VotesWithoutTally    Rule = "votes_without_tally"   // votes without the minutes of their tally
	RoundNotCalled       Rule = "round_not_called"      // a bầu thêm / bầu lại the law does not call for (Điều 79, 80)
	RoundMismatch        Rule = "round_mismatch"        // a second round of another kind than the one recorded
	ElectionLocked       Rule = "election_locked"       // the election's results are confirmed: read-only
	Annulment            Rule = "annulment"             // an annulment needs its reason and decision
	TalliesMissing       Rule = "tallies_missing"       // results confirmed while polling areas lack their tallies
)

// Rules of documents.
const (
	AgencyDissolved Rule = "agency_dissolved" // a document dated after its issuing unit was merged or abolished
)

// Rules of nominations (package award and the store).
const (
	Kind                Rule = "kind"                  // Cá nhân or Tập thể
	KindChange          Rule = "kind_change"           // a nominee cannot change kind
	Birth               Rule = "birth"                 // a valid date of birth, not in the future
	BirthCollective     Rule = "birth_collective"      // a collective has no date of birth
	SexCollective       Rule = "sex_collective"        // a collective has no sex
	Rank                Rule = "rank"                  // Nhất, Nhì, Ba or nothing
	RankIndividual      Rule = "rank_individual"       // only collectives are ranked
	UnknownForm         Rule = "unknown_form"          // the award form is not in the list
	FormKind            Rule = "form_kind"             // the form is not given to that kind of nominee
	DuplicateInBatch    Rule = "duplicate_in_batch"    // the same nominee twice in one list
	DuplicateInCampaign Rule = "duplicate_in_campaign" // the same nominee already proposed in the campaign

	// Warnings (Problem.Warning): accepted, shown for the user to confirm.
	PossibleDuplicateInBatch    Rule = "possible_duplicate_in_batch"    // a name differing only by its marks, same birth, in one list
	PossibleDuplicateInCampaign Rule = "possible_duplicate_in_campaign" // the same, against a nominee already proposed in the campaign
)
