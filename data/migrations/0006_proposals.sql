-- tdkt schema 6: proposals (tờ trình đề nghị khen thưởng) and their lists.
-- A proposal asks the competent authority to grant a form its issuer may
-- not grant itself (Bằng khen của Thủ tướng Chính phủ from a province).
-- An issued proposal is a record: the triggers below refuse any change to
-- it and to its list, whoever tries (the window, a command, raw SQL).

CREATE TABLE proposals (
    id           INTEGER PRIMARY KEY,
    number       TEXT    NOT NULL UNIQUE CHECK (number <> ''), -- "12/TTr-UBND"
    seq          INTEGER NOT NULL CHECK (seq > 0),             -- 12
    symbol       TEXT    NOT NULL,                             -- "TTr-UBND"
    year         INTEGER NOT NULL,                             -- register year = year of date
    date         TEXT    NOT NULL,                             -- YYYY-MM-DD
    campaign_id  INTEGER REFERENCES campaigns(id),
    form_id      INTEGER NOT NULL REFERENCES award_forms(id),
    form_name    TEXT    NOT NULL,                             -- as it was when created
    parent_body  TEXT    NOT NULL DEFAULT '',
    agency       TEXT    NOT NULL,
    place        TEXT    NOT NULL,
    addressees   TEXT    NOT NULL DEFAULT '[]',                -- JSON array: "Kính gửi" lines
    subject      TEXT    NOT NULL,
    bases        TEXT    NOT NULL DEFAULT '[]',                -- JSON array of "Căn cứ ...;" lines
    paragraphs   TEXT    NOT NULL DEFAULT '[]',                -- JSON array: the proposal, the closing
    recipients   TEXT    NOT NULL DEFAULT '[]',                -- JSON array of "Nơi nhận" lines
    signer_for   TEXT    NOT NULL DEFAULT '',                  -- "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"
    signer_title TEXT    NOT NULL,                             -- "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    signer_name  TEXT    NOT NULL DEFAULT '',
    state        TEXT    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'issued')),
    issued_at    TEXT    NOT NULL DEFAULT '',
    UNIQUE (year, seq, symbol)
);
CREATE INDEX proposals_year ON proposals(year, seq);
CREATE INDEX proposals_campaign ON proposals(campaign_id);

-- The list a proposal puts forward, frozen as proposed: copies of the
-- name, position and unit, and the achievement summary.
CREATE TABLE proposal_items (
    proposal_id   INTEGER NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    nomination_id INTEGER NOT NULL REFERENCES nominations(id),
    pos           INTEGER NOT NULL,            -- order in the list
    kind          TEXT    NOT NULL CHECK (kind IN ('Cá nhân', 'Tập thể', 'Hộ gia đình')),
    name          TEXT    NOT NULL,
    detail        TEXT    NOT NULL DEFAULT '', -- chức vụ, đơn vị
    achievement   TEXT    NOT NULL DEFAULT '', -- tóm tắt thành tích
    PRIMARY KEY (proposal_id, nomination_id)
) WITHOUT ROWID;
CREATE INDEX proposal_items_nomination ON proposal_items(nomination_id);

CREATE TRIGGER proposals_issued_no_update BEFORE UPDATE ON proposals
WHEN OLD.state = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'tờ trình đã ban hành không được sửa');
END;

CREATE TRIGGER proposals_issued_no_delete BEFORE DELETE ON proposals
WHEN OLD.state = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'tờ trình đã ban hành không được xóa');
END;

CREATE TRIGGER proposal_items_issued_no_insert BEFORE INSERT ON proposal_items
WHEN (SELECT state FROM proposals WHERE id = NEW.proposal_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'danh sách của tờ trình đã ban hành không được sửa');
END;

CREATE TRIGGER proposal_items_issued_no_update BEFORE UPDATE ON proposal_items
WHEN (SELECT state FROM proposals WHERE id = OLD.proposal_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'danh sách của tờ trình đã ban hành không được sửa');
END;

CREATE TRIGGER proposal_items_issued_no_delete BEFORE DELETE ON proposal_items
WHEN (SELECT state FROM proposals WHERE id = OLD.proposal_id) = 'issued'
BEGIN
    SELECT RAISE(ABORT, 'danh sách của tờ trình đã ban hành không được sửa');
END;

-- A nomination in an issued proposal is part of the record: what was
-- proposed (who, which form, the achievement) no longer changes. Its
-- status may still move (the authority may return it).
CREATE TRIGGER nominations_proposed_no_update
BEFORE UPDATE OF campaign_id, nominee_id, form_id, achievement ON nominations
WHEN EXISTS (SELECT 1 FROM proposal_items i JOIN proposals p ON p.id = i.proposal_id
             WHERE i.nomination_id = OLD.id AND p.state = 'issued')
BEGIN
    SELECT RAISE(ABORT, 'đề nghị này đã có trong tờ trình đã ban hành, không được sửa');
END;

-- A nomination in any proposal cannot be deleted, nor moved to another
-- campaign or award form behind the proposal's back.
CREATE TRIGGER nominations_in_proposal_no_delete BEFORE DELETE ON nominations
WHEN EXISTS (SELECT 1 FROM proposal_items WHERE nomination_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'đề nghị này đã có trong một tờ trình, không xóa được');
END;

CREATE TRIGGER nominations_in_proposal_no_move BEFORE UPDATE OF campaign_id, form_id, nominee_id ON nominations
WHEN EXISTS (SELECT 1 FROM proposal_items WHERE nomination_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'đề nghị này đã có trong một tờ trình: hãy xóa dự thảo tờ trình trước khi đổi hình thức hoặc đợt thi đua');
END;
