package cn.eco.enforcement.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per user name from one client address (the pair) and per client address. A
 * key with too many failures within the window is locked; each further lock of the same key lasts
 * twice as long, up to the maximum. A user name is never locked as such: a stranger who knows it
 * cannot lock its owner out from elsewhere. A successful login clears its pair's count, not its
 * address's: otherwise a caller with one valid account could reset the address count between
 * guesses at other accounts. Credentials not yet known good {@link #reserve reserve} their attempt
 * before the password is checked, so concurrent guesses get no more checks than sequential ones.
 * <p>
 * The counts live in the table {@code login_throttle}, so every node on the database shares them:
 * with two nodes behind a load balancer a caller still gets five guesses, not ten. A request with
 * credentials costs one primary-key read ({@link #check}); failures, rare by nature, are counted
 * under a row lock, so two nodes counting the same key at once lose no failure. Keys with nothing
 * left to remember are deleted every ten minutes ({@link #forgetExpired()}).
 */
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	/** Longer keys (a user name is whatever a caller sends) are stored as their SHA-256. */
	private static final int MAX_KEY_LENGTH = 300;

	private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+(%[\\w.-]+)?");

	/** {@code recent_failures} holds up to this many 13-digit times (VARCHAR(4000)). */
	private static final int MAX_FAILURES_LIMIT = 250;

	private final LoginThrottleSettings settings;

	private final LongSupplier clock;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	LoginThrottle(LoginThrottleSettings settings, LongSupplier clock, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		if (Math.max(settings.loginMaxFailures(), settings.loginMaxFailuresPerClient()) > MAX_FAILURES_LIMIT) {
			throw new IllegalArgumentException("app.security.login-max-failures and login-max-failures-per-client must be at most "
					+ MAX_FAILURES_LIMIT);
		}
		this.settings = settings;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Whether the user name or the address must wait, and whether the user name has failures or a
	 * lock on record (only then has a successful login anything to clear).
	 */
	Check check(String user, String client) {
		long now = clock.getAsLong();
		String userKey = userKey(user, client);
		String clientKey = clientKey(client);
		long until = 0;
		boolean userOnRecord = false;
		for (KeyState state : jdbc
			.sql("SELECT throttle_key, blocked_until FROM login_throttle WHERE throttle_key IN (:keys)")
			.param("keys", userKey == null ? List.of(clientKey) : List.of(userKey, clientKey))
			.query((rs, i) -> new KeyState(rs.getString(1), rs.getLong(2)))
			.list()) {
			until = Math.max(until, state.blockedUntil());
			userOnRecord |= state.key().equals(userKey);
		}
		return new Check(until > now ? (until - now + 999) / 1000 : 0, userOnRecord);
	}

	void failed(String user, String client) {
		failed(user, client, false);
	}

	/**
	 * A failed login.
	 * @param reserved whether the attempt was {@link #reserve reserved}, so the pair is counted already
	 */
	void failed(String user, String client, boolean reserved) {
		long now = clock.getAsLong();
		Map<String, Integer> keys = new LinkedHashMap<>();
		if (user != null && !reserved) {
			keys.put(userKey(user, client), settings.loginMaxFailures());
		}
		keys.put(clientKey(client), settings.loginMaxFailuresPerClient());
		RuntimeException first = null;
		for (Map.Entry<String, Integer> key : keys.entrySet()) {
			try {
				record(key.getKey(), key.getValue(), now);
			}
			catch (RuntimeException ex) {
				// Still count the other key; the caller hears of the first failure.
				first = first == null ? ex : first;
			}
		}
		if (first != null) {
			throw first;
		}
	}

	void succeeded(String user, String client) {
		if (user != null) {
			jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(userKey(user, client)).update();
		}
	}

	/**
	 * Counts an attempt of the pair as a failure before its password is checked (a success clears it
	 * again), under the pair's row lock: of many concurrent attempts only as many as the limit allows
	 * get through.
	 * @return seconds the caller must wait, 0 when the attempt may go ahead
	 */
	long reserve(String user, String client) {
		long now = clock.getAsLong();
		String key = userKey(user, client);
		for (int attempt = 1;; attempt++) {
			insertIfAbsent(key, now);
			Long wait = transaction.execute(status -> recordLocked(key, settings.loginMaxFailures(), now, true));
			if (wait != null && wait >= 0) {
				return wait;
			}
			if (attempt == 3) {
				throw new IllegalStateException("The login throttle row of " + key + " keeps disappearing");
			}
		}
	}

	/**
	 * Deletes the keys that are neither locked nor within a lock's memory ({@code loginMaxLockout})
	 * and have no failure inside the window: the table holds only what still counts. Beyond
	 * {@code loginTrackedKeys} unlocked keys (a spray of names from many addresses), the oldest
	 * counts go too; locks in force stay.
	 */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "identity-login-throttle-cleanup", lockAtMostFor = "PT5M")
	void forgetExpired() {
		long now = clock.getAsLong();
		int forgotten = jdbc
			.sql("DELETE FROM login_throttle WHERE last_failed_at <= ? AND blocked_until <= ?")
			.params(now - settings.loginFailureWindow().toMillis(), now - settings.loginMaxLockout().toMillis())
			.update();
		int overflow = jdbc.sql("""
				DELETE FROM login_throttle WHERE throttle_key IN (
				    SELECT throttle_key FROM login_throttle WHERE blocked_until <= ?
				    ORDER BY last_failed_at DESC, throttle_key OFFSET ? ROWS)""")
			.params(now, settings.loginTrackedKeys())
			.update();
		if (overflow > 0) {
			log.warn("登录失败记录过多，删除最早的 {} 条 / login throttle over {} keys: forgot the {} oldest counts", overflow,
					settings.loginTrackedKeys(), overflow);
		}
		if (forgotten > 0) {
			log.debug("Forgot {} login throttle key(s) with nothing left to count", forgotten);
		}
	}

	/**
	 * Counts one failure of the key under its row lock. The row can vanish between its insert and
	 * the lock (a successful login, the cleanup); then it is inserted again.
	 */
	private void record(String key, int maxFailures, long now) {
		for (int attempt = 1;; attempt++) {
			insertIfAbsent(key, now);
			Long recorded = transaction.execute(status -> recordLocked(key, maxFailures, now, false));
			if (recorded != null && recorded >= 0) {
				return;
			}
			if (attempt == 3) {
				throw new IllegalStateException("The login throttle row of " + key + " keeps disappearing");
			}
		}
	}

	/**
	 * @param unlessLocked when the key is locked, count nothing and answer the wait
	 * @return -1 when the row is gone, else the seconds to wait (0 after counting)
	 */
	private long recordLocked(String key, int maxFailures, long now, boolean unlessLocked) {
		Attempts attempts = jdbc
			.sql("SELECT recent_failures, blocked_until, locks FROM login_throttle WHERE throttle_key = ? FOR UPDATE")
			.param(key)
			.query((rs, i) -> new Attempts(parse(rs.getString(1)), rs.getLong(2), rs.getInt(3)))
			.optional()
			.orElse(null);
		if (attempts == null) {
			return -1;
		}
		if (unlessLocked && attempts.blockedUntil > now) {
			return (attempts.blockedUntil - now + 999) / 1000;
		}
		if (attempts.locks > 0 && now - attempts.blockedUntil >= settings.loginMaxLockout().toMillis()) {
			attempts.locks = 0;
		}
		long windowStart = now - settings.loginFailureWindow().toMillis();
		while (!attempts.failures.isEmpty() && attempts.failures.peekFirst() <= windowStart) {
			attempts.failures.pollFirst();
		}
		attempts.failures.addLast(now);
		if (attempts.failures.size() >= maxFailures) {
			long lock = Math.min(settings.loginLockout().toMillis() << Math.min(attempts.locks, 30),
					settings.loginMaxLockout().toMillis());
			attempts.locks++;
			attempts.blockedUntil = now + lock;
			attempts.failures.clear();
			log.warn("登录失败次数过多，暂停 {} 秒 / too many failed logins, locked for {} s: {}", lock / 1000, lock / 1000, key);
		}
		jdbc.sql("""
				UPDATE login_throttle SET recent_failures = ?, last_failed_at = ?, blocked_until = ?, locks = ?
				WHERE throttle_key = ?""")
			.params(format(attempts.failures), now, attempts.blockedUntil, attempts.locks, key)
			.update();
		return 0;
	}

	/** The key's row, so that {@code FOR UPDATE} has something to lock; a concurrent insert wins. */
	private void insertIfAbsent(String key, long now) {
		if (present(key)) {
			return;
		}
		try {
			ownTransaction.executeWithoutResult(status -> jdbc
				.sql("INSERT INTO login_throttle (throttle_key, recent_failures, last_failed_at, blocked_until, locks) VALUES (?, '', ?, 0, 0)")
				.params(key, now)
				.update());
		}
		catch (DataAccessException concurrentFirstFailure) {
			// Another node or thread recorded this key's first failure at the same moment: PostgreSQL
			// reports a duplicate key, H2 a concurrent update. Anything else is still an error.
			if (!present(key)) {
				throw concurrentFirstFailure;
			}
		}
	}

	private boolean present(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?").param(key).query(Long.class).single() > 0;
	}

	private static ArrayDeque<Long> parse(String failures) {
		ArrayDeque<Long> parsed = new ArrayDeque<>();
		for (String at : failures.isBlank() ? new String[0] : failures.strip().split(" ")) {
			parsed.addLast(Long.parseLong(at));
		}
		return parsed;
	}

	private static String format(ArrayDeque<Long> failures) {
		return failures.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	private static String userKey(String user, String client) {
		return user == null ? null : bounded("user:" + user.strip().toLowerCase(Locale.ROOT) + "@" + network(client));
	}

	private static String clientKey(String client) {
		return bounded("client:" + network(client));
	}

	/**
	 * The address a client is counted by: an IPv6 address by its /64 network (a subscriber gets a
	 * whole /64 and could take a new address for every guess), any other address as it is.
	 */
	static String network(String address) {
		if (address == null || address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
			return address;
		}
		try {
			// A literal: InetAddress parses it, no name is looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64"
					: InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/** Keys too long, or with control characters (PostgreSQL refuses NUL), are stored as their SHA-256. */
	private static String bounded(String key) {
		if (key.length() <= MAX_KEY_LENGTH && key.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
			return key;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return key.substring(0, key.indexOf(':') + 1) + "sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/** What a request with credentials must know before it reaches a password check. */
	record Check(long secondsToWait, boolean userOnRecord) {
	}

	private record KeyState(String key, long blockedUntil) {
	}

	/** Recent failures of one key, and its lock. */
	private static final class Attempts {

		final ArrayDeque<Long> failures;

		long blockedUntil;

		int locks;

		Attempts(ArrayDeque<Long> failures, long blockedUntil, int locks) {
			this.failures = failures;
			this.blockedUntil = blockedUntil;
			this.locks = locks;
		}

	}

}
