-- An exceedance observed inside a declared start-up or shutdown period (STARTUP / SHUTDOWN) says so.
ALTER TABLE alarm ADD COLUMN declared_condition VARCHAR(10);
