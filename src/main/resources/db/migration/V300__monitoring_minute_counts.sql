-- What the monthly transmission report needs from an hour's minute data, counted once per device
-- and hour by the hourly derivation job (MinuteCounts), so that the report reads one row per
-- device-hour instead of every minute reading of the month. Plain tables on PostgreSQL and H2, not
-- partitioned: one row per device and hour is 24 to 240 times fewer rows than the minute data (four
-- factors every 10 minutes, or every minute), and the retention job removes them a day at a time
-- (MinuteCounts.prune).
CREATE TABLE minute_count (
    mn              VARCHAR(64) NOT NULL,
    hour_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    minutes         INTEGER NOT NULL,
    minutes_invalid INTEGER NOT NULL,
    PRIMARY KEY (mn, hour_start)
);

-- Counting, recounting and pruning go by hour, across devices.
CREATE INDEX minute_count_by_hour ON minute_count (hour_start);

-- The hours whose minute data have been counted, for every device at once. A device without a row in
-- minute_count for such an hour sent no minute data in it; for an hour not listed here the report
-- reads the minute readings themselves.
CREATE TABLE minute_counted_hour (
    hour_start TIMESTAMP WITH TIME ZONE PRIMARY KEY,
    counted_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Device-hours whose minute data changed after their hour was over: marked by the ingestion in the
-- transaction that stores the late readings. The report does not trust the count of a marked
-- device-hour and reads its minute readings; the job counts the hour again and removes the mark.
CREATE TABLE minute_count_stale (
    hour_start TIMESTAMP WITH TIME ZONE NOT NULL,
    mn         VARCHAR(64) NOT NULL,
    marked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (hour_start, mn)
);
