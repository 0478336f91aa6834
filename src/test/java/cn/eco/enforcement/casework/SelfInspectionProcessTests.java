package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.QrCodes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Enterprise self-inspection and rectification tracking, each path, with enterprise accounts. */
@IntegrationTest
class SelfInspectionProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	CaseworkApi casework;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void firmPassesItsSelfInspectionWithTheChecklistForItsDischarges() {
		ProcessInstance inspection = instance(casework.startSelfInspection("ENT-0004"));

		assertThat(inspection).isWaitingAt("Task_FillChecklist").variables()
			.containsEntry("checklistForm", "self-inspection-wastewater");
		assertThat(candidateGroups(inspection)).containsExactly("enterprise-ENT-0004");
		complete(task(inspection), checklist(true, "problemsFound", false, "inspectedBy", "企业环保专员"));

		assertThat(inspection).isEnded().hasPassed("EndEvent_SelfInspectionPassed");
		assertThat(jdbc.sql("SELECT failed_items FROM self_inspection WHERE process_instance_id = ?")
			.param(inspection.getId()).query(Integer.class).single()).isZero();
	}

	@Test
	void failedItemStartsARectificationThatIsEscalatedWhenLateAndClosedWhenVerified() {
		ProcessInstance inspection = instance(casework.startSelfInspection("ENT-0001"));
		Map<String, Object> answers = checklist(true, "problemsFound", true, "problemDescription", "危废暂存间防渗层破损",
				"inspectedBy", "张工");
		answers.put("item03", false);
		complete(task(inspection), answers);
		assertThat(inspection).hasPassed("Task_StartRectification").isEnded();

		ProcessInstance rectification = instance(
				(String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(inspection.getId())
					.variableName("rectificationProcessInstanceId").singleResult().getValue());
		assertThat(task(rectification)).isAssignedTo("wangqiang");
		complete(task(rectification), withVariables("rectificationRequirements", "修复防渗层并补充台账",
				"rectificationDeadline", LocalDate.now().plusDays(10).toString()));
		assertThat(rectification).isWaitingAt("Task_ReportRectification");
		assertThat(candidateGroups(rectification)).containsExactly("enterprise-ENT-0001");

		execute(job("BoundaryEvent_RectificationOverdue", rectification));
		assertThat(statusOf(rectification)).isEqualTo("OVERDUE");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '【整改逾期】%' AND recipient LIKE 'chenjun@%'")
			.query(Integer.class).single()).isPositive();

		complete(task(rectification), withVariables("rectificationProgress", "已修复", "rectificationCompleted", true));
		complete(task(rectification), withVariables("rectificationVerified", false, "verificationComment", "台账未补"));
		assertThat(rectification).isWaitingAt("Task_ReportRectification");
		complete(task(rectification), withVariables("rectificationProgress", "台账已补", "rectificationCompleted", true));
		complete(task(rectification), withVariables("rectificationVerified", true, "verificationComment", "整改到位"));

		assertThat(rectification).isEnded().hasPassed("EndEvent_RectificationClosed");
		assertThat(statusOf(rectification)).isEqualTo("CLOSED");
	}

	@Test
	void enterpriseAccountsSeeOnlyTheirOwnFirmsTasks() {
		String instance = casework.startSelfInspection("ENT-0002");

		assertThat(Http.as(port, "ent0002").get("/engine-rest/task?processInstanceId=" + instance).json().findValuesAsText("id"))
			.hasSize(1);
		assertThat(Http.as(port, "ent0001").get("/engine-rest/task?processInstanceId=" + instance).json().findValuesAsText("id"))
			.isEmpty();
		assertThat(Http.as(port, "ent0001").get("/api/alarms").status()).as("no staff API for firms").isEqualTo(403);
		assertThat(Http.as(port, "wangqiang").post("/api/enterprises/ENT-0003/self-inspections", "").status()).isEqualTo(201);
		assertThat(Http.as(port, "ent0001").post("/api/enterprises/ENT-0003/self-inspections", "").status()).isEqualTo(403);
	}

	@Test
	void openRectificationsAppearOnThePublicPageWithoutTheirDescription() throws Exception {
		ProcessInstance inspection = instance(casework.startSelfInspection("ENT-0005"));
		complete(task(inspection), checklist(true, "problemsFound", true, "problemDescription", "内部描述：VOCs 收集罩破损",
				"inspectedBy", "李工"));

		String page = Http.anonymous(port).get(QrCodes.publicPathOf(port, "ENT-0005")).body();

		assertThat(page).contains("整改事项", "企业自检", "整改中").doesNotContain("内部描述");
	}

	@Test
	void stewardReportFindingsAreEachTrackedAsARectification() {
		var recorded = Http.as(port, "wangqiang").post("/api/enterprises/ENT-0010/steward-reports", """
				{"provider": "湖北某环保管家服务有限公司", "reportDate": "%s",
				 "findings": ["喷涂废气收集率不足", "危废标签不规范"], "plan": "一企一策：三个月内完成废气收集改造"}"""
			.formatted(LocalDate.now().minusDays(3)));
		var bad = Http.as(port, "wangqiang").post("/api/enterprises/ENT-0010/steward-reports", "{\"findings\": [\"\"]}");

		assertThat(recorded.status()).isEqualTo(201);
		assertThat(recorded.json().get("rectificationProcessInstanceIds")).hasSize(2);
		recorded.json().get("rectificationProcessInstanceIds").forEach(id -> {
			ProcessInstance rectification = instance(id.asText());
			assertThat(rectification).isWaitingAt("Task_SetRectificationDeadline").variables().containsEntry("source", "环保管家");
		});
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("provider", "reportDate", "findings");
		assertThat(Http.as(port, "zhoumin").post("/api/enterprises/ENT-0010/steward-reports", "{}").status()).isEqualTo(403);
	}

	private String statusOf(ProcessInstance rectification) {
		return jdbc.sql("SELECT status FROM rectification WHERE process_instance_id = ?").param(rectification.getId())
			.query(String.class).single();
	}

	private ProcessInstance instance(String id) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private List<String> candidateGroups(ProcessInstance instance) {
		return engine.getTaskService().getIdentityLinksForTask(task(instance).getId()).stream()
			.map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
	}

	private static Map<String, Object> checklist(boolean allOk, Object... more) {
		Map<String, Object> vars = new HashMap<>();
		for (int i = 1; i <= 10; i++) {
			vars.put(String.format("item%02d", i), allOk);
		}
		for (int i = 0; i < more.length; i += 2) {
			vars.put((String) more[i], more[i + 1]);
		}
		return vars;
	}

}
