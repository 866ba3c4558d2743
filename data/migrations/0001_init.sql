-- tdkt schema 1: audit log, administrative units, settings, base salary,
-- award regimes, forms and their coefficients.

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,            -- RFC 3339, UTC
    tbl       TEXT    NOT NULL,
    row_id    INTEGER NOT NULL DEFAULT 0,
    action    TEXT    NOT NULL,
    old_value TEXT    NOT NULL DEFAULT '', -- JSON
    new_value TEXT    NOT NULL DEFAULT ''  -- JSON
);

-- Administrative units of one structure: 2025-03 (tỉnh / huyện / xã) or
-- 2025-07 (tỉnh / xã), plus villages and residential groups a user adds
-- below a commune (official = 0, no GSO code).
CREATE TABLE units (
    id        INTEGER PRIMARY KEY,
    structure TEXT    NOT NULL CHECK (structure IN ('2025-03', '2025-07')),
    code      TEXT,                        -- GSO code, NULL for user-added units
    name      TEXT    NOT NULL CHECK (name <> ''), -- with its type word: "Xã Thiệu Ngọc"
    type      TEXT    NOT NULL,            -- Tỉnh, Huyện, Xã, Phường, Thôn, Tổ dân phố, ...
    level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4), -- depth in the tree
    parent_id INTEGER REFERENCES units(id),
    official  INTEGER NOT NULL DEFAULT 1 CHECK (official IN (0, 1)),
    merged    TEXT    NOT NULL DEFAULT '', -- 2025-07: old codes merged into it ("01267:f,01273:p")
    search    TEXT    NOT NULL,            -- folded name, for search without diacritics
    UNIQUE (structure, code)
);
CREATE INDEX units_parent ON units(parent_id);
CREATE INDEX units_search ON units(search);

CREATE TRIGGER units_official_no_update BEFORE UPDATE OF structure, code, name, type, level, parent_id, official ON units
WHEN OLD.official = 1
BEGIN
    SELECT RAISE(ABORT, 'đơn vị hành chính chính thức không được sửa');
END;

CREATE TRIGGER units_official_no_delete BEFORE DELETE ON units
WHEN OLD.official = 1
BEGIN
    SELECT RAISE(ABORT, 'đơn vị hành chính chính thức không được xóa');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Lương cơ sở, each value in force from its date until the next one.
CREATE TABLE base_salaries (
    effective_from TEXT    PRIMARY KEY,   -- YYYY-MM-DD
    amount         INTEGER NOT NULL CHECK (amount > 0),
    note           TEXT    NOT NULL DEFAULT ''
);

-- Decree regimes that set award coefficients, with the dates they govern.
CREATE TABLE award_regimes (
    code           TEXT PRIMARY KEY,      -- "152/2025/NĐ-CP"
    name           TEXT NOT NULL,
    effective_from TEXT NOT NULL,         -- YYYY-MM-DD
    effective_to   TEXT NOT NULL DEFAULT '' -- YYYY-MM-DD, '' while in force
);

CREATE TABLE award_forms (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE,
    authority  TEXT    NOT NULL DEFAULT '', -- who grants it
    sort_order INTEGER NOT NULL DEFAULT 0
);

-- Coefficients in thousandths of the base salary (1,5 -> 1500); NULL when
-- the form is not given to that kind of nominee under that regime.
CREATE TABLE award_coefficients (
    form_id    INTEGER NOT NULL REFERENCES award_forms(id) ON DELETE CASCADE,
    regime     TEXT    NOT NULL REFERENCES award_regimes(code) ON UPDATE CASCADE,
    individual INTEGER CHECK (individual IS NULL OR individual >= 0),
    collective INTEGER CHECK (collective IS NULL OR collective >= 0),
    PRIMARY KEY (form_id, regime)
);

-- The rule tables are seeded from tdkt/data/award's defaults by the Go
-- step that runs with this migration (seed.go).
