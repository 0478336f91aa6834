-- Three-level enforcement grid: city bureau -> branch bureau -> brigade -> squadron,
-- townships mapped to squadrons, and the staff who work in those units.
CREATE TABLE org_unit (
    code        VARCHAR(32)  PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    kind        VARCHAR(20)  NOT NULL CHECK (kind IN ('CITY_BUREAU', 'BRANCH_BUREAU', 'BRIGADE', 'SQUADRON')),
    parent_code VARCHAR(32)  REFERENCES org_unit (code)
);

CREATE TABLE staff (
    user_id        VARCHAR(64)  PRIMARY KEY,
    name           VARCHAR(50)  NOT NULL,
    email          VARCHAR(200),
    role           VARCHAR(20)  NOT NULL CHECK (role IN ('INSPECTOR', 'SQUADRON_LEADER', 'SUPERVISOR', 'AUDITOR')),
    org_unit_code  VARCHAR(32)  NOT NULL REFERENCES org_unit (code),
    certificate_no VARCHAR(50),
    available      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE INDEX staff_org_unit ON staff (org_unit_code);

CREATE TABLE township (
    code          VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    squadron_code VARCHAR(32)  NOT NULL REFERENCES org_unit (code)
);

CREATE TABLE monitoring_station (
    code          VARCHAR(32)  PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('AMBIENT_AIR', 'SURFACE_WATER')),
    township_code VARCHAR(32)  NOT NULL REFERENCES township (code),
    longitude     DOUBLE PRECISION,
    latitude      DOUBLE PRECISION
);
