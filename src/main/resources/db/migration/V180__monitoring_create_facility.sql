-- Production and treatment facilities of an enterprise under electricity monitoring (用电监控,
-- HJ 212-2025 ST=44). Each is one factor of a logger (d2xxxx production, d3xxxx treatment) and runs
-- while its value is above running_above; a treatment facility serves (treats) production facilities.
CREATE TABLE monitoring_facility (
    enterprise_code VARCHAR(32)    NOT NULL REFERENCES enterprise (code),
    code            VARCHAR(20)    NOT NULL,
    name            VARCHAR(100)   NOT NULL,
    kind            VARCHAR(10)    NOT NULL CHECK (kind IN ('PRODUCTION', 'TREATMENT')),
    mn              VARCHAR(64)    NOT NULL REFERENCES monitoring_device (mn),
    factor_code     VARCHAR(20)    NOT NULL,
    running_above   NUMERIC(16, 4) NOT NULL CHECK (running_above >= 0),
    unit            VARCHAR(20)    NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (enterprise_code, code),
    CONSTRAINT monitoring_facility_one_factor UNIQUE (mn, factor_code)
);

CREATE TABLE monitoring_facility_treats (
    enterprise_code VARCHAR(32) NOT NULL,
    treatment_code  VARCHAR(20) NOT NULL,
    production_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (enterprise_code, treatment_code, production_code),
    FOREIGN KEY (enterprise_code, treatment_code) REFERENCES monitoring_facility (enterprise_code, code),
    FOREIGN KEY (enterprise_code, production_code) REFERENCES monitoring_facility (enterprise_code, code)
);

-- The first electricity meters sent codes we had made up (ep01 production, et01 treatment): their
-- stored data take the standard's current factors instead.
UPDATE reading SET factor_code = 'd20405' WHERE factor_code = 'ep01';
UPDATE reading SET factor_code = 'd30406' WHERE factor_code = 'et01';
