package cn.eco.enforcement.identity.internal;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts failed logins per user name and per client address. A key with too many failures within
 * the window is locked; each further lock of the same key lasts twice as long, up to the maximum.
 * A successful login clears its user name's count, not its address's: otherwise a caller with one
 * valid account could reset the address count between guesses at other accounts. Memory is bounded:
 * at most {@code loginTrackedKeys} keys are remembered, the least recently seen are forgotten first.
 */
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final LoginThrottleSettings settings;

	private final LongSupplier clock;

	private final Map<String, Attempts> keys;

	LoginThrottle(LoginThrottleSettings settings, LongSupplier clock) {
		this.settings = settings;
		this.clock = clock;
		this.keys = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
				return size() > settings.loginTrackedKeys();
			}
		};
	}

	/** Seconds until the user name or the address may try again; 0 when it may try now. */
	synchronized long secondsToWait(String user, String client) {
		long now = clock.getAsLong();
		long until = Math.max(blockedUntil(userKey(user)), blockedUntil(clientKey(client)));
		return until > now ? (until - now + 999) / 1000 : 0;
	}

	synchronized void failed(String user, String client) {
		long now = clock.getAsLong();
		if (user != null) {
			record(userKey(user), settings.loginMaxFailures(), now);
		}
		record(clientKey(client), settings.loginMaxFailuresPerClient(), now);
	}

	synchronized void succeeded(String user) {
		if (user != null) {
			keys.remove(userKey(user));
		}
	}

	synchronized int trackedKeys() {
		return keys.size();
	}

	private long blockedUntil(String key) {
		Attempts attempts = key == null ? null : keys.get(key);
		return attempts == null ? 0 : attempts.blockedUntil;
	}

	private void record(String key, int maxFailures, long now) {
		Attempts attempts = keys.computeIfAbsent(key, k -> new Attempts());
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
	}

	private static String userKey(String user) {
		return user == null ? null : "user:" + user.strip().toLowerCase(Locale.ROOT);
	}

	private static String clientKey(String client) {
		return "client:" + client;
	}

	/** Recent failures of one key, and its lock. */
	private static final class Attempts {

		final ArrayDeque<Long> failures = new ArrayDeque<>();

		long blockedUntil;

		int locks;

	}

}
