package cn.eco.enforcement.monitoring.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.monitoring.Period;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Open and cleared conditions per device, factor, period and type: one open row raises one alarm. */
@Repository
class Conditions {

	static final String WHOLE_DEVICE = "*";

	private final JdbcClient jdbc;

	private final ExpiringCache<String, Map<Detection.SeriesKey, Map<ConditionType, Long>>> openByDevice;

	Conditions(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.openByDevice = new ExpiringCache<>(java.time.Duration.ofMinutes(10), 100_000, clock);
	}

	Optional<Long> open(String mn, String factorCode, Period period, ConditionType type) {
		return jdbc.sql("""
				SELECT id FROM monitoring_condition
				WHERE mn = ? AND factor_code = ? AND period = ? AND condition_type = ? AND cleared_at IS NULL""")
			.params(mn, factorCode, period.name(), type.name())
			.query(Long.class)
			.optional();
	}

	/** Every open condition of a device: series → type → condition id (cached; dropped on change). */
	Map<Detection.SeriesKey, Map<ConditionType, Long>> openForDevice(String mn) {
		return openByDevice.get(mn, this::loadOpen);
	}

	private Map<Detection.SeriesKey, Map<ConditionType, Long>> loadOpen(String mn) {
		Map<Detection.SeriesKey, Map<ConditionType, Long>> open = new java.util.HashMap<>();
		jdbc.sql("SELECT factor_code, period, condition_type, id FROM monitoring_condition WHERE mn = ? AND cleared_at IS NULL")
			.param(mn)
			.query(rs -> {
				open.computeIfAbsent(new Detection.SeriesKey(rs.getString(1), Period.valueOf(rs.getString(2))),
						k -> new EnumMap<>(ConditionType.class))
					.put(ConditionType.valueOf(rs.getString(3)), rs.getLong(4));
			});
		return open;
	}

	long start(String mn, Period period, Finding finding) {
		openByDevice.evict(mn);
		var key = new GeneratedKeyHolder();
		Timestamp at = Timestamp.from(finding.at());
		jdbc.sql("""
				INSERT INTO monitoring_condition (mn, factor_code, period, condition_type, since, last_seen, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(mn, finding.factorCode(), period.name(), finding.type().name(), at, at, finding.detail())
			.update(key, "id");
		return key.getKey().longValue();
	}

	void attachAlarm(long conditionId, long alarmId) {
		jdbc.sql("UPDATE monitoring_condition SET alarm_id = ? WHERE id = ?").params(alarmId, conditionId).update();
	}

	void stillSeen(long conditionId, Instant at) {
		jdbc.sql("UPDATE monitoring_condition SET last_seen = ? WHERE id = ?").params(Timestamp.from(at), conditionId).update();
	}

	void clear(String mn, String factorCode, Period period, ConditionType type, OffsetDateTime at) {
		openByDevice.evict(mn);
		jdbc.sql("""
				UPDATE monitoring_condition SET cleared_at = ?
				WHERE mn = ? AND factor_code = ? AND period = ? AND condition_type = ? AND cleared_at IS NULL""")
			.params(at, mn, factorCode, period.name(), type.name())
			.update();
	}

}
