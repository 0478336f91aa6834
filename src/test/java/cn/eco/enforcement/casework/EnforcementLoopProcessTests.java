package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.internal.LoopPlanRecords;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One test per business path of {@code enforcement-loop}, on the real engine, rules and database. */
@IntegrationTest
class EnforcementLoopProcessTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LoopPlanRecords loopPlans;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void ordinaryFirmAlarmIsHandledOnSiteByTheResponsibleInspectorAndClosedWithoutViolation() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0001"));

		assertThat(loop).isWaitingAt("Task_SignFor").hasPassed("Task_DecideSupervision", "Task_DispatchInspector")
			.variables()
			.containsEntry("supervisionMode", "ON_SITE")
			.containsEntry("assignee", "wangqiang");
		assertThat(planOf(loop).squadronLeader()).isEqualTo("chenjun");
		assertThat(planOf(loop).supervisionRules()).isNotEmpty();
		assertThat(task(loop)).isAssignedTo("wangqiang");
		assertThat(candidateGroups(loop)).containsExactly("squadron-XY-GX-SQ1");

		complete(task(loop));
		assertThat(loop).isWaitingAt("Task_HandleOnSite");
		assertThat(task(loop)).isAssignedTo("wangqiang");
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "排口采样，设施正常运行",
				"violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "数据异常系仪表漂移，已校准"));
		assertThat(task(loop)).hasDefinitionKey("Task_ReviewHandling").isAssignedTo("chenjun");
		assertThat((String) engine.getRuntimeService().getVariable(loop.getId(), "handlingSummary"))
			.contains("同行执法人员：liuyang", "现场检查记录：排口采样，设施正常运行", "未发现违法行为");
		complete(task(loop), withVariables("approved", true, "reviewComment", "同意"));

		assertThat(loop).hasPassed("Task_AssessLoop", "Task_CloseLoop").isEnded();
		assertThat(loop).hasNotPassed("Task_VerifyOffSite", "Task_OpenCaseFiling");
		AlarmView alarm = alarmOf(loop);
		assertThat(alarm.status()).isEqualTo(AlarmStatus.CLOSED);
		assertThat(alarm.progress()).extracting(AlarmView.ProgressStep::stage)
			.containsExactly(AlarmStatus.RECEIVED, AlarmStatus.DISPATCHED, AlarmStatus.SIGNED_FOR, AlarmStatus.HANDLED,
					AlarmStatus.FEEDBACK_SUBMITTED, AlarmStatus.REVIEWED, AlarmStatus.ASSESSED, AlarmStatus.CLOSED);
		assertThat(assessment(alarm.id())).containsEntry("inspector", "wangqiang")
			.containsEntry("sign_for_overdue", false)
			.containsEntry("rework_count", 0)
			.containsEntry("feedback_complete", true)
			.containsEntry("violation_found", false);
	}

	@Test
	void positiveListFirmIsVerifiedOffSiteWithoutAVisit() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0002"));
		assertThat(loop).variables().containsEntry("supervisionMode", "OFF_SITE");

		complete(task(loop));
		assertThat(loop).isWaitingAt("Task_VerifyOffSite");
		complete(task(loop), withVariables("verificationFindings", "在线数据与用电曲线一致，系短时波动", "violationFound", false,
				"onSiteVisitNeeded", false));
		assertThat(loop).isWaitingAt("Task_SubmitFeedback");
		complete(task(loop), withVariables("feedbackSummary", "非现场核查无异常"));
		complete(task(loop), withVariables("approved", true));

		assertThat(loop).isEnded().hasNotPassed("Task_HandleOnSite", "Task_ApproveOnSiteVisit");
		assertThat(assessment(alarmOf(loop).id())).containsEntry("supervision_mode", "OFF_SITE");
	}

	@Test
	void onSiteVisitToPositiveListFirmNeedsTheSquadronLeadersApproval() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0002"));
		complete(task(loop));
		complete(task(loop), withVariables("verificationFindings", "用电曲线显示治理设施停运", "onSiteVisitNeeded", true,
				"violationFound", false));

		assertThat(loop).isWaitingAt("Task_ApproveOnSiteVisit");
		assertThat(task(loop)).isAssignedTo("chenjun");
		complete(task(loop), withVariables("onSiteVisitApproved", true, "onSiteApprovalComment", "同意现场核实"));

		assertThat(loop).isWaitingAt("Task_HandleOnSite");
	}

	@Test
	void repeatViolatorIsEscalatedWithShorterDeadlineHigherPriorityAndACaseLead() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0003"));

		assertThat(loop).variables()
			.containsEntry("supervisionMode", "ESCALATED")
			.containsEntry("assignee", "liuyang");
		assertThat(planOf(loop).priority()).isEqualTo(90);
		assertThat(planOf(loop).signForDeadline()).isEqualTo(Duration.ofMinutes(30));
		assertThat(planOf(loop).seriousAlarm()).isFalse();
		assertThat(task(loop).getPriority()).isEqualTo(90);
		assertThat(Duration.between(Instant.now(), task(loop).getDueDate().toInstant()))
			.isLessThan(Duration.ofMinutes(31));
		assertThat(caseStatusOf(alarmOf(loop).id())).isEqualTo("LEAD");
		assertThat(outboxRecipients(alarmOf(loop).id())).contains("liuyang@hb-xy-eeb.example.cn",
				"chenjun@hb-xy-eeb.example.cn");
	}

	@Test
	void unsignedAlarmIsEscalatedToTheSquadronLeaderWhenTheSignForDeadlinePasses() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0001"));

		execute(job("BoundaryEvent_SignForOverdue", loop));

		assertThat(loop).hasPassed("Task_EscalateSignFor").isWaitingAt("Task_SignFor");
		assertThat(loop).variables().containsEntry("signForOverdue", true);
		assertThat(engine.getTaskService().getIdentityLinksForTask(task(loop).getId()))
			.extracting(IdentityLink::getUserId)
			.contains("chenjun");
		assertThat(alarmOf(loop).status()).isEqualTo(AlarmStatus.SIGN_FOR_OVERDUE);
		assertThat(outboxSubjects(alarmOf(loop).id())).anyMatch(subject -> subject.startsWith("【签收超时】"));

		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "已核查", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "无违法"));
		complete(task(loop), withVariables("approved", true));
		assertThat(assessment(alarmOf(loop).id())).containsEntry("sign_for_overdue", true);
	}

	@Test
	void rejectedReviewSendsTheWorkBackAndCountsAsRework() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0001"));
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "简单查看", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "无问题"));

		complete(task(loop), withVariables("approved", false, "reviewComment", "检查记录不完整，补充采样"));

		assertThat(loop).isWaitingAt("Task_HandleOnSite");
		assertThat(task(loop)).isAssignedTo("wangqiang");
		assertThat(alarmOf(loop).status()).isEqualTo(AlarmStatus.REVIEW_REJECTED);
		complete(task(loop), withVariables("inspectionRecord", "补充采样，结果达标", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "复核无违法"));
		complete(task(loop), withVariables("approved", true));
		assertThat(loop).isEnded();
		assertThat(assessment(alarmOf(loop).id())).containsEntry("rework_count", 1);
	}

	@Test
	void anOnSiteViolationWithoutPhotoOrVideoEvidenceIsRefused() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0006"));
		complete(task(loop));
		assertThat(task(loop)).hasDefinitionKey("Task_HandleOnSite");
		String handling = task(loop).getId();

		assertThatThrownBy(() -> complete(task(loop), withVariables("companionInspector", "hemin", "inspectionRecord",
				"现场采样 COD 68 mg/L", "violationFound", true)))
			.hasMessageContaining("须上传现场照片或视频证据");
		assertThat(task(loop).getId()).isEqualTo(handling);

		complete(task(loop), withVariables("companionInspector", "hemin", "inspectionRecord", "现场采样 COD 68 mg/L",
				"violationFound", true, "evidence", Evidence.photo()));
		assertThat(task(loop)).hasDefinitionKey("Task_SubmitFeedback");
	}

	@Test
	void confirmedViolationStartsCaseFilingWithARealFilingApprovalStage() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0006"));
		assertThat(task(loop)).isAssignedTo("zhaolei");
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", "hemin", "inspectionRecord", "现场采样 COD 68 mg/L",
				"findings", "超标排放", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令停止超标排放"));
		complete(task(loop), withVariables("approved", true));

		assertThat(loop).hasPassed("Task_OpenCaseFiling").isEnded();
		ProcessInstance caseFiling = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("case-filing")
			.processInstanceBusinessKey(loop.getBusinessKey())
			.singleResult();
		assertThat(caseFiling).isWaitingAt("Task_ApproveFiling");
		assertThat(task(caseFiling)).as("offered to the supervisors, of whom only sunli approves").isAssignedTo("sunli");
		assertThat(engine.getTaskService().getIdentityLinksForTask(task(caseFiling).getId())).extracting(IdentityLink::getGroupId)
			.contains("supervisors");
		Date due = task(caseFiling).getDueDate();
		assertThat(Duration.between(Instant.now(), due.toInstant())).isBetween(Duration.ofDays(14), Duration.ofDays(15));
		assertThat(alarmOf(loop).status()).isEqualTo(AlarmStatus.CASE_FILING);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM confirmed_violation WHERE enterprise_code = 'ENT-0006'")
			.query(Integer.class)
			.single()).isEqualTo(1);

		complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "符合立案条件，同意立案",
				"procedure", "GENERAL", "investigator1", "zhaolei", "investigator2", "hemin"));

		assertThat(caseFiling).isWaitingAt("Task_Investigate");
		assertThat(task(caseFiling)).isAssignedTo("zhaolei");
		assertThat(caseStatusOf(alarmOf(loop).id())).isEqualTo("FILED");
	}

	@Test
	void overdueFilingApprovalRemindsTheSupervisors() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0016"));
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "超标", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "超标"));
		complete(task(loop), withVariables("approved", true));
		ProcessInstance caseFiling = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(loop.getBusinessKey())
			.processDefinitionKey("case-filing")
			.singleResult();

		execute(job("BoundaryEvent_FilingOverdue", caseFiling));

		assertThat(caseFiling).hasPassed("Task_NotifyFilingOverdue").isWaitingAt("Task_ApproveFiling");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE '【立案审批超期】%' AND recipient = 'sunli@hb-xy-eeb.example.cn'")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void deputyTakesAlarmsOfAFirmWhoseResponsibleInspectorIsOnLeave() {
		assertThat(raise(Alarms.moderateExceedanceAt("ENT-0005"))).variables().containsEntry("assignee", "liuyang");
	}

	@Test
	void firmWithoutInspectorsIsOfferedToItsSquadron() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0004"));

		assertThat(task(loop)).isNotAssigned().hasCandidateGroup("squadron-XY-GX-SQ1");
	}

	@Test
	void ambientStationAlarmGoesToTheSquadronOfTheStationsTownship() {
		ProcessInstance loop = raise(Alarms.ambientAlarmAt("ST-TZW"));

		assertThat(loop).variables().containsEntry("supervisionMode", "ON_SITE");
		assertThat(planOf(loop).squadronCode()).isEqualTo("XY-GX-SQ1");
		assertThat(task(loop)).isNotAssigned().hasCandidateGroup("squadron-XY-GX-SQ1");
	}

	@Test
	void loopReachesItsFirstTaskWithEightVariablesAtMostAndItsPlanInOneRow() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0001"));

		assertThat(loop).isWaitingAt("Task_SignFor");
		assertThat(engine.getRuntimeService().getVariables(loop.getId())).hasSizeLessThanOrEqualTo(8)
			.containsOnlyKeys("alarmId", "enterpriseCode", "enterpriseName", "alarmSummary", "supervisionMode",
					"supervisionSummary", "assignee", "candidateGroup");
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(loop.getId())
			.variableNameIn("plannedLoop", "storedAlarm").count()).as("handed over in memory, never written").isZero();
		PlannedLoop plan = planOf(loop);
		assertThat(plan.alarmId()).isEqualTo(alarmOf(loop).id());
		assertThat(plan.supervisionRules()).isNotEmpty();
		assertThat(plan.assignmentRules()).isNotEmpty();
		assertThat(task(loop).getDueDate()).isEqualTo(plan.signForDueDate());
		assertThat(task(loop).getPriority()).isEqualTo(plan.priority());
		assertThat(job("BoundaryEvent_SignForOverdue", loop).getDuedate()).isCloseTo(plan.signForDueDate(), 1000);
		assertThat(plan.handlingDueDate()).isAfter(plan.signForDueDate());
	}

	@Test
	void inMemoryValuesAreHandedOverWithoutBeingWrittenAndNothingElseGetsTheirFormat() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0001"));
		var runtime = engine.getRuntimeService();

		// Jackson cannot write this object: the engine's JSON serializer fails on it, the in-memory one never tries.
		assertThatThrownBy(() -> runtime.setVariable(loop.getId(), "handedOver",
				org.camunda.bpm.engine.variable.Variables.objectValue(new NotJson(), true).create()))
			.isInstanceOf(RuntimeException.class);
		runtime.setVariable(loop.getId(), "handedOver", cn.eco.enforcement.casework.process.InMemoryValues.of(new NotJson()));
		assertThat(runtime.getVariables(loop.getId())).doesNotContainKey("handedOver");
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(loop.getId())
			.variableName("handedOver").count()).isZero();

		// The format alone is not enough: an object in it that the engine would keep finds no serializer.
		assertThatThrownBy(() -> runtime.setVariable(loop.getId(), "kept",
				org.camunda.bpm.engine.variable.Variables.objectValue("text")
					.serializationDataFormat(cn.eco.enforcement.casework.process.InMemoryValues.FORMAT).create()))
			.isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
		assertThat(runtime.getVariables(loop.getId())).doesNotContainKey("kept");
	}

	/** An object Jackson cannot serialize. */
	public static final class NotJson {

		public String getValue() {
			throw new IllegalStateException("not JSON");
		}

	}

	@Test
	void loopStartedBeforeThePlanHadATableStillEscalatesAndIsAssessedFromItsVariables() {
		ProcessInstance loop = raise(Alarms.moderateExceedanceAt("ENT-0001"));
		PlannedLoop plan = planOf(loop);
		// What a loop started before V310 carries: the plan in variables, no row in loop_plan.
		jdbc.sql("DELETE FROM loop_plan WHERE process_instance_id = ?").param(loop.getId()).update();
		engine.getRuntimeService().setVariables(loop.getId(), Map.of("squadronLeader", plan.squadronLeader(),
				"squadronCode", plan.squadronCode(), "signForDeadline", plan.signForDeadline().toString(),
				"taskPriority", plan.priority(), "dispatchedAt", plan.plannedAt(), "handlingDueDate",
				plan.handlingDueDate()));

		execute(job("BoundaryEvent_SignForOverdue", loop));
		assertThat(engine.getTaskService().getIdentityLinksForTask(task(loop).getId()))
			.extracting(IdentityLink::getUserId)
			.contains("chenjun");
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "已核查", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "无违法"));
		complete(task(loop), withVariables("approved", true));

		assertThat(assessment(alarmOf(loop).id())).containsEntry("squadron_code", "XY-GX-SQ1")
			.containsEntry("sign_for_overdue", true);
	}

	private PlannedLoop planOf(ProcessInstance loop) {
		return loopPlans.ofProcessInstance(loop.getId()).orElseThrow();
	}

	private ProcessInstance raise(cn.eco.enforcement.alarm.RaiseAlarm alarm) {
		String id = alarms.raise(alarm).alarm().processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private java.util.List<String> candidateGroups(ProcessInstance loop) {
		return engine.getTaskService()
			.getIdentityLinksForTask(task(loop).getId())
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private AlarmView alarmOf(ProcessInstance loop) {
		long id = Long.parseLong(loop.getBusinessKey().substring("ALARM-".length()));
		return alarms.find(id).orElseThrow();
	}

	private Map<String, Object> assessment(long alarmId) {
		return jdbc.sql("SELECT * FROM loop_assessment WHERE alarm_id = ?").param(alarmId).query().singleRow();
	}

	private String caseStatusOf(long alarmId) {
		return jdbc.sql("SELECT status FROM enforcement_case WHERE alarm_id = ?").param(alarmId).query(String.class).single();
	}

	private java.util.List<String> outboxRecipients(long alarmId) {
		return jdbc.sql("SELECT recipient FROM mail_outbox WHERE subject LIKE ?").param("%#" + alarmId).query(String.class).list();
	}

	private java.util.List<String> outboxSubjects(long alarmId) {
		return jdbc.sql("SELECT subject FROM mail_outbox WHERE subject LIKE ?").param("%#" + alarmId + "%").query(String.class).list();
	}

}
