package cn.eco.enforcement.monitoring;

import java.time.OffsetDateTime;

/**
 * A registered device as callers see it: never its password or SM4 key.
 *
 * @param encrypted whether the device has an SM4 key (an HJ 212-2025 logger that encrypts)
 * @param sm4Encoding how its ciphertext is written (HEX, BASE64), or null
 * @param sm4Padding how its plaintext is padded (ZERO, PKCS7), or null
 * @param keyRotationPending whether a new key was sent (CN 1014) and awaits the logger's confirmation
 */
public record DeviceView(String mn, DeviceKind kind, String enterpriseCode, String stationCode, String outlet,
		OffsetDateTime registeredAt, OffsetDateTime lastSeenAt, boolean encrypted, String sm4Encoding,
		String sm4Padding, boolean keyRotationPending) {
}
