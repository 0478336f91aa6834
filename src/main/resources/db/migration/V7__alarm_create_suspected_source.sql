-- Enterprises that pollution-source tracing ranked as likely sources of an ambient station alarm.
-- A dispatch hint with its reasons, never proof.
CREATE TABLE alarm_suspected_source (
    alarm_id        BIGINT        NOT NULL REFERENCES alarm (id),
    rank_no         SMALLINT      NOT NULL,
    enterprise_code VARCHAR(32)   NOT NULL REFERENCES enterprise (code),
    score           NUMERIC(8, 5) NOT NULL,
    explanation     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (alarm_id, rank_no)
);
