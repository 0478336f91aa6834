-- Demo: one inspection company under contract for six monitoring systems, with two inspectors
-- (accounts omzhang and omli, password = user id). XY-WW-0002-01 and the rest are outside the contract.
INSERT INTO om_company (code, name, credit_code, contact) VALUES
    ('OM-QY', '襄阳清源环境监测技术服务有限公司', '91420600MA4F8QY01K', '0710-3260000');

INSERT INTO om_contract (contract_number, company_code, valid_from, valid_to) VALUES
    ('XYHJ-YW-2026-01', 'OM-QY', CURRENT_DATE - INTERVAL '60' DAY, CURRENT_DATE + INTERVAL '305' DAY);

INSERT INTO om_contract_device (contract_number, mn) VALUES
    ('XYHJ-YW-2026-01', 'XY-WW-0001-01'),
    ('XYHJ-YW-2026-01', 'XY-FG-0003-01'),
    ('XYHJ-YW-2026-01', 'XY-FG-0009-01'),
    ('XYHJ-YW-2026-01', 'XY-VOC-0012-01'),
    ('XYHJ-YW-2026-01', 'XY-WW-0006-01'),
    ('XYHJ-YW-2026-01', 'XY-AQ-TZW-001');

INSERT INTO om_inspector (user_id, name, company_code, email) VALUES
    ('omzhang', '张建国', 'OM-QY', 'omzhang@qingyuan.example'),
    ('omli', '李晓燕', 'OM-QY', 'omli@qingyuan.example');
