package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who sees and may do what through {@code /engine-rest}, the API Tasklist and Cockpit users share. */
@IntegrationTest
class EngineAuthorizationTests {

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Autowired
	TaskService tasks;

	@Test
	void assignedInspectorSeesTheTaskAndAnInspectorOfAnotherSquadronDoesNot() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();
		String taskId = taskOf(instance);

		assertThat(taskIds("wangqiang", instance)).containsExactly(taskId);
		assertThat(taskIds("zhaolei", instance)).isEmpty();
		assertThat(Http.as(port, "zhaolei").get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
		assertThat(Http.as(port, "zhaolei").post("/engine-rest/task/" + taskId + "/complete", "{}").status())
			.isIn(403, 404);
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("task still open").isOne();
	}

	@Test
	void taskOfferedToASquadronIsVisibleToItsMembersOnly() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0004")).alarm().processInstanceId();

		assertThat(taskIds("liuyang", instance)).hasSize(1);
		assertThat(taskIds("wangqiang", instance)).hasSize(1);
		assertThat(taskIds("zhaolei", instance)).isEmpty();
		assertThat(taskIds("hemin", instance)).as("leader of another squadron").isEmpty();
	}

	@Test
	void inspectorCompletesHisTaskThroughTheRestApiWithTheDocumentedVariables() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();

		var response = Http.as(port, "wangqiang")
			.post("/engine-rest/task/" + taskOf(instance) + "/complete",
					"{\"variables\": {\"signForNote\": {\"value\": \"已签收，立即出发\", \"type\": \"String\"}}}");

		assertThat(response.status()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_HandleOnSite");
	}

	@Test
	void auditorReadsHistoryButCannotCompleteOrChangeAnything() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();
		String taskId = taskOf(instance);
		Http auditor = Http.as(port, "zhoumin");

		JsonNode history = auditor.get("/engine-rest/history/process-instance?processInstanceId=" + instance).json();
		assertThat(history.findValuesAsText("id")).containsExactly(instance);
		assertThat(auditor.get("/engine-rest/history/activity-instance?processInstanceId=" + instance).json()
			.findValuesAsText("activityId")).contains("Task_DecideSupervision", "Task_DispatchInspector");
		assertThat(auditor.get("/engine-rest/history/variable-instance?processInstanceId=" + instance).json()
			.findValuesAsText("name")).contains("supervisionMode", "supervisionRules", "assignee");

		assertThat(auditor.post("/engine-rest/task/" + taskId + "/complete", "{}").status()).isEqualTo(403);
		assertThat(auditor.post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"zhoumin\"}").status())
			.isEqualTo(403);
		assertThat(auditor.post("/engine-rest/process-instance/" + instance + "/variables",
				"{\"modifications\": {\"supervisionMode\": {\"value\": \"OFF_SITE\"}}}").status()).isEqualTo(403);
		assertThat(auditor.delete("/engine-rest/process-instance/" + instance).status()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("wangqiang");
	}

	@Test
	void onlyAdminsDeploySupervisorsRequestADeployment() {
		assertThat(deploy("wangqiang").status()).isEqualTo(403);
		assertThat(deploy("zhoumin").status()).isEqualTo(403);
		assertThat(deploy("sunli").status()).isEqualTo(403);
		assertThat(deploy("demo").status()).isEqualTo(200);
	}

	@Test
	void engineRestRefusesAnonymousCallersAndWrongPasswords() {
		assertThat(Http.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
		var wrongPassword = Http.anonymous(port).send(Http.anonymous(port).request("/engine-rest/task")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("demo:wrong".getBytes()))
			.GET());
		assertThat(wrongPassword.status()).isEqualTo(401);
	}

	@Test
	void inspectorsFindTheirWorkThroughSharedTasklistFilters() {
		String instance = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm().processInstanceId();
		Http inspector = Http.as(port, "wangqiang");

		JsonNode filters = inspector.get("/engine-rest/filter?resourceType=Task").json();
		assertThat(filters.findValuesAsText("name")).contains("我的待办", "本中队待认领").doesNotContain("全部可见任务");
		String mine = null;
		for (JsonNode filter : filters) {
			if (filter.get("name").asText().equals("我的待办")) {
				mine = filter.get("id").asText();
			}
		}
		JsonNode myTasks = inspector.get("/engine-rest/filter/" + mine + "/list?maxResults=1000").json();
		assertThat(myTasks.findValuesAsText("processInstanceId")).contains(instance);
		assertThat(myTasks.findValuesAsText("assignee")).containsOnly("wangqiang");
	}

	private String taskOf(String instance) {
		return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	private java.util.List<String> taskIds(String user, String instance) {
		return Http.as(port, user).get("/engine-rest/task?processInstanceId=" + instance).json().findValuesAsText("id");
	}

	private Http.Response deploy(String user) {
		String boundary = "----enforcement-test";
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
				  <process id="AuthorizationProbe" isExecutable="true" camunda:historyTimeToLive="P1D">
				    <startEvent id="StartEvent_Probe"/>
				  </process>
				</definitions>""";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nprobe-" + user
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe.bpmn\"; filename=\"probe.bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		Http http = Http.as(port, user);
		return http.send(http.request("/engine-rest/deployment/create")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

}
