-- Parts of split HJ 212 uploads (PNUM/PNO, DOMAIN §a.9). A part is answered 9014 once it is stored
-- here, so a crash loses no acknowledged part. When all PNUM parts of a set (same device, command,
-- DataTime and PNUM) are here, they become one upload and are marked completed; a set still
-- incomplete after hj212.split-timeout is stored as far as it arrived. Completed rows stay for an
-- hour (without their text) so that a part sent again is recognised as a duplicate.
CREATE TABLE hj212_split_part (
    mn           VARCHAR(64)    NOT NULL,
    cn           VARCHAR(10)    NOT NULL,
    data_time    VARCHAR(17)    NOT NULL,
    pnum         INTEGER        NOT NULL,
    pno          INTEGER        NOT NULL,
    data_segment VARCHAR(10000),
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (mn, cn, data_time, pnum, pno)
);

CREATE INDEX hj212_split_part_open ON hj212_split_part (completed_at, received_at);
