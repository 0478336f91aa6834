-- A case lead handed over to filing approval carries a case-lead number (案源编号, 襄环案源〔2026〕N号
-- by default), counted per year on its own. The 立案 number (case_number) is taken only when filing is
-- approved, so a refused filing consumes none and the approved cases' numbers stay gapless.
ALTER TABLE enforcement_case ADD COLUMN lead_number VARCHAR(40);
ALTER TABLE enforcement_case ADD CONSTRAINT enforcement_case_lead_number_unique UNIQUE (lead_number);

CREATE TABLE case_lead_number_sequence (
    lead_year   INT PRIMARY KEY,
    last_number INT NOT NULL
);
