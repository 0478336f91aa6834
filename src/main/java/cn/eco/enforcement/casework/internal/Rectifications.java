package cn.eco.enforcement.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.eco.enforcement.casework.CaseworkApi.RectificationSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rectification table: one row per tracked problem, from opening to its close. */
@Repository
public class Rectifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	Rectifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void open(String enterpriseCode, String source, String problem, String processInstanceId) {
		jdbc.sql("""
				INSERT INTO rectification (enterprise_code, source, problem, status, process_instance_id, opened_at)
				VALUES (?, ?, ?, 'OPEN', ?, ?)""")
			.params(enterpriseCode, source, problem, processInstanceId, OffsetDateTime.now(clock))
			.update();
	}

	public void setDeadline(String processInstanceId, String requirements, LocalDate deadline) {
		jdbc.sql("UPDATE rectification SET requirements = ?, deadline = ? WHERE process_instance_id = ?")
			.params(requirements, deadline, processInstanceId)
			.update();
	}

	public void markOverdue(String processInstanceId) {
		jdbc.sql("UPDATE rectification SET status = 'OVERDUE' WHERE process_instance_id = ? AND status = 'OPEN'")
			.param(processInstanceId)
			.update();
	}

	public void close(String processInstanceId) {
		jdbc.sql("UPDATE rectification SET status = 'CLOSED', closed_at = ? WHERE process_instance_id = ?")
			.params(OffsetDateTime.now(clock), processInstanceId)
			.update();
	}

	List<RectificationSummary> openOf(String enterpriseCode) {
		return jdbc.sql("""
				SELECT source, opened_at, deadline, status FROM rectification
				WHERE enterprise_code = ? AND status <> 'CLOSED' ORDER BY opened_at DESC""")
			.param(enterpriseCode)
			.query((rs, i) -> new RectificationSummary(rs.getString(1),
					rs.getObject(2, OffsetDateTime.class).toLocalDate(), rs.getObject(3, LocalDate.class),
					"OVERDUE".equals(rs.getString(4))))
			.list();
	}

}
