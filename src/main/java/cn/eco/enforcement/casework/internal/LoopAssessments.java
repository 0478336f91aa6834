package cn.eco.enforcement.casework.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the assessment (考核) of one finished loop: timeliness and completeness per inspector. */
@Repository
public class LoopAssessments {

	private final JdbcClient jdbc;

	LoopAssessments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Assessment a) {
		jdbc.sql("""
				INSERT INTO loop_assessment (alarm_id, process_instance_id, inspector, squadron_code, supervision_mode,
				    dispatched_at, signed_for_at, handled_at, reviewed_at, sign_for_minutes, handling_minutes,
				    sign_for_overdue, handling_overdue, rework_count, feedback_complete, violation_found, enterprise_code)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.alarmId(), a.processInstanceId(), a.inspector(), a.squadronCode(), a.supervisionMode(),
					at(a.dispatchedAt()), at(a.signedForAt()), at(a.handledAt()), at(a.reviewedAt()),
					minutes(a.dispatchedAt(), a.signedForAt()), minutes(a.dispatchedAt(), a.handledAt()),
					a.signForOverdue(), a.handledAt() != null && a.handledAt().after(a.handlingDueDate()),
					a.reworkCount(), a.feedbackComplete(), a.violationFound(), a.enterpriseCode())
			.update();
	}

	private static OffsetDateTime at(Date date) {
		return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
	}

	private static Long minutes(Date from, Date to) {
		return from == null || to == null ? null : Duration.between(from.toInstant(), to.toInstant()).toMinutes();
	}

	/** What the loop's variables say about how it was worked. */
	public record Assessment(long alarmId, String processInstanceId, String inspector, String squadronCode,
			String supervisionMode, Date dispatchedAt, Date signedForAt, Date handledAt, Date reviewedAt,
			Date handlingDueDate, boolean signForOverdue, int reworkCount, boolean feedbackComplete,
			boolean violationFound, String enterpriseCode) {
	}

}
