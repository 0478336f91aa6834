-- A second supervisor so that case review and legal review (法制审核) can be done by different people.
INSERT INTO staff (user_id, name, email, role, org_unit_code, certificate_no, available) VALUES
    ('gaojie', '高洁', 'gaojie@hb-xy-eeb.example.cn', 'SUPERVISOR', 'XY', NULL, TRUE);
