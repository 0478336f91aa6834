package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
				if (entry == null || entry.loadedAt.plus(TIME_TO_LIVE).isBefore(now)) {
					missing.add(reading.factorCode());
				}
				else {
					entry.add(reading, count);
				}
			}
			batch.stream().map(Reading::factorCode).filter(f -> !missing.contains(f)).distinct()
				.forEach(f -> result.put(f, series.get(new Key(mn, f, period)).newestFirst()));
		}
		if (!missing.isEmpty()) {
			Map<String, List<Reading>> loaded = readings.recent(mn, period, missing.stream().distinct().toList(), from, count);
			synchronized (series) {
				loaded.forEach((factor, history) -> series.put(new Key(mn, factor, period), new Entry(history, now)));
			}
			result.putAll(loaded);
		}
		AfterRollback.run(() -> forget(mn));
		return result;
	}

	void forget(String mn) {
		synchronized (series) {
			series.keySet().removeIf(key -> key.mn().equals(mn));
		}
	}


	private record Key(String mn, String factorCode, Period period) {
	}

	/** One series, by data time; a repeated time replaces the value (the store keeps the first). */
	private static final class Entry {

		private final TreeMap<Instant, Reading> byTime = new TreeMap<>(Comparator.reverseOrder());

		private final Instant loadedAt;

		Entry(List<Reading> newestFirst, Instant loadedAt) {
			newestFirst.forEach(r -> byTime.put(r.dataTime(), r));
			this.loadedAt = loadedAt;
		}

		void add(Reading reading, int count) {
			byTime.putIfAbsent(reading.dataTime(), reading);
			while (byTime.size() > count) {
				byTime.pollLastEntry();
			}
		}

		List<Reading> newestFirst() {
			return new ArrayList<>(byTime.values());
		}

	}

}
