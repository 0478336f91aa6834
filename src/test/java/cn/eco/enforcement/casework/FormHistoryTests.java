package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Forms never rewrite what they only show: Tasklist submits a Camunda Form's read-only fields with
 * the rest, and the history would show the squadron leader "changing" what the inspector recorded.
 */
@IntegrationTest
class FormHistoryTests {

	private static final List<String> SHOWN_TO_THE_REVIEWER = List.of("alarmSummary", "handlingSummary",
			"feedbackSummary", "violationFound");

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Test
	void aReviewThatChangesNothingButItsDecisionWritesOnlyItsDecision() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();
		complete("wangqiang", instance, "{\"signForNote\": {\"value\": \"已签收\"}}");
		complete("wangqiang", instance, """
				{"companionInspector": {"value": "liuyang"}, "inspectionRecord": {"value": "排口正常"},
				 "findings": {"value": "未见异常"}, "violationFound": {"value": false, "type": "Boolean"}}""");
		complete("wangqiang", instance, "{\"feedbackSummary\": {\"value\": \"复测达标\"}}");
		long before = updatesOf(instance, SHOWN_TO_THE_REVIEWER);

		// What Tasklist sends for 中队长审核: every field of the form, the read-only ones unchanged.
		complete("chenjun", instance, """
				{"alarmSummary": {"value": "%s"}, "handlingSummary": {"value": "%s"},
				 "feedbackSummary": {"value": "复测达标"}, "violationFound": {"value": false, "type": "Boolean"},
				 "approved": {"value": true, "type": "Boolean"}, "reviewComment": {"value": "同意办结"}}"""
			.formatted(text(instance, "alarmSummary"), text(instance, "handlingSummary")));

		assertThat(updatesOf(instance, SHOWN_TO_THE_REVIEWER)).as("history rows of the fields only shown").isEqualTo(before);
		assertThat(updatesOf(instance, List.of("approved"))).isOne();
		assertThat(updatesOf(instance, List.of("reviewComment"))).isOne();
	}

	private void complete(String user, String instance, String variables) {
		String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
		var answer = Http.as(port, user).post("/engine-rest/task/" + task + "/submit-form",
				"{\"variables\": " + variables + "}");
		assertThat(answer.status()).as(answer.body()).isEqualTo(204);
	}

	private String text(String instance, String name) {
		Object value = history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
			.singleResult().getValue();
		return value == null ? "" : value.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
	}

	private long updatesOf(String instance, List<String> names) {
		return history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list().stream()
			.filter(d -> names.contains(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()))
			.count();
	}

}
