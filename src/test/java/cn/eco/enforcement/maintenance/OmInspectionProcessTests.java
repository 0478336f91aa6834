package cn.eco.enforcement.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import cn.eco.enforcement.evidence.EvidenceApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.maintenance.internal.OmInspections;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.TestPhotos;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Third-party O&M inspection: accounts and their scope, plans, checklists, findings and what they set off. */
@IntegrationTest
class OmInspectionProcessTests {

	private static final String COMPANY_GROUP = "om-company-OM-QY";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	OmInspections inspections;

	@Autowired
	MaintenanceApi maintenance;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceApi evidence;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void companyInspectorsSeeOnlyTheInspectionsOfTheirContract() {
		var started = Http.as(port, "sunli").post("/api/om-inspection/plans/XY-FG-0009-01/inspections", "");
		String instance = started.json().path("processInstanceId").asText();

		assertThat(started.status()).isEqualTo(201);
		assertThat(Http.as(port, "sunli").post("/api/om-inspection/plans/XY-WW-0002-01/inspections", "").status())
			.as("a device outside the contract").isEqualTo(404);
		for (String inspector : List.of("omzhang", "omli")) {
			assertThat(Http.as(port, inspector).get("/engine-rest/task?processInstanceId=" + instance).json()
				.findValuesAsText("id")).hasSize(1);
			JsonNode all = Http.as(port, inspector).get("/engine-rest/task").json();
			assertThat(all.findValuesAsText("processDefinitionId"))
				.allSatisfy(d -> assertThat(d).matches("om-(inspection|finding):.*"));
		}
		assertThat(Http.as(port, "ent0001").get("/engine-rest/task?processInstanceId=" + instance).json().findValuesAsText("id"))
			.isEmpty();
		assertThat(Http.as(port, "omzhang").get("/engine-rest/process-definition").json().findValuesAsText("id"))
			.as("no process definitions, like enterprise accounts").isEmpty();
		assertThat(Http.as(port, "omzhang").get("/api/alarms").status()).as("no staff API").isEqualTo(403);
		JsonNode filters = Http.as(port, "omzhang").get("/engine-rest/filter?resourceType=Task").json();
		assertThat(filters).extracting(filter -> filter.path("name").asText()).containsExactly("本公司巡检任务");
		String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
		assertThat(Http.as(port, "omzhang").post("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"omzhang\"}")
			.status()).isEqualTo(204);
		assertThat(Http.as(port, "omzhang").post("/engine-rest/filter/" + filters.get(0).path("id").asText() + "/list", "{}")
			.json().findValuesAsText("id")).as("a claimed task stays in the filter").contains(taskId);
	}

	@Test
	void plansFollowTheRulesAndEachDueInspectionIsATaskWithADeadline() {
		Map<String, OmInspections.Plan> plans = new HashMap<>();
		Http.as(port, "chenjun").get("/api/om-inspection/plans").json()
			.forEach(p -> plans.put(p.path("mn").asText(), null));
		inspections.plans().forEach(p -> plans.put(p.mn(), p));

		assertThat(plans.keySet()).contains("XY-WW-0001-01", "XY-FG-0003-01", "XY-AQ-TZW-001")
			.doesNotContain("XY-WW-0002-01");
		assertThat(plans.get("XY-FG-0003-01").frequencyMonths()).as("key unit: monthly").isEqualTo(1);
		assertThat(plans.get("XY-AQ-TZW-001").frequencyMonths()).as("station: monthly").isEqualTo(1);

		inspections.startDue();
		assertThat(inspections.startDue()).as("nothing is started twice").isZero();
		Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike("OM-%")
			.processVariableValueEquals("mn", "XY-VOC-0012-01").singleResult();
		assertThat(task.getName()).as("the card names the activity, the firm or station, the device and the inspection")
			.matches("现场巡检｜.+｜运维巡检 .+｜OM-\\d+");
		assertThat(task.getDueDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
			.isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10));
		assertThat(candidateGroups(task)).containsExactly(COMPANY_GROUP);
		assertThat(inspections.plans()).filteredOn(p -> p.mn().equals("XY-VOC-0012-01")).singleElement()
			.satisfies(p -> assertThat(p.open()).isTrue())
			.satisfies(p -> assertThat(p.nextDueOn()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1)));
	}

	@Test
	void aChecklistWithoutFailuresEndsTheInspection() {
		ProcessInstance inspection = start("XY-AQ-TZW-001");

		assertThat(inspection).isWaitingAt("Task_InspectDevice").variables()
			.containsEntry("checklistForm", "om-checklist-ambient");
		complete(task(inspection), checklist());

		assertThat(inspection).isEnded().hasPassed("EndEvent_InspectionPassed");
		assertThat(jdbc.sql("SELECT status FROM om_inspection WHERE process_instance_id = ?").param(inspection.getId())
			.query(String.class).single()).isEqualTo("DONE");
	}

	@Test
	void anEquipmentFaultIsRectifiedByTheFirmVerifiedByTheCompanyAndFollowedUpByTheSquadron() {
		ProcessInstance inspection = start("XY-FG-0003-01");
		Map<String, Object> answers = checklist();
		answers.putAll(Map.of("probeResult", "FAIL", "probeClass", "EQUIPMENT_FAULT", "probeNote", "伴热管线温度仅 60 ℃"));
		complete(task(inspection), answers);
		assertThat(inspection).isEnded().hasPassed("EndEvent_FindingsTracked");

		ProcessInstance finding = findingOf(inspection);
		assertThat(finding).isWaitingAt("Task_RectifyOmFinding", "Task_FollowUpOmFinding");
		assertThat(candidateGroups(task("Task_RectifyOmFinding", finding))).containsExactly("enterprise-ENT-0003");
		assertThat(candidateGroups(task("Task_FollowUpOmFinding", finding)))
			.containsExactly(Squadron.groupIdOf("XY-GX-SQ1"));
		assertThat(deadlineOf(finding)).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5));
		assertThat(Http.as(port, "ent0003").get("/engine-rest/task?processInstanceId=" + finding.getId()).json()
			.findValuesAsText("name")).singleElement().asString().startsWith("整改巡检问题｜").endsWith("｜" + finding.getBusinessKey());
		assertThat(Http.as(port, "wangqiang").get("/engine-rest/task?processInstanceId=" + finding.getId()).json()
			.findValuesAsText("name")).as("the squadron's Tasklist").singleElement().asString().startsWith("中队跟踪巡检问题｜");

		execute(job("BoundaryEvent_OmRectificationOverdue", finding));
		assertThat(statusOf(finding)).isEqualTo("OVERDUE");
		complete(task("Task_RectifyOmFinding", finding), withVariables("rectificationReport", "已更换伴热管线温控器"));
		complete(task("Task_VerifyOmFinding", finding),
				withVariables("rectificationVerified", false, "verificationComment", "温度仍不足 120 ℃"));
		assertThat(finding).isWaitingAt("Task_RectifyOmFinding");
		complete(task("Task_RectifyOmFinding", finding), withVariables("rectificationReport", "更换整段伴热管线"));
		complete(task("Task_VerifyOmFinding", finding),
				withVariables("rectificationVerified", true, "verificationComment", "复核 135 ℃，整改到位"));
		complete(task("Task_FollowUpOmFinding", finding), withVariables("squadronFollowUp", "TRACK"));

		assertThat(finding).isEnded().hasPassed("EndEvent_OmFindingClosed");
		assertThat(statusOf(finding)).isEqualTo("CLOSED");
	}

	@Test
	void suspectedFalsificationOpensAnEscalatedLoopWithACaseLead() {
		ProcessInstance inspection = start("XY-WW-0001-01");
		String taskId = task(inspection).getId();

		var done = Http.as(port, "omli").post("/engine-rest/task/" + taskId + "/complete", """
				{"variables": {%s, "parametersResult": {"value": "FAIL"}, "parametersClass": {"value": "SUSPECTED_FALSIFICATION"},
				 "parametersNote": {"value": "数采仪 COD 量程被改为 0–30 mg/L，上传值封顶"}}}"""
			.formatted(passes("parameters")));

		assertThat(done.status()).isEqualTo(204);
		long alarmId = jdbc.sql("SELECT alarm_id FROM om_finding f JOIN om_inspection i ON i.id = f.inspection_id "
				+ "WHERE i.process_instance_id = ?").param(inspection.getId()).query(Long.class).single();
		JsonNode alarm = Http.as(port, "wangqiang").get("/api/alarms/" + alarmId).json();
		assertThat(alarm.path("sourceType").asText()).isEqualTo("OM_INSPECTION");
		assertThat(alarm.path("supervisionMode").asText()).isEqualTo("ESCALATED");
		assertThat(alarm.path("enterpriseCode").asText()).isEqualTo("ENT-0001");
		assertThat(alarm.path("description").asText()).contains("疑似弄虚作假", "量程");
		assertThat(jdbc.sql("SELECT status FROM enforcement_case WHERE alarm_id = ?").param(alarmId)
			.query(String.class).single()).as("a case lead").isEqualTo("LEAD");
		assertThat(Http.as(port, "monitor").post("/api/alarms", """
				{"externalId": "FORGED-OM-1", "sourceType": "OM_INSPECTION", "enterpriseCode": "ENT-0001",
				 "observedAt": "2026-01-01T08:00:00+08:00", "description": "伪造"}""").status())
			.as("only an inspection raises these").isEqualTo(400);
	}

	@Test
	void repeatedIrregularOperationLowersTheStandingShownInTheFileAndTheInspectionFrequency() {
		assertThat(frequencyOf("XY-WW-0006-01")).as("ordinary firm: quarterly").isEqualTo(3);
		ProcessInstance inspection = start("XY-WW-0006-01");
		Map<String, Object> answers = checklist();
		answers.putAll(Map.of("operationLogResult", "FAIL", "operationLogClass", "IRREGULAR_OPERATION", "operationLogNote",
				"近两月无巡检记录", "dataFlagsResult", "FAIL", "dataFlagsClass", "IRREGULAR_OPERATION", "dataFlagsNote",
				"维护期间未标记 M"));
		complete(task(inspection), answers);

		OmStanding standing = maintenance.standingOf("ENT-0006");
		assertThat(standing.lowered()).isTrue();
		assertThat(standing.label()).startsWith("降级");
		assertThat(standing.findings()).extracting(OmFindingView::findingClassLabel).containsOnly("运维不规范");
		assertThat(frequencyOf("XY-WW-0006-01")).as("lowered standing: monthly").isEqualTo(1);
		JsonNode file = Http.as(port, "zhaolei").get("/api/enterprises/ENT-0006/file").json();
		assertThat(file.path("omInspection").path("lowered").asBoolean()).isTrue();
		assertThat(file.path("omInspection").path("findings").findValuesAsText("item")).contains("运维记录", "数据标记");
		assertThat(Http.as(port, "zhaolei").get("/api/enterprises/ENT-0006/file").body()).isNotNull();
	}

	private int frequencyOf(String mn) {
		return inspections.plans().stream().filter(p -> p.mn().equals(mn)).findFirst().orElseThrow().frequencyMonths();
	}

	/** Starts an inspection whose inspector has photographed the site (现场照片 合格 needs a photo). */
	private ProcessInstance start(String mn) {
		OmInspections.Started started = inspections.start(mn).orElseThrow();
		evidence.storeForOmInspection(started.inspectionId(), "photos", "omzhang",
				List.of(new EvidenceApi.Upload("站房.jpg", new ByteArrayResource(TestPhotos.jpeg(1)))));
		String id = started.processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private ProcessInstance findingOf(ProcessInstance inspection) {
		String id = jdbc.sql("SELECT f.process_instance_id FROM om_finding f JOIN om_inspection i ON i.id = f.inspection_id "
				+ "WHERE i.process_instance_id = ?").param(inspection.getId()).query(String.class).single();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private String statusOf(ProcessInstance finding) {
		return jdbc.sql("SELECT status FROM om_finding WHERE process_instance_id = ?").param(finding.getId())
			.query(String.class).single();
	}

	private LocalDate deadlineOf(ProcessInstance finding) {
		return jdbc.sql("SELECT rectification_deadline FROM om_finding WHERE process_instance_id = ?")
			.param(finding.getId()).query(LocalDate.class).single();
	}

	private Task task(ProcessInstance instance) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private Task task(String key, ProcessInstance instance) {
		return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
			.singleResult();
	}

	private List<String> candidateGroups(Task task) {
		return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
			.map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
	}

	private static final List<String> ITEMS = List.of("probe", "calibration", "parameters", "operationLog", "dataFlags",
			"photos");

	private static Map<String, Object> checklist() {
		Map<String, Object> answers = new HashMap<>();
		ITEMS.forEach(item -> answers.put(item + "Result", "PASS"));
		return answers;
	}

	private static String passes(String except) {
		return String.join(", ", ITEMS.stream().filter(i -> !i.equals(except))
			.map(i -> "\"" + i + "Result\": {\"value\": \"PASS\"}").toList());
	}

}
