package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.channel.ChannelHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts every refused HJ 212 input by reason and keeps a log of them for operators. Garbage is
 * only counted, so a noisy line cannot fill the database.
 */
@Component
public class Hj212Rejections {

	private static final Logger log = LoggerFactory.getLogger(Hj212Rejections.class);

	private static final Duration LOG_INTERVAL = Duration.ofSeconds(10);

	private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> lastLogged = new ConcurrentHashMap<>();

	private final JdbcClient jdbc;

	private final Clock clock;

	Hj212Rejections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(ChannelHandlerContext ctx, String mn, String reason, String detail) {
		long count = counts.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
		String remote = String.valueOf(ctx.channel().remoteAddress());
		if (!"GARBAGE".equals(reason)) {
			log.warn("HJ 212 refused from {} (MN {}): {} {}", remote, mn, reason, detail);
		}
		else if (mayLog(reason)) {
			// Garbage comes a line at a time, as fast as anyone cares to send it.
			log.warn("HJ 212 refused from {}: {} {} ({} so far)", remote, reason, detail, count);
		}
		if (!"GARBAGE".equals(reason)) {
			jdbc.sql("INSERT INTO hj212_rejection (remote, mn, reason, detail, rejected_at) VALUES (?, ?, ?, ?, ?)")
				.params(remote, mn, reason, truncate(detail), OffsetDateTime.now(clock))
				.update();
		}
	}

	/**
	 * Counts a connection closed for what it did not send (over a connection cap, no good packet in
	 * time, a frame that never ends). Not stored, and logged at most once per reason every
	 * {@link #LOG_INTERVAL}: in a flood these come by the thousand.
	 */
	void countOnly(String remote, String reason, String detail) {
		long count = counts.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
		if (mayLog(reason)) {
			log.warn("HJ 212 connection from {} closed: {} {} ({} so far)", remote, reason, detail, count);
		}
	}

	/**
	 * Counts a packet left unanswered through the platform's own fault (a device key that does not open
	 * under the master key), so that the logger sends it again once that is fixed. Logged at most once
	 * per reason every {@link #LOG_INTERVAL}: every packet of such a device comes here.
	 */
	void countUnanswered(String remote, String mn, String reason, String detail) {
		long count = counts.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
		if (mayLog(reason)) {
			log.error("HJ 212 packet from {} (MN {}) left unanswered: {} {} ({} so far)", remote, mn, reason, detail, count);
		}
	}

	/** Whether a line about this reason may be logged now: at most one every {@link #LOG_INTERVAL}. */
	private boolean mayLog(String reason) {
		long now = clock.millis();
		AtomicLong last = lastLogged.computeIfAbsent(reason, r -> new AtomicLong(now - LOG_INTERVAL.toMillis()));
		long previous = last.get();
		return now - previous >= LOG_INTERVAL.toMillis() && last.compareAndSet(previous, now);
	}

	/** Refusals since start, by reason. */
	public Map<String, Long> counts() {
		Map<String, Long> snapshot = new java.util.TreeMap<>();
		counts.forEach((reason, count) -> snapshot.put(reason, count.get()));
		return snapshot;
	}

	private static String truncate(String text) {
		return text == null || text.length() <= 500 ? text : text.substring(0, 500);
	}

}
