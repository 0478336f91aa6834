package cn.eco.enforcement.casework.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The enforcement_case table: case leads and the cases filed from them. */
@Repository
class CaseFiles {

	private final JdbcClient jdbc;

	CaseFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long openLead(long alarmId, String enterpriseCode, String leadInspector, String summary, OffsetDateTime at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO enforcement_case (alarm_id, enterprise_code, status, lead_inspector, summary, opened_at)
				VALUES (?, ?, 'LEAD', ?, ?, ?)""")
			.params(alarmId, enterpriseCode, leadInspector, summary, at)
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Long> caseOfAlarm(long alarmId) {
		return jdbc.sql("SELECT id FROM enforcement_case WHERE alarm_id = ?").param(alarmId).query(Long.class).optional();
	}

	/** Moves a lead into filing approval under its case-lead number (案源编号). */
	void submitForFiling(long caseId, String leadNumber, String leadInspector, String summary, OffsetDateTime dueAt) {
		jdbc.sql("""
				UPDATE enforcement_case SET status = 'FILING_APPROVAL', lead_number = ?, lead_inspector = ?,
				       summary = ?, filing_due_at = ?
				WHERE id = ?""").params(leadNumber, leadInspector, summary, dueAt, caseId).update();
	}

	/** The 立案 number of a case, if it has one (cases handed over before V110 were numbered then). */
	Optional<String> caseNumberOf(long caseId) {
		return jdbc.sql("SELECT case_number FROM enforcement_case WHERE id = ? AND case_number IS NOT NULL")
			.param(caseId)
			.query(String.class)
			.optional();
	}

	/** Gives an approved case its 立案 number. */
	void assignCaseNumber(long caseId, String caseNumber) {
		jdbc.sql("UPDATE enforcement_case SET case_number = ? WHERE id = ? AND case_number IS NULL")
			.params(caseNumber, caseId)
			.update();
	}

	void attachProcess(long caseId, String processInstanceId) {
		jdbc.sql("UPDATE enforcement_case SET process_instance_id = ? WHERE id = ?")
			.params(processInstanceId, caseId)
			.update();
	}

	void dropLead(long alarmId) {
		jdbc.sql("UPDATE enforcement_case SET status = 'LEAD_DROPPED' WHERE alarm_id = ? AND status = 'LEAD'")
			.param(alarmId)
			.update();
	}

	void recordFilingDecision(long caseId, boolean filed, String opinion, OffsetDateTime at) {
		jdbc.sql("UPDATE enforcement_case SET status = ?, filing_opinion = ?, decided_at = ? WHERE id = ?")
			.params(filed ? "FILED" : "NOT_FILED", opinion, at, caseId)
			.update();
	}

	Optional<Long> alarmOf(long caseId) {
		return jdbc.sql("SELECT alarm_id FROM enforcement_case WHERE id = ?").param(caseId).query(Long.class).optional();
	}

	Optional<String> enterpriseOf(long caseId) {
		return jdbc.sql("SELECT enterprise_code FROM enforcement_case WHERE id = ? AND enterprise_code IS NOT NULL")
			.param(caseId)
			.query(String.class)
			.optional();
	}

}
