-- The plan the rules made for one alarm's loop: supervision mode and why (the fired rules' labels),
-- who gets it and why, the squadron leader who reviews it, priority and deadlines. Written once, in
-- the intake's transaction, when the loop is planned, and never changed or deleted: the auditors'
-- record of the rule decision for the legal period (the Cockpit trail reads it through
-- GET /api/alarms/{id}/loop-plan). Until now these were process variables, three rows each in the
-- engine's tables; only what the engine evaluates and Tasklist shows stays a variable.
CREATE TABLE loop_plan (
    process_instance_id VARCHAR(64)   PRIMARY KEY,
    alarm_id            BIGINT        NOT NULL REFERENCES alarm (id),
    supervision_mode    VARCHAR(20)   NOT NULL,
    serious_alarm       BOOLEAN       NOT NULL,
    summary             TEXT          NOT NULL,
    supervision_rules   TEXT          NOT NULL,
    assignment_rules    TEXT          NOT NULL,
    assignee            VARCHAR(64),
    squadron_code       VARCHAR(32),
    squadron_leader     VARCHAR(64),
    priority            INT           NOT NULL,
    sign_for_deadline   VARCHAR(32)   NOT NULL,
    planned_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sign_for_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    handling_due_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX loop_plan_alarm ON loop_plan (alarm_id);
