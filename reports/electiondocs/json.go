package electiondocs

import (
	"encoding/json"
	"io"

	"tdkt/data"
	"tdkt/data/election"
)

// The results JSON of `tdkt results --json`, field by field as FORMATS.md
// fixes it. Percentages are JSON numbers rounded half up to 2 decimals.

type resultsJSON struct {
	Election       string             `json:"election"`
	Constituencies []constituencyJSON `json:"constituencies"`
	Units          []unitJSON         `json:"units"`
}

type constituencyJSON struct {
	Race         string          `json:"race"`
	UnitCode     string          `json:"unit_code"`
	Number       int             `json:"number"`
	Seats        int             `json:"seats"`
	Voters       int64           `json:"voters"`
	Voted        int64           `json:"voted"`
	Turnout      json.Number     `json:"turnout"`
	Valid        int64           `json:"valid"`
	Invalid      int64           `json:"invalid"`
	Status       election.Status `json:"status"`
	ElectedCount int             `json:"elected_count"`
	Candidates   []candidateJSON `json:"candidates"`
	// Warnings extend FORMATS.md's schema compatibly: present only when
	// the constituency has one (a list of candidates shorter than Điều
	// 57.6 / 58.3 ask for), so the JSON of every other constituency is
	// as before.
	Warnings []warningJSON `json:"warnings,omitempty"`
}

// warningJSON is a warning of a constituency: its rule code (stable, for
// scripts) and its Vietnamese message.
type warningJSON struct {
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

type candidateJSON struct {
	Name      string      `json:"name"`
	BirthDate string      `json:"birth_date"` // YYYY-MM-DD, "" when unknown
	Votes     int64       `json:"votes"`
	Percent   json.Number `json:"percent"`
	Elected   bool        `json:"elected"`
}

type unitJSON struct {
	UnitCode string      `json:"unit_code"`
	Race     string      `json:"race"`
	Voters   int64       `json:"voters"`
	Voted    int64       `json:"voted"`
	Turnout  json.Number `json:"turnout"`
	Seats    int64       `json:"seats"`
	Elected  int64       `json:"elected"`
}

// EmptyResultsJSON is what `tdkt results --json` prints on a database
// without an election, as FORMATS.md writes it: the schema's three keys
// with nothing in them.
const EmptyResultsJSON = `{"election": "", "constituencies": [], "units": []}`

// WriteJSON writes the results as `tdkt results --json` prints them:
// constituencies by race, unit code and number, each with its candidates
// by votes (highest first); a row per unit and race of the unit tree.
func WriteJSON(w io.Writer, r *data.Results) error {
	out := resultsJSON{Election: r.Election.Name, Constituencies: []constituencyJSON{}, Units: []unitJSON{}}
	for _, c := range r.Constituencies {
		cj := constituencyJSON{
			Race: string(c.Race), UnitCode: c.UnitCode, Number: c.Number, Seats: c.Seats,
			Voters: c.Voters, Voted: c.Voted, Turnout: election.JSONNumber(c.Turnout), Valid: c.Valid, Invalid: c.Invalid,
			Status: c.Status, ElectedCount: c.Elected, Candidates: []candidateJSON{},
		}
		for _, k := range c.Ranked {
			birth := ""
			if !k.Birth.IsZero() {
				birth = k.Birth.Format("2006-01-02")
			}
			cj.Candidates = append(cj.Candidates, candidateJSON{Name: k.Name, BirthDate: birth, Votes: k.Votes,
				Percent: election.JSONNumber(k.Percent), Elected: k.Elected})
		}
		for _, w := range c.Warnings {
			cj.Warnings = append(cj.Warnings, warningJSON{Rule: w.Rule, Message: w.Message})
		}
		out.Constituencies = append(out.Constituencies, cj)
	}
	for _, u := range r.Units {
		out.Units = append(out.Units, unitJSON{UnitCode: u.Unit.Code, Race: string(u.Race), Voters: u.Voters, Voted: u.Voted,
			Turnout: election.JSONNumber(u.Turnout()), Seats: u.Seats, Elected: u.Elected})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
