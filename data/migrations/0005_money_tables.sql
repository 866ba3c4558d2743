-- tdkt schema 5: the money tables made complete. A regime says what a
-- household receives as a multiple of a person's coefficient; a
-- coefficient may depend on the level of the issuing committee (a commune
-- chairman's Giấy khen under 91/2017 and 98/2023); who may grant each form
-- (competence) is data with dates. The new default rows are added by the
-- Go step of this migration (seed.go), keeping what users changed.

ALTER TABLE award_regimes ADD COLUMN household INTEGER CHECK (household IS NULL OR household >= 0);

CREATE TABLE award_coefficients_v5 (
    form_id      INTEGER NOT NULL REFERENCES award_forms(id) ON DELETE CASCADE,
    regime       TEXT    NOT NULL REFERENCES award_regimes(code) ON UPDATE CASCADE,
    issuer_level TEXT    NOT NULL DEFAULT '' CHECK (issuer_level IN ('', 'tỉnh', 'huyện', 'xã')),
    individual   INTEGER CHECK (individual IS NULL OR individual >= 0),
    collective   INTEGER CHECK (collective IS NULL OR collective >= 0),
    PRIMARY KEY (form_id, regime, issuer_level)
);
INSERT INTO award_coefficients_v5(form_id, regime, issuer_level, individual, collective)
    SELECT form_id, regime, '', individual, collective FROM award_coefficients;
DROP TABLE award_coefficients;
ALTER TABLE award_coefficients_v5 RENAME TO award_coefficients;

-- The chairman of a committee of this level may grant the form by a
-- decision dated within the dates; a form without rows is granted above
-- the province (the province proposes it).
CREATE TABLE award_competence (
    form_id        INTEGER NOT NULL REFERENCES award_forms(id) ON DELETE CASCADE,
    level          TEXT    NOT NULL CHECK (level IN ('tỉnh', 'huyện', 'xã')),
    effective_from TEXT    NOT NULL,              -- YYYY-MM-DD
    effective_to   TEXT    NOT NULL DEFAULT '',   -- YYYY-MM-DD, '' while in force
    PRIMARY KEY (form_id, level, effective_from)
);
