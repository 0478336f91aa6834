package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.CaseworkApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
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

	@Autowired
	RepositoryService repository;

	@Autowired
	CaseworkApi casework;

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
			.findValuesAsText("name")).contains("supervisionMode", "supervisionSummary", "assignee");

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

	@Test
	void enterpriseCannotReadBpmnXml() {
		for (String key : java.util.List.of("enforcement-loop", "case-filing", "self-inspection")) {
			String xml = "/engine-rest/process-definition/" + latestDefinition(key) + "/xml";

			assertThat(Http.as(port, "ent0001").get(xml).status()).as(key).isEqualTo(403);
			assertThat(Http.as(port, "wangqiang").get(xml).status()).as("staff still read " + key).isEqualTo(200);
		}
	}

	@Test
	void enterpriseReadsNoBpmnXmlStatisticsOrMetricsThroughTheWebappEngineApi() {
		WebappBrowser tasklist = new WebappBrowser(port);
		assertThat(tasklist.login("tasklist", "ent0001", "ent0001").status()).isEqualTo(200);

		assertThat(tasklist.get("/camunda/api/engine/engine/default/process-definition/" + latestDefinition("enforcement-loop")
				+ "/xml").status()).isEqualTo(403);
		assertThat(tasklist.get("/camunda/api/engine/engine/default/process-definition/statistics").json()).isEmpty();
		assertThat(tasklist.get("/camunda/api/engine/engine/default/metrics/activity-instance-start/sum").status())
			.isEqualTo(403);
	}

	@Test
	void enterpriseSeesNoProcessStatistics() {
		alarms.raise(Alarms.moderateExceedanceAt("ENT-0001"));
		casework.startSelfInspection("ENT-0002");

		assertThat(Http.as(port, "ent0001").get("/engine-rest/process-definition/statistics").json()).isEmpty();
		assertThat(Http.as(port, "ent0001").get("/engine-rest/process-definition").json()).isEmpty();
		assertThat(Http.as(port, "sunli").get("/engine-rest/process-definition/statistics").json().findValuesAsText("key"))
			.as("supervisors still see them").contains("enforcement-loop");
	}

	@Test
	void enterpriseSeesNoMetrics() {
		Http firm = Http.as(port, "ent0001");

		assertThat(firm.get("/engine-rest/metrics/activity-instance-start/sum").status()).isEqualTo(403);
		assertThat(firm.get("/engine-rest/metrics?interval=900").status()).isEqualTo(403);
		assertThat(Http.as(port, "sunli").get("/engine-rest/metrics/activity-instance-start/sum").status())
			.as("supervisors still read them").isEqualTo(200);
	}

	@Test
	void enterpriseStillOpensItsTaskFormAndCompletesIt() {
		String instance = casework.startSelfInspection("ENT-0001");
		Http firm = Http.as(port, "ent0001");
		String taskId = firm.get("/engine-rest/task?processInstanceId=" + instance).json().get(0).get("id").asText();

		// What Tasklist loads for a Camunda Form: the form key, the deployed form and its variables.
		assertThat(firm.get("/engine-rest/task/" + taskId + "/form").json().get("camundaFormRef").get("key").asText())
			.startsWith("self-inspection-");
		var form = firm.get("/engine-rest/task/" + taskId + "/deployed-form");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("item01");
		assertThat(firm.get("/engine-rest/task/" + taskId + "/form-variables").status()).isEqualTo(200);
		StringBuilder answers = new StringBuilder("{\"problemsFound\": {\"value\": false, \"type\": \"Boolean\"},"
				+ " \"inspectedBy\": {\"value\": \"企业环保专员\"}");
		for (int i = 1; i <= 10; i++) {
			answers.append(String.format(", \"item%02d\": {\"value\": true, \"type\": \"Boolean\"}", i));
		}
		var completed = firm.post("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + answers + "}}");

		assertThat(completed.status()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
	}

	private String latestDefinition(String key) {
		return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
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
