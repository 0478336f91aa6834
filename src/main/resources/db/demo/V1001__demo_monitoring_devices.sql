-- Demo online-monitoring devices for the demo enterprises and stations, and their permit limits.
-- Every demo device's HJ 212 password is 123456 (stored salted and hashed).
INSERT INTO monitoring_device (mn, password_salt, password_hash, kind, enterprise_code, station_code, outlet, registered_at) VALUES
    ('XY-AQ-TZW-001', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'AMBIENT_AIR', NULL, 'ST-TZW', NULL, CURRENT_TIMESTAMP),
    ('XY-AQ-MZ-001', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'AMBIENT_AIR', NULL, 'ST-MZ', NULL, CURRENT_TIMESTAMP),
    ('XY-AQ-XCQZF-001', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'AMBIENT_AIR', NULL, 'ST-XCQZF', NULL, CURRENT_TIMESTAMP),
    ('XY-AQ-ZYJCZ-001', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'AMBIENT_AIR', NULL, 'ST-ZYJCZ', NULL, CURRENT_TIMESTAMP),
    ('XY-AQ-GCJCZ-001', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'AMBIENT_AIR', NULL, 'ST-GCJCZ', NULL, CURRENT_TIMESTAMP),
    ('XY-SW-BJW-001', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'SURFACE_WATER', NULL, 'ST-BJW', NULL, CURRENT_TIMESTAMP),
    ('XY-WW-0001-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'WASTEWATER', 'ENT-0001', NULL, 'DW001 废水总排口', CURRENT_TIMESTAMP),
    ('XY-WW-0002-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'WASTEWATER', 'ENT-0002', NULL, 'DW001 废水总排口', CURRENT_TIMESTAMP),
    ('XY-FG-0003-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'FLUE_GAS', 'ENT-0003', NULL, 'DA001 锅炉烟囱', CURRENT_TIMESTAMP),
    ('XY-WW-0003-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'WASTEWATER', 'ENT-0003', NULL, 'DW001 废水总排口', CURRENT_TIMESTAMP),
    ('XY-WW-0006-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'WASTEWATER', 'ENT-0006', NULL, 'DW001 废水总排口', CURRENT_TIMESTAMP),
    ('XY-FG-0009-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'FLUE_GAS', 'ENT-0009', NULL, 'DA001 1# 机组烟囱', CURRENT_TIMESTAMP),
    ('XY-VOC-0012-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'VOCS_FENCELINE', 'ENT-0012', NULL, '厂界 VOCs 监测点（东南角）', CURRENT_TIMESTAMP),
    ('XY-CF-0016-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'CATERING_FUME', 'ENT-0016', NULL, '油烟净化器排口', CURRENT_TIMESTAMP),
    ('XY-EL-0003-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'ELECTRICITY', 'ENT-0003', NULL, '生产线/治理设施用电', CURRENT_TIMESTAMP),
    ('XY-WW-0015-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'WASTEWATER', 'ENT-0015', NULL, 'DW001 出水口', CURRENT_TIMESTAMP),
    ('XY-FG-0017-01', 'demo0001', '49346e3916152ae8b2cd78e6a35860cc4f34d3d5bbbf5117b332b79742d9a3f7', 'FLUE_GAS', 'ENT-0017', NULL, 'DA001 窑尾烟囱', CURRENT_TIMESTAMP);

-- a34041 is the code our catering-fume loggers use for 油烟浓度 (GB 18483-2001 limit 2.0 mg/m³).
INSERT INTO permit_limit (mn, factor_code, limit_value, unit) VALUES
    ('XY-WW-0001-01', 'w01018', 50, 'mg/L'),
    ('XY-WW-0001-01', 'w21003', 5, 'mg/L'),
    ('XY-WW-0002-01', 'w01018', 50, 'mg/L'),
    ('XY-WW-0002-01', 'w21003', 5, 'mg/L'),
    ('XY-FG-0003-01', 'a21026', 35, 'mg/m³'),
    ('XY-FG-0003-01', 'a21002', 50, 'mg/m³'),
    ('XY-FG-0003-01', 'a34013', 10, 'mg/m³'),
    ('XY-WW-0003-01', 'w01018', 60, 'mg/L'),
    ('XY-WW-0003-01', 'w21003', 8, 'mg/L'),
    ('XY-WW-0006-01', 'w01018', 50, 'mg/L'),
    ('XY-FG-0009-01', 'a21026', 35, 'mg/m³'),
    ('XY-FG-0009-01', 'a21002', 50, 'mg/m³'),
    ('XY-FG-0009-01', 'a34013', 10, 'mg/m³'),
    ('XY-VOC-0012-01', 'a24088', 4.0, 'mg/m³'),
    ('XY-CF-0016-01', 'a34041', 2.0, 'mg/m³'),
    ('XY-WW-0015-01', 'w01018', 50, 'mg/L'),
    ('XY-WW-0015-01', 'w21003', 5, 'mg/L'),
    ('XY-FG-0017-01', 'a21026', 100, 'mg/m³'),
    ('XY-FG-0017-01', 'a21002', 260, 'mg/m³'),
    ('XY-FG-0017-01', 'a34013', 10, 'mg/m³');
