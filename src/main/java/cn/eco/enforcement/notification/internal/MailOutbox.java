package cn.eco.enforcement.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mail_outbox table. */
@Repository
class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(String recipient, String subject, String body, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO mail_outbox (recipient, subject, body, created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?)""").params(recipient, subject, truncate(body, 4000), now, now).update();
	}

	/**
	 * Claims up to {@code limit} due messages for this node: rows another node is claiming right now
	 * are skipped ({@code SKIP LOCKED}), and the claimed ones are not due again before
	 * {@code leaseUntil}, so no other node sends them meanwhile. Call inside a transaction.
	 */
	List<PendingMail> claimDue(OffsetDateTime now, int limit, OffsetDateTime leaseUntil) {
		List<PendingMail> due = jdbc.sql("""
				SELECT id, recipient, subject, body, attempts FROM mail_outbox
				WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
				ORDER BY id FETCH FIRST %d ROWS ONLY FOR UPDATE SKIP LOCKED""".formatted(limit))
			.param(now)
			.query((rs, i) -> new PendingMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5)))
			.list();
		if (!due.isEmpty()) {
			jdbc.sql("UPDATE mail_outbox SET next_attempt_at = :until WHERE id IN (:ids)")
				.param("until", leaseUntil)
				.param("ids", due.stream().map(PendingMail::id).toList())
				.update();
		}
		return due;
	}

	void markSent(long id, OffsetDateTime at) {
		jdbc.sql("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
			.params(at, id)
			.update();
	}

	void markFailedAttempt(long id, String error, OffsetDateTime retryAt, boolean giveUp, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?, failed_at = ?
				WHERE id = ?""").params(truncate(error, 1000), retryAt, giveUp ? now : null, id).update();
	}

	record PendingMail(long id, String recipient, String subject, String body, int attempts) {
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
