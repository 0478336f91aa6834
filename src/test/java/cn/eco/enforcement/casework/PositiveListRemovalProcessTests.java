package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Positive-list dynamic management: a confirmed violation proposes removal, a supervisor decides. */
@IntegrationTest
class PositiveListRemovalProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void confirmedViolationAtAListedFirmLeadsToItsRemovalWhenTheSupervisorApproves() {
		assertThat(enterprises.find("ENT-0009").orElseThrow().positiveList()).isTrue();
		confirmViolationAt("ENT-0009");

		ProcessInstance review = reviewOf("ENT-0009");
		assertThat(review).isWaitingAt("Task_ReviewRemoval");
		assertThat((String) engine.getRuntimeService().getVariable(review.getId(), "proposalSummary"))
			.contains("经执法核查确认存在环境违法行为");
		complete(task(review), withVariables("removalApproved", true, "removalComment", "情况属实，移出"));

		assertThat(review).isEnded().hasPassed("EndEvent_RemovedFromList");
		assertThat(enterprises.find("ENT-0009").orElseThrow().positiveList()).isFalse();
		assertThat(enterprises.positiveListHistory("ENT-0009").get(0).removalReason())
			.contains("经执法核查确认存在环境违法行为", "情况属实，移出");
	}

	@Test
	void supervisorMayKeepTheFirmAndALaterFilingStartsNoSecondReviewWhileOneIsOpen() {
		confirmViolationAt("ENT-0011");
		ProcessInstance review = reviewOf("ENT-0011");
		ProcessInstance caseFiling = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("case-filing")
			.variableValueEquals("enterpriseCode", "ENT-0011")
			.singleResult();

		complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "立案", "procedure", "GENERAL",
				"investigator1", "wangqiang", "investigator2", "liuyang"));
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("positive-list-removal")
			.variableValueEquals("enterpriseCode", "ENT-0011").count()).isOne();

		complete(task(review), withVariables("removalApproved", false, "removalComment", "情节轻微，已整改，保留"));
		assertThat(review).isEnded().hasPassed("EndEvent_KeptOnList");
		assertThat(enterprises.find("ENT-0011").orElseThrow().positiveList()).isTrue();
	}

	@Test
	void falsifiedMonitoringDataFoundOnSiteProposesRemovalForThatReason() {
		assertThat(enterprises.find("ENT-0014").orElseThrow().positiveList()).isTrue();
		String id = alarms.raise(Alarms.moderateExceedanceAt("ENT-0014")).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
		complete(task(loop));
		complete(task(loop), withVariables("verificationMethods", "[\"ONLINE_DATA\"]", "verificationFindings", "数据长时间恒值",
				"violationFound", false, "onSiteVisitNeeded", true));
		complete(task(loop), withVariables("onSiteVisitApproved", true, "onSiteApprovalComment", "同意"));
		complete(task(loop), withVariables("inspectionRecord", "采样管路被旁路", "violationFound", true, "dataFalsified", true,
				"evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已固定证据"));
		complete(task(loop), withVariables("approved", true));

		assertThat((String) engine.getRuntimeService().getVariable(reviewOf("ENT-0014").getId(), "proposalSummary"))
			.contains("自动监测数据弄虚作假");
	}

	@Test
	void verifiedComplaintAgainstAListedFirmIsHandledOnSiteAndProposesRemoval() {
		var complaint = new cn.eco.enforcement.alarm.RaiseAlarm(Alarms.uniqueId(),
				cn.eco.enforcement.alarm.AlarmSourceType.COMPLAINT, "ENT-0022", null, null, null, null, null,
				java.time.OffsetDateTime.now().minusHours(1), "12345 热线：喷涂车间夜间异味扰民");
		String id = alarms.raise(complaint).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
		assertThat(loop).variables().containsEntry("supervisionMode", "ON_SITE");
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "夜间废气处理设施未开启", "violationFound", true,
				"evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "投诉属实"));
		complete(task(loop), withVariables("approved", true));

		assertThat((String) engine.getRuntimeService().getVariable(reviewOf("ENT-0022").getId(), "proposalSummary"))
			.contains("信访投诉经核查属实");
	}

	@Test
	void yearlyListImportNamesUnknownFirmsAndAddsNothingThen() {
		Http supervisor = Http.as(port, "sunli");

		var bad = supervisor.send(supervisor.request("/api/enterprises/positive-list/import?year=2027")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("code\nENT-0013\nENT-NOPE\n", StandardCharsets.UTF_8)));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("rows[2]");
		assertThat(enterprises.positiveListHistory("ENT-0013")).noneMatch(e -> e.year() == 2027);

		var ok = supervisor.send(supervisor.request("/api/enterprises/positive-list/import?year=2027")
			.header("Content-Type", "text/csv")
			.POST(HttpRequest.BodyPublishers.ofString("code\nENT-0013\n", StandardCharsets.UTF_8)));
		assertThat(ok.json().get("added").asInt()).isEqualTo(1);
		assertThat(Http.as(port, "sunli").get("/api/enterprises/ENT-0013/positive-list").json().findValuesAsText("year"))
			.contains("2027");
	}

	private void confirmViolationAt(String enterpriseCode) {
		String id = alarms.raise(Alarms.moderateExceedanceAt(enterpriseCode)).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
		assertThat(loop).variables().containsEntry("supervisionMode", "OFF_SITE");
		complete(task(loop));
		complete(task(loop), withVariables("verificationMethods", "[\"ONLINE_DATA\"]", "verificationFindings", "在线数据持续超标",
				"violationFound", true, "onSiteVisitNeeded", false));
		complete(task(loop), withVariables("feedbackSummary", "已责令整改"));
		complete(task(loop), withVariables("approved", true));
	}

	private ProcessInstance reviewOf(String enterpriseCode) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("positive-list-removal")
			.variableValueEquals("enterpriseCode", enterpriseCode)
			.singleResult();
	}

}
