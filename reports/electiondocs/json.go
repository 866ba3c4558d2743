package electiondocs

import (
	"encoding/json"
	"io"
	"sort"

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
	// Round names the latest round counted; Rounds lists every round
	// counted, in order (second round of the contract).
	Round  string      `json:"round"`
	Rounds []roundJSON `json:"rounds"`
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

// roundJSON is one round of a constituency with its own sums and result.
type roundJSON struct {
	Round      string          `json:"round"`
	Voters     int64           `json:"voters"`
	Voted      int64           `json:"voted"`
	Turnout    json.Number     `json:"turnout"`
	Valid      int64           `json:"valid"`
	Invalid    int64           `json:"invalid"`
	Status     election.Status `json:"status"`
	Candidates []candidateJSON `json:"candidates"`
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

// candidatesJSON lists ranked candidates as the JSON writes them.
func candidatesJSON(ranked []election.Ranked) []candidateJSON {
	out := make([]candidateJSON, 0, len(ranked))
	for _, k := range ranked {
		birth := ""
		if !k.Birth.IsZero() {
			birth = k.Birth.Format("2006-01-02")
		}
		out = append(out, candidateJSON{Name: k.Name, BirthDate: birth, Votes: k.Votes,
			Percent: election.JSONNumber(k.Percent), Elected: k.Elected})
	}
	return out
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
			Status: c.Status, ElectedCount: c.Elected, Candidates: candidatesJSON(c.Ranked),
			Round: c.Round.Code(), Rounds: []roundJSON{},
		}
		// Across a bầu thêm the combined list holds votes of two rounds:
		// keep it by votes, highest first, as the contract says.
		sort.SliceStable(cj.Candidates, func(i, j int) bool { return cj.Candidates[i].Votes > cj.Candidates[j].Votes })
		for _, rr := range c.Rounds {
			cj.Rounds = append(cj.Rounds, roundJSON{Round: rr.Round.Code(), Voters: rr.Voters, Voted: rr.Voted,
				Turnout: election.JSONNumber(rr.Turnout), Valid: rr.Valid, Invalid: rr.Invalid, Status: rr.Status,
				Candidates: candidatesJSON(rr.Ranked)})
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
