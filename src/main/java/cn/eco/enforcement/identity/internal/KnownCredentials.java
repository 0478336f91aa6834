package cn.eco.enforcement.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Credentials that succeeded recently from an address, remembered on this node only as a salted
 * SHA-256 (the salt is random per process and never stored), so that a client sending the same
 * right credentials with every request is not made to reserve an attempt each time.
 * <p>
 * Credentials being checked right now are known too ({@link #begin}): a request with the same
 * credentials from the same address waits for that request's answer (which tells whether they were
 * right; 10 s at most, then it checks them itself) instead of reserving an attempt of its own.
 * It is the same guess, so it tells a guesser nothing more; without the wait, a client that opens
 * more connections at once than the throttle allows failures (a monitoring platform starting its
 * senders, a node just started) would have its surplus requests refused with 429 although its
 * password is right.
 */
final class KnownCredentials {

	private static final long TTL = Duration.ofMinutes(10).toMillis();

	/** How long a request waits for a check of the same credentials before it checks them itself. */
	private static final long WAIT_SECONDS = 10;

	private static final int MAX_ENTRIES = 10_000;

	/**
	 * The outcome of {@link #begin}: credentials known good, or a check this request makes and must
	 * {@link KnownCredentials#finished finish}.
	 */
	record Pending(boolean known, String key, CompletableFuture<Boolean> check) {
	}

	private final byte[] salt = new byte[32];

	/** Credentials being checked now, by their digest: the check's outcome, for requests that wait. */
	private final Map<String, CompletableFuture<Boolean>> checking = new ConcurrentHashMap<>();

	private final Map<String, Long> expiries = new ConcurrentHashMap<>();

	KnownCredentials() {
		new SecureRandom().nextBytes(salt);
	}

	private boolean contains(String key) {
		Long expiry = expiries.get(key);
		return expiry != null && expiry > System.currentTimeMillis();
	}

	/**
	 * Known good, or else this request's own check of the credentials. While another request from the
	 * same address checks the same credentials, this one waits for its outcome: good, and these are
	 * known; refused, and this request makes a check of its own (a repeated wrong password counts
	 * again, one at a time).
	 */
	Pending begin(String credentials, String client) throws InterruptedException {
		String key = digest(credentials, client);
		while (true) {
			if (contains(key)) {
				return new Pending(true, key, null);
			}
			CompletableFuture<Boolean> mine = new CompletableFuture<>();
			CompletableFuture<Boolean> other = checking.putIfAbsent(key, mine);
			if (other == null) {
				return new Pending(false, key, mine);
			}
			try {
				other.get(WAIT_SECONDS, TimeUnit.SECONDS);
			}
			catch (TimeoutException | ExecutionException ex) {
				return new Pending(false, key, null); // a check of its own, beside the slow one
			}
		}
	}

	/** The end of a check {@link #begin} gave this request: good credentials are remembered first. */
	void finished(Pending pending, boolean good) {
		if (good) {
			remember(pending.key());
		}
		if (pending.check() != null) {
			checking.remove(pending.key(), pending.check());
			pending.check().complete(good);
		}
	}

	private void remember(String key) {
		if (expiries.size() >= MAX_ENTRIES) {
			expiries.clear();
		}
		expiries.put(key, System.currentTimeMillis() + TTL);
	}

	/** Credentials refused: the next request with them checks them again. */
	void forget(Pending pending) {
		expiries.remove(pending.key());
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
