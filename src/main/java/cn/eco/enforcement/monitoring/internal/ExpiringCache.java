package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;


/**
 * A small per-key cache for what every packet of a device needs (the device, its limits, its open
 * conditions): entries expire, are dropped when this node changes them, and are dropped when the
 * transaction that read them rolls back.
 */
final class ExpiringCache<K, V> {

	private final Map<K, Timed<V>> entries = new ConcurrentHashMap<>();

	private final Duration timeToLive;

	private final Clock clock;

	private final int maxEntries;

	ExpiringCache(Duration timeToLive, int maxEntries, Clock clock) {
		this.timeToLive = timeToLive;
		this.maxEntries = maxEntries;
		this.clock = clock;
	}

	V get(K key, Function<K, V> load) {
		Instant now = clock.instant();
		Timed<V> entry = entries.get(key);
		if (entry == null || entry.at().plus(timeToLive).isBefore(now)) {
			if (entries.size() >= maxEntries) {
				entries.clear();
			}
			entry = new Timed<>(load.apply(key), now);
			entries.put(key, entry);
		}
		AfterRollback.run(() -> evict(key));
		return entry.value();
	}

	/** The cached value, if there is one still fresh; never loads. */
	Optional<V> peek(K key) {
		Timed<V> entry = entries.get(key);
		return entry == null || entry.at().plus(timeToLive).isBefore(clock.instant()) ? Optional.empty()
				: Optional.of(entry.value());
	}

	void evict(K key) {
		entries.remove(key);
	}


	private record Timed<V>(V value, Instant at) {
	}

}
