package cn.eco.enforcement.assessment.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.eco.enforcement.monitoring.counts.HourCounts;

/**
 * The readings {@link TransmissionRates} judges, grouped by device and hour: for the hourly and for
 * the minute data, the number of readings and of invalid ones. Each device-hour's figures come from
 * exactly one of three places:
 * <ul>
 * <li>the counts ({@code hour_count}) that the monitoring module's hourly job keeps, for the hours
 * it has counted ({@code counted_hour});</li>
 * <li>the readings of a counted device-hour marked stale ({@code hour_count_stale}: minute or hourly
 * data stored after the count, not yet counted again);</li>
 * <li>the readings of the hours not counted (the last hour or so before the job's next run, hours it
 * skipped, and months older than the minute data's retention, whose counts are gone).</li>
 * </ul>
 * The figures are therefore those of the readings, read reading by reading only where no count can
 * stand for them.
 */
class ReadingHours {

	/** More runs of uncounted hours than this are read as one range. */
	private static final int MAX_RANGES = 8;

	private static final BitSet NONE = new BitSet();

	/** Figures of one device and hour: readings and invalid ones among them. */
	@FunctionalInterface
	interface HourFigures {

		void accept(String mn, Instant hour, long readings, long invalid);

	}

	private final JdbcClient jdbc;

	ReadingHours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The hourly and the minute data of each device-hour in [from, end), of every device or of
	 * {@code mn}; a period without readings in a device-hour is not reported for it.
	 */
	void figures(Instant from, Instant end, String mn, HourFigures hourly, HourFigures minutes) {
		BitSet counted = countedHours(from, end);
		Map<String, BitSet> stale = new HashMap<>();
		staleCounts(from, end, mn, (device, hour, period, count, invalid) -> {
			int index = TransmissionRates.index(from, hour);
			if (counted.get(index)) {
				stale.computeIfAbsent(device, k -> new BitSet()).set(index);
				if ("HOUR".equals(period)) {
					hourly.accept(device, hour, count, invalid);
				}
				else if ("MINUTE".equals(period)) {
					minutes.accept(device, hour, count, invalid);
				}
			}
		});
		counts(from, end, mn, (device, hour, counts) -> {
			if (!stale.getOrDefault(device, NONE).get(TransmissionRates.index(from, hour))) {
				if (counts[2] > 0) {
					hourly.accept(device, hour, counts[2], counts[3]);
				}
				if (counts[0] > 0) {
					minutes.accept(device, hour, counts[0], counts[1]);
				}
			}
		});
		for (Instant[] range : uncounted(from, end, counted)) {
			for (String period : List.of("HOUR", "MINUTE")) {
				HourFigures figures = period.equals("HOUR") ? hourly : minutes;
				grouped(period, range[0], range[1], mn, (device, hour, count, invalid) -> {
					int index = TransmissionRates.index(from, hour);
					if (index >= 0 && !counted.get(index)) {
						figures.accept(device, hour, count, invalid);
					}
				});
			}
		}
	}

	/** One period's readings grouped by device and hour, in [from, end). */
	void grouped(String period, Instant from, Instant end, String mn, HourFigures figures) {
		jdbc.sql("""
				SELECT r.mn, DATE_TRUNC('hour', r.data_time) AS hour_start, COUNT(*) AS readings,
				       SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS invalid
				FROM monitoring_device d JOIN reading r ON r.mn = d.mn
				WHERE r.data_time >= :from AND r.data_time < :end AND r.period = '%2$s' AND r.derived = FALSE%3$s
				GROUP BY r.mn, DATE_TRUNC('hour', r.data_time)""".formatted(HourCounts.INVALID_FLAG, period,
				mn == null ? "" : " AND d.mn = :mn"))
			.params(TransmissionRates.params(from, end, mn))
			.query(rs -> {
				figures.accept(rs.getString("mn"), rs.getObject("hour_start", OffsetDateTime.class).toInstant(),
						rs.getLong("readings"), rs.getLong("invalid"));
			});
	}

	/** The hours of [from, end) the job has counted, indexed from {@code from}. */
	private BitSet countedHours(Instant from, Instant end) {
		BitSet counted = new BitSet();
		jdbc.sql("SELECT hour_start FROM counted_hour WHERE hour_start >= :from AND hour_start < :end")
			.params(TransmissionRates.params(from, end, null))
			.query(rs -> {
				int index = TransmissionRates.index(from, rs.getObject(1, OffsetDateTime.class).toInstant());
				if (index >= 0) {
					counted.set(index);
				}
			});
		return counted;
	}

	/** The counts of each device and hour: minutes, invalid minutes, hourly, invalid hourly readings. */
	private void counts(Instant from, Instant end, String mn, CountedHour figures) {
		jdbc.sql("""
				SELECT c.mn, c.hour_start, c.minutes, c.minutes_invalid, c.hourly, c.hourly_invalid
				FROM monitoring_device d JOIN hour_count c ON c.mn = d.mn
				WHERE c.hour_start >= :from AND c.hour_start < :end%s""".formatted(mn == null ? "" : " AND d.mn = :mn"))
			.params(TransmissionRates.params(from, end, mn))
			.query(rs -> {
				figures.accept(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
						new long[] { rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6) });
			});
	}

	/**
	 * The readings of each device-hour marked stale (late data after the count), by period; a marked
	 * device-hour without readings is reported once with no period.
	 */
	private void staleCounts(Instant from, Instant end, String mn, StaleHour figures) {
		jdbc.sql("""
				SELECT s.mn, s.hour_start, r.period, COUNT(r.mn) AS readings,
				       SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS invalid
				FROM hour_count_stale s
				LEFT JOIN reading r ON r.mn = s.mn AND r.period IN ('MINUTE', 'HOUR') AND r.derived = FALSE
				     AND r.data_time >= s.hour_start AND r.data_time < s.hour_start + INTERVAL '1' HOUR
				WHERE s.hour_start >= :from AND s.hour_start < :end%2$s
				GROUP BY s.mn, s.hour_start, r.period""".formatted(HourCounts.INVALID_FLAG, mn == null ? "" : " AND s.mn = :mn"))
			.params(TransmissionRates.params(from, end, mn))
			.query(rs -> {
				figures.accept(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
						rs.getLong(4), rs.getLong(5));
			});
	}

	/** A device-hour's counts: minutes, invalid minutes, hourly readings, invalid hourly readings. */
	@FunctionalInterface
	private interface CountedHour {

		void accept(String mn, Instant hour, long[] counts);

	}

	/** A stale device-hour's readings of one period ({@code null} when it has none). */
	@FunctionalInterface
	private interface StaleHour {

		void accept(String mn, Instant hour, String period, long readings, long invalid);

	}

	/**
	 * The runs of hours in [from, end) not counted, as [start, end) ranges. Usually one, the last hour
	 * or two before the job's next run; with many gaps, one range over all of them (the hours counted
	 * inside it are then left out by the caller).
	 */
	private static List<Instant[]> uncounted(Instant from, Instant end, BitSet counted) {
		int hours = TransmissionRates.index(from, end);
		List<Instant[]> ranges = new ArrayList<>();
		for (int first = counted.nextClearBit(0); first < hours; first = counted.nextClearBit(first)) {
			int last = Math.min(counted.nextSetBit(first) < 0 ? hours : counted.nextSetBit(first), hours);
			ranges.add(new Instant[] { hourAt(from, first), hourAt(from, last) });
			first = last;
		}
		if (ranges.size() > MAX_RANGES) {
			return List.<Instant[]>of(new Instant[] { ranges.get(0)[0], ranges.get(ranges.size() - 1)[1] });
		}
		return ranges;
	}

	private static Instant hourAt(Instant from, int index) {
		return from.plus(Duration.ofHours(index));
	}

}
