package cn.eco.enforcement.assessment.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data-transmission effectiveness (数据传输有效率) per device and month, computed from the stored
 * readings (never from counters), with one grouped query over {@code reading} for all devices.
 * <ul>
 * <li><b>Expected hours</b>: the clock hours of the month from the first whole hour after the device
 * was registered up to the last hour that is over (none of the future).</li>
 * <li><b>Received</b>: an expected hour with hourly data ({@code HOUR}) of any factor; for a device
 * that sent no hourly data in that hour, its minute data ({@code MINUTE}) make it received.
 * Real-time values alone do not, nor do hourly values the platform derived from minute data
 * ({@code derived}): the report counts what the logger transmitted, and the hour's minute data
 * are judged as they are.</li>
 * <li><b>Valid</b>: HJ 212 data flags N (normal) and T (above range: the value is real, and an
 * exceedance must not vanish by saturating the analyser) are valid, and so is a value sent without a
 * flag; F (stopped), M (maintenance), S (manually entered), D (fault), C (calibration), B
 * (communication failure) and anything else are invalid. An hour of hourly data is valid when no
 * factor's hourly value in it is invalid (the wastewater aggregation rule of HJ 212-2017); an hour
 * of minute data when at least 75 % of its minute values are valid (the flue-gas rule).</li>
 * <li><b>Effective rate</b> = transmission rate × validity rate = valid ÷ expected hours.</li>
 * <li><b>Days</b>: whole days of the month inside the expected hours; a day is valid with at least
 * 20 valid hours (DOMAIN §f.4).</li>
 * <li><b>Exceedances</b>: exceedance alarms raised from the device's readings whose data time lies in
 * the month (each condition raised one alarm); <b>verified on time</b> when the alarm's loop was
 * handled (核查) before its handling deadline, as its loop assessment records.</li>
 * </ul>
 * The queries bound {@code data_time} by the month, so they read one partition when {@code reading} is
 * partitioned by month, and join from the devices so each device's key range can serve them.
 * <p>
 * Minute data are not read reading by reading for hours the hourly job has counted: the job keeps,
 * per device and hour, the number of minute readings and of invalid ones ({@code minute_count}, see
 * the monitoring module's {@code MinuteCounts}), which is all the rule above takes from them. Hours
 * not counted yet (the last hour or so, or hours the job skipped), and device-hours whose minute data
 * arrived after the count (marked stale by the ingestion), are read from {@code reading} as before, so
 * the figures are the same either way.
 */
@Service
class TransmissionRates {

	static final double MINUTE_VALID_SHARE = 0.75;

	static final int VALID_DAY_HOURS = 20;

	private static final String INVALID_FLAG = "COALESCE(UPPER(TRIM(r.data_flag)), 'N') NOT IN ('N', 'T', '')";

	/** More runs of uncounted hours than this are read as one range. */
	private static final int MAX_RANGES = 8;

	private static final BitSet EMPTY = new BitSet();

	/** A registered device and whose it is. */
	record Device(String mn, Instant registeredAt, String enterpriseCode, String stationCode) {
	}

	/** A month's figures of a device with the device. */
	record Measured(Device device, DeviceTransmission transmission) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlatformTransactionManager transactionManager;

	TransmissionRates(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactionManager = transactionManager;
	}

	/** The device's month, or empty for an unknown device. */
	Optional<DeviceTransmission> of(String mn, YearMonth month) {
		return measure(month, mn).stream().findFirst().map(Measured::transmission);
	}

	/**
	 * The month of one device, or of every device when {@code mn} is null (devices registered after
	 * the month with nothing expected).
	 */
	List<Measured> measure(YearMonth month, String mn) {
		ZoneId zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Instant end = min(to, clock.instant().truncatedTo(ChronoUnit.HOURS));
		List<Device> devices = devices(mn);
		if (devices.isEmpty()) {
			return List.of();
		}
		int hours = (int) Duration.between(from, to).toHours();
		Map<String, HourMarks> marks = end.isAfter(from) ? hours(from, end, hours, mn) : Map.of();
		Map<String, long[]> exceedances = exceedances(from, to, mn);
		List<Measured> measured = new ArrayList<>();
		for (Device device : devices) {
			Instant start = max(from, ceilHour(device.registeredAt()));
			int first = index(from, start);
			int last = end.isAfter(start) ? index(from, end) : first;
			HourMarks m = marks.getOrDefault(device.mn(), new HourMarks(hours));
			long expected = last - first;
			long received = m.received.get(first, Math.max(first, last)).cardinality();
			long valid = m.valid.get(first, Math.max(first, last)).cardinality();
			long expectedDays = 0;
			long validDays = 0;
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				int dayFirst = index(from, day.atStartOfDay(zone).toInstant());
				int dayLast = index(from, day.plusDays(1).atStartOfDay(zone).toInstant());
				if (dayFirst >= first && dayLast <= last) {
					expectedDays++;
					validDays += m.valid.get(dayFirst, dayLast).cardinality() >= VALID_DAY_HOURS ? 1 : 0;
				}
			}
			long[] exceeded = exceedances.getOrDefault(device.mn(), new long[2]);
			Double rate = expected == 0 ? null : Math.round(valid * 10000.0 / expected) / 100.0;
			measured.add(new Measured(device, new DeviceTransmission(device.mn(), month.toString(), expected, received,
					valid, rate, expectedDays, validDays, exceeded[0], exceeded[1])));
		}
		return measured;
	}

	private List<Device> devices(String mn) {
		return jdbc.sql("SELECT mn, registered_at, enterprise_code, station_code FROM monitoring_device"
				+ (mn == null ? "" : " WHERE mn = :mn") + " ORDER BY mn")
			.params(mn == null ? Map.<String, Object>of() : Map.<String, Object>of("mn", mn))
			.query((rs, i) -> new Device(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * Which hours of the month each device's readings make received and valid. Hourly data are
	 * grouped from {@code reading}; minute data come from the counts ({@code minute_count}) for hours
	 * the job has counted, from the minute readings of a device-hour whose count is stale (late data),
	 * and from the minute readings for hours not counted. All in one snapshot (repeatable read), so a
	 * count and its hour's marks are read as of one moment.
	 */
	private Map<String, HourMarks> hours(Instant from, Instant end, int hours, String mn) {
		TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return snapshot.execute(status -> {
			Map<String, HourMarks> marks = new HashMap<>();
			readings("HOUR", from, end, mn, (device, hour, count, invalid) -> hourly(marks, hours, device,
					index(from, hour), count, invalid));
			BitSet counted = countedHours(from, end);
			Map<String, BitSet> stale = new HashMap<>();
			staleCounts(from, end, mn, (device, hour, count, invalid) -> {
				int index = index(from, hour);
				if (counted.get(index)) {
					stale.computeIfAbsent(device, k -> new BitSet(hours)).set(index);
					minutes(marks, hours, device, index, count, invalid);
				}
			});
			counts(from, end, mn, (device, hour, count, invalid) -> {
				int index = index(from, hour);
				if (!stale.getOrDefault(device, EMPTY).get(index)) {
					minutes(marks, hours, device, index, count, invalid);
				}
			});
			for (Instant[] range : uncounted(from, end, counted)) {
				readings("MINUTE", range[0], range[1], mn, (device, hour, count, invalid) -> {
					int index = index(from, hour);
					if (!counted.get(index)) {
						minutes(marks, hours, device, index, count, invalid);
					}
				});
			}
			return marks;
		});
	}

	private static void hourly(Map<String, HourMarks> marks, int hours, String mn, int hour, long count,
			long invalid) {
		if (hour >= 0 && hour < hours) {
			HourMarks m = marks.computeIfAbsent(mn, k -> new HourMarks(hours));
			m.received.set(hour);
			m.hourly.set(hour);
			m.valid.set(hour, invalid == 0);
		}
	}

	/** An hour with hourly data is judged by them; otherwise its minute data make it received. */
	private static void minutes(Map<String, HourMarks> marks, int hours, String mn, int hour, long count,
			long invalid) {
		if (hour < 0 || hour >= hours || count == 0) {
			return;
		}
		HourMarks m = marks.computeIfAbsent(mn, k -> new HourMarks(hours));
		if (!m.hourly.get(hour)) {
			m.received.set(hour);
			m.valid.set(hour, (count - invalid) >= MINUTE_VALID_SHARE * count);
		}
	}

	/** One period's readings grouped by device and hour, in [from, end). */
	private void readings(String period, Instant from, Instant end, String mn, HourFigures figures) {
		jdbc.sql("""
				SELECT r.mn, DATE_TRUNC('hour', r.data_time) AS hour_start, COUNT(*) AS readings,
				       SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS invalid
				FROM monitoring_device d JOIN reading r ON r.mn = d.mn
				WHERE r.data_time >= :from AND r.data_time < :end AND r.period = '%2$s' AND r.derived = FALSE%3$s
				GROUP BY r.mn, DATE_TRUNC('hour', r.data_time)""".formatted(INVALID_FLAG, period,
				mn == null ? "" : " AND d.mn = :mn"))
			.params(params(from, end, mn))
			.query(rs -> {
				figures.accept(rs.getString("mn"), rs.getObject("hour_start", OffsetDateTime.class).toInstant(),
						rs.getLong("readings"), rs.getLong("invalid"));
			});
	}

	/** The hours of [from, end) whose minute data the job has counted, indexed from {@code from}. */
	private BitSet countedHours(Instant from, Instant end) {
		BitSet counted = new BitSet();
		jdbc.sql("SELECT hour_start FROM minute_counted_hour WHERE hour_start >= :from AND hour_start < :end")
			.params(params(from, end, null))
			.query(rs -> {
				int index = index(from, rs.getObject(1, OffsetDateTime.class).toInstant());
				if (index >= 0) {
					counted.set(index);
				}
			});
		return counted;
	}

	/** The counted minute data of each device and hour. */
	private void counts(Instant from, Instant end, String mn, HourFigures figures) {
		jdbc.sql("""
				SELECT c.mn, c.hour_start, c.minutes, c.minutes_invalid
				FROM monitoring_device d JOIN minute_count c ON c.mn = d.mn
				WHERE c.hour_start >= :from AND c.hour_start < :end%s""".formatted(mn == null ? "" : " AND d.mn = :mn"))
			.params(params(from, end, mn))
			.query(rs -> {
				figures.accept(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3),
						rs.getLong(4));
			});
	}

	/** The minute readings of each device-hour marked stale (late data after the count). */
	private void staleCounts(Instant from, Instant end, String mn, HourFigures figures) {
		jdbc.sql("""
				SELECT s.mn, s.hour_start, COUNT(r.mn) AS readings, SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS invalid
				FROM minute_count_stale s
				LEFT JOIN reading r ON r.mn = s.mn AND r.period = 'MINUTE' AND r.derived = FALSE
				     AND r.data_time >= s.hour_start AND r.data_time < s.hour_start + INTERVAL '1' HOUR
				WHERE s.hour_start >= :from AND s.hour_start < :end%2$s
				GROUP BY s.mn, s.hour_start""".formatted(INVALID_FLAG, mn == null ? "" : " AND s.mn = :mn"))
			.params(params(from, end, mn))
			.query(rs -> {
				figures.accept(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3),
						rs.getLong(4));
			});
	}

	/**
	 * The runs of hours in [from, end) not counted, as [start, end) ranges. Usually one, the last hour
	 * or two before the job's next run; with many gaps, one range over all of them (the hours counted
	 * inside it are then left out by the caller).
	 */
	private static List<Instant[]> uncounted(Instant from, Instant end, BitSet counted) {
		int hours = index(from, end);
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

	/** Figures of one device and hour: readings and invalid ones among them. */
	@FunctionalInterface
	private interface HourFigures {

		void accept(String mn, Instant hour, long readings, long invalid);

	}

	/** Exceedance alarms per device and how many of their loops were handled in time: mn → {all, on time}. */
	private Map<String, long[]> exceedances(Instant from, Instant to, String mn) {
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT c.mn, COUNT(*) AS exceedances,
				       SUM(CASE WHEN la.handled_at IS NOT NULL AND NOT la.handling_overdue THEN 1 ELSE 0 END) AS on_time
				FROM monitoring_condition c LEFT JOIN loop_assessment la ON la.alarm_id = c.alarm_id
				WHERE c.condition_type = 'EXCEEDANCE' AND c.since >= :from AND c.since < :end%s
				GROUP BY c.mn""".formatted(mn == null ? "" : " AND c.mn = :mn"))
			.params(params(from, to, mn))
			.query(rs -> {
				counts.put(rs.getString("mn"), new long[] { rs.getLong("exceedances"), rs.getLong("on_time") });
			});
		return counts;
	}

	private static Map<String, Object> params(Instant from, Instant end, String mn) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Timestamp.from(from));
		params.put("end", Timestamp.from(end));
		if (mn != null) {
			params.put("mn", mn);
		}
		return params;
	}

	private static int index(Instant from, Instant hour) {
		return (int) Math.floorDiv(Duration.between(from, hour).getSeconds(), 3600);
	}

	private static Instant ceilHour(Instant at) {
		Instant floor = at.truncatedTo(ChronoUnit.HOURS);
		return floor.equals(at) ? at : floor.plus(1, ChronoUnit.HOURS);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	/** Received and valid hours of one device, and those with hourly data, indexed from the start of the month. */
	private record HourMarks(BitSet received, BitSet valid, BitSet hourly) {

		HourMarks(int hours) {
			this(new BitSet(hours), new BitSet(hours), new BitSet(hours));
		}

	}

}
