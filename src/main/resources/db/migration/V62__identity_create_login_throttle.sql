-- Failed logins per user name and per client address, shared by every node on this database, so a
-- caller cannot multiply its guesses by spreading them over the nodes (LoginThrottle).
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(300) NOT NULL PRIMARY KEY,
    -- Epoch milliseconds of the failures still inside the window, oldest first, space-separated.
    recent_failures VARCHAR(4000) NOT NULL,
    last_failed_at  BIGINT       NOT NULL,
    -- Epoch milliseconds until which the key is locked; 0 when it never was.
    blocked_until   BIGINT       NOT NULL,
    -- Locks so far: the next one lasts twice as long as the last.
    locks           INTEGER      NOT NULL
);

CREATE INDEX login_throttle_expiry ON login_throttle (last_failed_at);
