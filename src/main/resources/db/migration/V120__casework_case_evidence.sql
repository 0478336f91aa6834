-- Which evidence item of the alarm is entered in which case, at which timeline entry (event_seq of
-- case_event): each item is entered in a case once, and /integrity finds the entry that vouches for it.
CREATE TABLE case_evidence (
    case_id          BIGINT NOT NULL REFERENCES enforcement_case (id),
    evidence_item_id BIGINT NOT NULL REFERENCES evidence_item (id),
    event_seq        INT    NOT NULL,
    PRIMARY KEY (case_id, evidence_item_id)
);
