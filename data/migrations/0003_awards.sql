-- tdkt schema 3: campaigns, proposing organisations, nominees and nominations.

-- Đợt thi đua: launched by a plan document ("Kế hoạch số 53/KH-UBND ngày
-- 04/02/2021" of "UBND tỉnh Bắc Kạn"), running over a period.
CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (name <> ''),
    theme       TEXT    NOT NULL DEFAULT '',  -- chủ đề
    plan_number TEXT    NOT NULL DEFAULT '',  -- "53/KH-UBND"
    plan_date   TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
    launched_by TEXT    NOT NULL DEFAULT '',  -- "UBND tỉnh Bắc Kạn"
    period_from TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
    period_to   TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''
    election_id INTEGER,                      -- the election it serves; no foreign key: elections live in schema 2, linked later
    search      TEXT    NOT NULL UNIQUE       -- folded name: two campaigns may not differ only by diacritics
);

-- Đơn vị đề nghị: agencies (sở, ban, ngành) and localities (a district or
-- commune, linked to its administrative unit when known).
CREATE TABLE proposers (
    id      INTEGER PRIMARY KEY,
    name    TEXT    NOT NULL CHECK (name <> ''),
    kind    TEXT    NOT NULL CHECK (kind IN ('Cơ quan', 'Địa phương')),
    unit_id INTEGER REFERENCES units(id),
    search  TEXT    NOT NULL UNIQUE
);

-- People and collectives, kept once and reused across campaigns so that
-- their award history is visible. An individual is known by folded name
-- and birth (date, year or nothing); a collective by folded name.
CREATE TABLE nominees (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL CHECK (kind IN ('Cá nhân', 'Tập thể')),
    name            TEXT    NOT NULL CHECK (name <> ''),
    birth           TEXT    NOT NULL DEFAULT '', -- YYYY-MM-DD, YYYY or ''
    sex             TEXT    NOT NULL DEFAULT '' CHECK (sex IN ('', 'Nam', 'Nữ')),
    position        TEXT    NOT NULL DEFAULT '', -- latest known
    workplace       TEXT    NOT NULL DEFAULT '', -- latest known
    id_number       TEXT    NOT NULL DEFAULT '', -- số định danh cá nhân, optional
    collective_kind TEXT    NOT NULL DEFAULT '', -- cơ quan, đơn vị, xã, tổ bầu cử, ...
    search          TEXT    NOT NULL,            -- folded name
    sort_key        BLOB    NOT NULL,            -- vn.NameSortKey (individuals) or vn.SortKey (collectives)
    CHECK (kind = 'Cá nhân' OR (birth = '' AND sex = ''))
);
CREATE INDEX nominees_key ON nominees(kind, search, birth);

-- Đề nghị khen thưởng: one nominee proposed for one award form in one
-- campaign. One achievement earns one award, hence UNIQUE(nominee, campaign).
-- kind, search and sort_key repeat the nominee's (kept in step by the
-- store) so that the table of 100.000 rows filters, searches and sorts on
-- this table's own indexes without a join.
CREATE TABLE nominations (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    nominee_id  INTEGER NOT NULL REFERENCES nominees(id),
    proposer_id INTEGER REFERENCES proposers(id),
    form_id     INTEGER NOT NULL REFERENCES award_forms(id),
    rank        TEXT    NOT NULL DEFAULT '' CHECK (rank IN ('', 'Nhất', 'Nhì', 'Ba')),
    achievement TEXT    NOT NULL DEFAULT '', -- tóm tắt thành tích
    position    TEXT    NOT NULL DEFAULT '', -- as proposed in this campaign
    workplace   TEXT    NOT NULL DEFAULT '', -- as proposed in this campaign
    status      TEXT    NOT NULL DEFAULT 'Đề nghị'
                CHECK (status IN ('Đề nghị', 'Đã thẩm định', 'Trình ký', 'Đã khen', 'Không đủ điều kiện', 'Trả lại')),
    reason      TEXT    NOT NULL DEFAULT '', -- why Không đủ điều kiện / Trả lại
    ord         INTEGER NOT NULL DEFAULT 0,  -- a collective's place in the list, as the user sets it; 0 for individuals
    kind        TEXT    NOT NULL,            -- = nominees.kind
    search      TEXT    NOT NULL,            -- = nominees.search
    sort_key    BLOB    NOT NULL,            -- = nominees.sort_key
    UNIQUE (nominee_id, campaign_id),        -- also a nominee's history
    CHECK (status NOT IN ('Không đủ điều kiện', 'Trả lại') OR reason <> ''),
    CHECK (rank = '' OR kind = 'Tập thể')
);
-- The department's order: collectives (Tập thể sorts after Cá nhân, hence
-- DESC) by the user's order, then individuals by given name. The index
-- holds every column a filter or a search reads, so that a table of
-- 100.000 rows is listed, filtered and searched from it alone.
CREATE INDEX nominations_list ON nominations(campaign_id, kind DESC, ord, sort_key, status, form_id, proposer_id, search);
-- Search as you type: a name prefix is a range of this small index, and a
-- name containing the text a quick scan of it.
CREATE INDEX nominations_search ON nominations(campaign_id, search);
