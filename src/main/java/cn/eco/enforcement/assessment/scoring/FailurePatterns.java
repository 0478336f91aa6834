package cn.eco.enforcement.assessment.scoring;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the failure patterns of a month in the loop assessments, alarms, monitoring conditions and
 * case records. Heuristics: a flag asks a supervisor to look, it proves nothing.
 */
@Component
class FailurePatterns {

	private static final String MEASURED = "('ONLINE_MONITOR', 'VOCS_FENCELINE', 'CATERING_FUME')";

	private final JdbcClient jdbc;

	private final ScoreSettings settings;

	FailurePatterns(JdbcClient jdbc, ScoreSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	List<Flag> find(OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
		List<Flag> flags = new ArrayList<>();
		String followUp = "INTERVAL '" + settings.exceedanceFollowUpDays() + "' DAY";
		loops(flags, "EXCEEDANCE_PERSISTED", "判定无问题后数据持续超标", """
				la.violation_found = FALSE AND a.source_type IN %1$s AND la.enterprise_code IS NOT NULL AND (
				  EXISTS (SELECT 1 FROM alarm n WHERE n.enterprise_code = la.enterprise_code AND n.id <> la.alarm_id
				          AND n.source_type IN %1$s AND n.observed_at > la.reviewed_at AND n.observed_at <= la.reviewed_at + %2$s)
				  OR EXISTS (SELECT 1 FROM monitoring_condition c JOIN monitoring_device d ON d.mn = c.mn
				          WHERE d.enterprise_code = la.enterprise_code AND c.condition_type = 'EXCEEDANCE'
				          AND c.last_seen > la.reviewed_at AND c.since <= la.reviewed_at + %2$s))""".formatted(MEASURED, followUp),
				"超标告警经核查判定未发现违法，但此后 " + settings.exceedanceFollowUpDays() + " 天内该企业监测数据仍超标", from, to);
		loops(flags, "VIOLATION_WITHOUT_CASE", "发现违法未形成案源", """
				la.violation_found = TRUE AND NOT EXISTS (SELECT 1 FROM enforcement_case c
				    WHERE c.alarm_id = la.alarm_id AND c.status <> 'LEAD_DROPPED')""", "审核确认发现违法行为，但没有对应的案源或案件", from, to);
		loops(flags, "INCOMPLETE_RECORD", "检查记录或反馈不完整", "la.feedback_complete = FALSE",
				"闭环办结时缺少检查记录/核查情况或处置反馈", from, to);
		cases(flags, "FILING_OVERDUE", "案源逾期未作立案决定", "c.status = 'FILING_APPROVAL' AND c.filing_due_at < ? AND c.opened_at < ?",
				"超过立案审批期限仍未决定", now, to);
		cases(flags, "FILED_NOT_PURSUED", "立案后未推进", "c.status = 'FILED' AND c.decided_at < ? AND c.decided_at < ?",
				"立案超过 " + settings.filedStaleAfter().getDays() + " 天仍停留在“已立案”", now.minus(settings.filedStaleAfter()), to);
		return flags;
	}

	private void loops(List<Flag> flags, String pattern, String label, String condition, String detail,
			OffsetDateTime from, OffsetDateTime to) {
		jdbc.sql("""
				SELECT la.inspector, la.squadron_code, la.enterprise_code, la.alarm_id, la.reviewed_at
				FROM loop_assessment la JOIN alarm a ON a.id = la.alarm_id
				WHERE la.reviewed_at >= ? AND la.reviewed_at < ? AND %s ORDER BY la.reviewed_at""".formatted(condition))
			.params(from, to)
			.query(rs -> {
				flags.add(new Flag(pattern, label, rs.getString(1), rs.getString(2), rs.getString(3), "ALARM-" + rs.getLong(4),
						rs.getObject(5, OffsetDateTime.class), detail));
			});
	}

	private void cases(List<Flag> flags, String pattern, String label, String condition, String detail,
			OffsetDateTime threshold, OffsetDateTime to) {
		jdbc.sql("""
				SELECT c.lead_inspector, la.squadron_code, c.enterprise_code, c.id, c.opened_at
				FROM enforcement_case c LEFT JOIN loop_assessment la ON la.alarm_id = c.alarm_id
				WHERE %s ORDER BY c.opened_at""".formatted(condition))
			.params(threshold, to)
			.query(rs -> {
				flags.add(new Flag(pattern, label, rs.getString(1), rs.getString(2), rs.getString(3), "CASE-" + rs.getLong(4),
						rs.getObject(5, OffsetDateTime.class), detail));
			});
	}

}
