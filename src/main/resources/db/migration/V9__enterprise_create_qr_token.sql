-- One code per enterprise (环保一码清): the QR code holds an unguessable, revocable token, never the
-- enterprise's own code. Also the discharge permit number shown on the public page, and the
-- enterprise of each assessed loop (the public page lists inspections by date and result).
CREATE TABLE enterprise_qr_token (
    token           VARCHAR(64)  PRIMARY KEY,
    enterprise_code VARCHAR(32)  NOT NULL REFERENCES enterprise (code),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX enterprise_qr_token_enterprise ON enterprise_qr_token (enterprise_code, revoked_at);

ALTER TABLE enterprise ADD COLUMN permit_number VARCHAR(40);

ALTER TABLE loop_assessment ADD COLUMN enterprise_code VARCHAR(32);

CREATE INDEX loop_assessment_enterprise ON loop_assessment (enterprise_code, reviewed_at);
