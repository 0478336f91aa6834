package cn.eco.enforcement.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spares HTTP Basic callers the password hash and the group query on every request: a user name and
 * password that passed the identity service's check are remembered (as a salted SHA-256; the salt is
 * random per process and never stored) together with the stored password hash and salt they were
 * checked against. A later request with the same credentials is let in after one primary-key read
 * of the account row with its memberships, and only while that row still holds the same password
 * hash, is not locked and has no failed attempts. So a password change, a lock or a removed account
 * takes effect at the next request on every node (each node reads the one shared database), and
 * group changes too (the groups come from that read). Anything else goes the full way.
 */
@Component
class CredentialCache {

	private static final int MAX_ENTRIES = 10_000;

	private static final String ACCOUNT = """
			SELECT u.PWD_, u.SALT_, u.LOCK_EXP_TIME_, u.ATTEMPTS_, m.GROUP_ID_
			FROM ACT_ID_USER u LEFT JOIN ACT_ID_MEMBERSHIP m ON m.USER_ID_ = u.ID_
			WHERE u.ID_ = ?""";

	/** The stored password hash and salt the remembered credentials were checked against. */
	record Stored(String passwordHash, String salt) {
	}

	/** The account as it is stored now. */
	record Account(Stored password, boolean locked, boolean failedAttempts, List<String> groups) {
	}

	private final JdbcClient jdbc;

	private final byte[] salt = new byte[32];

	private final Map<String, Stored> remembered = new ConcurrentHashMap<>();

	CredentialCache(JdbcClient jdbc) {
		this.jdbc = jdbc;
		new SecureRandom().nextBytes(salt);
	}

	/**
	 * The account's groups when these credentials were checked before and the account still holds
	 * the same password, unlocked and without failed attempts; empty when the full check is needed.
	 */
	Optional<List<String>> groupsIfStillValid(String userId, String password) {
		String key = digest(userId, password);
		Stored stored = remembered.get(key);
		if (stored == null) {
			return Optional.empty();
		}
		Optional<Account> account = account(userId);
		if (account.isEmpty() || !account.get().password().equals(stored) || account.get().locked()
				|| account.get().failedAttempts()) {
			remembered.remove(key);
			return Optional.empty();
		}
		return Optional.of(account.get().groups());
	}

	/** The account row as stored now (read before a full check, so a change during it is never remembered). */
	Optional<Account> account(String userId) {
		List<Object[]> rows = jdbc.sql(ACCOUNT)
			.param(userId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getObject(4),
					rs.getString(5) })
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] first = rows.get(0);
		Timestamp lockedUntil = (Timestamp) first[2];
		boolean locked = lockedUntil != null && lockedUntil.getTime() > System.currentTimeMillis();
		boolean failed = first[3] instanceof Number attempts && attempts.intValue() > 0;
		List<String> groups = new ArrayList<>();
		for (Object[] row : rows) {
			if (row[4] != null) {
				groups.add((String) row[4]);
			}
		}
		return Optional.of(new Account(new Stored((String) first[0], (String) first[1]), locked, failed, List.copyOf(groups)));
	}

	/** Remembers credentials the full check accepted, against the stored password read before that check. */
	void remember(String userId, String password, Stored checkedAgainst) {
		if (remembered.size() >= MAX_ENTRIES) {
			remembered.clear();
		}
		remembered.put(digest(userId, password), checkedAgainst);
	}

	private String digest(String userId, String password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update(Objects.requireNonNull(userId).getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
