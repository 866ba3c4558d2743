package electiondocs

import (
	"tdkt/data"
	"tdkt/data/election"
	"tdkt/reports/sheet"
)

// Sheet names of the election workbook (FORMATS.md). Any of them may be
// absent when its data is already in the database.
const (
	SheetElection       = "Cuộc bầu cử"
	SheetConstituencies = "Đơn vị bầu cử"
	SheetCandidates     = "Người ứng cử"
	SheetAreas          = "Khu vực bỏ phiếu"
	SheetTallies        = "Kiểm phiếu"
	SheetVotes          = "Phiếu bầu"
	SheetInstructions   = "Hướng dẫn"
)

// Sheets are the data sheets in the order they are read and imported.
var Sheets = []string{SheetElection, SheetConstituencies, SheetCandidates, SheetAreas, SheetTallies, SheetVotes}

// Column headers, as the template writes them. Headers are matched
// ignoring case and diacritics; the aliases are accepted too.
const (
	ColElectionName = "Tên cuộc bầu cử"
	ColElectionDay  = "Ngày bầu cử"
	ColRace         = "Cấp"
	ColUnit         = "Mã đơn vị hành chính"
	ColNumber       = "Số đơn vị bầu cử"
	ColSeats        = "Số đại biểu được bầu"
	ColDescription  = "Mô tả"
	ColName         = "Họ và tên"
	ColBirth        = "Ngày sinh"
	ColSex          = "Giới tính"
	ColCommune      = "Mã xã"
	ColArea         = "Số khu vực bỏ phiếu"
	ColAreaName     = "Tên"
	ColVillages     = "Thôn, tổ dân phố" // an extension of FORMATS.md: optional
	ColVoters       = "Tổng số cử tri"
	ColVoted        = "Số cử tri đã bỏ phiếu"
	ColIssued       = "Số phiếu phát ra"
	ColReceived     = "Số phiếu thu vào"
	ColValid        = "Số phiếu hợp lệ"
	ColInvalid      = "Số phiếu không hợp lệ"
	ColCandidate    = "Họ và tên người ứng cử"
	ColVotes        = "Số phiếu bầu"

	// Optional columns of the second round of FORMATS.md.
	ColRaces         = "Các cấp bầu cử"
	ColRound         = "Lần bầu"
	ColEthnicity     = "Dân tộc"
	ColReligion      = "Tôn giáo"
	ColParty         = "Đảng viên"
	ColReelected     = "Tái cử"
	ColSelfNominated = "Tự ứng cử"
	ColEducation     = "Trình độ chuyên môn"
	ColTheory        = "Trình độ lý luận chính trị"
	ColOccupation    = "Nghề nghiệp, chức vụ"
	ColWorkplace     = "Nơi công tác"
)

// profileColumns are the optional columns of the Người ứng cử sheet.
var profileColumns = []column{
	col(ColEthnicity, election.FieldEthnicity, 10, false),
	col(ColReligion, election.FieldReligion, 12, false),
	col(ColParty, election.FieldParty, 10, false, "Đảng viên ĐCSVN"),
	col(ColReelected, election.FieldReelected, 9, false, "Đại biểu tái cử"),
	col(ColSelfNominated, election.FieldSelfNominated, 10, false),
	col(ColEducation, election.FieldEducation, 20, false, "Trình độ học vấn, chuyên môn"),
	col(ColTheory, election.FieldTheory, 16, false, "Lý luận chính trị"),
	col(ColOccupation, election.FieldOccupation, 28, false, "Nghề nghiệp", "Chức vụ"),
	col(ColWorkplace, election.FieldWorkplace, 28, false),
}

var colRound = col(ColRound, election.FieldRound, 11, false, "Vòng bầu")

// ColConstituency is the header of a polling area's constituency number in
// a race: "ĐVBC QH", "ĐVBC HĐND tỉnh", ...
func ColConstituency(r election.Race) string { return "ĐVBC " + string(r) }

// column is a column of a sheet and the field of data's rows it fills
// (the Field* constants), so that the store's problems find their column.
type column struct {
	sheet.Column
	field string
	width float64
}

// layout is one data sheet: its name, the part of data.ElectionImport it
// fills and its columns.
type layout struct {
	name string
	part data.Part
	cols []column
	hint string // what a row is, for the instructions
}

func col(name, field string, width float64, required bool, aliases ...string) column {
	return column{Column: sheet.Column{Name: name, Required: required, Aliases: aliases}, field: field, width: width}
}

var (
	colRace    = col(ColRace, election.FieldRace, 13, true, "Cấp bầu cử", "Cơ quan được bầu")
	colCommune = col(ColCommune, election.FieldCommune, 10, true, "Mã đơn vị hành chính cấp xã", "Mã ĐVHC xã")
	colArea    = col(ColArea, election.FieldArea, 12, true, "Số KVBP", "Khu vực bỏ phiếu số", "Số tổ bầu cử")
)

// layouts are the data sheets, in the order of Sheets.
var layouts = []layout{
	{SheetElection, data.PartElection, []column{
		col(ColElectionName, election.FieldName, 70, true, "Tên"),
		col(ColElectionDay, election.FieldDay, 16, true, "Ngày"),
		col(ColRaces, election.FieldRace, 34, false),
	}, "một dòng: tên và ngày bầu cử; Các cấp bầu cử: các cấp được bầu, cách nhau bằng dấu ; (để trống: mọi cấp)"},
	{SheetConstituencies, data.PartConstituencies, []column{
		colRace,
		col(ColUnit, election.FieldUnit, 14, true, "Mã ĐVHC", "Mã đơn vị"),
		col(ColNumber, election.FieldNumber, 12, true, "Số ĐVBC", "Đơn vị bầu cử số"),
		col(ColSeats, election.FieldSeats, 14, true, "Số đại biểu"),
		col(ColDescription, election.FieldDescription, 60, false, "Gồm", "Ghi chú"),
	}, "một dòng mỗi đơn vị bầu cử"},
	{SheetCandidates, data.PartCandidates, append([]column{
		colRace,
		col(ColUnit, election.FieldUnit, 14, true, "Mã ĐVHC", "Mã đơn vị"),
		col(ColNumber, election.FieldNumber, 12, true, "Số ĐVBC", "Đơn vị bầu cử số"),
		col(ColName, election.FieldName, 30, true, "Họ tên", "Họ và tên người ứng cử"),
		col(ColBirth, election.FieldBirth, 14, false, "Ngày, tháng, năm sinh"),
		col(ColSex, election.FieldSex, 10, false, "Nam/Nữ"),
	}, profileColumns...), "một dòng mỗi người ứng cử; các cột từ Dân tộc trở đi không bắt buộc (Đảng viên, Tái cử, Tự ứng cử: Có / Không)"},
	{SheetAreas, data.PartPollingAreas, []column{
		colCommune, colArea,
		col(ColAreaName, election.FieldName, 28, false, "Tên khu vực bỏ phiếu", "Tên tổ bầu cử"),
		col(ColConstituency(election.RaceQH), election.ConstituencyField(election.RaceQH), 10, false, "ĐVBC Quốc hội"),
		col(ColConstituency(election.RaceProvince), election.ConstituencyField(election.RaceProvince), 10, false),
		col(ColConstituency(election.RaceDistrict), election.ConstituencyField(election.RaceDistrict), 10, false),
		col(ColConstituency(election.RaceCommune), election.ConstituencyField(election.RaceCommune), 10, false),
		col(ColVillages, election.FieldVillages, 36, false, "Thôn", "Thôn, tổ dân phố thuộc khu vực"),
	}, "một dòng mỗi khu vực bỏ phiếu"},
	{SheetTallies, data.PartTallies, []column{
		colCommune, colArea, colRace,
		col(ColVoters, election.FieldVoters, 12, true),
		col(ColVoted, election.FieldVoted, 13, true, "Số cử tri đã tham gia bỏ phiếu", "Số cử tri đi bầu"),
		col(ColIssued, election.FieldIssued, 12, true),
		col(ColReceived, election.FieldReceived, 12, true),
		col(ColValid, election.FieldValid, 12, true),
		col(ColInvalid, election.FieldInvalid, 12, true),
		colRound,
	}, "một dòng mỗi biên bản kết quả kiểm phiếu (mỗi khu vực bỏ phiếu, mỗi cấp)"},
	{SheetVotes, data.PartVotes, []column{
		colCommune, colArea, colRace,
		col(ColCandidate, election.FieldName, 30, true, "Họ và tên", "Người ứng cử"),
		col(ColVotes, election.FieldVotes, 12, true, "Số phiếu"),
		colRound,
	}, "một dòng mỗi người ứng cử trong mỗi biên bản kiểm phiếu"},
}

// columns are a layout's columns as sheet.ReadTable takes them.
func (l layout) columns() []sheet.Column {
	out := make([]sheet.Column, len(l.cols))
	for i, c := range l.cols {
		out[i] = c.Column
	}
	return out
}

// header is the column that holds a field, "" when none.
func (l layout) header(field string) string {
	for _, c := range l.cols {
		if c.field == field {
			return c.Name
		}
	}
	return ""
}

// layoutOf is the layout of a part.
func layoutOf(p data.Part) layout {
	for _, l := range layouts {
		if l.part == p {
			return l
		}
	}
	return layout{}
}
