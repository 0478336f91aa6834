package cn.eco.enforcement.monitoring.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statements that compute one hour's (one day's) values of every device that sent none from
 * its minute (hourly) data, as HJ 212 hourly and daily data carry them: Avg the mean, Min the
 * lowest Min (the Avg when a minute value has no Min), Max likewise, Cou the sum of the flow
 * totals. Only valid values count (flags N and T, or none; the rule of {@code TransmissionRates}):
 * an hour is derived when at least 75 % of a factor's minute values are valid (HJ 75's flue-gas rule
 * as the transmission report applies it), a day when at least 20 hourly values are (HJ 75's daily
 * mean). Derived rows carry flag N and {@code derived = TRUE}. A device with any hourly (daily)
 * value of its own in the window is left alone, so its own data are never mixed with computed ones.
 * The statements start from the registered devices (only they are let to send readings), so that each
 * device's key range of {@code reading} (primary key {@code mn, data_time, …}) serves it: starting
 * from {@code reading} with a time range alone, PostgreSQL read the month's whole minute partition
 * every hour (1.2 s at 6.9 million rows, and a month at full size holds about 27 million).
 */
final class DerivedValues {

	private static final String VALID = "COALESCE(UPPER(TRIM(s.data_flag)), 'N') IN ('N', 'T', '')";

	private static final String INSERT = """
			INSERT INTO reading (mn, period, data_time, factor_code, avg_value, min_value, max_value, cou, data_flag,
			                     received_at, derived)
			SELECT s.mn, '%2$s', CAST(:start AS TIMESTAMP WITH TIME ZONE), s.factor_code,
			       CAST(AVG(CASE WHEN %1$s THEN s.avg_value END) AS NUMERIC(18, 6)),
			       MIN(CASE WHEN %1$s THEN COALESCE(s.min_value, s.avg_value) END),
			       MAX(CASE WHEN %1$s THEN COALESCE(s.max_value, s.avg_value) END),
			       SUM(CASE WHEN %1$s THEN s.cou END), 'N', CAST(:now AS TIMESTAMP WITH TIME ZONE), TRUE
			FROM monitoring_device d JOIN reading s ON s.mn = d.mn
			WHERE s.period = '%3$s' AND s.data_time >= :start AND s.data_time < :end
			  AND NOT EXISTS (SELECT 1 FROM reading o WHERE o.mn = s.mn AND o.period = '%2$s'
			                  AND o.data_time >= :start AND o.data_time < :end)
			GROUP BY s.mn, s.factor_code
			HAVING %4$s
			   AND COUNT(CASE WHEN %1$s THEN COALESCE(s.avg_value, s.cou) END) > 0""";

	static final String HOURLY = INSERT.formatted(VALID, "HOUR", "MINUTE",
			"SUM(CASE WHEN %s THEN 1 ELSE 0 END) >= 0.75 * COUNT(*)".formatted(VALID));

	static final String DAILY = INSERT.formatted(VALID, "DAY", "HOUR",
			"SUM(CASE WHEN %s THEN 1 ELSE 0 END) >= 20".formatted(VALID));

	private DerivedValues() {
	}

	/** Writes the derived values of the window [start, end); returns how many rows were written. */
	static int write(JdbcClient jdbc, String statement, Instant start, Instant end, Instant now) {
		return jdbc.sql(statement)
			.param("start", utc(start))
			.param("end", utc(end))
			.param("now", utc(now))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
