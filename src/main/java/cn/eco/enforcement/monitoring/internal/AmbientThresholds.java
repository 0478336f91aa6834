package cn.eco.enforcement.monitoring.internal;

import java.time.LocalDate;
import java.util.Optional;

import cn.eco.enforcement.monitoring.Period;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ambient alarm thresholds by effective date: the newest standard in force on the day of the
 * data wins, so data from before 2026-03-01 is judged by GB 3095-2012 and later data by the 2026 revision.
 */
@Repository
class AmbientThresholds {

	private static final int AREA_CLASS = 2;

	private final JdbcClient jdbc;

	AmbientThresholds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Devices.Limit> limitFor(String factorCode, Period period, LocalDate day) {
		String averaging = period == Period.DAY ? "DAY" : "HOUR";
		return jdbc.sql("""
				SELECT factor_code, limit_value, unit, standard FROM ambient_threshold
				WHERE factor_code = ? AND averaging = ? AND area_class = ? AND effective_from <= ?
				ORDER BY effective_from DESC FETCH FIRST 1 ROWS ONLY""")
			.params(factorCode, averaging, AREA_CLASS, day)
			.query((rs, i) -> new Devices.Limit(rs.getString(1), rs.getBigDecimal(2),
					rs.getString(3) + "（" + rs.getString(4) + "）"))
			.optional();
	}

}
