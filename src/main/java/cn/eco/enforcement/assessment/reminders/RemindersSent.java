package cn.eco.enforcement.assessment.reminders;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task_reminder and squadron_digest tables: what went out already, so nothing goes out twice. */
@Repository
class RemindersSent {

	private final JdbcClient jdbc;

	RemindersSent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Notes the reminder; false when it was sent before. */
	boolean markTask(String taskId, String stage, OffsetDateTime at) {
		if (jdbc.sql("SELECT COUNT(*) FROM task_reminder WHERE task_id = ? AND stage = ?").params(taskId, stage)
			.query(Integer.class).single() > 0) {
			return false;
		}
		jdbc.sql("INSERT INTO task_reminder (task_id, stage, sent_at) VALUES (?, ?, ?)").params(taskId, stage, at).update();
		return true;
	}

	/** Notes the digest; false when the squadron had one that day already. */
	boolean markDigest(String squadronCode, LocalDate day, OffsetDateTime at) {
		if (jdbc.sql("SELECT COUNT(*) FROM squadron_digest WHERE squadron_code = ? AND digest_date = ?")
			.params(squadronCode, day).query(Integer.class).single() > 0) {
			return false;
		}
		jdbc.sql("INSERT INTO squadron_digest (squadron_code, digest_date, sent_at) VALUES (?, ?, ?)")
			.params(squadronCode, day, at).update();
		return true;
	}

}
