-- The per-device-hour counts of V300 also count the hour's hourly readings, so that the monthly
-- transmission report reads no readings at all for the hours the hourly job has counted (a month of
-- 2,000 devices is 1.4 million counted device-hours against 5.8 million hourly and, at 10-minute
-- data, 27 million minute readings). The tables are renamed for what they now hold. Late hourly
-- readings mark their device-hour stale as late minute readings do.
ALTER TABLE minute_count RENAME TO hour_count;
ALTER TABLE minute_counted_hour RENAME TO counted_hour;
ALTER TABLE minute_count_stale RENAME TO hour_count_stale;
ALTER INDEX minute_count_by_hour RENAME TO hour_count_by_hour;

-- Hourly readings (HOUR, not derived) of the device-hour, and how many of them carry an invalid flag.
ALTER TABLE hour_count ADD COLUMN hourly INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE hour_count ADD COLUMN hourly_invalid INTEGER DEFAULT 0 NOT NULL;
