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
 * The query bounds {@code data_time} by the month, so it reads one partition when {@code reading} is
 * partitioned by month, and joins from the devices so each device's key range can serve it.
 */
@Service
class TransmissionRates {

	static final double MINUTE_VALID_SHARE = 0.75;

	static final int VALID_DAY_HOURS = 20;

	private static final String INVALID_FLAG = "COALESCE(UPPER(TRIM(r.data_flag)), 'N') NOT IN ('N', 'T', '')";

	/** A registered device and whose it is. */
	record Device(String mn, Instant registeredAt, String enterpriseCode, String stationCode) {
	}

	/** A month's figures of a device with the device. */
	record Measured(Device device, DeviceTransmission transmission) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	TransmissionRates(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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

	/** Which hours of the month each device's readings make received and valid: one grouped query. */
	private Map<String, HourMarks> hours(Instant from, Instant end, int hours, String mn) {
		Map<String, HourMarks> marks = new HashMap<>();
		jdbc.sql("""
				SELECT r.mn, DATE_TRUNC('hour', r.data_time) AS hour_start,
				       SUM(CASE WHEN r.period = 'HOUR' THEN 1 ELSE 0 END) AS hourly,
				       SUM(CASE WHEN r.period = 'HOUR' AND %1$s THEN 1 ELSE 0 END) AS hourly_invalid,
				       SUM(CASE WHEN r.period = 'MINUTE' THEN 1 ELSE 0 END) AS minutes,
				       SUM(CASE WHEN r.period = 'MINUTE' AND %1$s THEN 1 ELSE 0 END) AS minutes_invalid
				FROM monitoring_device d JOIN reading r ON r.mn = d.mn
				WHERE r.data_time >= :from AND r.data_time < :end AND r.period IN ('HOUR', 'MINUTE')
				  AND r.derived = FALSE%2$s
				GROUP BY r.mn, DATE_TRUNC('hour', r.data_time)""".formatted(INVALID_FLAG,
				mn == null ? "" : " AND d.mn = :mn"))
			.params(params(from, end, mn))
			.query(rs -> {
				int hour = index(from, rs.getObject("hour_start", OffsetDateTime.class).toInstant());
				if (hour < 0 || hour >= hours) {
					return;
				}
				HourMarks m = marks.computeIfAbsent(rs.getString("mn"), k -> new HourMarks(hours));
				long hourly = rs.getLong("hourly");
				long minutes = rs.getLong("minutes");
				m.received.set(hour);
				boolean valid = hourly > 0 ? rs.getLong("hourly_invalid") == 0
						: (minutes - rs.getLong("minutes_invalid")) >= MINUTE_VALID_SHARE * minutes;
				m.valid.set(hour, valid);
			});
		return marks;
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

	/** Received and valid hours of one device, indexed from the start of the month. */
	private record HourMarks(BitSet received, BitSet valid) {

		HourMarks(int hours) {
			this(new BitSet(hours), new BitSet(hours));
		}

	}

}
