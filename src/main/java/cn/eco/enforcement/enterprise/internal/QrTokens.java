package cn.eco.enforcement.enterprise.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tokens the enterprise QR codes carry: 256 random bits, URL-safe, one live token per firm.
 * A revoked token stops working at once; the firm gets a new one for its new labels.
 */
@Repository
class QrTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	QrTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String active(String enterpriseCode) {
		return jdbc.sql("SELECT token FROM enterprise_qr_token WHERE enterprise_code = ? AND revoked_at IS NULL")
			.param(enterpriseCode)
			.query(String.class)
			.optional()
			.orElseGet(() -> issue(enterpriseCode));
	}

	void revoke(String enterpriseCode) {
		jdbc.sql("UPDATE enterprise_qr_token SET revoked_at = ? WHERE enterprise_code = ? AND revoked_at IS NULL")
			.params(OffsetDateTime.now(clock), enterpriseCode)
			.update();
	}

	Optional<String> enterpriseOf(String token) {
		return jdbc.sql("SELECT enterprise_code FROM enterprise_qr_token WHERE token = ? AND revoked_at IS NULL")
			.param(token)
			.query(String.class)
			.optional();
	}

	private String issue(String enterpriseCode) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("INSERT INTO enterprise_qr_token (token, enterprise_code, created_at) VALUES (?, ?, ?)")
			.params(token, enterpriseCode, OffsetDateTime.now(clock))
			.update();
		return token;
	}

}
