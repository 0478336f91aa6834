-- A finding can come from the monthly data-transmission report instead of an inspection: a device
-- whose effective rate fell under the threshold gets one 数据异常 finding per month (the index keeps
-- it to one; rows of inspections leave transmission_month empty, and empty values never collide).
ALTER TABLE om_finding ALTER COLUMN inspection_id DROP NOT NULL;
ALTER TABLE om_finding ADD COLUMN transmission_month VARCHAR(7);
CREATE UNIQUE INDEX om_finding_transmission_month ON om_finding (mn, transmission_month);
