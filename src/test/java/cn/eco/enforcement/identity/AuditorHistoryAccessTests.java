package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The history the Cockpit plugin 历史审计 shows the auditor: every {@code /history} resource it reads
 * answers for zhoumin with the finished loop's trail, and the history cannot be deleted by her.
 */
@IntegrationTest
class AuditorHistoryAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Test
	void auditorReadsEveryPartOfAFinishedLoopsAuditTrail() {
		String instance = finishedOffSiteLoop();
		Http auditor = Http.as(port, "zhoumin");
		String of = "?processInstanceId=" + instance;

		assertThat(auditor.get("/engine-rest/history/process-instance/" + instance).json().get("state").asText())
			.isEqualTo("COMPLETED");
		assertThat(auditor.get("/engine-rest/history/task" + of).json().findValuesAsText("assignee"))
			.containsExactlyInAnyOrder("wangqiang", "wangqiang", "wangqiang", "chenjun");
		JsonNode activities = auditor.get("/engine-rest/history/activity-instance" + of).json();
		assertThat(activities.findValuesAsText("activityId")).contains("Task_DecideSupervision", "Task_VerifyOffSite",
				"Task_ReviewHandling", "Gateway_HandlingMerge", "Gateway_FeedbackMerge", "EndEvent_LoopClosed");
		// What the trail shows for each step: a Chinese name for every activity, gateways included.
		assertThat(activities.findValuesAsText("activityType")).contains("exclusiveGateway");
		for (JsonNode activity : activities) {
			assertThat(activity.path("activityName").asText())
				.as("name of %s", activity.get("activityId").asText())
				.matches(".*\\p{IsHan}.*");
		}
		assertThat(activities.findValuesAsText("activityName")).contains("进入处置（签收后或退回重办）", "进入处置反馈");
		assertThat(auditor.get("/engine-rest/history/detail" + of + "&variableUpdates=true").json()
			.findValuesAsText("variableName")).contains("supervisionMode", "reviewComment");
		// The rule decisions in the rules' Chinese labels, the assignee by name.
		// The rules' plan (loop_plan) as the trail reads it with the auditor's session.
		JsonNode plan = auditor.get("/api/alarms/" + alarmOf(instance) + "/loop-plan").json();
		assertThat(plan.get("supervisionRules").asText()).isEqualTo("正面清单企业的非严重告警非现场核查");
		assertThat(plan.get("squadronLeader").asText()).isEqualTo("chenjun");
		assertThat(plan.get("processInstanceId").asText()).isEqualTo(instance);
		WebappBrowser cockpit = new WebappBrowser(port);
		cockpit.login("cockpit", "zhoumin", "zhoumin");
		assertThat(cockpit.get("/api/alarms/" + alarmOf(instance) + "/loop-plan").status()).as("with the Cockpit session")
			.isEqualTo(200);
		assertThat(auditor.get("/engine-rest/history/variable-instance" + of + "&variableName=supervisionSummary").json()
			.findValuesAsText("value")).singleElement().asString().contains("王强（wangqiang）");
		assertThat(auditor.get("/engine-rest/history/variable-instance" + of + "&variableName=handlingSummary").json()
			.findValuesAsText("value")).singleElement().asString().startsWith("非现场核查（办理人：王强（wangqiang））");
		JsonNode operations = auditor.get("/engine-rest/history/user-operation" + of + "&operationType=Complete").json();
		assertThat(operations.findValuesAsText("userId")).contains("wangqiang", "chenjun");
		assertThat(auditor.get("/engine-rest/history/incident" + of).status()).isEqualTo(200);
		assertThat(auditor.get("/engine-rest/history/decision-instance" + of).status()).isEqualTo(200);
		assertThat(auditor.get("/engine-rest/process-definition?latestVersion=true").json().findValuesAsText("key"))
			.contains("enforcement-loop");
	}

	@Test
	void auditorCannotDeleteHistory() {
		String instance = finishedOffSiteLoop();
		Http auditor = Http.as(port, "zhoumin");

		assertThat(auditor.delete("/engine-rest/history/process-instance/" + instance).status()).isEqualTo(403);
		assertThat(auditor.get("/engine-rest/history/process-instance/" + instance).status()).isEqualTo(200);
	}

	/** A positive-list firm's alarm verified off site, completed over REST by the users whose tasks they are. */
	private String finishedOffSiteLoop() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0002")).alarm().processInstanceId();
		complete("wangqiang", instance, "{\"signForNote\": {\"value\": \"已签收\"}}");
		complete("wangqiang", instance, """
				{"verificationFindings": {"value": "数据异常系仪器校准所致"},
				 "violationFound": {"value": false, "type": "Boolean"},
				 "onSiteVisitNeeded": {"value": false, "type": "Boolean"}}""");
		complete("wangqiang", instance, "{\"feedbackSummary\": {\"value\": \"已核实\"}}");
		complete("chenjun", instance,
				"{\"approved\": {\"value\": true, \"type\": \"Boolean\"}, \"reviewComment\": {\"value\": \"同意办结\"}}");
		return instance;
	}

	private long alarmOf(String instance) {
		return Http.as(port, "zhoumin")
			.get("/engine-rest/history/variable-instance?processInstanceId=" + instance + "&variableName=alarmId")
			.json().get(0).get("value").asLong();
	}

	private void complete(String user, String instance, String variables) {
		Http http = Http.as(port, user);
		String task = http.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();
		assertThat(http.post("/engine-rest/task/" + task + "/complete", "{\"variables\": " + variables + "}").status())
			.isEqualTo(204);
	}

}
