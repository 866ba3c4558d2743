-- tdkt schema 2: elections (races, constituencies, candidates, polling areas, tallies, votes).
--
-- The rules of the law live in tdkt/data/election; the checks below guard
-- what the schema can guard cheaply on its own (seat limits, the
-- arithmetic of a tally, one constituency per polling area and race,
-- votes only with their tally), so that no path around the store leaves
-- an impossible election in the file.

-- A cuộc bầu cử. structure is the official unit list its units come from:
-- 2025-03 (tỉnh / huyện / xã) for a polling day before 1/7/2025, else 2025-07.
CREATE TABLE elections (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (name <> ''),
    search      TEXT NOT NULL UNIQUE,           -- folded name: one election per name
    polling_day TEXT NOT NULL,                  -- YYYY-MM-DD
    structure   TEXT NOT NULL CHECK (structure IN ('2025-03', '2025-07'))
);

-- The races (cấp bầu cử) an election holds: four in 2021, three from 2026.
CREATE TABLE election_races (
    election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
    race        TEXT    NOT NULL CHECK (race IN ('QH', 'HĐND tỉnh', 'HĐND huyện', 'HĐND xã')),
    PRIMARY KEY (election_id, race)
) WITHOUT ROWID;

-- Đơn vị bầu cử of one race. unit_id is the unit whose council is elected
-- (the province for Quốc hội); seats ≤ 3 for Quốc hội, ≤ 5 for a council.
CREATE TABLE constituencies (
    id          INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL,
    race        TEXT    NOT NULL,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
    seats       INTEGER NOT NULL CHECK (seats >= 1 AND seats <= CASE race WHEN 'QH' THEN 3 ELSE 5 END),
    description TEXT    NOT NULL DEFAULT '',
    -- Sums over its polling areas, kept by the store with every write of
    -- a tally or a link (refreshTotals), so that results need no scan.
    areas       INTEGER NOT NULL DEFAULT 0,   -- polling areas that belong to it
    tallied     INTEGER NOT NULL DEFAULT 0,   -- of which have their tally
    voters      INTEGER NOT NULL DEFAULT 0,
    voted       INTEGER NOT NULL DEFAULT 0,
    valid       INTEGER NOT NULL DEFAULT 0,
    invalid     INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (election_id, race) REFERENCES election_races(election_id, race) ON DELETE CASCADE,
    UNIQUE (election_id, race, unit_id, number)
);
CREATE INDEX constituencies_unit ON constituencies(unit_id);

-- Người ứng cử. Names are unique (folded) inside a constituency: the vote
-- count minutes name candidates, not numbers.
CREATE TABLE candidates (
    id              INTEGER PRIMARY KEY,
    constituency_id INTEGER NOT NULL REFERENCES constituencies(id) ON DELETE CASCADE,
    name            TEXT    NOT NULL CHECK (name <> ''),
    search          TEXT    NOT NULL,             -- folded name
    birth_date      TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD, '' when unknown
    sex             TEXT    NOT NULL DEFAULT '' CHECK (sex IN ('', 'Nam', 'Nữ')),
    votes           INTEGER NOT NULL DEFAULT 0,   -- sum of its votes, kept by the store
    UNIQUE (constituency_id, search)
);

-- Khu vực bỏ phiếu of a commune, numbered inside the commune.
CREATE TABLE polling_areas (
    id          INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
    commune_id  INTEGER NOT NULL REFERENCES units(id),
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
    name        TEXT    NOT NULL DEFAULT '',
    search      TEXT    NOT NULL DEFAULT '',      -- folded name
    UNIQUE (election_id, commune_id, number)
);

-- The villages (thôn, tổ dân phố) a polling area covers.
CREATE TABLE polling_area_villages (
    polling_area_id INTEGER NOT NULL REFERENCES polling_areas(id) ON DELETE CASCADE,
    village_id      INTEGER NOT NULL REFERENCES units(id),
    PRIMARY KEY (polling_area_id, village_id)
) WITHOUT ROWID;
CREATE INDEX polling_area_villages_village ON polling_area_villages(village_id);

-- The one constituency of each race a polling area belongs to (of the
-- same race and election, and of its commune's council: the store checks).
CREATE TABLE polling_area_constituencies (
    polling_area_id INTEGER NOT NULL REFERENCES polling_areas(id) ON DELETE CASCADE,
    race            TEXT    NOT NULL,
    constituency_id INTEGER NOT NULL REFERENCES constituencies(id) ON DELETE CASCADE,
    PRIMARY KEY (polling_area_id, race)
) WITHOUT ROWID;
CREATE INDEX polling_area_constituencies_constituency ON polling_area_constituencies(constituency_id);

-- Biên bản kết quả kiểm phiếu of one polling area for one race.
CREATE TABLE tallies (
    polling_area_id INTEGER NOT NULL,
    race            TEXT    NOT NULL,
    voters          INTEGER NOT NULL CHECK (voters >= 0),                      -- tổng số cử tri
    voted           INTEGER NOT NULL CHECK (voted >= 0 AND voted <= voters),   -- số cử tri đã bỏ phiếu
    issued          INTEGER NOT NULL CHECK (issued >= 0),                      -- số phiếu phát ra
    received        INTEGER NOT NULL CHECK (received >= 0 AND received <= issued), -- số phiếu thu vào
    valid           INTEGER NOT NULL CHECK (valid >= 0),                       -- số phiếu hợp lệ
    invalid         INTEGER NOT NULL CHECK (invalid >= 0 AND valid + invalid = received), -- không hợp lệ
    PRIMARY KEY (polling_area_id, race),
    FOREIGN KEY (polling_area_id, race) REFERENCES polling_area_constituencies(polling_area_id, race) ON DELETE CASCADE
) WITHOUT ROWID;

-- Số phiếu bầu cho từng người ứng cử in one polling area. Keyed by
-- candidate first, so a candidate's total is one range of the table.
CREATE TABLE votes (
    candidate_id    INTEGER NOT NULL REFERENCES candidates(id),
    polling_area_id INTEGER NOT NULL,
    race            TEXT    NOT NULL,
    votes           INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (candidate_id, polling_area_id),
    FOREIGN KEY (polling_area_id, race) REFERENCES tallies(polling_area_id, race) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX votes_tally ON votes(polling_area_id, race);

-- Voters and voters who voted per commune and race, summed from the
-- tallies of the commune's polling areas; kept by the store like the sums
-- above, for the totals up the unit tree.
CREATE TABLE commune_totals (
    election_id INTEGER NOT NULL REFERENCES elections(id) ON DELETE CASCADE,
    commune_id  INTEGER NOT NULL REFERENCES units(id),
    race        TEXT    NOT NULL,
    voters      INTEGER NOT NULL,
    voted       INTEGER NOT NULL,
    PRIMARY KEY (election_id, commune_id, race)
) WITHOUT ROWID;
