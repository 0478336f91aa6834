-- Hourly and daily values the platform computed from a device's minute (hourly) data because the
-- device sent none for that hour (day): marked, so they are never taken for data the logger sent.
-- On PostgreSQL the column is added to the partitioned table and reaches every partition.
ALTER TABLE reading ADD COLUMN derived BOOLEAN DEFAULT FALSE NOT NULL;

-- How far the derivation job has got, per period it writes (HOUR, DAY): the start of the first
-- hour (China day) not yet looked at. A run after downtime continues from here, within its window.
CREATE TABLE reading_derivation (
    period          VARCHAR(10) PRIMARY KEY,
    derived_through TIMESTAMP WITH TIME ZONE NOT NULL
);
