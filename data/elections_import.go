package data

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strconv"
	"strings"
	"time"

	"tdkt/data/problem"

	"tdkt/assets"
	"tdkt/data/election"
	"tdkt/data/vn"
)

// ElectionImport is an election's data as a workbook brings it, read but
// not yet checked against the database: rows refer to units by GSO code,
// to constituencies by race, unit and number, to polling areas by commune
// and number and to candidates by name. Any list may be empty when its
// data is already in the database.
type ElectionImport struct {
	Election       *ElectionRow // nil: the latest election in the database
	Constituencies []ConstituencyRow
	Candidates     []CandidateRow
	PollingAreas   []PollingAreaRow
	Tallies        []TallyRow // each with the votes of its candidates
}

// Part is one list of an ElectionImport (one sheet of the workbook).
type Part int

// The parts of an ElectionImport, in the order they are imported.
const (
	PartElection Part = iota
	PartConstituencies
	PartCandidates
	PartPollingAreas
	PartTallies
	PartVotes // the Votes inside Tallies
)

// String names the part in Vietnamese.
func (p Part) String() string {
	switch p {
	case PartElection:
		return "Cuộc bầu cử"
	case PartConstituencies:
		return "Đơn vị bầu cử"
	case PartCandidates:
		return "Người ứng cử"
	case PartPollingAreas:
		return "Khu vực bỏ phiếu"
	case PartTallies:
		return "Kiểm phiếu"
	case PartVotes:
		return "Phiếu bầu"
	}
	return "Part(" + strconv.Itoa(int(p)) + ")"
}

// Every row below carries Row, where it came from (a sheet's row number),
// and Refused, set when the reader already refused the row: it is then
// skipped, and so are the rows that depend on it, without a second
// problem for the same cause.

// ElectionRow names the election and its polling day.
type ElectionRow struct {
	Row  int
	Name string
	Day  time.Time
	// Races are the races the election holds ("Các cấp bầu cử"): nil for
	// every race of the structure in force on polling day.
	Races []election.Race
}

// ConstituencyRow is one constituency.
type ConstituencyRow struct {
	Row         int
	Refused     bool
	Race        election.Race
	Unit        string // GSO code of the council's unit
	Number      int
	Seats       int
	Description string
}

// CandidateRow is one candidate of a constituency.
type CandidateRow struct {
	Row     int
	Refused bool
	Race    election.Race
	Unit    string
	Number  int // of the constituency
	Name    string
	Birth   time.Time // zero when unknown
	Sex     string
	// Profile holds the optional columns (composition); nil when the sheet
	// has none of them, which leaves a stored candidate's as it is.
	Profile *election.Profile
}

// PollingAreaRow is one polling area.
type PollingAreaRow struct {
	Row      int
	Refused  bool
	Commune  string // GSO code
	Number   int
	Name     string
	Villages []string              // names of the villages it covers; nil leaves them as they are
	In       map[election.Race]int // constituency number per race
}

// TallyRow is the minutes of one polling area for one race.
type TallyRow struct {
	Row     int
	Refused bool
	Commune string
	Area    int
	Race    election.Race
	Round   election.Round // "Lần bầu": Regular, Additional or Repeat
	election.Tally
	Votes []VoteRow
}

// VoteRow is the votes of one candidate in a TallyRow.
type VoteRow struct {
	Row   int
	Name  string
	Votes int64
}

// ImportResult says what an import wrote.
type ImportResult struct {
	Election                                   Election
	Constituencies, Candidates, Areas, Tallies int // rows added or changed
	Votes                                      int
	Provinces                                  []string // official provinces loaded on the way
	// Warnings do not refuse the import: a list of candidates shorter
	// than Điều 57.6 / 58.3 ask for (rule candidate_list_short), at the
	// row of the constituency (else of its first candidate) that the rows
	// name.
	Warnings problem.List
}

// ImportElection checks an election's rows against the law and the
// database and writes them in one transaction: all of it or, when any row
// breaks a rule, nothing, with every problem in problem.List. Rows that
// exist are updated, never duplicated: a polling area's tally for a race
// is replaced with its votes. Provinces of the official list that the rows
// refer to and that are not in the database yet are loaded on the way.
func (s *Store) ImportElection(ctx context.Context, in ElectionImport, opt ImportOptions) (ImportResult, error) {
	var res ImportResult
	err := s.write(ctx, func(t *Tx) error {
		// A country's votes land all over the votes table: a larger page
		// cache for this connection keeps the import from waiting on disk.
		if _, err := t.exec(`PRAGMA cache_size = -98304`); err != nil {
			return err
		}
		im := &importer{t: t, ctx: ctx, in: in, opt: opt, folded: map[string]string{}}
		if err := im.run(&res); err != nil {
			return err
		}
		if len(im.problems) > 0 {
			sort.SliceStable(im.problems, func(i, j int) bool {
				a, b := im.problems[i], im.problems[j]
				if a.Part != b.Part {
					return a.Part < b.Part
				}
				return a.Row < b.Row
			})
			return im.problems
		}
		if opt.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		return res, nil
	}
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// constituencyKey identifies a constituency inside an election.
type constituencyKey struct {
	race   election.Race
	unit   int64
	number int
}

// rowKey identifies a row by codes as written, for refused rows whose
// codes may not resolve.
type rowKey struct {
	race   election.Race
	code   string
	number int
}

type areaKey struct {
	commune int64
	number  int
}

type tallyKey struct {
	area int64
	race election.Race
}

// candKey is a candidate by constituency and folded name.
type candKey struct {
	constituency int64
	fold         string
}

type candRef struct {
	id   int64
	fold string
	name string
	new  bool
}

type areaRef struct {
	id int64
	in map[election.Race]int64
}

// importer is the state of one ImportElection.
type importer struct {
	t        *Tx
	ctx      context.Context
	in       ElectionImport
	opt      ImportOptions
	e        Election
	problems problem.List
	folded   map[string]string

	units      map[string]Unit // official units of the structure by code
	unitByID   map[int64]Unit
	constit    map[constituencyKey]Constituency
	constByID  map[int64]Constituency
	refusedC   map[rowKey]bool
	cands      map[int64][]candRef // constituency id -> candidates
	areas      map[areaKey]*areaRef
	refusedA   map[rowKey]bool
	refusedN   map[candKey]bool                  // candidates whose row was refused
	tallies    map[tallyKey]int64                // stored tallies -> their constituency
	newTallies map[rowKey]map[election.Race]bool // tallies the rows bring, by commune code and area
	created    map[int64]bool                    // constituencies created by this import
	newCand    map[int64]int                     // constituency that existed -> first row adding a candidate to it
	written    map[int64]int                     // constituency -> tallies written by this import
	touched    *touched                          // for refreshTotals

	done, total int
}

func (im *importer) add(part Part, row int, p *problem.Problem) {
	im.problems = append(im.problems, problem.Problem{Part: int(part), Row: row, Field: p.Field, Item: p.Item, Rule: p.Rule, Message: p.Message, Warning: p.Warning})
}

func (im *importer) fold(s string) string {
	f, ok := im.folded[s]
	if !ok {
		f = vn.Fold(s)
		im.folded[s] = f
	}
	return f
}

// step counts a row done, reports progress and checks for cancellation.
func (im *importer) step() error {
	im.done++
	if im.done%2000 != 0 {
		return nil
	}
	if im.opt.Progress != nil && im.total > 0 {
		im.opt.Progress(float64(im.done) / float64(im.total))
	}
	return im.ctx.Err()
}

func (im *importer) run(res *ImportResult) error {
	im.total = len(im.in.Constituencies) + len(im.in.Candidates) + len(im.in.PollingAreas) + len(im.in.Tallies)
	if !im.election() {
		return nil
	}
	if im.e.Locked() {
		row := 0
		if im.in.Election != nil {
			row = im.in.Election.Row
		}
		im.add(PartElection, row, fieldErr(election.FieldName, problem.ElectionLocked, "%v", lockedErr(im.e)))
		return nil
	}
	res.Election = im.e
	var err error
	if res.Provinces, err = im.loadUnits(); err != nil {
		return err
	}
	if err := im.loadExisting(); err != nil {
		return err
	}
	steps := []func(*ImportResult) error{im.constituencies, im.candidates, im.pollingAreas, im.tallyRows, im.roundTallyRows}
	for _, f := range steps {
		if err := f(res); err != nil {
			return err
		}
	}
	if err := im.checkNewCandidates(); err != nil {
		return err
	}
	if len(im.problems) == 0 {
		if err := im.t.refreshTotals(im.touched); err != nil {
			return err
		}
		res.Warnings = im.listWarnings()
	}
	return im.t.audit("elections", im.e.ID, "import", nil, map[string]any{
		"constituencies": res.Constituencies, "candidates": res.Candidates, "polling_areas": res.Areas,
		"tallies": res.Tallies, "votes": res.Votes, "provinces_loaded": res.Provinces})
}

// listWarnings checks the list-length rule (Điều 57.6, 58.3, a warning)
// on every constituency that the rows of the sheets Đơn vị bầu cử and
// Người ứng cử name, with its candidates as the import leaves them. A
// warning sits at the constituency's row, else at its first candidate's.
func (im *importer) listWarnings() []problem.Problem {
	type at struct {
		part Part
		row  int
	}
	where := map[int64]at{}
	var order []int64
	note := func(part Part, row int, race election.Race, code string, number int) {
		u, ok := im.units[code]
		if !ok {
			return
		}
		c, ok := im.constit[constituencyKey{race, u.ID, number}]
		if _, seen := where[c.ID]; !ok || seen {
			return
		}
		where[c.ID] = at{part, row}
		order = append(order, c.ID)
	}
	for _, r := range im.in.Constituencies {
		note(PartConstituencies, r.Row, r.Race, r.Unit, r.Number)
	}
	for _, r := range im.in.Candidates {
		note(PartCandidates, r.Row, r.Race, r.Unit, r.Number)
	}
	var out []problem.Problem
	for _, id := range order {
		c := im.constByID[id]
		if p := election.CheckCandidateList(c.Label(), c.Race, c.Seats, len(im.cands[id])); p != nil {
			w := where[id]
			field := p.Field
			if w.part != PartConstituencies {
				field = ""
			}
			out = append(out, problem.Problem{Part: int(w.part), Row: w.row, Field: field, Rule: p.Rule, Message: p.Message, Warning: p.Warning})
		}
	}
	return out
}

// election finds or creates the election the rows belong to.
func (im *importer) election() bool {
	t := im.t
	if r := im.in.Election; r != nil {
		name, err := checkElection(r.Name, r.Day)
		if err != nil {
			im.add(PartElection, r.Row, err.(*problem.Problem))
			return false
		}
		var id int64
		switch err := t.queryRow(`SELECT id FROM elections WHERE search = ?`, vn.Fold(name)).Scan(&id); err {
		case nil, sql.ErrNoRows:
		default:
			im.add(PartElection, r.Row, fieldErr(election.FieldName, problem.NoElection, "%v", err))
			return false
		}
		if id != 0 && len(r.Races) > 0 {
			if err := t.setRaces(id, r.Races); err != nil {
				var fe *problem.Problem
				if !errors.As(err, &fe) {
					fe = fieldErr(election.FieldRace, problem.Race, "%v", err)
				}
				im.add(PartElection, r.Row, fe)
				return false
			}
		}
		id, err = t.saveElection(Election{ID: id, Name: name, PollingDay: r.Day, Races: r.Races})
		if err != nil {
			var fe *problem.Problem
			if !errors.As(err, &fe) {
				fe = fieldErr(election.FieldName, problem.NoElection, "%v", err)
			}
			im.add(PartElection, r.Row, fe)
			return false
		}
		e, err := scanElection(t.queryRow(`SELECT `+electionCols+` FROM elections WHERE id = ?`, id))
		if err != nil {
			im.add(PartElection, r.Row, fieldErr(election.FieldName, problem.NoElection, "%v", err))
			return false
		}
		im.e = e
		return true
	}
	e, err := scanElection(t.queryRow(`SELECT ` + electionCols + ` FROM elections ORDER BY polling_day DESC, id DESC LIMIT 1`))
	if err != nil {
		im.add(PartElection, 0, fieldErr(election.FieldName, problem.NoElection, "Chưa có cuộc bầu cử nào: cần sheet Cuộc bầu cử với tên và ngày bầu cử"))
		return false
	}
	im.e = e
	return true
}

// loadUnits reads the official units of the election's structure, first
// loading the provinces of codes that are in the official list but not yet
// in the database.
func (im *importer) loadUnits() ([]string, error) {
	seen := map[string]bool{}
	var codes []string
	add := func(c string) {
		if c != "" && !seen[c] {
			seen[c] = true
			codes = append(codes, c)
		}
	}
	for _, r := range im.in.Constituencies {
		add(r.Unit)
	}
	for _, r := range im.in.Candidates {
		add(r.Unit)
	}
	for _, r := range im.in.PollingAreas {
		add(r.Commune)
	}
	for _, r := range im.in.Tallies {
		add(r.Commune)
	}
	list := jsonList(codes)
	// The units named and their ancestors, nothing else.
	read := func() error {
		rows, err := im.t.tx.Query(`WITH RECURSIVE t(id) AS (
				SELECT id FROM units WHERE structure = ? AND official = 1 AND code IN (SELECT value FROM json_each(?))
				UNION SELECT u.parent_id FROM units u JOIN t ON u.id = t.id WHERE u.parent_id IS NOT NULL)
			SELECT id, structure, code, name, type, level, COALESCE(parent_id, 0) FROM units WHERE id IN (SELECT id FROM t)`,
			im.e.Structure, list)
		if err != nil {
			return err
		}
		defer rows.Close()
		im.units, im.unitByID = map[string]Unit{}, map[int64]Unit{}
		for rows.Next() {
			u := Unit{Official: true}
			if err := rows.Scan(&u.ID, &u.Structure, &u.Code, &u.Name, &u.Type, &u.Level, &u.ParentID); err != nil {
				return err
			}
			im.units[u.Code] = u
			im.unitByID[u.ID] = u
		}
		return rows.Err()
	}
	if err := read(); err != nil {
		return nil, err
	}
	missing := map[string]bool{}
	for _, c := range codes {
		if _, ok := im.units[c]; !ok {
			missing[c] = true
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	official, err := assets.Units(im.e.Structure)
	if err != nil {
		return nil, err
	}
	parent := map[string]string{}
	for _, u := range official {
		parent[u.Code] = u.Parent
	}
	provinces := map[string]bool{}
	for c := range missing {
		if _, ok := parent[c]; !ok {
			continue
		}
		for parent[c] != "" {
			c = parent[c]
		}
		provinces[c] = true
	}
	var loaded []string
	for p := range provinces {
		loaded = append(loaded, p)
	}
	sort.Strings(loaded)
	for _, p := range loaded {
		if _, err := im.t.loadOfficial(im.e.Structure, p); err != nil {
			return nil, err
		}
	}
	return loaded, read()
}

// chain is a unit's chain from its province down to itself.
func (im *importer) chain(u Unit) []Unit {
	var out []Unit
	for i := 0; i < 5; i++ {
		out = append([]Unit{u}, out...)
		p, ok := im.unitByID[u.ParentID]
		if !ok {
			break
		}
		u = p
	}
	return out
}

// scope lists the units whose existing constituencies (councils) and
// polling areas (communes) the rows can touch, as JSON arrays of ids, so
// that importing one commune's workbook reads that commune, not the country.
func (im *importer) scope() (councils, communes string) {
	cs, ms := map[int64]bool{}, map[int64]bool{}
	for _, r := range im.in.Constituencies {
		cs[im.units[r.Unit].ID] = true
	}
	for _, r := range im.in.Candidates {
		cs[im.units[r.Unit].ID] = true
	}
	commune := func(code string) {
		u, ok := im.units[code]
		if !ok || ms[u.ID] {
			return
		}
		ms[u.ID] = true
		for _, x := range im.chain(u) {
			cs[x.ID] = true
		}
	}
	for _, r := range im.in.PollingAreas {
		commune(r.Commune)
	}
	for _, r := range im.in.Tallies {
		commune(r.Commune)
	}
	return idList(cs), idList(ms)
}

// loadExisting reads what the election already has in the scope of the rows.
func (im *importer) loadExisting() error {
	t, id := im.t, im.e.ID
	councils, communes := im.scope()
	im.constit, im.constByID = map[constituencyKey]Constituency{}, map[int64]Constituency{}
	im.refusedC, im.refusedA, im.refusedN = map[rowKey]bool{}, map[rowKey]bool{}, map[candKey]bool{}
	im.cands, im.areas, im.tallies = map[int64][]candRef{}, map[areaKey]*areaRef{}, map[tallyKey]int64{}
	im.newCand, im.written, im.created = map[int64]int{}, map[int64]int{}, map[int64]bool{}
	im.touched = newTouched(id)

	const inScope = ` IN (SELECT value FROM json_each(?))`
	rows, err := t.tx.Query(`SELECT `+constituencyCols+` FROM constituencies c JOIN units u ON u.id = c.unit_id WHERE c.election_id = ? AND c.unit_id`+inScope, id, councils)
	if err != nil {
		return err
	}
	for rows.Next() {
		c, err := scanConstituency(rows)
		if err != nil {
			rows.Close()
			return err
		}
		im.constit[constituencyKey{c.Race, c.UnitID, c.Number}] = c
		im.constByID[c.ID] = c
	}
	rows.Close()

	rows, err = t.tx.Query(`SELECT c.id, c.constituency_id, c.search, c.name FROM candidates c JOIN constituencies k ON k.id = c.constituency_id
		WHERE k.election_id = ? AND k.unit_id`+inScope, id, councils)
	if err != nil {
		return err
	}
	for rows.Next() {
		var r candRef
		var k int64
		if err := rows.Scan(&r.id, &k, &r.fold, &r.name); err != nil {
			rows.Close()
			return err
		}
		im.cands[k] = append(im.cands[k], r)
	}
	rows.Close()

	rows, err = t.tx.Query(`SELECT p.id, p.commune_id, p.number FROM polling_areas p WHERE p.election_id = ? AND p.commune_id`+inScope, id, communes)
	if err != nil {
		return err
	}
	byID := map[int64]*areaRef{}
	for rows.Next() {
		a := &areaRef{in: map[election.Race]int64{}}
		var k areaKey
		if err := rows.Scan(&a.id, &k.commune, &k.number); err != nil {
			rows.Close()
			return err
		}
		im.areas[k] = a
		byID[a.id] = a
	}
	rows.Close()

	rows, err = t.tx.Query(`SELECT pac.polling_area_id, pac.race, pac.constituency_id, t.race IS NOT NULL
		FROM polling_area_constituencies pac JOIN polling_areas p ON p.id = pac.polling_area_id
		LEFT JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE p.election_id = ? AND p.commune_id`+inScope, id, communes)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a, k int64
		var race string
		var tallied bool
		if err := rows.Scan(&a, &race, &k, &tallied); err != nil {
			return err
		}
		byID[a].in[election.Race(race)] = k
		if tallied {
			im.tallies[tallyKey{a, election.Race(race)}] = k
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	// The (commune, area, race) of every tally the rows bring.
	im.newTallies = map[rowKey]map[election.Race]bool{}
	for _, r := range im.in.Tallies {
		k := rowKey{code: r.Commune, number: r.Area}
		if im.newTallies[k] == nil {
			im.newTallies[k] = map[election.Race]bool{}
		}
		im.newTallies[k][r.Race] = true
	}
	return nil
}

// unit resolves a unit code of a row, adding a problem when unknown.
func (im *importer) unit(part Part, row int, field, code string) (Unit, bool) {
	if code == "" {
		im.add(part, row, fieldErr(field, problem.Required, "Chưa có mã đơn vị hành chính"))
		return Unit{}, false
	}
	u, ok := im.units[code]
	if !ok {
		im.add(part, row, fieldErr(field, problem.Unit, "Không có đơn vị hành chính mã %q trong danh mục %s", code, im.e.Structure))
	}
	return u, ok
}

func (im *importer) constituencies(res *ImportResult) error {
	t := im.t
	ins, err := t.tx.Prepare(`INSERT INTO constituencies(election_id, race, unit_id, number, seats, description) VALUES (?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	seen := map[constituencyKey]int{}
	for _, r := range im.in.Constituencies {
		if err := im.step(); err != nil {
			return err
		}
		if r.Refused {
			im.refusedC[rowKey{r.Race, r.Unit, r.Number}] = true
			continue
		}
		u, ok := im.unit(PartConstituencies, r.Row, election.FieldUnit, r.Unit)
		if !ok {
			im.refusedC[rowKey{r.Race, r.Unit, r.Number}] = true
			continue
		}
		if fe := election.CheckConstituency(im.e.rules(), r.Race, u.ruleUnit(), r.Number, r.Seats); fe != nil {
			im.add(PartConstituencies, r.Row, fe)
			im.refusedC[rowKey{r.Race, r.Unit, r.Number}] = true
			continue
		}
		k := constituencyKey{r.Race, u.ID, r.Number}
		if first, dup := seen[k]; dup {
			im.add(PartConstituencies, r.Row, fieldErr(election.FieldNumber, problem.Duplicate, "Đơn vị bầu cử %s số %d của %s trùng với dòng %d", r.Race.Label(), r.Number, u.Name, first))
			continue
		}
		seen[k] = r.Row
		desc := vn.Clean(r.Description)
		if old, ok := im.constit[k]; ok {
			if old.Seats == r.Seats && old.Description == desc {
				continue
			}
			if r.Seats < old.Seats {
				if fe := t.checkSeatsFitTallies(old.ID, r.Seats); fe != nil {
					im.add(PartConstituencies, r.Row, fe)
					continue
				}
			}
			if _, err := t.exec(`UPDATE constituencies SET seats = ?, description = ? WHERE id = ?`, r.Seats, desc, old.ID); err != nil {
				return err
			}
			old.Seats, old.Description = r.Seats, desc
			im.constit[k], im.constByID[old.ID] = old, old
			res.Constituencies++
			continue
		}
		x, err := ins.Exec(im.e.ID, string(r.Race), u.ID, r.Number, r.Seats, desc)
		if err != nil {
			return failed(err, "đơn vị bầu cử dòng %d", r.Row)
		}
		c := Constituency{ElectionID: im.e.ID, Race: r.Race, UnitID: u.ID, UnitCode: u.Code, UnitName: u.Name, Number: r.Number, Seats: r.Seats, Description: desc}
		c.ID, _ = x.LastInsertId()
		im.constit[k], im.constByID[c.ID] = c, c
		im.created[c.ID] = true
		res.Constituencies++
	}
	return nil
}

// constituencyOf resolves the constituency a row refers to; ok is false
// (with a problem added unless the constituency's own row was refused)
// when there is none.
func (im *importer) constituencyOf(part Part, row int, field string, race election.Race, unitID int64, code string, number int) (Constituency, bool) {
	if c, ok := im.constit[constituencyKey{race, unitID, number}]; ok {
		return c, true
	}
	if im.refusedC[rowKey{race, code, number}] {
		return Constituency{}, false
	}
	where := code
	if u, ok := im.unitByID[unitID]; ok {
		where = u.Name
	}
	im.add(part, row, fieldErr(field, problem.ConstituencyUnknown, "Không có đơn vị bầu cử %s số %d của %s (thêm vào sheet Đơn vị bầu cử)", race.Label(), number, where))
	return Constituency{}, false
}

func (im *importer) candidates(res *ImportResult) error {
	t := im.t
	ins := newCandidateInserter(t)
	defer ins.close()
	upd, err := t.tx.Prepare(`UPDATE candidates SET name = ?, birth_date = ?, sex = ? WHERE id = ? AND (name <> ?1 OR birth_date <> ?2 OR sex <> ?3)`)
	if err != nil {
		return err
	}
	defer upd.Close()
	seen := map[candKey]int{}
	type profileRow struct {
		key candKey
		p   election.Profile
	}
	var profiles []profileRow
	for _, r := range im.in.Candidates {
		if err := im.step(); err != nil {
			return err
		}
		if im.refusedC[rowKey{r.Race, r.Unit, r.Number}] {
			continue
		}
		if r.Refused {
			// Votes for this person are not "unknown": their row is refused.
			if u, ok := im.units[r.Unit]; ok {
				if c, ok := im.constit[constituencyKey{r.Race, u.ID, r.Number}]; ok {
					im.refusedN[candKey{c.ID, im.fold(r.Name)}] = true
				}
			}
			continue
		}
		u, ok := im.unit(PartCandidates, r.Row, election.FieldUnit, r.Unit)
		if !ok {
			continue
		}
		c, ok := im.constituencyOf(PartCandidates, r.Row, election.FieldNumber, r.Race, u.ID, r.Unit, r.Number)
		if !ok {
			continue
		}
		name, sex, fe := election.CheckCandidate(r.Name, r.Birth, r.Sex, im.e.PollingDay)
		if fe != nil {
			im.add(PartCandidates, r.Row, fe)
			im.refusedN[candKey{c.ID, im.fold(r.Name)}] = true
			continue
		}
		f := im.fold(name)
		if first, dup := seen[candKey{c.ID, f}]; dup {
			im.add(PartCandidates, r.Row, fieldErr(election.FieldName, problem.Duplicate, "%s trùng với dòng %d (%s)", name, first, c.Label()))
			continue
		}
		seen[candKey{c.ID, f}] = r.Row
		if r.Profile != nil {
			p, fe := election.CheckProfile(*r.Profile)
			if fe != nil {
				im.add(PartCandidates, r.Row, fe)
				continue
			}
			profiles = append(profiles, profileRow{candKey{c.ID, f}, p})
		}
		found := false
		for i, old := range im.cands[c.ID] {
			if old.fold == f {
				found = true
				x, err := upd.Exec(name, birthText(r.Birth), sex, old.id)
				if err != nil {
					return err
				}
				if n, _ := x.RowsAffected(); n > 0 {
					res.Candidates++
				}
				im.cands[c.ID][i].name = name
			}
		}
		if found {
			continue
		}
		if err := ins.add(im, c.ID, name, f, birthText(r.Birth), sex); err != nil {
			return failed(err, "người ứng cử dòng %d", r.Row)
		}
		res.Candidates++
		if _, ok := im.newCand[c.ID]; !ok && !im.created[c.ID] {
			im.newCand[c.ID] = r.Row
		}
	}
	if err := ins.flush(im); err != nil {
		return err
	}
	if len(profiles) == 0 || len(im.problems) > 0 {
		return nil
	}
	st, err := t.tx.Prepare(`UPDATE candidates SET ethnicity = ?, religion = ?, party = ?, reelected = ?, self_nominated = ?,
		education = ?, theory = ?, occupation = ?, workplace = ? WHERE constituency_id = ? AND search = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, x := range profiles {
		p := x.p
		if _, err := st.Exec(p.Ethnicity, p.Religion, p.Party, p.Reelected, p.SelfNominated, p.Education, p.Theory, p.Occupation, p.Workplace,
			x.key.constituency, x.key.fold); err != nil {
			return failed(err, "không ghi được lý lịch người ứng cử")
		}
	}
	return nil
}

// candidateInserter writes new candidates a constituency at a time, in
// one INSERT … RETURNING statement, and records their ids.
type candidateInserter struct {
	t       *Tx
	stmts   map[int]*sql.Stmt // by number of rows
	k       int64             // the constituency of the rows pending
	pending []any
	names   []candRef
}

func newCandidateInserter(t *Tx) *candidateInserter {
	return &candidateInserter{t: t, stmts: map[int]*sql.Stmt{}}
}

func (c *candidateInserter) add(im *importer, k int64, name, fold, birth, sex string) error {
	if k != c.k || len(c.names) == 100 {
		if err := c.flush(im); err != nil {
			return err
		}
		c.k = k
	}
	c.pending = append(c.pending, k, name, fold, birth, sex)
	c.names = append(c.names, candRef{fold: fold, name: name, new: true})
	return nil
}

func (c *candidateInserter) flush(im *importer) error {
	n := len(c.names)
	if n == 0 {
		return nil
	}
	st, ok := c.stmts[n]
	if !ok {
		var err error
		st, err = c.t.tx.Prepare(`INSERT INTO candidates(constituency_id, name, search, birth_date, sex) VALUES ` +
			strings.TrimSuffix(strings.Repeat("(?,?,?,?,?),", n), ",") + ` RETURNING id, search`)
		if err != nil {
			return err
		}
		c.stmts[n] = st
	}
	rows, err := st.Query(c.pending...)
	if err != nil {
		return err
	}
	ids := make(map[string]int64, n)
	for rows.Next() {
		var id int64
		var fold string
		if err := rows.Scan(&id, &fold); err != nil {
			rows.Close()
			return err
		}
		ids[fold] = id
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, r := range c.names {
		r.id = ids[r.fold]
		im.cands[c.k] = append(im.cands[c.k], r)
	}
	c.pending, c.names = c.pending[:0], c.names[:0]
	return nil
}

func (c *candidateInserter) close() {
	for _, st := range c.stmts {
		st.Close()
	}
}
