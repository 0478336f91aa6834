-- Place-based alarms (straw burning, video and river patrol, complaints with a place): an alarm now
-- concerns an enterprise, a station or a place (latitude/longitude, found in a township's grid).
ALTER TABLE alarm DROP CONSTRAINT alarm_has_one_subject;
ALTER TABLE alarm ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE alarm ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE alarm ADD COLUMN address VARCHAR(200);
ALTER TABLE alarm ADD COLUMN township_code VARCHAR(32) REFERENCES township (code);
ALTER TABLE alarm ADD CONSTRAINT alarm_has_one_subject CHECK (
    (CASE WHEN enterprise_code IS NULL THEN 0 ELSE 1 END) + (CASE WHEN station_code IS NULL THEN 0 ELSE 1 END) <= 1
    AND (enterprise_code IS NOT NULL OR station_code IS NOT NULL OR (latitude IS NOT NULL AND longitude IS NOT NULL)));

-- Firms near a place-based alarm are suspected sources too, with their distance in metres.
ALTER TABLE alarm_suspected_source ADD COLUMN distance_m INTEGER;

-- A complainant's contact: private, read only by the handling squadron; nothing for an anonymous
-- complaint but, if given, the e-mail address the outcome goes to.
CREATE TABLE alarm_complainant (
    alarm_id    BIGINT       PRIMARY KEY REFERENCES alarm (id),
    anonymous   BOOLEAN      NOT NULL,
    name        VARCHAR(50),
    phone       VARCHAR(30),
    email       VARCHAR(200),
    notified_at TIMESTAMP WITH TIME ZONE
);
