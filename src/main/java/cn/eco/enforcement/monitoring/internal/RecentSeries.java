package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;

import org.springframework.stereotype.Component;

/**
 * The recent readings detection judges, kept in memory per device, factor and period so that a
 * packet costs no history query: a series is read from the database once, then follows the data
 * this node stores. Entries expire (another node may have stored data too) and a device's entries
 * are dropped when a transaction that touched them rolls back.
 */
@Component
class RecentSeries {

	private static final int MAX_SERIES = 200_000;

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final Readings readings;

	private final Clock clock;

	private final Map<Key, Entry> series = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
			return size() > MAX_SERIES;
		}
	};

	RecentSeries(Readings readings, Clock clock) {
		this.readings = readings;
		this.clock = clock;
	}

	/**
	 * The latest {@code count} readings (newest first) of each factor of the batch, the batch (already
	 * stored) included.
	 */
	Map<String, List<Reading>> history(String mn, Period period, Collection<Reading> batch, Instant from, int count) {
		Instant now = clock.instant();
		Map<String, List<Reading>> result = new HashMap<>();
		List<String> missing = new ArrayList<>();
		synchronized (series) {
			for (Reading reading : batch) {
				Entry entry = series.get(new Key(mn, reading.factorCode(), period));
				if (entry == null || entry.expiresAt.isBefore(now)) {
					missing.add(reading.factorCode());
				}
				else {
					entry.add(retained(reading, entry));
				}
			}
			batch.stream().map(Reading::factorCode).filter(f -> !missing.contains(f)).distinct()
				.forEach(f -> result.put(f, series.get(new Key(mn, f, period)).newestFirst()));
		}
		if (!missing.isEmpty()) {
			Map<String, List<Reading>> loaded = readings.recent(mn, period, missing.stream().distinct().toList(), from, count);
			synchronized (series) {
				loaded.forEach((factor, history) -> series.put(new Key(mn, factor, period), new Entry(factor, history, count, now)));
			}
			result.putAll(loaded);
		}
		AfterRollback.run(() -> forget(mn));
		return result;
	}

	/**
	 * What the rules read of a reading: the values they judge, its time and flag. Series live for
	 * minutes, long enough to be copied by the collector, so they keep no min, max or total and share
	 * the factor code and the usual flag.
	 */
	private static Reading retained(Reading reading, Entry entry) {
		String flag = "N".equals(reading.flag()) ? "N" : reading.flag();
		return new Reading(entry.factorCode, reading.period(), reading.dataTime(), reading.rtd(), reading.avg(), null,
				null, reading.zsAvg(), null, flag);
	}

	void forget(String mn) {
		synchronized (series) {
			series.keySet().removeIf(key -> key.mn().equals(mn));
		}
	}

	private record Key(String mn, String factorCode, Period period) {

		@Override
		public boolean equals(Object other) {
		// Written out: the generated record methods ran as uninlined method-handle chains in profiles
		// of the ingest path, where this key is looked up for every reading.
			return other instanceof Key key && mn.equals(key.mn) && factorCode.equals(key.factorCode)
					&& period == key.period;
		}

		@Override
		public int hashCode() {
			return (31 * mn.hashCode() + factorCode.hashCode()) * 31 + period.ordinal();
		}

	}

	/**
	 * One series, newest first, in an array: data mostly arrive in time order, so adding is a short
	 * shift and reading it a copy, with no tree to walk. A repeated time keeps the first value, as
	 * the store does.
	 */
	private static final class Entry {

		private final String factorCode;

		private final Reading[] newestFirst;

		private final Instant expiresAt;

		private int size;

		Entry(String factorCode, List<Reading> newestFirst, int capacity, Instant loadedAt) {
			this.factorCode = factorCode;
			this.newestFirst = new Reading[Math.max(1, capacity)];
			// Spread over a fifth of the lifetime: series loaded together must not all reload together.
			this.expiresAt = loadedAt.plus(TIME_TO_LIVE)
				.plusMillis(ThreadLocalRandom.current().nextLong(TIME_TO_LIVE.toMillis() / 5));
			newestFirst.forEach(reading -> add(retained(reading, this)));
		}

		void add(Reading reading) {
			int found = indexOf(reading.dataTime());
			int at = -found - 1;
			if (found >= 0 || at >= newestFirst.length) {
				return;
			}
			int kept = Math.min(size, newestFirst.length - 1);
			System.arraycopy(newestFirst, at, newestFirst, at + 1, kept - at);
			newestFirst[at] = reading;
			size = kept + 1;
		}

		/** Binary search over the descending times, as {@link java.util.Arrays#binarySearch}. */
		private int indexOf(Instant time) {
			if (size > 0 && time.isAfter(newestFirst[0].dataTime())) {
				return -1;
			}
			int low = 0;
			int high = size - 1;
			while (low <= high) {
				int mid = (low + high) >>> 1;
				int order = newestFirst[mid].dataTime().compareTo(time);
				if (order > 0) {
					low = mid + 1;
				}
				else if (order < 0) {
					high = mid - 1;
				}
				else {
					return mid;
				}
			}
			return -(low + 1);
		}

		List<Reading> newestFirst() {
			return Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(newestFirst, size)));
		}

	}

}
