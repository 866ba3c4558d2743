package sample

import (
	"time"

	"tdkt/data"
	"tdkt/data/election"
)

// ByElectionName is the by-election of ByElection.
const ByElectionName = "Bầu cử bổ sung đại biểu HĐND xã Thiệu Ngọc"

// ByElection is a commune's by-election (bầu cử bổ sung) that holds only
// the HĐND xã race: constituency 1 (3 seats) elects one person in its first
// round, too few (Điều 79.2), and fills the two seats left in a bầu thêm;
// constituency 2 (2 seats) has a turnout not above half (Điều 80.1) and
// elects both in its bầu lại. Polling areas leave the columns of the races
// not held blank.
func ByElection() data.ElectionImport {
	c := ThieuNgocCode
	in := data.ElectionImport{
		Election: &data.ElectionRow{Row: 2, Name: ByElectionName, Day: time.Date(2023, 10, 15, 0, 0, 0, 0, time.UTC),
			Races: []election.Race{election.RaceCommune}},
		Constituencies: []data.ConstituencyRow{
			{Row: 2, Race: election.RaceCommune, Unit: c, Number: 1, Seats: 3, Description: "Thôn Chẩn Xuyên 1, Chẩn Xuyên 2"},
			{Row: 3, Race: election.RaceCommune, Unit: c, Number: 2, Seats: 2, Description: "Thôn Tân Bình"},
		},
		PollingAreas: []data.PollingAreaRow{
			{Row: 2, Commune: c, Number: 1, Name: "Chẩn Xuyên 1", In: map[election.Race]int{election.RaceCommune: 1}},
			{Row: 3, Commune: c, Number: 2, Name: "Chẩn Xuyên 2", In: map[election.Race]int{election.RaceCommune: 1}},
			{Row: 4, Commune: c, Number: 3, Name: "Tân Bình", In: map[election.Race]int{election.RaceCommune: 2}},
		},
	}
	row := 2
	for i, n := range []string{"Lê Văn An", "Trần Thị Bình", "Nguyễn Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em"} {
		in.Candidates = append(in.Candidates, data.CandidateRow{Row: row, Race: election.RaceCommune, Unit: c, Number: 1, Name: n,
			Birth: time.Date(1970+i, 3, 1, 0, 0, 0, 0, time.UTC), Sex: []string{"Nam", "Nữ", "Nam", "Nữ", "Nam"}[i],
			Profile: &election.Profile{Ethnicity: []string{"Kinh", "Tày", "Kinh", "Kinh", "Mường"}[i], Party: []string{"Có", "Không", "Có", "Có", "Không"}[i],
				Education: "Đại học", Theory: "Trung cấp"}})
		row++
	}
	for i, n := range []string{"Đỗ Văn Phúc", "Vũ Thị Giang", "Bùi Văn Hải"} {
		in.Candidates = append(in.Candidates, data.CandidateRow{Row: row, Race: election.RaceCommune, Unit: c, Number: 2, Name: n,
			Birth: time.Date(1980+i, 6, 1, 0, 0, 0, 0, time.UTC), Sex: "Nam"})
		row++
	}
	tr, vr := 2, 2
	tally := func(area int, round election.Round, t election.Tally, votes map[string]int64) {
		r := data.TallyRow{Row: tr, Commune: c, Area: area, Race: election.RaceCommune, Round: round, Tally: t}
		for _, k := range in.Candidates {
			if v, ok := votes[k.Name]; ok {
				r.Votes = append(r.Votes, data.VoteRow{Row: vr, Name: k.Name, Votes: v})
				vr++
			}
		}
		in.Tallies = append(in.Tallies, r)
		tr++
	}
	first, more, again := election.Regular, election.Additional, election.Repeat
	tally(1, first, election.Tally{Voters: 500, Voted: 450, Issued: 450, Received: 450, Valid: 440, Invalid: 10},
		map[string]int64{"Lê Văn An": 330, "Trần Thị Bình": 220, "Nguyễn Văn Cường": 170, "Phạm Thị Dung": 110, "Hoàng Văn Em": 50})
	tally(2, first, election.Tally{Voters: 400, Voted: 380, Issued: 380, Received: 380, Valid: 370, Invalid: 10},
		map[string]int64{"Lê Văn An": 270, "Trần Thị Bình": 180, "Nguyễn Văn Cường": 130, "Phạm Thị Dung": 90, "Hoàng Văn Em": 50})
	tally(3, first, election.Tally{Voters: 600, Voted: 290, Issued: 290, Received: 290, Valid: 280, Invalid: 10},
		map[string]int64{"Đỗ Văn Phúc": 200, "Vũ Thị Giang": 150, "Bùi Văn Hải": 100})
	tally(1, more, election.Tally{Voters: 500, Voted: 420, Issued: 420, Received: 410, Valid: 400, Invalid: 10},
		map[string]int64{"Trần Thị Bình": 300, "Nguyễn Văn Cường": 250, "Phạm Thị Dung": 100, "Hoàng Văn Em": 50})
	tally(2, more, election.Tally{Voters: 400, Voted: 360, Issued: 360, Received: 360, Valid: 350, Invalid: 10},
		map[string]int64{"Trần Thị Bình": 250, "Nguyễn Văn Cường": 200, "Phạm Thị Dung": 50, "Hoàng Văn Em": 30})
	tally(3, again, election.Tally{Voters: 600, Voted: 500, Issued: 500, Received: 500, Valid: 490, Invalid: 10},
		map[string]int64{"Đỗ Văn Phúc": 400, "Vũ Thị Giang": 300, "Bùi Văn Hải": 100})
	return in
}
