package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The closed-loop assessment scores timeliness, rework and feedback with the configured weights and flags failure patterns. */
@IntegrationTest
class LoopAssessmentScoringTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void reworkLowersTheScoreAndExceedanceAfterANoProblemReviewIsFlagged() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firmA = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), null);
		String firmB = unit.enterprise(enterprises, "ORDINARY", unit.inspectorB(), null);
		ProcessInstance loopA = raise(Alarms.moderateExceedanceAt(firmA));
		complete(task(loopA));
		complete(task(loopA), withVariables("inspectionRecord", "现场无异常", "violationFound", false));
		complete(task(loopA), withVariables("feedbackSummary", "仪表漂移"));
		complete(task(loopA), withVariables("approved", true));
		ProcessInstance loopB = raise(Alarms.moderateExceedanceAt(firmB));
		complete(task(loopB));
		complete(task(loopB), withVariables("inspectionRecord", "查看", "violationFound", false));
		complete(task(loopB), withVariables("feedbackSummary", "无问题"));
		complete(task(loopB), withVariables("approved", false));
		complete(task(loopB), withVariables("inspectionRecord", "补充采样", "violationFound", false));
		complete(task(loopB), withVariables("feedbackSummary", "复核无问题"));
		complete(task(loopB), withVariables("approved", true));

		// The firm's monitor reports an exceedance again after the "no problem" review.
		alarms.raise(new RaiseAlarm(Alarms.uniqueId(), AlarmSourceType.ONLINE_MONITOR, firmA, null, "w01018",
				new BigDecimal("70"), new BigDecimal("50"), "mg/L", OffsetDateTime.now(), null));

		JsonNode assessment = Http.as(port, "chenjun").get("/api/assessment?month=" + YearMonth.now(clock)).json();
		JsonNode a = unitOf(assessment.get("inspectors"), unit.inspectorA());
		JsonNode b = unitOf(assessment.get("inspectors"), unit.inspectorB());
		JsonNode squadron = unitOf(assessment.get("squadrons"), unit.squadron());
		assertThat(a.get("loops").asLong()).isEqualTo(1);
		assertThat(a.get("flags").asLong()).isEqualTo(1);
		assertThat(a.get("score").asDouble()).isEqualTo(95.0); // 100 less one flag
		assertThat(b.get("reworkCount").asLong()).isEqualTo(1);
		assertThat(b.get("score").asDouble()).isEqualTo(80.0); // rework weight 20 of 100 lost
		assertThat(squadron.get("loops").asLong()).isEqualTo(2);
		assertThat(squadron.get("score").asDouble()).isEqualTo(85.0); // 90 less one flag
		assertThat(assessment.get("flags").findValuesAsText("reference"))
			.contains("ALARM-" + alarmIdOf(loopA))
			.doesNotContain("ALARM-" + alarmIdOf(loopB));
		assertThat(flagOf(assessment, alarmIdOf(loopA)).get("pattern").asText()).isEqualTo("EXCEEDANCE_PERSISTED");
	}

	@Test
	void violationRecordedWithoutACaseLeadIsFlagged() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorC(), null);
		long alarmId = alarms.raise(new RaiseAlarm(Alarms.uniqueId(), AlarmSourceType.MANUAL, firm, null, null, null, null,
				null, OffsetDateTime.now(), "群众反映夜间异味")).alarm().id();
		// A loop record with a confirmed violation but no case, as a loop closed outside the process would leave it.
		jdbc.sql("""
				INSERT INTO loop_assessment (alarm_id, process_instance_id, inspector, squadron_code, supervision_mode,
				    dispatched_at, reviewed_at, sign_for_overdue, handling_overdue, rework_count, feedback_complete,
				    violation_found, enterprise_code)
				VALUES (?, 'none', ?, ?, 'ON_SITE', ?, ?, FALSE, FALSE, 0, TRUE, TRUE, ?)""")
			.params(alarmId, unit.inspectorC(), unit.squadron(), OffsetDateTime.now().minusHours(1), OffsetDateTime.now(), firm)
			.update();

		JsonNode assessment = Http.as(port, "zhoumin").get("/api/assessment").json();

		assertThat(flagOf(assessment, alarmId).get("pattern").asText()).isEqualTo("VIOLATION_WITHOUT_CASE");
		assertThat(flagOf(assessment, alarmId).get("inspector").asText()).isEqualTo(unit.inspectorC());
		assertThat(Http.as(port, "zhaolei").get("/api/assessment").status()).isEqualTo(403);
		assertThat(Http.as(port, "zhoumin").get("/api/assessment?month=2026-1").status()).isEqualTo(400);
	}

	private ProcessInstance raise(RaiseAlarm alarm) {
		String id = alarms.raise(alarm).alarm().processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private static long alarmIdOf(ProcessInstance loop) {
		return Long.parseLong(loop.getBusinessKey().substring("ALARM-".length()));
	}

	private static JsonNode unitOf(JsonNode scores, String unit) {
		for (JsonNode score : scores) {
			if (score.get("unit").asText().equals(unit)) {
				return score;
			}
		}
		throw new AssertionError("no score for " + unit + " in " + scores);
	}

	private static JsonNode flagOf(JsonNode assessment, long alarmId) {
		for (JsonNode flag : assessment.get("flags")) {
			if (flag.get("reference").asText().equals("ALARM-" + alarmId)) {
				return flag;
			}
		}
		throw new AssertionError("no flag for alarm " + alarmId);
	}

}
