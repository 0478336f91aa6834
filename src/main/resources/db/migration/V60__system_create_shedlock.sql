-- Locks of the application's own schedulers (ShedLock's JDBC provider): when several nodes share
-- this database, a scheduled job (off-line and completeness watches, the monthly self-inspections)
-- runs on one node at a time. Times are the database's (UTC), so node clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
