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
 * {@link ReadingHours} reads the readings. Its queries bound {@code data_time} by the month, so they
 * read one partition when {@code reading} is partitioned by month, and join from the devices so each
 * device's key range can serve them.
 * <p>
 * Readings are not read reading by reading for hours the hourly job has counted: the job keeps, per
 * device and hour, the number of minute and of hourly readings and of invalid ones among each
 * ({@code hour_count}, see the monitoring module's {@code HourCounts}), which is all the rules above
 * take from them. Hours not counted yet (the last hour or so, or hours the job skipped), device-hours
 * whose readings arrived after the count (marked stale by the ingestion) and months whose counts
 * have been pruned with their minute data are read from {@code reading} as before, so the figures
 * are the same either way.
 */
@Service
class TransmissionRates {

	static final double MINUTE_VALID_SHARE = 0.75;

	static final int VALID_DAY_HOURS = 20;


	/** A registered device and whose it is. */
	record Device(String mn, Instant registeredAt, String enterpriseCode, String stationCode) {
	}

	/** A month's figures of a device with the device. */
	record Measured(Device device, DeviceTransmission transmission) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PlatformTransactionManager transactionManager;

	private final ReadingHours readingHours;

	TransmissionRates(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactionManager = transactionManager;
		this.readingHours = new ReadingHours(jdbc);
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
			BitSet receivedHours = m.received();
			BitSet validHours = m.valid();
			long received = receivedHours.get(first, Math.max(first, last)).cardinality();
			long valid = validHours.get(first, Math.max(first, last)).cardinality();
			long expectedDays = 0;
			long validDays = 0;
			for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
				int dayFirst = index(from, day.atStartOfDay(zone).toInstant());
				int dayLast = index(from, day.plusDays(1).atStartOfDay(zone).toInstant());
				if (dayFirst >= first && dayLast <= last) {
					expectedDays++;
					validDays += validHours.get(dayFirst, dayLast).cardinality() >= VALID_DAY_HOURS ? 1 : 0;
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
	 * Which hours of the month each device's readings make received and valid: the hourly data, and
	 * the minute data of hours without them. All in one snapshot (repeatable read), so that a count and
	 * its hour's marks are read as of one moment.
	 */
	private Map<String, HourMarks> hours(Instant from, Instant end, int hours, String mn) {
		TransactionTemplate snapshot = new TransactionTemplate(transactionManager);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return snapshot.execute(status -> {
			Map<String, HourMarks> marks = new HashMap<>();
			readingHours.figures(from, end, mn,
					(device, hour, count, invalid) -> mark(marks, hours, device, index(from, hour)).hourly(count, invalid),
					(device, hour, count, invalid) -> mark(marks, hours, device, index(from, hour)).minutes(count,
							invalid));
			return marks;
		});
	}

	private static HourMark mark(Map<String, HourMarks> marks, int hours, String mn, int hour) {
		if (hour < 0 || hour >= hours) {
			return HourMark.OUTSIDE;
		}
		HourMarks m = marks.computeIfAbsent(mn, k -> new HourMarks(hours));
		return new HourMark(m, hour);
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

	static Map<String, Object> params(Instant from, Instant end, String mn) {
		Map<String, Object> params = new HashMap<>();
		params.put("from", Timestamp.from(from));
		params.put("end", Timestamp.from(end));
		if (mn != null) {
			params.put("mn", mn);
		}
		return params;
	}

	static int index(Instant from, Instant hour) {
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

	/**
	 * One device's hours, indexed from the start of the month: those with hourly data and whether they
	 * are valid, those with minute data and whether they are valid. Received is either; an hour with
	 * hourly data is judged by them, otherwise by its minute data. The figures of an hour may come in
	 * either order.
	 */
	private record HourMarks(BitSet hourly, BitSet hourlyValid, BitSet minutes, BitSet minutesValid) {

		HourMarks(int hours) {
			this(new BitSet(hours), new BitSet(hours), new BitSet(hours), new BitSet(hours));
		}

		BitSet received() {
			BitSet received = (BitSet) hourly.clone();
			received.or(minutes);
			return received;
		}

		BitSet valid() {
			BitSet valid = (BitSet) minutesValid.clone();
			valid.andNot(hourly);
			valid.or(hourlyValid);
			return valid;
		}

	}

	/** One hour of one device, to be marked. */
	private record HourMark(HourMarks marks, int hour) {

		static final HourMark OUTSIDE = new HourMark(null, -1);

		/** Hourly data: valid when none of the hour's hourly values is invalid. */
		void hourly(long count, long invalid) {
			if (marks != null && count > 0) {
				marks.hourly.set(hour);
				marks.hourlyValid.set(hour, invalid == 0);
			}
		}

		/** Minute data: valid when at least 75 % of the hour's minute values are valid. */
		void minutes(long count, long invalid) {
			if (marks != null && count > 0) {
				marks.minutes.set(hour);
				marks.minutesValid.set(hour, (count - invalid) >= MINUTE_VALID_SHARE * count);
			}
		}

	}

}
