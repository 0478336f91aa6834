-- Township (乡镇/街道) boundaries for point-in-polygon look-ups of place-based alarms. An
-- administrator imports them as GeoJSON; the polygon is kept as GeoJSON text with its bounding
-- box, and the application tests points against it (JTS), so neither PostGIS nor an H2 extension
-- is needed.
CREATE TABLE township_boundary (
    township_code VARCHAR(32)      PRIMARY KEY REFERENCES township (code),
    geometry      TEXT             NOT NULL,
    min_longitude DOUBLE PRECISION NOT NULL,
    min_latitude  DOUBLE PRECISION NOT NULL,
    max_longitude DOUBLE PRECISION NOT NULL,
    max_latitude  DOUBLE PRECISION NOT NULL,
    source        VARCHAR(200),
    imported_by   VARCHAR(64)      NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
