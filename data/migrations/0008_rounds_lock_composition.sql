-- tdkt schema 8: second rounds (bầu thêm, bầu lại), the composition of
-- candidates (cơ cấu), and elections whose results are confirmed (locked).

-- The time the results were confirmed ('' while open). From then on the
-- triggers below refuse every change to the election's data.
ALTER TABLE elections ADD COLUMN locked_at TEXT NOT NULL DEFAULT '';

-- The optional columns of the Người ứng cử sheet (FORMATS.md); they feed
-- the composition of the statistics form. party, reelected and
-- self_nominated are 'Có', 'Không' or '' (not known).
ALTER TABLE candidates ADD COLUMN ethnicity TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN religion TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN party TEXT NOT NULL DEFAULT '' CHECK (party IN ('', 'Có', 'Không'));
ALTER TABLE candidates ADD COLUMN reelected TEXT NOT NULL DEFAULT '' CHECK (reelected IN ('', 'Có', 'Không'));
ALTER TABLE candidates ADD COLUMN self_nominated TEXT NOT NULL DEFAULT '' CHECK (self_nominated IN ('', 'Có', 'Không'));
ALTER TABLE candidates ADD COLUMN education TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN theory TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN occupation TEXT NOT NULL DEFAULT '';
ALTER TABLE candidates ADD COLUMN workplace TEXT NOT NULL DEFAULT '';

-- The second round of a constituency: a bầu thêm (Điều 79) or a bầu lại
-- (Điều 80), at most one. A bầu lại after an annulment records its reason
-- and the decision that annulled the first round; the store checks that
-- the law calls for the round (election.CheckRound).
CREATE TABLE rounds (
    constituency_id INTEGER PRIMARY KEY REFERENCES constituencies(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('bau_them', 'bau_lai')),
    polling_day     TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD, '' when not set
    annulled_reason TEXT NOT NULL DEFAULT '',
    annulled_by     TEXT NOT NULL DEFAULT '',
    CHECK ((annulled_reason = '') = (annulled_by = '')),
    CHECK (annulled_reason = '' OR kind = 'bau_lai')
);

-- The minutes of the second round, as tallies and votes are of the first.
CREATE TABLE round_tallies (
    polling_area_id INTEGER NOT NULL,
    race            TEXT    NOT NULL,
    voters          INTEGER NOT NULL CHECK (voters >= 0),
    voted           INTEGER NOT NULL CHECK (voted >= 0 AND voted <= voters),
    issued          INTEGER NOT NULL CHECK (issued >= 0),
    received        INTEGER NOT NULL CHECK (received >= 0 AND received <= issued),
    valid           INTEGER NOT NULL CHECK (valid >= 0),
    invalid         INTEGER NOT NULL CHECK (invalid >= 0 AND valid + invalid = received),
    PRIMARY KEY (polling_area_id, race),
    FOREIGN KEY (polling_area_id, race) REFERENCES polling_area_constituencies(polling_area_id, race) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE round_votes (
    candidate_id    INTEGER NOT NULL REFERENCES candidates(id),
    polling_area_id INTEGER NOT NULL,
    race            TEXT    NOT NULL,
    votes           INTEGER NOT NULL CHECK (votes >= 0),
    PRIMARY KEY (candidate_id, polling_area_id),
    FOREIGN KEY (polling_area_id, race) REFERENCES round_tallies(polling_area_id, race) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX round_votes_tally ON round_votes(polling_area_id, race);

-- A second round's minutes only where the constituency has its round.
CREATE TRIGGER round_tallies_need_round BEFORE INSERT ON round_tallies
WHEN NOT EXISTS (SELECT 1 FROM polling_area_constituencies pac JOIN rounds r ON r.constituency_id = pac.constituency_id
                 WHERE pac.polling_area_id = NEW.polling_area_id AND pac.race = NEW.race)
BEGIN
    SELECT RAISE(ABORT, 'đơn vị bầu cử này không có lần bầu thêm hay bầu lại');
END;

-- A locked election is read-only. Each guard first asks whether any
-- election is locked at all (a scan of a few rows), so that importing an
-- open election's tallies pays nothing for it.
CREATE TRIGGER elections_locked_no_update BEFORE UPDATE ON elections
WHEN OLD.locked_at <> ''
BEGIN
    SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa');
END;
CREATE TRIGGER elections_locked_no_delete BEFORE DELETE ON elections
WHEN OLD.locked_at <> ''
BEGIN
    SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa');
END;

CREATE TRIGGER election_races_locked_insert BEFORE INSERT ON election_races
WHEN (SELECT locked_at FROM elections WHERE id = NEW.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER election_races_locked_delete BEFORE DELETE ON election_races
WHEN (SELECT locked_at FROM elections WHERE id = OLD.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER constituencies_locked_insert BEFORE INSERT ON constituencies
WHEN (SELECT locked_at FROM elections WHERE id = NEW.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER constituencies_locked_update BEFORE UPDATE ON constituencies
WHEN (SELECT locked_at FROM elections WHERE id = OLD.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER constituencies_locked_delete BEFORE DELETE ON constituencies
WHEN (SELECT locked_at FROM elections WHERE id = OLD.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER candidates_locked_insert BEFORE INSERT ON candidates
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM constituencies c JOIN elections e ON e.id = c.election_id WHERE c.id = NEW.constituency_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER candidates_locked_update BEFORE UPDATE ON candidates
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM constituencies c JOIN elections e ON e.id = c.election_id WHERE c.id = OLD.constituency_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER candidates_locked_delete BEFORE DELETE ON candidates
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM constituencies c JOIN elections e ON e.id = c.election_id WHERE c.id = OLD.constituency_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER polling_areas_locked_insert BEFORE INSERT ON polling_areas
WHEN (SELECT locked_at FROM elections WHERE id = NEW.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER polling_areas_locked_update BEFORE UPDATE ON polling_areas
WHEN (SELECT locked_at FROM elections WHERE id = OLD.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER polling_areas_locked_delete BEFORE DELETE ON polling_areas
WHEN (SELECT locked_at FROM elections WHERE id = OLD.election_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER polling_area_constituencies_locked_insert BEFORE INSERT ON polling_area_constituencies
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = NEW.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER polling_area_constituencies_locked_update BEFORE UPDATE ON polling_area_constituencies
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER polling_area_constituencies_locked_delete BEFORE DELETE ON polling_area_constituencies
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER tallies_locked_insert BEFORE INSERT ON tallies
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = NEW.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER tallies_locked_update BEFORE UPDATE ON tallies
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER tallies_locked_delete BEFORE DELETE ON tallies
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER votes_locked_insert BEFORE INSERT ON votes
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = NEW.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER votes_locked_update BEFORE UPDATE ON votes
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER votes_locked_delete BEFORE DELETE ON votes
WHEN EXISTS (SELECT 1 FROM elections WHERE locked_at <> '')
 AND (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER rounds_locked_insert BEFORE INSERT ON rounds
WHEN (SELECT e.locked_at FROM constituencies c JOIN elections e ON e.id = c.election_id WHERE c.id = NEW.constituency_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER rounds_locked_update BEFORE UPDATE ON rounds
WHEN (SELECT e.locked_at FROM constituencies c JOIN elections e ON e.id = c.election_id WHERE c.id = OLD.constituency_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER rounds_locked_delete BEFORE DELETE ON rounds
WHEN (SELECT e.locked_at FROM constituencies c JOIN elections e ON e.id = c.election_id WHERE c.id = OLD.constituency_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER round_tallies_locked_insert BEFORE INSERT ON round_tallies
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = NEW.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER round_tallies_locked_update BEFORE UPDATE ON round_tallies
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER round_tallies_locked_delete BEFORE DELETE ON round_tallies
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER round_votes_locked_insert BEFORE INSERT ON round_votes
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = NEW.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER round_votes_locked_update BEFORE UPDATE ON round_votes
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER round_votes_locked_delete BEFORE DELETE ON round_votes
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;

CREATE TRIGGER polling_area_villages_locked_insert BEFORE INSERT ON polling_area_villages
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = NEW.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
CREATE TRIGGER polling_area_villages_locked_delete BEFORE DELETE ON polling_area_villages
WHEN (SELECT e.locked_at FROM polling_areas p JOIN elections e ON e.id = p.election_id WHERE p.id = OLD.polling_area_id) <> ''
BEGIN SELECT RAISE(ABORT, 'cuộc bầu cử đã xác nhận kết quả (đã khóa): không được sửa'); END;
