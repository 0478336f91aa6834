-- The monthly inspector table joins the handling tasks of the month to their alarm by its loop
-- (straw-burning, patrol and complaint alarms handled per inspector).
CREATE INDEX alarm_process_instance ON alarm (process_instance_id);
