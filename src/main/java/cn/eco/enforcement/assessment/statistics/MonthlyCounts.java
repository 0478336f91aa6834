package cn.eco.enforcement.assessment.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts one month of work per user from the engine's task history and the case records; never from
 * counters kept by hand. Engine timestamps are zone-less (the JVM's zone, as the engine writes them);
 * our own columns carry their offset.
 */
final class MonthlyCounts {

	/** Tasks whose completion means the user looked at an enterprise (on site, off site or at random). */
	static final String INSPECTION_TASKS = """
			((t.PROC_DEF_KEY_ = 'enforcement-loop' AND t.TASK_DEF_KEY_ IN ('Task_HandleOnSite', 'Task_VerifyOffSite'))
			 OR (t.PROC_DEF_KEY_ = 'random-inspection' AND t.TASK_DEF_KEY_ = 'Task_RecordRandomInspection'))""";

	/** Tasks whose completion leaves an inspection record (检查记录/笔录). */
	static final String RECORD_TASKS = "('Task_HandleOnSite', 'Task_RecordRandomInspection')";

	/**
	 * Who completed a task: its assignee, or for a task completed without being claimed, the user the
	 * operation log names.
	 */
	static final String COMPLETER = """
			COALESCE(t.ASSIGNEE_, (SELECT MIN(o.USER_ID_) FROM ACT_HI_OP_LOG o
			                       WHERE o.TASK_ID_ = t.ID_ AND o.OPERATION_TYPE_ = 'Complete'))""";

	static final String COMPLETED_IN_MONTH = "t.END_TIME_ >= ? AND t.END_TIME_ < ? AND t.DELETE_REASON_ = 'completed'";

	/** Case statuses that are not (yet) a filed case; every later status of a filed case counts. */
	static final String NOT_FILED = "('LEAD', 'LEAD_DROPPED', 'FILING_APPROVAL', 'NOT_FILED')";

	private final JdbcClient jdbc;

	MonthlyCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each user's tally for [from, to). */
	Map<String, Tally> count(Instant from, Instant to) {
		Map<String, Tally> tallies = new HashMap<>();
		Timestamp engineFrom = Timestamp.from(from);
		Timestamp engineTo = Timestamp.from(to);
		countRecords(tallies, engineFrom, engineTo);
		collectEnterprisesAndCases(tallies, engineFrom, engineTo);
		collectPlaceAlarms(tallies, engineFrom, engineTo);
		OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
		OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
		sum(tallies, """
				SELECT inspector, COUNT(*) FROM loop_assessment
				WHERE reviewed_at >= ? AND reviewed_at < ? AND violation_found = TRUE AND inspector IS NOT NULL
				GROUP BY inspector""", start, end, (t, n) -> t.problemsFound += n);
		sum(tallies, """
				SELECT completed_by, COUNT(*) FROM random_inspection
				WHERE completed_at >= ? AND completed_at < ? AND problem_found = TRUE AND completed_by IS NOT NULL
				GROUP BY completed_by""", start, end, (t, n) -> t.problemsFound += n);
		sum(tallies, """
				SELECT lead_inspector, COUNT(*) FROM enforcement_case
				WHERE opened_at >= ? AND opened_at < ? AND lead_inspector IS NOT NULL
				GROUP BY lead_inspector""", start, end, (t, n) -> t.caseLeads += n);
		sum(tallies, """
				SELECT lead_inspector, COUNT(*) FROM enforcement_case
				WHERE decided_at >= ? AND decided_at < ? AND lead_inspector IS NOT NULL AND status NOT IN %s
				GROUP BY lead_inspector""".formatted(NOT_FILED), start, end, (t, n) -> t.casesFiled += n);
		return tallies;
	}

	private void countRecords(Map<String, Tally> tallies, Timestamp from, Timestamp to) {
		sum(tallies, """
				SELECT x.inspector, COUNT(*) FROM (
				    SELECT %s AS inspector FROM ACT_HI_TASKINST t
				    WHERE %s AND t.PROC_DEF_KEY_ IN ('enforcement-loop', 'random-inspection')
				      AND t.TASK_DEF_KEY_ IN %s) x
				WHERE x.inspector IS NOT NULL GROUP BY x.inspector""".formatted(COMPLETER, COMPLETED_IN_MONTH, RECORD_TASKS),
				from, to, (t, n) -> t.inspectionRecords += n);
	}

	/** Distinct (user, enterprise) and (user, case-filing process) pairs of the month. */
	private void collectEnterprisesAndCases(Map<String, Tally> tallies, Timestamp from, Timestamp to) {
		jdbc.sql("""
				SELECT DISTINCT x.inspector, 'E', v.TEXT_ FROM (
				    SELECT %1$s AS inspector, t.PROC_INST_ID_ FROM ACT_HI_TASKINST t WHERE %2$s AND %3$s) x
				JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = x.PROC_INST_ID_ AND v.NAME_ = 'enterpriseCode'
				WHERE x.inspector IS NOT NULL AND v.TEXT_ IS NOT NULL
				UNION ALL
				SELECT DISTINCT x.inspector, 'C', x.PROC_INST_ID_ FROM (
				    SELECT %1$s AS inspector, t.PROC_INST_ID_ FROM ACT_HI_TASKINST t
				    WHERE %2$s AND t.PROC_DEF_KEY_ = 'case-filing') x
				WHERE x.inspector IS NOT NULL""".formatted(COMPLETER, COMPLETED_IN_MONTH, INSPECTION_TASKS))
			.params(from, to, from, to)
			.query(rs -> {
				Tally tally = tallies.computeIfAbsent(rs.getString(1), k -> new Tally());
				("E".equals(rs.getString(2)) ? tally.enterprises : tally.caseProcesses).add(rs.getString(3));
			});
	}

	/**
	 * Distinct (user, alarm) pairs of straw-burning, patrol and complaint alarms whose loop the user
	 * handled (on site or off site) in the month: the same tasks that count enterprises inspected.
	 */
	private void collectPlaceAlarms(Map<String, Tally> tallies, Timestamp from, Timestamp to) {
		jdbc.sql("""
				SELECT DISTINCT x.inspector, a.source_type, a.id FROM (
				    SELECT %1$s AS inspector, t.PROC_INST_ID_ FROM ACT_HI_TASKINST t
				    WHERE %2$s AND t.PROC_DEF_KEY_ = 'enforcement-loop'
				      AND t.TASK_DEF_KEY_ IN ('Task_HandleOnSite', 'Task_VerifyOffSite')) x
				JOIN alarm a ON a.process_instance_id = x.PROC_INST_ID_
				WHERE x.inspector IS NOT NULL
				  AND a.source_type IN ('STRAW_BURNING', 'VIDEO_PATROL', 'RIVER_PATROL', 'COMPLAINT')""".formatted(COMPLETER,
					COMPLETED_IN_MONTH))
			.params(from, to)
			.query(rs -> {
				Tally tally = tallies.computeIfAbsent(rs.getString(1), k -> new Tally());
				(switch (rs.getString(2)) {
					case "STRAW_BURNING" -> tally.strawBurning;
					case "COMPLAINT" -> tally.complaints;
					default -> tally.patrols;
				}).add(rs.getLong(3));
			});
	}

	private void sum(Map<String, Tally> tallies, String sql, Object from, Object to, Adder adder) {
		jdbc.sql(sql).params(from, to).query(rs -> {
			adder.add(tallies.computeIfAbsent(rs.getString(1), k -> new Tally()), rs.getLong(2));
		});
	}

	/** The staff the table has rows for, with their squadron and branch bureau. */
	List<Staff> staff() {
		return jdbc.sql("""
				SELECT s.user_id, s.name, s.role, sq.code, sq.name, br.code, br.name
				FROM staff s
				LEFT JOIN org_unit sq ON sq.code = s.org_unit_code AND sq.kind = 'SQUADRON'
				LEFT JOIN org_unit bg ON bg.code = sq.parent_code
				LEFT JOIN org_unit br ON br.code = bg.parent_code
				ORDER BY br.code, sq.code, s.user_id""")
			.query((rs, i) -> new Staff(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
	}

	@FunctionalInterface
	private interface Adder {

		void add(Tally tally, long count);

	}

}
