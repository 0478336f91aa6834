package cn.eco.enforcement.casework.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The penalty procedure's records: the case's stage columns, its timeline ({@code case_event}),
 * its documents ({@code case_document}) and the yearly counters of case-lead and case numbers. A
 * row's {@code caseNumber} is the number it is known by: its 立案 number once filing was approved,
 * its case-lead number (案源编号) before.
 */
@Repository
@Transactional
public class CaseRecords {

	private static final String CASE_COLUMNS = """
			c.id, COALESCE(c.case_number, c.lead_number) AS case_number, c.alarm_id, c.enterprise_code, e.name AS enterprise_name, c.status, c.procedure_kind,
			c.lead_inspector, c.investigator1, c.investigator2, c.reviewer, c.legal_reviewer, c.violation_type,
			c.outcome, c.fine_amount, c.daily_penalty, c.summary, c.opened_at, c.filing_due_at, c.decided_at,
			c.decision_due_at, c.extension_days, c.paused_days, c.penalty_decided_at, c.served_at, c.payment_due_at,
			c.paid_at, c.amount_paid, c.late_surcharge, c.closed_at, c.process_instance_id, c.lead_number""";

	private final JdbcClient jdbc;

	CaseRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next number in the year's count of case leads handed over to filing approval, 1 for the first. */
	public int nextLeadNumber(int year) {
		return next("case_lead_number_sequence", "lead_year", year);
	}

	/** The next number in the year's count of approved cases (立案), 1 for the first. */
	public int nextNumber(int year) {
		return next("case_number_sequence", "case_year", year);
	}

	/** The next number in the year's count of correction orders, 1 for the first. */
	public int nextCorrectionOrderNumber(int year) {
		return next("correction_order_sequence", "order_year", year);
	}

	/** Counts up a per-year counter table ({@code yearColumn}, {@code last_number}). */
	private int next(String table, String yearColumn, int year) {
		jdbc.sql("""
				MERGE INTO %1$s s USING (SELECT CAST(? AS INT) AS y) v ON s.%2$s = v.y
				WHEN MATCHED THEN UPDATE SET last_number = s.last_number + 1
				WHEN NOT MATCHED THEN INSERT (%2$s, last_number) VALUES (v.y, 1)""".formatted(table, yearColumn))
			.param(year)
			.update();
		return jdbc.sql("SELECT last_number FROM %s WHERE %s = ?".formatted(table, yearColumn))
			.param(year)
			.query(Integer.class)
			.single();
	}

	/**
	 * Appends an entry to the case's timeline and to its hash chain ({@link CaseEventDigest}). The
	 * case's row is locked first, so two transactions appending to one case take turns and each
	 * links to the other's entry; appends to different cases do not wait for each other.
	 * @return the entry's place in the chain ({@code seq}, from 1)
	 */
	public int event(long caseId, OffsetDateTime at, String stage, String actor, String description) {
		jdbc.sql("SELECT id FROM enforcement_case WHERE id = ? FOR UPDATE").param(caseId).query(Long.class).single();
		var last = jdbc.sql("SELECT seq, hash FROM case_event WHERE case_id = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
			.param(caseId)
			.query((rs, i) -> new Object[] { rs.getInt("seq"), rs.getString("hash") })
			.optional();
		int seq = last.map(row -> (Integer) row[0] + 1).orElse(1);
		String previous = last.map(row -> (String) row[1]).orElse(null);
		OffsetDateTime stored = CaseEventDigest.stored(at);
		String text = truncate(description, 4000);
		jdbc.sql("""
				INSERT INTO case_event (case_id, occurred_at, stage, actor, description, seq, prev_hash, hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(caseId, stored, stage, actor, text, seq, previous,
					CaseEventDigest.hash(caseId, seq, stored, stage, actor, text, previous))
			.update();
		return seq;
	}

	/** The case (or case lead) opened for the alarm, if any. */
	@Transactional(readOnly = true)
	public Optional<Long> caseOfAlarm(long alarmId) {
		return jdbc.sql("SELECT id FROM enforcement_case WHERE alarm_id = ?").param(alarmId).query(Long.class).optional();
	}

	/** Sets columns of one case; the keys are column names of {@code enforcement_case} chosen by this module. */
	public void update(long caseId, Map<String, Object> columns) {
		StringBuilder sql = new StringBuilder("UPDATE enforcement_case SET ");
		columns.keySet().forEach(column -> {
			if (!column.matches("[a-z_0-9]+")) {
				throw new IllegalArgumentException(column);
			}
			sql.append(column).append(" = :").append(column).append(", ");
		});
		sql.setLength(sql.length() - 2);
		sql.append(" WHERE id = :id");
		var statement = jdbc.sql(sql.toString()).param("id", caseId);
		for (var column : columns.entrySet()) {
			statement = statement.param(column.getKey(), column.getValue());
		}
		statement.update();
	}

	public void addPausedDays(long caseId, int days) {
		jdbc.sql("UPDATE enforcement_case SET paused_days = paused_days + ? WHERE id = ?").params(days, caseId).update();
	}

	public void addExtensionDays(long caseId, int days) {
		jdbc.sql("UPDATE enforcement_case SET extension_days = extension_days + ? WHERE id = ?").params(days, caseId).update();
	}

	public void addDailyPenalty(long caseId, BigDecimal amount) {
		jdbc.sql("UPDATE enforcement_case SET daily_penalty = daily_penalty + ? WHERE id = ?").params(amount, caseId).update();
	}

	/** A correction order was issued under this number; it is in force once served. */
	public void correctionOrderIssued(long caseId, String orderNumber, OffsetDateTime at) {
		jdbc.sql("INSERT INTO correction_order (case_id, order_number, issued_at) VALUES (?, ?, ?)")
			.params(caseId, orderNumber, at)
			.update();
	}

	/**
	 * The case's latest correction order was served on that day; an earlier order of the case still in
	 * force is replaced by it.
	 */
	public void correctionOrderServed(long caseId, LocalDate servedOn) {
		jdbc.sql("""
				UPDATE correction_order SET ended_on = ?, end_reason = 'REPLACED'
				WHERE case_id = ? AND served_on IS NOT NULL AND ended_on IS NULL""").params(servedOn, caseId).update();
		jdbc.sql("""
				UPDATE correction_order SET served_on = ?
				WHERE id = (SELECT MAX(id) FROM correction_order WHERE case_id = ? AND served_on IS NULL)""")
			.params(servedOn, caseId)
			.update();
	}

	/** A re-inspection found the violation corrected: the case's order in force has been complied with. */
	public void correctionOrderComplied(long caseId, LocalDate on) {
		jdbc.sql("""
				UPDATE correction_order SET ended_on = ?, end_reason = 'COMPLIED'
				WHERE case_id = ? AND served_on IS NOT NULL AND ended_on IS NULL""").params(on, caseId).update();
	}

	/**
	 * Stores a document issued in the case and puts its issue on the timeline: who issued it, which
	 * document and the SHA-256 of the file as stored, so a document replaced later is caught by the chain.
	 */
	public long issueDocument(long caseId, String kind, String title, String fileName, byte[] content, OffsetDateTime at,
			String actor) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO case_document (case_id, kind, file_name, content, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(caseId, kind, fileName, content, at)
			.update(key, "id");
		long id = key.getKey().longValue();
		event(caseId, at, "制作文书", actor, "《" + title + "》（文书 #" + id + "，文件 " + fileName + "，" + content.length
				+ " 字节，SHA-256 " + CaseEventDigest.sha256(content) + "）");
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<CaseRow> find(long caseId) {
		return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM enforcement_case c LEFT JOIN enterprise e ON e.code = c.enterprise_code WHERE c.id = ?")
			.param(caseId)
			.query(CaseRow.class)
			.optional();
	}

	/** Cases (not leads), newest first; {@code officer} limits them to those the person works on. */
	@Transactional(readOnly = true)
	public List<CaseRow> list(String status, String enterpriseCode, String officer, int limit) {
		return jdbc.sql("SELECT " + CASE_COLUMNS + """
				 FROM enforcement_case c LEFT JOIN enterprise e ON e.code = c.enterprise_code
				WHERE COALESCE(c.case_number, c.lead_number) IS NOT NULL
				  AND (CAST(:status AS VARCHAR(20)) IS NULL OR c.status = :status)
				  AND (CAST(:enterprise AS VARCHAR(32)) IS NULL OR c.enterprise_code = :enterprise)
				  AND (CAST(:officer AS VARCHAR(64)) IS NULL OR :officer IN (c.lead_inspector, c.investigator1, c.investigator2))
				ORDER BY c.opened_at DESC, c.id DESC
				FETCH FIRST :limit ROWS ONLY""")
			.param("status", status)
			.param("enterprise", enterpriseCode)
			.param("officer", officer)
			.param("limit", limit)
			.query(CaseRow.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<CaseEvent> timeline(long caseId) {
		return jdbc.sql("SELECT occurred_at, stage, actor, description FROM case_event WHERE case_id = ? ORDER BY occurred_at, id")
			.param(caseId)
			.query(CaseEvent.class)
			.list();
	}

	/** The timeline with each entry's place in the hash chain, in chain order. */
	@Transactional(readOnly = true)
	public List<ChainedEvent> chain(long caseId) {
		return jdbc.sql("""
				SELECT seq, occurred_at, stage, actor, description, prev_hash, hash
				FROM case_event WHERE case_id = ? ORDER BY seq, id""")
			.param(caseId)
			.query(ChainedEvent.class)
			.list();
	}

	@Transactional(readOnly = true)
	public List<DocumentInfo> documents(long caseId) {
		return jdbc.sql("SELECT id, kind, file_name, created_at FROM case_document WHERE case_id = ? ORDER BY id")
			.param(caseId)
			.query(DocumentInfo.class)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> document(long caseId, long documentId) {
		return jdbc.sql("SELECT id, kind, file_name, content FROM case_document WHERE case_id = ? AND id = ?")
			.params(caseId, documentId)
			.query(StoredDocument.class)
			.optional();
	}

	/** Cases still running (filed, not closed or refused), oldest first. */
	@Transactional(readOnly = true)
	public List<CaseRow> open() {
		return jdbc.sql("SELECT " + CASE_COLUMNS + """
				 FROM enforcement_case c LEFT JOIN enterprise e ON e.code = c.enterprise_code
				WHERE COALESCE(c.case_number, c.lead_number) IS NOT NULL AND c.status NOT IN ('CLOSED', 'NOT_FILED', 'LEAD_DROPPED')
				ORDER BY c.opened_at, c.id""").query(CaseRow.class).list();
	}

	/** The cases of these process instances, by process instance id (in chunks of 500 ids). */
	@Transactional(readOnly = true)
	public Map<String, CaseRow> byProcessInstances(Collection<String> processInstanceIds) {
		List<String> ids = List.copyOf(new LinkedHashSet<>(processInstanceIds));
		Map<String, CaseRow> cases = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("SELECT " + CASE_COLUMNS + """
					 FROM enforcement_case c LEFT JOIN enterprise e ON e.code = c.enterprise_code
					WHERE COALESCE(c.case_number, c.lead_number) IS NOT NULL AND c.process_instance_id IN (:ids)""")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query(CaseRow.class)
				.list()
				.forEach(row -> cases.put(row.processInstanceId(), row));
		}
		return cases;
	}

	/** Cases whose decision clock runs: filed under the general procedure and not yet decided. */
	@Transactional(readOnly = true)
	public List<CaseRow> withRunningDecisionClock() {
		return jdbc.sql("SELECT " + CASE_COLUMNS + """
				 FROM enforcement_case c LEFT JOIN enterprise e ON e.code = c.enterprise_code
				WHERE c.decision_due_at IS NOT NULL AND c.status IN ('FILED', 'UNDER_REVIEW', 'NOTICED', 'HEARING')
				ORDER BY c.decision_due_at""").query(CaseRow.class).list();
	}

	private static String truncate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		// never half a surrogate pair: the database would store a replacement and the hash would differ
		return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
	}

	/** One row of {@code enforcement_case} with the party's name. */
	public record CaseRow(long id, String caseNumber, long alarmId, String enterpriseCode, String enterpriseName,
			String status, String procedureKind, String leadInspector, String investigator1, String investigator2,
			String reviewer, String legalReviewer, String violationType, String outcome, BigDecimal fineAmount,
			BigDecimal dailyPenalty, String summary, OffsetDateTime openedAt, OffsetDateTime filingDueAt,
			OffsetDateTime decidedAt, OffsetDateTime decisionDueAt, int extensionDays, int pausedDays,
			OffsetDateTime penaltyDecidedAt, OffsetDateTime servedAt, OffsetDateTime paymentDueAt, OffsetDateTime paidAt,
			BigDecimal amountPaid, BigDecimal lateSurcharge, OffsetDateTime closedAt, String processInstanceId,
			String leadNumber) {
	}

	public record CaseEvent(OffsetDateTime occurredAt, String stage, String actor, String description) {
	}

	/** A timeline entry with its SHA-256 and its predecessor's (null for the first). */
	public record ChainedEvent(int seq, OffsetDateTime occurredAt, String stage, String actor, String description,
			String prevHash, String hash) {
	}

	public record DocumentInfo(long id, String kind, String fileName, OffsetDateTime createdAt) {
	}

	public record StoredDocument(long id, String kind, String fileName, byte[] content) {
	}

}
