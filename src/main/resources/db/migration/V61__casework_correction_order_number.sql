-- 责令改正违法行为决定书 carry their own document number (襄环责改〔2026〕N号 by default), counted per
-- year apart from the case numbers: a case may see several orders (one per daily-penalty cycle).
CREATE TABLE correction_order_sequence (
    order_year  INT PRIMARY KEY,
    last_number INT NOT NULL
);
