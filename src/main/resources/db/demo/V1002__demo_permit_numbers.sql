-- Demo discharge permit numbers (排污许可证编号): the credit code followed by a sequence and type letter.
UPDATE enterprise SET permit_number = credit_code || '001' || CASE WHEN category = 'KEY' THEN 'V' ELSE 'P' END;
