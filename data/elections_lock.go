package data

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"tdkt/data/election"
	"tdkt/data/problem"
)

// lockedTrigger is the words the database's triggers raise on a change to
// a locked election (migration 0008); friendly turns them into
// ErrElectionLocked.
const lockedTrigger = "cuộc bầu cử đã xác nhận kết quả (đã khóa)"

// ErrElectionLocked means the change touches an election whose results are
// confirmed: its tallies, rounds, candidates, constituencies and polling
// areas are read-only, like an issued decision.
var ErrElectionLocked = errors.New("cuộc bầu cử đã được xác nhận kết quả (đã khóa): biên bản kiểm phiếu, các lần bầu, người ứng cử, đơn vị bầu cử và khu vực bỏ phiếu của nó chỉ được xem, không được sửa")

// lockedErr is ErrElectionLocked naming the election and when it was locked.
func lockedErr(e Election) error {
	return fmt.Errorf("%s (xác nhận lúc %s): %w", e.Name, e.LockedAt.Local().Format("15:04 02/01/2006"), ErrElectionLocked)
}

// checkOpen refuses a change to a locked election before the triggers do,
// with its name in the message.
func (s *Store) checkOpen(ctx context.Context, electionID int64) error {
	e, err := s.Election(ctx, electionID)
	if err != nil {
		return err
	}
	if e.Locked() {
		return lockedErr(e)
	}
	return nil
}

// MissingTally is a polling area that lacks its minutes for a race (of the
// first round, or of its constituency's second round).
type MissingTally struct {
	Area    PollingArea
	Commune string // its commune's name
	Race    election.Race
	Round   election.Round
}

// String names it: "Khu vực bỏ phiếu số 6 (Thiện Phong), Xã Thiệu Ngọc – HĐND xã (bầu thêm)".
func (m MissingTally) String() string {
	s := fmt.Sprintf("%s, %s – %s", m.Area.Label(), m.Commune, m.Race.Label())
	if m.Round != election.Regular {
		s += " (" + strings.ToLower(m.Round.Word()) + ")"
	}
	return s
}

// MissingTallies lists the polling areas of an election that lack their
// minutes, by commune code, area number and race.
func (s *Store) MissingTallies(ctx context.Context, electionID int64) ([]MissingTally, error) {
	var out []MissingTally
	err := s.eachRow(ctx, func(sc scanner) error {
		var m MissingTally
		var race, round, code string
		if err := sc.Scan(&m.Area.ID, &m.Area.Number, &m.Area.Name, &m.Commune, &race, &round, &code); err != nil {
			return err
		}
		m.Area.ElectionID = electionID
		m.Race, m.Round = election.Race(race), election.RoundFromCode(round)
		out = append(out, m)
		return nil
	}, `SELECT p.id, p.number, p.name, u.name, pac.race, 'lan_dau', u.code AS code FROM polling_area_constituencies pac
		JOIN polling_areas p ON p.id = pac.polling_area_id JOIN units u ON u.id = p.commune_id
		LEFT JOIN tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE p.election_id = ?1 AND t.race IS NULL
		UNION ALL
		SELECT p.id, p.number, p.name, u.name, pac.race, r.kind, u.code FROM polling_area_constituencies pac
		JOIN rounds r ON r.constituency_id = pac.constituency_id
		JOIN polling_areas p ON p.id = pac.polling_area_id JOIN units u ON u.id = p.commune_id
		LEFT JOIN round_tallies t ON t.polling_area_id = pac.polling_area_id AND t.race = pac.race
		WHERE p.election_id = ?1 AND t.race IS NULL
		ORDER BY 7, 2, 5, 6`, electionID)
	if err != nil {
		return nil, err
	}
	order := map[election.Race]int{}
	for i, r := range election.Races {
		order[r] = i
	}
	// Races by the law's order, not by their names.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j-1].Area.ID == out[j].Area.ID && out[j-1].Round == out[j].Round && order[out[j-1].Race] > order[out[j].Race]; j-- {
			out[j-1], out[j] = out[j], out[j-1]
		}
	}
	return out, nil
}

// LockElection confirms an election's results: from then on its tallies,
// rounds, candidates, constituencies and polling areas are read-only,
// enforced by the database's triggers. It is refused, naming them, while
// polling areas lack their minutes, and for an election with no minutes.
func (s *Store) LockElection(ctx context.Context, electionID int64) (Election, error) {
	e, err := s.Election(ctx, electionID)
	if err != nil {
		return e, err
	}
	if e.Locked() {
		return e, lockedErr(e)
	}
	missing, err := s.MissingTallies(ctx, electionID)
	if err != nil {
		return e, err
	}
	if len(missing) > 0 {
		names := make([]string, 0, 10)
		for i, m := range missing {
			if i == 10 {
				names = append(names, fmt.Sprintf("và %d biên bản khác", len(missing)-10))
				break
			}
			names = append(names, m.String())
		}
		return e, fieldErr("tallies", problem.TalliesMissing, "Chưa xác nhận được kết quả %s: còn %d biên bản kiểm phiếu chưa nhập: %s",
			e.Name, len(missing), strings.Join(names, "; "))
	}
	var tallies int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM tallies t JOIN polling_areas p ON p.id = t.polling_area_id WHERE p.election_id = ?`, electionID).Scan(&tallies); err != nil {
		return e, err
	}
	if tallies == 0 {
		return e, fieldErr("tallies", problem.TalliesMissing, "Chưa xác nhận được kết quả %s: chưa có biên bản kiểm phiếu nào", e.Name)
	}
	at := s.now().UTC().Truncate(time.Second)
	err = s.write(ctx, func(t *Tx) error {
		if _, err := t.exec(`UPDATE elections SET locked_at = ? WHERE id = ? AND locked_at = ''`, at.Format(time.RFC3339), electionID); err != nil {
			return err
		}
		return t.audit("elections", electionID, "lock", nil, map[string]any{"locked_at": at.Format(time.RFC3339)})
	})
	if err != nil {
		return e, err
	}
	return s.Election(ctx, electionID)
}
