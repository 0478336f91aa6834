package cn.eco.enforcement.monitoring.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import cn.eco.enforcement.monitoring.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missing data (缺失, DOMAIN §f.4): after each hour, every factor a device reported minute data for
 * in the last day must have at least 75 % of the hour's expected minute values (60 / MinInterval).
 * A short hour raises one alarm per device and factor; a complete hour clears it.
 */
@Component
class CompletenessWatch {

	private static final Logger log = LoggerFactory.getLogger(CompletenessWatch.class);

	private static final double REQUIRED_SHARE = 0.75;

	private final JdbcClient jdbc;

	private final Devices devices;

	private final Conditions conditions;

	private final MonitoringAlarms alarms;

	private final int minuteInterval;

	private final Clock clock;

	CompletenessWatch(JdbcClient jdbc, Devices devices, Conditions conditions, MonitoringAlarms alarms,
			@Value("${app.monitoring.detection.minute-interval:1}") int minuteInterval, Clock clock) {
		this.jdbc = jdbc;
		this.devices = devices;
		this.conditions = conditions;
		this.alarms = alarms;
		this.minuteInterval = minuteInterval;
		this.clock = clock;
	}

	/** Judges the hour that just ended; scheduled by {@link WatchSchedule}. */
	public void checkLastHour() {
		Instant hourEnd = clock.instant().truncatedTo(ChronoUnit.HOURS);
		check(hourEnd.minus(Duration.ofHours(1)), hourEnd);
	}

	/** Judges the hour [from, to); returns how many series newly went short. */
	@Transactional
	public int check(Instant from, Instant to) {
		int expected = 60 / minuteInterval;
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("""
				SELECT mn, factor_code, COUNT(*) FROM reading
				WHERE period = 'MINUTE' AND data_time >= ? AND data_time < ? GROUP BY mn, factor_code""")
			.params(Timestamp.from(from), Timestamp.from(to))
			.query(rs -> {
				counts.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getInt(3));
			});
		int newlyShort = 0;
		for (String series : reportedSeries(from.minus(Duration.ofDays(1)), to)) {
			String[] key = series.split("\u0000");
			int count = counts.getOrDefault(series, 0);
			boolean isShort = count < expected * REQUIRED_SHARE;
			boolean open = conditions.open(key[0], key[1], Period.MINUTE, ConditionType.MISSING).isPresent();
			if (isShort && !open) {
				newlyShort += raise(key[0], key[1], count, expected, from) ? 1 : 0;
			}
			else if (!isShort && open) {
				conditions.clear(key[0], key[1], Period.MINUTE, ConditionType.MISSING, OffsetDateTime.now(clock));
			}
		}
		return newlyShort;
	}

	private java.util.List<String> reportedSeries(Instant since, Instant until) {
		return jdbc.sql("""
				SELECT DISTINCT mn, factor_code FROM reading
				WHERE period = 'MINUTE' AND data_time >= ? AND data_time < ?""")
			.params(Timestamp.from(since), Timestamp.from(until))
			.query((rs, i) -> rs.getString(1) + "\u0000" + rs.getString(2))
			.list();
	}

	private boolean raise(String mn, String factor, int count, int expected, Instant hour) {
		return devices.find(mn).map(device -> {
			Finding finding = new Finding(ConditionType.MISSING, factor, hour, null, null, null,
					"该小时分钟数据 " + count + " 条，应有 " + expected + " 条（完整率低于 75%）");
			alarms.open(device, Period.MINUTE, finding);
			log.warn("Device {} factor {}: {} of {} minute values", mn, factor, count, expected);
			return true;
		}).orElse(false);
	}

}
