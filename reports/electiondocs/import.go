package electiondocs

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"tdkt/data/problem"

	"tdkt/data"
	"tdkt/data/election"
	"tdkt/data/vn"
	"tdkt/reports/sheet"
)

// IsElectionWorkbook reports whether a workbook's sheet names (folded
// with vn.Fold) are those of an election workbook: `tdkt import` uses it
// to tell the kind of a workbook.
func IsElectionWorkbook(foldedSheets map[string]bool) bool {
	for _, name := range []string{SheetConstituencies, SheetCandidates, SheetAreas, SheetTallies, SheetVotes} {
		if foldedSheets[vn.Fold(name)] {
			return true
		}
	}
	return false
}

// workbook is an election workbook being read: its tables, the rows read
// from them and the problems found so far.
type workbook struct {
	c       *sheet.Collector
	tables  map[data.Part]*sheet.Table
	records map[data.Part][]sheet.Record
	in      data.ElectionImport
}

// Read reads an election workbook into rows, checking what can be checked
// without the database (numbers, dates, races, blank required cells).
// Problems are returned, not as an error: the rows of the other sheets
// are still worth checking against the database. A file that is not a
// readable workbook is an error.
func Read(path string) (data.ElectionImport, problem.List, error) {
	wb, err := read(path)
	if err != nil {
		return data.ElectionImport{}, nil, err
	}
	return wb.in, wb.c.Problems, nil
}

func read(path string) (*workbook, error) {
	f, err := sheet.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	wb := &workbook{c: sheet.NewCollector(path), tables: map[data.Part]*sheet.Table{}, records: map[data.Part][]sheet.Record{}}
	found := false
	for _, l := range layouts {
		name, ok := sheet.FindSheet(f, l.name)
		if !ok {
			continue
		}
		found = true
		t, ok := sheet.ReadTable(f, wb.c, name, l.columns())
		if !ok {
			continue
		}
		wb.tables[l.part] = t
		wb.records[l.part] = t.Rows()
	}
	if !found {
		wb.c.Add("", 0, "", "sheets", "không có sheet nào của bảng tính bầu cử (%s); tạo mẫu bằng lệnh: tdkt template election TỆP.xlsx",
			strings.Join(Sheets, ", "))
		return wb, nil
	}
	wb.readElection()
	wb.readConstituencies()
	wb.readCandidates()
	wb.readAreas()
	wb.readTallies()
	return wb, nil
}

// problem records a problem of a cell.
func (wb *workbook) problem(p *problem.Problem) {
	if p != nil {
		wb.c.Problems = append(wb.c.Problems, *p)
	}
}

// row is a data row being read: it keeps whether a cell was refused.
type row struct {
	wb      *workbook
	r       sheet.Record
	refused bool
}

func (x *row) text(col string) string { return x.r.Text(col) }

func (x *row) required(col string) string {
	v := x.r.Text(col)
	if v == "" {
		x.wb.problem(ptr(x.r.Problem(col, problem.Required, "ô này không được để trống")))
		x.refused = true
	}
	return v
}

func (x *row) int(col string, required bool) int64 {
	n, ok, p := x.r.Int(col)
	switch {
	case p != nil:
		x.wb.problem(p)
		x.refused = true
	case !ok && required:
		x.wb.problem(ptr(x.r.Problem(col, problem.Required, "ô này không được để trống: cần một số")))
		x.refused = true
	}
	return n
}

func (x *row) race(col string) election.Race {
	s := x.required(col)
	if s == "" {
		return ""
	}
	r, ok := election.ParseRace(s)
	if !ok {
		x.wb.problem(ptr(x.r.Problem(col, problem.Race, "%q không phải cấp bầu cử: ghi QH, HĐND tỉnh, HĐND huyện hoặc HĐND xã", s)))
		x.refused = true
	}
	return r
}

// code reads a GSO code, restoring the leading zeros a number cell lost:
// 6 becomes "06" for a province, 70 becomes "00070" for a commune.
func (x *row) code(col string, width int) string {
	s := strings.TrimSpace(x.required(col))
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int64(f)) && f >= 0 {
		s = strconv.FormatInt(int64(f), 10)
	}
	if s != "" && strings.Trim(s, "0123456789") == "" && len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

func ptr(p problem.Problem) *problem.Problem { return &p }

// unitWidth is the number of digits of the code of a race's council unit.
func unitWidth(r election.Race) int {
	switch r {
	case election.RaceDistrict:
		return 3
	case election.RaceCommune:
		return 5
	}
	return 2
}

func (wb *workbook) rows(p data.Part) []*row {
	var out []*row
	for _, r := range wb.records[p] {
		if !r.Empty() {
			out = append(out, &row{wb: wb, r: r})
		}
	}
	return out
}

func (wb *workbook) readElection() {
	for i, x := range wb.rows(data.PartElection) {
		if i > 0 {
			wb.problem(ptr(x.r.Problem(ColElectionName, problem.Duplicate, "sheet %s chỉ ghi một cuộc bầu cử, ở dòng 2", SheetElection)))
			continue
		}
		name := x.required(ColElectionName)
		day, ok, p := x.r.Date(ColElectionDay)
		wb.problem(p)
		if p == nil && !ok {
			x.required(ColElectionDay)
		}
		races, rok := x.races(ColRaces)
		if name != "" && ok && rok {
			wb.in.Election = &data.ElectionRow{Row: x.r.Num, Name: name, Day: day, Races: races}
		}
	}
}

func (wb *workbook) readConstituencies() {
	for _, x := range wb.rows(data.PartConstituencies) {
		race := x.race(ColRace)
		r := data.ConstituencyRow{Row: x.r.Num, Race: race, Unit: x.code(ColUnit, unitWidth(race)),
			Number: int(x.int(ColNumber, true)), Seats: int(x.int(ColSeats, true)), Description: x.text(ColDescription)}
		r.Refused = x.refused
		wb.in.Constituencies = append(wb.in.Constituencies, r)
	}
}

func (wb *workbook) readCandidates() {
	for _, x := range wb.rows(data.PartCandidates) {
		race := x.race(ColRace)
		r := data.CandidateRow{Row: x.r.Num, Race: race, Unit: x.code(ColUnit, unitWidth(race)),
			Number: int(x.int(ColNumber, true)), Name: x.required(ColName), Sex: x.text(ColSex)}
		birth, _, p := x.r.Date(ColBirth)
		if p != nil {
			wb.problem(p)
			x.refused = true
		}
		r.Birth = birth
		if t := wb.tables[data.PartCandidates]; hasAny(t, profileColumns) {
			r.Profile = &election.Profile{Ethnicity: x.text(ColEthnicity), Religion: x.text(ColReligion), Party: x.text(ColParty),
				Reelected: x.text(ColReelected), SelfNominated: x.text(ColSelfNominated), Education: x.text(ColEducation),
				Theory: x.text(ColTheory), Occupation: x.text(ColOccupation), Workplace: x.text(ColWorkplace)}
		}
		r.Refused = x.refused
		wb.in.Candidates = append(wb.in.Candidates, r)
	}
}

func (wb *workbook) readAreas() {
	for _, x := range wb.rows(data.PartPollingAreas) {
		r := data.PollingAreaRow{Row: x.r.Num, Commune: x.code(ColCommune, 5), Number: int(x.int(ColArea, true)),
			Name: x.text(ColAreaName), In: map[election.Race]int{}}
		for _, race := range election.Races {
			if n := x.int(ColConstituency(race), false); n > 0 {
				r.In[race] = int(n)
			}
		}
		if t := wb.tables[data.PartPollingAreas]; t.Has(ColVillages) {
			r.Villages = []string{}
			for _, v := range strings.FieldsFunc(x.text(ColVillages), func(c rune) bool { return c == ';' || c == ',' || c == '\n' }) {
				if v = strings.TrimSpace(v); v != "" {
					r.Villages = append(r.Villages, v)
				}
			}
			if x.text(ColVillages) == "" {
				r.Villages = nil // a blank cell leaves the villages as they are
			}
		}
		r.Refused = x.refused
		wb.in.PollingAreas = append(wb.in.PollingAreas, r)
	}
}

// tallyKey is how the sheets Kiểm phiếu and Phiếu bầu name a tally.
type tallyKey struct {
	commune string
	area    int
	race    election.Race
	round   election.Round
}

// hasAny reports whether a table has any of the columns.
func hasAny(t *sheet.Table, cols []column) bool {
	for _, c := range cols {
		if t != nil && t.Has(c.Name) {
			return true
		}
	}
	return false
}

// races reads "Các cấp bầu cử": races separated by ";" (or ","), nil when
// blank; ok is false when one is not a race.
func (x *row) races(col string) ([]election.Race, bool) {
	s := x.text(col)
	var out []election.Race
	for _, part := range strings.FieldsFunc(s, func(c rune) bool { return c == ';' || c == ',' || c == '\n' }) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		r, ok := election.ParseRace(part)
		if !ok {
			x.wb.problem(ptr(x.r.Problem(col, problem.Race, "%q không phải cấp bầu cử: ghi các cấp QH, HĐND tỉnh, HĐND huyện, HĐND xã cách nhau bằng dấu ;", part)))
			x.refused = true
			return nil, false
		}
		out = append(out, r)
	}
	return out, true
}

// round reads "Lần bầu": blank or Lần đầu, Bầu thêm, Bầu lại.
func (x *row) round(col string) election.Round {
	s := x.text(col)
	r, ok := election.ParseRound(s)
	if !ok {
		x.wb.problem(ptr(x.r.Problem(col, problem.Required, "%q không phải lần bầu: để trống hoặc ghi Lần đầu, Bầu thêm, Bầu lại", s)))
		x.refused = true
	}
	return r
}

func (wb *workbook) readTallies() {
	index := map[tallyKey]int{}
	for _, x := range wb.rows(data.PartTallies) {
		race := x.race(ColRace)
		r := data.TallyRow{Row: x.r.Num, Commune: x.code(ColCommune, 5), Area: int(x.int(ColArea, true)), Race: race, Round: x.round(ColRound),
			Tally: election.Tally{
				Voters: x.int(ColVoters, true), Voted: x.int(ColVoted, true), Issued: x.int(ColIssued, true),
				Received: x.int(ColReceived, true), Valid: x.int(ColValid, true), Invalid: x.int(ColInvalid, true),
			}}
		r.Refused = x.refused
		k := tallyKey{r.Commune, r.Area, r.Race, r.Round}
		if _, dup := index[k]; !dup {
			index[k] = len(wb.in.Tallies)
		}
		wb.in.Tallies = append(wb.in.Tallies, r)
	}
	for _, x := range wb.rows(data.PartVotes) {
		race := x.race(ColRace)
		k := tallyKey{x.code(ColCommune, 5), int(x.int(ColArea, true)), race, x.round(ColRound)}
		v := data.VoteRow{Row: x.r.Num, Name: x.required(ColCandidate), Votes: x.int(ColVotes, true)}
		i, ok := index[k]
		switch {
		case x.refused:
			if ok {
				wb.in.Tallies[i].Refused = true // its votes are incomplete
			}
		case !ok:
			wb.problem(ptr(x.r.Problem(ColArea, problem.VotesWithoutTally,
				"không có dòng nào trong sheet %s cho khu vực bỏ phiếu số %d của xã mã %s, cấp %s%s: số phiếu bầu đi cùng biên bản kiểm phiếu",
				SheetTallies, k.area, k.commune, k.race, roundSuffix(k.round))))
		default:
			wb.in.Tallies[i].Votes = append(wb.in.Tallies[i].Votes, v)
		}
	}
}

// roundSuffix names a second round after a race: ", bầu thêm".
func roundSuffix(r election.Round) string {
	if r == election.Regular {
		return ""
	}
	return ", " + strings.ToLower(r.Word())
}

// locate turns a problem of the store into a problem of the workbook:
// the sheet, row, column and cell its part, row and field came from.
func (wb *workbook) locate(p problem.Problem) problem.Problem {
	part := data.Part(p.Part)
	l := layoutOf(part)
	out := problem.Problem{File: wb.c.File, Sheet: l.name, Row: p.Row, Column: l.header(p.Field), Field: p.Field, Item: p.Item, Rule: p.Rule, Message: p.Message, Warning: p.Warning}
	if t := wb.tables[part]; t != nil {
		out.Sheet = t.Sheet
		if recs := wb.records[part]; p.Row >= 2 && p.Row-2 < len(recs) && out.Column != "" {
			out.Cell = recs[p.Row-2].Cell(out.Column)
		}
	}
	return out
}

// order sorts problems by the order of the sheets, then by row.
func order(ps problem.List) {
	rank := map[string]int{}
	for i, name := range Sheets {
		rank[vn.Fold(name)] = i + 1
	}
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := rank[vn.Fold(ps[i].Sheet)], rank[vn.Fold(ps[j].Sheet)]
		if a != b {
			return a < b
		}
		return ps[i].Row < ps[j].Row
	})
}

// Import reads an election workbook and imports it into the store in one
// transaction: all of it, or nothing when any row breaks a rule. Every
// problem, of the workbook and against the database, is returned in one
// pass as problem.List, in the order of the sheets and rows. The
// warnings of an import that succeeded (ImportResult.Warnings) are
// located in the workbook the same way.
func Import(ctx context.Context, st *data.Store, path string, progress func(float64)) (data.ImportResult, error) {
	wb, err := read(path)
	if err != nil {
		return data.ImportResult{}, err
	}
	ps := wb.c.Problems
	if len(ps) > 0 && len(wb.tables) == 0 {
		return data.ImportResult{}, ps
	}
	res, err := st.ImportElection(ctx, wb.in, data.ImportOptions{DryRun: len(ps) > 0, Progress: progress})
	var dps problem.List
	switch {
	case errors.As(err, &dps):
		for _, p := range dps {
			ps = append(ps, wb.locate(p))
		}
	case err != nil:
		return data.ImportResult{}, fmt.Errorf("%s: %w", wb.c.File, err)
	}
	if len(ps) > 0 {
		order(ps)
		return data.ImportResult{}, ps
	}
	for i, p := range res.Warnings {
		res.Warnings[i] = wb.locate(p)
	}
	order(problem.List(res.Warnings))
	return res, nil
}
