-- Evidence of a third-party O&M inspection (第三方巡检): photos taken for one checklist item. An item
-- of evidence belongs to exactly one owner, an alarm or an inspection's checklist item; otherwise it
-- is kept as alarm evidence is (hash, uploader, EXIF, append-only).
ALTER TABLE evidence_item ALTER COLUMN alarm_id DROP NOT NULL;
ALTER TABLE evidence_item ADD COLUMN om_inspection_id BIGINT REFERENCES om_inspection (id);
ALTER TABLE evidence_item ADD COLUMN checklist_item VARCHAR(32);
ALTER TABLE evidence_item ADD CONSTRAINT evidence_item_one_owner CHECK (
    (alarm_id IS NOT NULL AND om_inspection_id IS NULL AND checklist_item IS NULL)
    OR (alarm_id IS NULL AND om_inspection_id IS NOT NULL AND checklist_item IS NOT NULL));

CREATE INDEX evidence_item_om_inspection ON evidence_item (om_inspection_id, id);
