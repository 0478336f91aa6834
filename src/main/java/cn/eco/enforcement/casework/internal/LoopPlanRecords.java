package cn.eco.enforcement.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The loops' plans ({@code loop_plan}): one row per loop, inserted when the rules plan it and never
 * updated or deleted, so the rule decision stays evidence for as long as the loop's history.
 */
@Repository
public class LoopPlanRecords {

	private static final String COLUMNS = """
			process_instance_id, alarm_id, supervision_mode, serious_alarm, summary, supervision_rules,
			assignment_rules, assignee, squadron_code, squadron_leader, priority, sign_for_deadline, planned_at,
			sign_for_due_at, handling_due_at""";

	private final JdbcClient jdbc;

	LoopPlanRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(PlannedLoop p) {
		jdbc.sql("INSERT INTO loop_plan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.processInstanceId(), p.alarmId(), p.supervisionMode(), p.seriousAlarm(), p.summary(),
					lines(p.supervisionRules()), lines(p.assignmentRules()), p.assignee(), p.squadronCode(),
					p.squadronLeader(), p.priority(), p.signForDeadline().toString(), at(p.plannedAt()),
					at(p.signForDueDate()), at(p.handlingDueDate()))
			.update();
	}

	public Optional<PlannedLoop> ofProcessInstance(String processInstanceId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM loop_plan WHERE process_instance_id = ?")
			.param(processInstanceId)
			.query(LoopPlanRecords::plan)
			.optional();
	}

	/** The latest plan of the alarm's loop (an alarm has one loop). */
	public Optional<PlannedLoop> ofAlarm(long alarmId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM loop_plan WHERE alarm_id = ? ORDER BY planned_at DESC")
			.param(alarmId)
			.query(LoopPlanRecords::plan)
			.list()
			.stream()
			.findFirst();
	}

	/** Whether the user is the squadron leader in the plan of one of these processes. */
	public boolean leadsAny(String[] processInstanceIds, String userId) {
		return processInstanceIds.length > 0 && jdbc
			.sql("SELECT COUNT(*) FROM loop_plan WHERE squadron_leader = :user AND process_instance_id IN (:ids)")
			.param("user", userId)
			.param("ids", List.of(processInstanceIds))
			.query(Long.class)
			.single() > 0;
	}

	private static PlannedLoop plan(ResultSet rs, int row) throws SQLException {
		return new PlannedLoop(rs.getString("process_instance_id"), rs.getLong("alarm_id"),
				rs.getString("supervision_mode"), rs.getBoolean("serious_alarm"), rs.getString("summary"),
				list(rs.getString("supervision_rules")), list(rs.getString("assignment_rules")), rs.getString("assignee"),
				rs.getString("squadron_code"), rs.getString("squadron_leader"), rs.getInt("priority"),
				Duration.parse(rs.getString("sign_for_deadline")), date(rs, "planned_at"), date(rs, "sign_for_due_at"),
				date(rs, "handling_due_at"));
	}

	/** Rule labels one a line, as the loop's variables held them. */
	private static String lines(List<String> labels) {
		return String.join("\n", labels);
	}

	private static List<String> list(String lines) {
		return lines == null || lines.isEmpty() ? List.of() : Arrays.asList(lines.split("\n"));
	}

	private static OffsetDateTime at(Date date) {
		return date.toInstant().atOffset(ZoneOffset.UTC);
	}

	private static Date date(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : new Date(value.getTime());
	}

}
