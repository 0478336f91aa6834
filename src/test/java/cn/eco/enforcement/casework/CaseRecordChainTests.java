package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.internal.CaseEventDigest;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.identity.MatrixCase;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.PostgresTestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case's timeline is a hash chain the application can only append to: {@code GET
 * /api/cases/{id}/integrity} recomputes it and names the first entry changed or removed behind the
 * application's back (by a database superuser with triggers off), and the database refuses the
 * application's own UPDATE and DELETE of an entry.
 */
@IntegrationTest
class CaseRecordChainTests {

	private static final AtomicInteger FIRMS = new AtomicInteger();

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	CaseRecords records;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aFiledCasesTimelineIsAnIntactChainOfAllItsEntries() {
		long caseId = threeEntryCase();

		JsonNode report = integrity(caseId, "sunli");

		assertThat(report.get("status").asText()).isEqualTo("intact");
		assertThat(report.get("entries").asInt()).as("the chain's entries and the evidence files entered in the case")
			.isEqualTo(entries(caseId) + evidenceFiles(caseId))
			.isGreaterThanOrEqualTo(3);
		assertThat(report.has("firstBrokenEntry")).isFalse();
		assertThat(integrity(caseId, "zhoumin").get("status").asText()).as("auditors check it too").isEqualTo("intact");
	}

	@Test
	void anEntryChangedBehindTheApplicationsBackIsNamedWithTheReason() throws SQLException {
		long caseId = threeEntryCase();
		asSuperuserWithoutTriggers("UPDATE case_event SET description = '罚款 100 元' WHERE case_id = " + caseId + " AND seq = 2");

		JsonNode report = integrity(caseId, "sunli");

		assertThat(report.get("status").asText()).isEqualTo("broken");
		assertThat(report.get("firstBrokenEntry").get("position").asInt()).isEqualTo(2);
		assertThat(report.get("firstBrokenEntry").get("description").asText()).isEqualTo("罚款 100 元");
		assertThat(report.get("reason").asText()).isEqualTo("案件记录第 2 条的内容与其哈希不符：记录写入后被改动");
	}

	@Test
	void anEntryDeletedBehindTheApplicationsBackBreaksTheChainAtTheNextEntry() throws SQLException {
		long caseId = threeEntryCase();
		int last = entries(caseId);
		asSuperuserWithoutTriggers("DELETE FROM case_event WHERE case_id = " + caseId + " AND seq = " + (last - 1));

		JsonNode report = integrity(caseId, "sunli");

		assertThat(report.get("status").asText()).isEqualTo("broken");
		assertThat(report.get("entries").asInt()).isEqualTo(last - 1 + evidenceFiles(caseId));
		assertThat(report.get("firstBrokenEntry").get("position").asInt()).isEqualTo(last);
		assertThat(report.get("firstBrokenEntry").get("stage").asText()).isEqualTo("测试记录二");
		assertThat(report.get("reason").asText()).contains("缺少第 " + (last - 1) + " 条", "记录被删除");
	}

	@Test
	void anEntryRewrittenWithAFreshHashIsCaughtByTheEntryAfterIt() throws SQLException {
		long caseId = threeEntryCase();
		int last = entries(caseId);
		var entry = jdbc.sql("SELECT occurred_at, stage, description, prev_hash FROM case_event WHERE case_id = ? AND seq = ?")
			.params(caseId, last - 1)
			.query((rs, i) -> List.of(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
		String forged = CaseEventDigest.hash(caseId, last - 1, (OffsetDateTime) entry.get(0), (String) entry.get(1), "nobody",
				(String) entry.get(2), (String) entry.get(3));
		asSuperuserWithoutTriggers("UPDATE case_event SET actor = 'nobody', hash = '" + forged + "' WHERE case_id = " + caseId
				+ " AND seq = " + (last - 1));

		JsonNode report = integrity(caseId, "sunli");

		assertThat(report.get("status").asText()).isEqualTo("broken");
		assertThat(report.get("firstBrokenEntry").get("position").asInt()).isEqualTo(last);
		assertThat(report.get("reason").asText())
			.isEqualTo("案件记录第 " + last + " 条所存的上一条记录哈希与第 " + (last - 1) + " 条不符：第 " + (last - 1) + " 条记录被改动或替换");
	}

	@Test
	void theDatabaseRefusesTheApplicationsUpdateAndDeleteOfATimelineEntry() {
		long caseId = threeEntryCase();

		assertThatThrownBy(() -> jdbc.sql("UPDATE case_event SET description = 'x' WHERE case_id = ?").param(caseId).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("案件记录（case_event）只能追加，不能修改");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM case_event WHERE case_id = ?").param(caseId).update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("案件记录（case_event）只能追加，不能删除");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE case_event").update()).isInstanceOf(DataAccessException.class);

		assertThat(integrity(caseId, "sunli").get("status").asText()).isEqualTo("intact");
	}

	@Test
	void anInspectorWithoutAPartInTheCaseCannotAskForItsIntegrity() {
		long caseId = threeEntryCase();

		assertThat(Http.as(port, "zhaolei").get("/api/cases/" + caseId + "/integrity").status()).isEqualTo(404);
	}

	/** A filed case with two more entries appended by the application after its filing. */
	private long threeEntryCase() {
		long caseId = MatrixCase.file(engine, alarms, jdbc, newFirm()).caseId();
		records.event(caseId, OffsetDateTime.now(), "测试记录一", "wangqiang", "调查取证：现场检查笔录一份");
		records.event(caseId, OffsetDateTime.now(), "测试记录二", null, "办案期限暂停 3 日");
		return caseId;
	}

	private JsonNode integrity(long caseId, String user) {
		var response = Http.as(port, user).get("/api/cases/" + caseId + "/integrity");
		assertThat(response.status()).isEqualTo(200);
		return response.json();
	}

	private int evidenceFiles(long caseId) {
		return jdbc.sql("SELECT count(*) FROM case_evidence WHERE case_id = ?").param(caseId).query(Integer.class).single();
	}

	private int entries(long caseId) {
		return jdbc.sql("SELECT count(*) FROM case_event WHERE case_id = ?").param(caseId).query(Integer.class).single();
	}

	/** What someone with the database's superuser password can do: switch triggers off and edit. */
	private static void asSuperuserWithoutTriggers(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password()); var statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			assertThat(statement.executeUpdate(sql)).isEqualTo(1);
		}
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-RC" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳测试" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路1号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

}
