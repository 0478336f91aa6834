package cn.eco.enforcement.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The findings of the security probe of build 70368e2 (issue 14), one test each, named after the
 * finding: C1 code execution through a deployment, H1–H3/H7/M4 process data forged through the
 * engine's generic REST API, H4 account abuse.
 */
@IntegrationTest
class EngineDoorRegressionTests {

	private static final Path MARKER = Path.of(System.getProperty("java.io.tmpdir"), "enforcement-c1-probe");

	@LocalServerPort
	int port;

	@Autowired
	AlarmApi alarms;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	RepositoryService repository;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void c1_codeInAnExpressionIsRefusedForEveryRoleAndNothingRuns() throws Exception {
		Files.deleteIfExists(MARKER);
		String exec = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
				+ ".exec('touch " + MARKER + "')}";
		String bpmn = Probes.serviceTask("C1Probe", "camunda:expression=\"" + exec + "\"");

		var asAdmin = Probes.deploy(port, "demo", "/engine-rest/deployment/create", "c1.bpmn", bpmn);
		var asSupervisor = Probes.deploy(port, "sunli", "/engine-rest/deployment/create", "c1.bpmn", bpmn);
		var asRequest = Probes.deploy(port, "sunli", "/api/deployment-requests", "c1.bpmn", bpmn);

		assertThat(asAdmin.status()).isEqualTo(400);
		assertThat(asAdmin.body()).contains("Task_Probe").contains("不允许在 字面量 上访问属性或调用方法");
		assertThat(asSupervisor.status()).isEqualTo(403);
		assertThat(asSupervisor.body()).contains("/api/deployment-requests");
		assertThat(asRequest.status()).isEqualTo(400);
		assertThat(asRequest.body()).contains("file[c1.bpmn].Task_Probe");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("C1Probe").count()).isZero();
		assertThat(MARKER).doesNotExist();
	}

	@Test
	void c1_scriptsJavaClassesAndSpringBeansAreRefused() {
		Map<String, String> probes = Map.of( //
				"script task", Probes.scriptTask("ScriptProbe"),
				"Java class", Probes.serviceTask("ClassProbe", "camunda:class=\"java.lang.Thread\""),
				"bean method", Probes.serviceTask("BeanProbe", "camunda:expression=\"${dataSource.getConnection()}\""),
				"unregistered delegate", Probes.serviceTask("DelegateProbe", "camunda:delegateExpression=\"${dataSource}\""));

		probes.forEach((what, bpmn) -> assertThat(
				Probes.deploy(port, "demo", "/engine-rest/deployment/create", "probe.bpmn", bpmn).status())
			.as(what)
			.isEqualTo(400));
	}

	@Test
	void c1_theEngineFindsNoScriptEngineEvenThoughTheClassPathHasSome() {
		var scripting = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration()).getScriptEngineResolver();

		assertThat(new javax.script.ScriptEngineManager().getEngineByName("mvel")).as("Drools brings MVEL").isNotNull();
		for (String language : java.util.List.of("mvel", "juel", "javascript", "groovy", "feel")) {
			assertThat(scripting.getScriptEngine(language, false)).as(language).isNull();
		}
	}

	@Test
	void c1_aLegitimateModelerEditIsDeployedOnlyAfterAnotherAdministratorApproves() {
		String edited = Probes.userTaskWithTimer("LegitimateEdit");

		var request = Probes.deploy(port, "sunli", "/api/deployment-requests", "legitimate-edit.bpmn", edited);
		assertThat(request.status()).isEqualTo(201);
		String instance = request.json().get("processInstanceId").asText();
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("LegitimateEdit").count()).isZero();
		String approval = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

		var approved = Http.as(port, "demo")
			.post("/engine-rest/task/" + approval + "/submit-form", """
					{"variables": {"deploymentApproved": {"value": true}, "approvalComment": {"value": "已核对，同意"}}}""");

		assertThat(approved.status()).isEqualTo(204);
		var deployed = repository.createProcessDefinitionQuery().processDefinitionKey("LegitimateEdit").singleResult();
		assertThat(deployed).isNotNull();
		assertThat(repository.createDeploymentQuery().deploymentId(deployed.getDeploymentId()).singleResult().getSource())
			.contains("提交 sunli").contains("批准 demo");
		var stored = Http.as(port, "zhoumin").get("/api/deployment-requests/" + request.json().get("id").asText()).json();
		assertThat(stored.get("status").asText()).isEqualTo("DEPLOYED");
		assertThat(stored.get("decidedBy").asText()).isEqualTo("demo");
	}

	@Test
	void c1_nobodyApprovesTheirOwnDeploymentRequest() {
		var request = Probes.deploy(port, "demo", "/api/deployment-requests", "own.bpmn",
				Probes.userTaskWithTimer("OwnRequest"));
		String approval = tasks.createTaskQuery().processInstanceId(request.json().get("processInstanceId").asText())
			.singleResult().getId();

		var ownApproval = Http.as(port, "demo").post("/engine-rest/task/" + approval + "/submit-form", """
				{"variables": {"deploymentApproved": {"value": true}, "approvalComment": {"value": "自己批"}}}""");

		assertThat(ownApproval.status()).isEqualTo(400);
		assertThat(ownApproval.body()).contains("不能审批自己提交的部署申请");
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("OwnRequest").count()).isZero();
	}

	@Test
	void h1_anEnterpriseCannotRepointProcessDataThroughTheEngineApi() {
		String instance = signForTask("ENT-0001");
		String task = taskOf(instance);

		var viaTask = Http.as(port, "wangqiang").send(Http.as(port, "wangqiang")
			.request("/engine-rest/task/" + task + "/variables/enterpriseCode")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"ENT-0002\"}")));
		var viaInstance = Http.as(port, "ent0001").post("/engine-rest/process-instance/" + instance + "/variables",
				"{\"modifications\": {\"enterpriseCode\": {\"value\": \"ENT-0002\"}}}");

		assertThat(viaTask.status()).isEqualTo(403);
		assertThat(viaInstance.status()).isEqualTo(403);
		assertThat(runtime.getVariable(instance, "enterpriseCode")).isEqualTo("ENT-0001");
	}

	@Test
	void h2_anInspectorCannotMakeHimselfSquadronLeaderWhileSigningFor() {
		String instance = signForTask("ENT-0001");
		Object leader = runtime.getVariable(instance, "squadronLeader");

		var forged = Http.as(port, "wangqiang").post("/engine-rest/task/" + taskOf(instance) + "/complete", """
				{"variables": {"signForNote": {"value": "已签收"}, "squadronLeader": {"value": "wangqiang"}}}""");

		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.body()).contains("squadronLeader");
		assertThat(runtime.getVariable(instance, "squadronLeader")).isEqualTo(leader);
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_SignFor");
	}

	@Test
	void h3_aRecusalVariableCannotBeSetThroughTheApi() {
		String instance = signForTask("ENT-0001");
		String task = taskOf(instance);

		var forged = Http.as(port, "wangqiang").post("/engine-rest/task/" + task + "/submit-form",
				"{\"variables\": {\"investigatedBy\": {\"value\": \"someone-else\"}}}");
		var localVariable = Http.as(port, "wangqiang").post("/engine-rest/task/" + task + "/localVariables",
				"{\"modifications\": {\"investigatedBy\": {\"value\": \"someone-else\"}}}");

		assertThat(forged.status()).isEqualTo(403);
		assertThat(localVariable.status()).isEqualTo(403);
		assertThat(runtime.getVariable(instance, "investigatedBy")).isNull();
	}

	@Test
	void h7_supervisorsCannotSkipStepsReassignOrDeleteHistory() {
		String instance = signForTask("ENT-0001");
		String task = taskOf(instance);
		Http supervisor = Http.as(port, "sunli");

		var skip = supervisor.post("/engine-rest/process-instance/" + instance + "/modification", """
				{"instructions": [{"type": "cancel", "activityId": "Task_SignFor"}], "skipCustomListeners": true}""");
		var reassign = supervisor.post("/engine-rest/task/" + task + "/assignee", "{\"userId\": \"sunli\"}");
		var delegate = supervisor.post("/engine-rest/task/" + task + "/delegate", "{\"userId\": \"sunli\"}");
		var link = Http.as(port, "ent0002").post("/engine-rest/task/" + task + "/identity-links",
				"{\"groupId\": \"enterprise-ENT-0002\", \"type\": \"candidate\"}");
		var deleteHistory = supervisor.delete("/engine-rest/history/process-instance/" + instance);
		var cleanup = supervisor.post("/engine-rest/history/cleanup", "");

		assertThat(skip.status()).isEqualTo(403);
		assertThat(reassign.status()).isEqualTo(403);
		assertThat(delegate.status()).isEqualTo(403);
		assertThat(link.status()).isEqualTo(403);
		assertThat(deleteHistory.status()).isEqualTo(403);
		assertThat(cleanup.status()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("wangqiang");
		assertThat(tasks.getIdentityLinksForTask(task)).noneMatch(l -> "enterprise-ENT-0002".equals(l.getGroupId()));
	}

	@Test
	void m4_serializedObjectVariablesAreRefused() {
		String instance = signForTask("ENT-0001");

		var poisoned = Http.as(port, "wangqiang").post("/engine-rest/task/" + taskOf(instance) + "/complete", """
				{"variables": {"signForNote": {"value": "rO0ABXQAAA==", "type": "Object",
				 "valueInfo": {"objectTypeName": "java.lang.String", "serializationDataFormat": "application/x-java-serialized-object"}}}}""");

		assertThat(poisoned.status()).isEqualTo(400);
		assertThat(poisoned.body()).contains("Object");
		assertThat(runtime.getVariable(instance, "signForNote")).isNull();
		assertThat(Http.as(port, "zhoumin").get("/engine-rest/process-instance/" + instance + "/variables").status())
			.as("later reads still answer")
			.isEqualTo(200);
	}

	@Test
	void m4_anEscapedObjectTypeIsRefusedFromAnAdministratorToo() {
		String instance = signForTask("ENT-0001");

		var escaped = Http.as(port, "demo").post("/engine-rest/process-instance/" + instance + "/variables", """
				{"modifications": {"probe": {"value": "rO0ABXQAAA==", "\\u0074ype": "\\u004fbject",
				 "valueInfo": {"objectTypeName": "java.lang.String"}}}}""");

		assertThat(escaped.status()).isEqualTo(400);
		assertThat(escaped.body()).contains("Object");
		assertThat(runtime.getVariable(instance, "probe")).isNull();
	}

	@Test
	void aKeyGivenTwiceIsRefusedBeforeTheEngineReadsEitherValue() {
		String instance = signForTask("ENT-0001");

		var twice = Http.as(port, "wangqiang").post("/engine-rest/task/" + taskOf(instance) + "/complete", """
				{"variables": {"signForNote": {"value": "已签收", "value": "另一个"}}}""");

		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body()).contains("重复的字段").contains("value");
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_SignFor");
	}

	@Test
	void m4_anAdministratorRewritesTheRecordOnlyWithAReasonThatIsKept() {
		String instance = signForTask("ENT-0001");
		Http admin = Http.as(port, "demo");
		String modification = """
				{"instructions": [{"type": "startBeforeActivity", "activityId": "Task_SignFor"}], "annotation": "补派"}""";

		var withoutReason = admin.post("/engine-rest/process-instance/" + instance + "/modification", modification);
		var withReason = admin.post("/engine-rest/process-instance/" + instance + "/modification?reason="
				+ java.net.URLEncoder.encode("签收任务被误关闭，按督办要求补派", StandardCharsets.UTF_8), modification);
		var poisoned = admin.send(admin.request("/engine-rest/process-instance/" + instance + "/variables/probe")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"x\", \"type\": \"Object\", \"valueInfo\": "
					+ "{\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": \"application/json\"}}")));

		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.body()).contains("须说明理由");
		assertThat(withReason.status()).isEqualTo(204);
		assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
		assertThat(jdbc.sql("SELECT reason FROM admin_engine_action WHERE user_id = 'demo' AND path LIKE ?")
			.param("%" + instance + "%")
			.query(String.class)
			.list()).containsExactly("签收任务被误关闭，按督办要求补派");
		assertThat(poisoned.status()).isEqualTo(400);
		assertThat(runtime.getVariable(instance, "probe")).isNull();
	}

	@Test
	void aColleaguesAssignedTaskIsNotWorkedBehindHisBack() {
		String instance = signForTask("ENT-0001");

		var colleague = Http.as(port, "liuyang").post("/engine-rest/task/" + taskOf(instance) + "/complete",
				"{\"variables\": {\"signForNote\": {\"value\": \"替他签收\"}}}");

		assertThat(colleague.status()).isEqualTo(403);
		assertThat(colleague.body()).contains("wangqiang");
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_SignFor");
	}

	@Test
	void aSquadronTaskIsClaimedByWhoeverCompletesIt() {
		String instance = signForTask("ENT-0004");
		String task = taskOf(instance);
		assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

		var done = Http.as(port, "liuyang").post("/engine-rest/task/" + task + "/complete",
				"{\"variables\": {\"signForNote\": {\"value\": \"我来签收\"}}}");

		assertThat(done.status()).isEqualTo(204);
		assertThat(history.createHistoricTaskInstanceQuery().taskId(task).singleResult().getAssignee())
			.isEqualTo("liuyang");
	}

	@Test
	void readOnlyFormFieldsAreNotWrittenBack() {
		String instance = signForTask("ENT-0001");
		Object summary = runtime.getVariable(instance, "alarmSummary");

		var done = Http.as(port, "wangqiang").post("/engine-rest/task/" + taskOf(instance) + "/submit-form", """
				{"variables": {"alarmSummary": {"value": "改写的告警摘要"}, "signForNote": {"value": "已签收"}}}""");

		assertThat(done.status()).isEqualTo(204);
		assertThat(runtime.getVariable(instance, "alarmSummary")).isEqualTo(summary);
	}

	@Test
	void h1_tasklistsOwnEngineApiRefusesTheSameWrites() {
		String instance = signForTask("ENT-0001");
		String task = taskOf(instance);
		WebappBrowser tasklist = new WebappBrowser(port);
		assertThat(tasklist.login("tasklist", "wangqiang", "wangqiang").status()).isEqualTo(200);
		String api = "/camunda/api/engine/engine/default/task/" + task;
		// The login starts a new session; its first read hands out that session's CSRF token.
		assertThat(tasklist.get(api).status()).isEqualTo(200);

		var setVariable = tasklist.post(api + "/variables",
				"{\"modifications\": {\"squadronLeader\": {\"value\": \"wangqiang\"}}}");
		var forgedForm = tasklist.post(api + "/submit-form",
				"{\"variables\": {\"squadronLeader\": {\"value\": \"wangqiang\"}}}");
		var ownForm = tasklist.post(api + "/submit-form", "{\"variables\": {\"signForNote\": {\"value\": \"已签收\"}}}");

		assertThat(setVariable.status()).isEqualTo(403);
		assertThat(forgedForm.status()).isEqualTo(403);
		assertThat(ownForm.status()).as(ownForm.body()).isEqualTo(204);
		// The squadron leader is the loop's plan (loop_plan), which no task completion reaches.
		assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("squadronLeader")
			.list()).extracting(v -> v.getValue()).doesNotContain("wangqiang");
	}

	@Test
	void aRefusedFormIsTheInspectorsMistakeOnBothDoors() {
		String instance = signForTask("ENT-0001");
		tasks.complete(taskOf(instance));
		String handling = taskOf(instance);
		String noPhoto = """
				{"variables": {"companionInspector": {"value": "liuyang"}, "inspectionRecord": {"value": "现场检查"},
				 "findings": {"value": "超标排放"}, "violationFound": {"value": true, "type": "Boolean"}}}""";
		WebappBrowser tasklist = new WebappBrowser(port);
		assertThat(tasklist.login("tasklist", "wangqiang", "wangqiang").status()).isEqualTo(200);
		String api = "/camunda/api/engine/engine/default/task/" + handling;
		assertThat(tasklist.get(api).status()).isEqualTo(200);

		var inTasklist = tasklist.post(api + "/submit-form", noPhoto);
		var overRest = Http.as(port, "wangqiang").post("/engine-rest/task/" + handling + "/submit-form", noPhoto);

		assertThat(inTasklist.status()).as(inTasklist.body()).isEqualTo(400);
		assertThat(inTasklist.body()).contains("发现违法行为须上传现场照片或视频证据，才能移送立案");
		assertThat(overRest.status()).as(overRest.body()).isEqualTo(400);
		assertThat(overRest.json().get("message").asText()).isEqualTo("发现违法行为须上传现场照片或视频证据，才能移送立案");
		assertThat(taskOf(instance)).as("nothing was completed").isEqualTo(handling);
	}

	@Test
	void h4_passwordChecksForOthersAreForAdministratorsOnly() {
		var oracle = Http.as(port, "sunli").post("/engine-rest/identity/verify",
				"{\"username\": \"demo\", \"password\": \"guess\"}");
		var admin = Http.as(port, "demo").post("/engine-rest/identity/verify",
				"{\"username\": \"sunli\", \"password\": \"sunli\"}");

		assertThat(oracle.status()).isEqualTo(403);
		assertThat(admin.status()).isEqualTo(200);
	}

	@Test
	void h4_usersCannotDeleteTheirAccountOrTakeOverNotifications() {
		Http inspector = Http.as(port, "zhaolei");

		var delete = inspector.delete("/engine-rest/user/zhaolei");
		var email = inspector.send(inspector.request("/engine-rest/user/zhaolei/profile")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(
					"{\"id\": \"zhaolei\", \"firstName\": \"赵\", \"lastName\": \"磊\", \"email\": \"attacker@example.org\"}",
					StandardCharsets.UTF_8)));

		assertThat(delete.status()).isEqualTo(403);
		assertThat(email.status()).isEqualTo(403);
		assertThat(inspector.get("/engine-rest/user/zhaolei/profile").json().path("email").asText())
			.doesNotContain("attacker");
	}

	private String signForTask(String firm) {
		return alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().processInstanceId();
	}

	private String taskOf(String instance) {
		return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

}
