package cn.eco.enforcement.monitoring.internal;

import java.time.OffsetDateTime;
import java.util.List;

import cn.eco.enforcement.monitoring.tracing.ElectricityState;
import cn.eco.enforcement.monitoring.tracing.TimeWindow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What an enterprise's own monitoring says, as evidence for source tracing. */
@Repository
class SourceEvidence {

	private final JdbcClient jdbc;

	private final java.time.Clock clock;

	SourceEvidence(JdbcClient jdbc, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether the firm emits from a monitored stack (flue-gas CEMS). */
	boolean hasStack(String enterpriseCode) {
		return jdbc.sql("SELECT COUNT(*) FROM monitoring_device WHERE enterprise_code = ? AND kind = 'FLUE_GAS'")
			.param(enterpriseCode)
			.query(Integer.class)
			.single() > 0;
	}

	/** The firm's exceedance and anomaly conditions of the last two days, open ones without an end. */
	List<TimeWindow> alarmWindows(String enterpriseCode) {
		return jdbc.sql("""
				SELECT c.since, c.cleared_at FROM monitoring_condition c JOIN monitoring_device d ON d.mn = c.mn
				WHERE d.enterprise_code = ? AND c.condition_type <> 'OFFLINE'
				  AND (c.cleared_at IS NULL OR c.cleared_at > ?)""")
			.params(enterpriseCode, OffsetDateTime.now(clock).minusDays(2))
			.query((rs, i) -> new TimeWindow(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getObject(2, OffsetDateTime.class) == null ? null : rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
	}

	ElectricityState electricity(String enterpriseCode) {
		List<String> open = jdbc.sql("""
				SELECT c.condition_type FROM monitoring_condition c JOIN monitoring_device d ON d.mn = c.mn
				WHERE d.enterprise_code = ? AND d.kind = 'ELECTRICITY' AND c.cleared_at IS NULL""")
			.param(enterpriseCode)
			.query(String.class)
			.list();
		if (open.contains(ConditionType.TREATMENT_OFF.name())) {
			return ElectricityState.TREATMENT_OFF_WHILE_PRODUCING;
		}
		boolean metered = jdbc.sql("SELECT COUNT(*) FROM monitoring_device WHERE enterprise_code = ? AND kind = 'ELECTRICITY'")
			.param(enterpriseCode)
			.query(Integer.class)
			.single() > 0;
		return metered ? ElectricityState.NORMAL : ElectricityState.UNKNOWN;
	}

}
