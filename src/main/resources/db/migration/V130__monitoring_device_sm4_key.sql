-- HJ 212-2025 loggers encrypt their data areas with SM4. A device's key is kept sealed with AES-GCM
-- under the platform's master key (APP_MONITORING_MASTER_KEY), never in clear; the encoding and
-- padding say how its ciphertext is written. A key rotation (CN 1014) keeps the new key pending
-- until the logger confirms it: until then the old key stays in force.
ALTER TABLE monitoring_device ADD COLUMN sm4_key VARCHAR(200);
ALTER TABLE monitoring_device ADD COLUMN sm4_encoding VARCHAR(10);
ALTER TABLE monitoring_device ADD COLUMN sm4_padding VARCHAR(10);
ALTER TABLE monitoring_device ADD COLUMN sm4_pending_key VARCHAR(200);
ALTER TABLE monitoring_device ADD COLUMN sm4_pending_qn VARCHAR(20);
ALTER TABLE monitoring_device ADD COLUMN sm4_pending_since TIMESTAMP WITH TIME ZONE;

ALTER TABLE monitoring_device ADD CONSTRAINT monitoring_device_sm4_encoding
    CHECK (sm4_encoding IS NULL OR sm4_encoding IN ('HEX', 'BASE64'));
ALTER TABLE monitoring_device ADD CONSTRAINT monitoring_device_sm4_padding
    CHECK (sm4_padding IS NULL OR sm4_padding IN ('ZERO', 'PKCS7'));
ALTER TABLE monitoring_device ADD CONSTRAINT monitoring_device_sm4_complete
    CHECK ((sm4_key IS NULL) = (sm4_encoding IS NULL) AND (sm4_key IS NULL) = (sm4_padding IS NULL)
           AND (sm4_pending_key IS NULL OR sm4_key IS NOT NULL));
