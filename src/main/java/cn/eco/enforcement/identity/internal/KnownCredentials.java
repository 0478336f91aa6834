package cn.eco.enforcement.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Credentials that succeeded recently from an address, remembered on this node only as a salted
 * SHA-256 (the salt is random per process and never stored), so that a client sending the same
 * right credentials with every request is not made to reserve an attempt each time.
 */
final class KnownCredentials {

	private static final long TTL = Duration.ofMinutes(10).toMillis();

	private static final int MAX_ENTRIES = 10_000;

	private final byte[] salt = new byte[32];

	private final Map<String, Long> expiries = new ConcurrentHashMap<>();

	KnownCredentials() {
		new SecureRandom().nextBytes(salt);
	}

	boolean contains(String credentials, String client) {
		Long expiry = expiries.get(digest(credentials, client));
		return expiry != null && expiry > System.currentTimeMillis();
	}

	void remember(String credentials, String client) {
		if (expiries.size() >= MAX_ENTRIES) {
			expiries.clear();
		}
		expiries.put(digest(credentials, client), System.currentTimeMillis() + TTL);
	}

	void forget(String credentials, String client) {
		expiries.remove(digest(credentials, client));
	}

	private String digest(String credentials, String client) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update((client + "\n" + credentials).getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
