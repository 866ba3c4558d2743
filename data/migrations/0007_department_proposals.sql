-- tdkt schema 7: the department path. A department of the committee (Sở
-- Nội vụ of a province, Phòng Nội vụ of a district) submits its own tờ
-- trình to the committee's chairman for a form the committee grants;
-- the decision then cites it ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ
-- trình số …") and grants exactly its list.

-- The department that submits the proposal ("Sở Nội vụ"); '' for the
-- committee's own proposal to a higher authority.
ALTER TABLE proposals ADD COLUMN department TEXT NOT NULL DEFAULT '';

-- The department's proposal a decision follows, NULL for none.
ALTER TABLE decisions ADD COLUMN proposal_id INTEGER REFERENCES proposals(id);
CREATE INDEX decisions_proposal ON decisions(proposal_id);
