-- The monthly data-transmission report counts each device's exceedance conditions by the time they
-- started.
CREATE INDEX monitoring_condition_type_since ON monitoring_condition (condition_type, since);
