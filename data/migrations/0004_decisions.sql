-- tdkt schema 4: award decisions (quyết định khen thưởng), their lists,
-- and the register of decision numbers. An issued decision is a record:
-- the triggers below refuse any change to it, to its list, and to the
-- nominations it granted, whoever tries (the window, a command, raw SQL).
-- A correction is a new decision that names the one it corrects.

CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY,
    number       TEXT    NOT NULL UNIQUE CHECK (number <> ''), -- "123/QĐ-UBND"
    seq          INTEGER NOT NULL CHECK (seq > 0),             -- 123
    symbol       TEXT    NOT NULL,                             -- "QĐ-UBND"
    year         INTEGER NOT NULL,                             -- register year = year of date
    date         TEXT    NOT NULL,                             -- YYYY-MM-DD
    campaign_id  INTEGER REFERENCES campaigns(id),
    form_id      INTEGER NOT NULL REFERENCES award_forms(id),
    form_name    TEXT    NOT NULL,                             -- as it was when created
    regime       TEXT    NOT NULL DEFAULT '',                  -- decree in force on the date
    parent_body  TEXT    NOT NULL DEFAULT '',
    agency       TEXT    NOT NULL,
    place        TEXT    NOT NULL,
    authority    TEXT    NOT NULL,
    subject      TEXT    NOT NULL,
    bases        TEXT    NOT NULL DEFAULT '[]',                -- JSON array of "Căn cứ ...;" lines
    proposal     TEXT    NOT NULL DEFAULT '',                  -- "Theo đề nghị của ..."
    articles     TEXT    NOT NULL DEFAULT '[]',                -- JSON array: "Điều 1. ...", ...
    recipients   TEXT    NOT NULL DEFAULT '[]',                -- JSON array of "Nơi nhận" lines
    signer_for   TEXT    NOT NULL DEFAULT '',                  -- "KT. CHỦ TỊCH" or ''
    signer_title TEXT    NOT NULL,                             -- "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_name  TEXT    NOT NULL DEFAULT '',
    corrects_id  INTEGER REFERENCES decisions(id),             -- the decision this one corrects
    state        TEXT    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued')),
    issued_at    TEXT    NOT NULL DEFAULT '',
    UNIQUE (year, seq, symbol)
);
CREATE INDEX decisions_year ON decisions(year, seq);
CREATE INDEX decisions_campaign ON decisions(campaign_id);

-- The list a decision grants, frozen as it was decided: the name, the
-- position and unit, the rank and the money are copies, so later edits of
-- a nominee do not change an issued decision.
CREATE TABLE decision_items (
    decision_id   INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    nomination_id INTEGER NOT NULL REFERENCES nominations(id),
    pos           INTEGER NOT NULL,            -- order in the appendix
    kind          TEXT    NOT NULL CHECK (kind IN ('Cá nhân', 'Tập thể')),
    name          TEXT    NOT NULL,
    detail        TEXT    NOT NULL DEFAULT '', -- chức vụ, đơn vị
    rank          TEXT    NOT NULL DEFAULT '',
    money         INTEGER NOT NULL CHECK (money >= 0),
    register_no   TEXT    NOT NULL DEFAULT '', -- số vào sổ (certificate register)
    PRIMARY KEY (decision_id, nomination_id)
) WITHOUT ROWID;
CREATE INDEX decision_items_nomination ON decision_items(nomination_id);

CREATE TRIGGER decisions_issued_no_update BEFORE UPDATE ON decisions
WHEN OLD.state = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'quyết định đã ban hành không được sửa; hãy ban hành quyết định đính chính');
END;

CREATE TRIGGER decisions_issued_no_delete BEFORE DELETE ON decisions
WHEN OLD.state = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'quyết định đã ban hành không được xóa');
END;

CREATE TRIGGER decision_items_issued_no_insert BEFORE INSERT ON decision_items
WHEN (SELECT state FROM decisions WHERE id = NEW.decision_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'danh sách của quyết định đã ban hành không được sửa');
END;

CREATE TRIGGER decision_items_issued_no_update BEFORE UPDATE ON decision_items
WHEN (SELECT state FROM decisions WHERE id = OLD.decision_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'danh sách của quyết định đã ban hành không được sửa');
END;

CREATE TRIGGER decision_items_issued_no_delete BEFORE DELETE ON decision_items
WHEN (SELECT state FROM decisions WHERE id = OLD.decision_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'danh sách của quyết định đã ban hành không được sửa');
END;

-- A nomination granted by an issued decision is part of the record. The
-- copies the store keeps in step (kind, search, sort_key) and a
-- collective's place in the campaign's list (ord) may still change.
CREATE TRIGGER nominations_decided_no_update
BEFORE UPDATE OF campaign_id, nominee_id, proposer_id, form_id, rank, achievement, position, workplace, status, reason ON nominations
WHEN EXISTS (SELECT 1 FROM decision_items i JOIN decisions d ON d.id = i.decision_id
             WHERE i.nomination_id = OLD.id AND d.state = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'đề nghị này đã được khen thưởng bằng quyết định đã ban hành, không được sửa');
END;

-- A nomination in any decision cannot be deleted, nor moved to another
-- campaign or award form behind the decision's back.
CREATE TRIGGER nominations_in_decision_no_delete BEFORE DELETE ON nominations
WHEN EXISTS (SELECT 1 FROM decision_items WHERE nomination_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'đề nghị này đã có trong một quyết định, không xóa được');
END;

CREATE TRIGGER nominations_in_decision_no_move BEFORE UPDATE OF campaign_id, form_id, nominee_id ON nominations
WHEN EXISTS (SELECT 1 FROM decision_items WHERE nomination_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'đề nghị này đã có trong một quyết định: hãy bỏ nó khỏi quyết định trước khi đổi hình thức hoặc đợt thi đua');
END;
