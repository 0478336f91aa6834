package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.casework.internal.CaseRecords;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code case-filing} on the real engine, DMN table, documents and database: the
 * general procedure with its reviews, hearing, clocks and recusal rules, the simplified procedure,
 * no penalty, transfer, execution with the late surcharge and the daily continuous penalty.
 * Officers: wangqiang and liuyang investigate, sunli reviews, gaojie does the legal review,
 * chenjun chairs hearings.
 */
@IntegrationTest
class CaseFilingProcessTests {

	private static final AtomicInteger FIRMS = new AtomicInteger();

	@Autowired
	CaseRecords records;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void resetClockAndUser() {
		ClockUtil.reset();
		engine.getIdentityService().clearAuthentication();
	}

	@Test
	void heavyPenaltyGoesThroughLegalReviewCollectiveDiscussionHearingDecisionServiceExecutionAndClosing() {
		ProcessInstance caseFiling = filedCase(newFirm());
		investigate(caseFiling, "EXCEEDANCE", "SERIOUS", 40);
		assertThat(caseFiling).isWaitingAt("Task_ReviewCase");
		assertThat(caseFiling).variables().containsEntry("discretionGrade", "从重").containsKey("suggestedFine");

		as("sunli", () -> complete(task(caseFiling), withVariables("caseOutcome", "PENALTY", "fineAmount", 600000L,
				"penaltyProvision", "《中华人民共和国大气污染防治法》第九十九条第二项", "correctionOrdered", false,
				"reviewOpinion", "事实清楚，证据确凿，建议从重处罚")));
		assertThat(caseFiling).isWaitingAt("Task_LegalReview").variables()
			.containsEntry("hearingRight", true)
			.containsEntry("collectiveDiscussionRequired", true);
		as("gaojie", () -> complete(task(caseFiling), withVariables("legalReviewPassed", true, "legalReviewOpinion", "程序合法")));
		as("sunli", () -> complete(task(caseFiling), withVariables("collectiveApproved", true, "discussionMinutes", "一致同意")));

		assertThat(caseFiling).isWaitingAt("Task_RecordPartyResponse");
		assertThat(task(caseFiling)).isAssignedTo("wangqiang").hasDueDate(dateVariable(caseFiling, "responseDueAt"));
		as("wangqiang", () -> complete(task(caseFiling), withVariables("partyStatement", "申请从轻", "hearingRequested", true)));
		LocalDate today = today();
		as("sunli", () -> complete(task(caseFiling), withVariables("hearingDate", today.plusDays(8).toString(),
				"hearingNoticeServedOn", today.toString(), "hearingChair", "chenjun", "hearingPlace", "市局听证室")));
		assertThat(caseFiling).isWaitingAt("TimerEvent_HearingDay");
		assertThat(caseStatus(caseFiling)).isEqualTo("HEARING");

		moveClockDays(8);
		execute(job("TimerEvent_HearingDay", caseFiling));
		assertThat(task(caseFiling)).isAssignedTo("chenjun");
		assertThat(Http.as(port, "chenjun").get("/api/cases/" + caseId(caseFiling)).status())
			.as("the hearing chair reads the case file").isEqualTo(200);
		assertThat(Http.as(port, "zhaolei").get("/api/cases/" + caseId(caseFiling)).status())
			.as("an inspector without a part in the case does not").isEqualTo(404);
		as("chenjun", () -> complete(task(caseFiling), withVariables("hearingRecord", "当事人陈述", "hearingOpinion", "维持")));
		assertThat(caseColumn(caseFiling, "paused_days", Integer.class)).isBetween(8, 9);

		as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", 550000L, "decisionOpinion", "听证后酌减")));
		assertThat(caseFiling).isWaitingAt("Task_ServeDecision");
		assertThat(documentKinds(caseFiling)).containsExactly("FILING_APPROVAL", "PRIOR_NOTICE", "PENALTY_DECISION");
		assertThat(pdfText(caseFiling, "FILING_APPROVAL")).as("案件来源 names the alarm")
			.contains("污染源在线监测告警", "经执法检查确认");
		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "DIRECT", "servedOn", today().toString())));

		assertThat(caseFiling).isWaitingAt("Task_RecordPayment");
		as("wangqiang", () -> complete(task(caseFiling), withVariables("executionOutcome", "PAID", "paidOn", today().toString(),
				"amountPaid", 550000L)));
		as("sunli", () -> complete(task(caseFiling), withVariables("closingOpinion", "处罚已执行完毕，结案")));

		assertThat(caseFiling).isEnded().hasPassed("Task_LegalReview", "Task_CollectiveDiscussion", "Task_HoldHearing",
				"Task_SettlePayment", "EndEvent_CaseClosed");
		assertThat(caseStatus(caseFiling)).isEqualTo("CLOSED");
		assertThat(alarmStatusOfCase(caseFiling)).as("the alarm register shows the alarm done").isEqualTo("CLOSED");
		assertThat(caseColumn(caseFiling, "fine_amount", BigDecimal.class)).isEqualByComparingTo("550000");
		assertThat(caseColumn(caseFiling, "case_number", String.class)).matches("襄环罚〔\\d{4}〕\\d+号");
		assertThat(jdbc.sql("SELECT stage FROM case_event WHERE case_id = ? ORDER BY occurred_at, id")
			.param(caseId(caseFiling))
			.query(String.class)
			.list()).contains("立案", "调查终结", "案件审查", "事先告知", "听证通知", "听证", "处罚决定", "送达", "执行", "结案");
		String decision = pdfText(caseFiling, "PENALTY_DECISION");
		assertThat(decision).contains(enterpriseName(caseFiling)).contains("伍拾伍万元整").contains("超标排放颗粒物");
		assertThat(chainEntry(caseFiling, "办案期限中止")).as("the pause, by whoever scheduled the hearing")
			.containsEntry("actor", "sunli").extractingByKey("description").asString()
			.contains("起办案期限中止计算（听证程序）", "中止前期限至");
		assertThat(chainEntry(caseFiling, "办案期限恢复")).as("the resumption, by the hearing's chair")
			.containsEntry("actor", "chenjun").extractingByKey("description").asString()
			.containsPattern("中止 [89] 日，期限顺延至 \\d{4}年");
		assertThat(Http.as(port, "zhoumin").get("/api/cases/" + caseId(caseFiling) + "/integrity").json().get("status").asText())
			.isEqualTo("intact");
	}

	/** The case's last chain entry of that stage: its actor and description. */
	private Map<String, Object> chainEntry(ProcessInstance caseFiling, String stage) {
		return jdbc.sql("SELECT actor, description FROM case_event WHERE case_id = ? AND stage = ? ORDER BY seq DESC")
			.params(caseId(caseFiling), stage)
			.query((rs, i) -> Map.<String, Object>of("actor", String.valueOf(rs.getString(1)), "description", rs.getString(2)))
			.list()
			.get(0);
	}

	@Test
	void theEngineRefusesTheSameOfficerAsInvestigatorAndReviewerOrTwiceInTheInvestigation() {
		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		assertThatThrownBy(() -> as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true,
				"filingOpinion", "同意", "procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "wangqiang"))))
			.isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("两名不同的执法人员");
		assertThatThrownBy(() -> as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true,
				"filingOpinion", "同意", "procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "sunli"))))
			.hasMessageContaining("未持有执法证");
		assertThat(caseFiling).isWaitingAt("Task_ApproveFiling");
		approveFiling(caseFiling);

		as("wangqiang", () -> complete(task(caseFiling), investigation("EXCEEDANCE", "GENERAL", 5)));
		assertThatThrownBy(() -> as("wangqiang", () -> engine.getTaskService()
			.complete(task(caseFiling).getId(), Map.of("cosignConfirmed", true, "cosignOpinion", "确认"))))
			.hasMessageContaining("另一名承办人");
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));

		assertThat(caseFiling).isWaitingAt("Task_ReviewCase");
		// inspectors cannot even see the review task; an admin handing it to an investigator is refused too
		Task review = task(caseFiling);
		engine.getTaskService().setAssignee(review.getId(), "wangqiang");
		assertThatThrownBy(() -> engine.getTaskService().complete(review.getId(), penaltyReview(50000L)))
			.hasMessageContaining("查审分离");
		engine.getTaskService().setAssignee(review.getId(), null);
		assertThat(caseFiling).isWaitingAt("Task_ReviewCase");
		as("sunli", () -> complete(task(caseFiling), with(penaltyReview(50000L), "majorCase", true)));

		assertThat(caseFiling).isWaitingAt("Task_LegalReview");
		assertThatThrownBy(() -> as("sunli", () -> complete(task(caseFiling), withVariables("legalReviewPassed", true,
				"legalReviewOpinion", "同意")))).hasMessageContaining("回避");
		as("gaojie", () -> complete(task(caseFiling), withVariables("legalReviewPassed", false, "legalReviewOpinion", "证据不足，退回")));
		assertThat(caseFiling).isWaitingAt("Task_ReviewCase");
	}

	@Test
	void aCaseNotFiledEndsAndItsAlarmIsShownDoneWithTheReason() {
		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", false, "filingOpinion", "证据不足，不予立案")));

		assertThat(caseFiling).isEnded().hasPassed("EndEvent_CaseNotFiled");
		assertThat(caseStatus(caseFiling)).isEqualTo("NOT_FILED");
		assertThat(alarmStatusOfCase(caseFiling)).isEqualTo("CLOSED");
		assertThat(jdbc.sql("""
				SELECT p.note FROM alarm_progress p JOIN enforcement_case c ON c.alarm_id = p.alarm_id
				WHERE c.id = ? ORDER BY p.id DESC FETCH FIRST 1 ROWS ONLY""")
			.param(caseId(caseFiling))
			.query(String.class)
			.single()).contains("不予立案", "证据不足");
	}

	@Test
	void tasklistGetsARefusalAs400WithItsChineseReasonOnly() {
		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		String approval = task(caseFiling).getId();
		// refused by the filing step (a service task) that the approval leads into
		var sameInvestigatorTwice = Http.as(port, "sunli").post("/engine-rest/task/" + approval + "/submit-form", """
				{"variables": {"filingApproved": {"value": true}, "filingOpinion": {"value": "同意"},
				 "procedure": {"value": "GENERAL"}, "investigator1": {"value": "wangqiang"},
				 "investigator2": {"value": "wangqiang"}}}""");
		assertThat(sameInvestigatorTwice.status()).isEqualTo(400);
		assertThat(sameInvestigatorTwice.json().get("message").asText()).startsWith("调查取证须由两名不同的执法人员承办");
		approveFiling(caseFiling);
		as("wangqiang", () -> complete(task(caseFiling), investigation("EXCEEDANCE", "GENERAL", 5)));

		// refused by a task listener: the investigator co-signs his own investigation
		String cosign = task(caseFiling).getId();
		engine.getTaskService().setAssignee(cosign, "wangqiang");
		var ownCosign = Http.as(port, "wangqiang").post("/engine-rest/task/" + cosign + "/submit-form", """
				{"variables": {"cosignConfirmed": {"value": true}, "cosignOpinion": {"value": "确认"}}}""");
		assertThat(ownCosign.status()).isEqualTo(400);
		assertThat(ownCosign.json().get("message").asText()).startsWith("调查取证须由两名执法人员共同完成")
			.doesNotContain("ENGINE-", "Cannot submit");
		assertThat(caseFiling).isWaitingAt("Task_CosignInvestigation");

		// a task that does not exist is still Camunda's own answer
		assertThat(Http.as(port, "wangqiang").post("/engine-rest/task/no-such-task/submit-form", "{}").status())
			.isNotEqualTo(400);
	}

	@Test
	void returnedCosignSendsTheInvestigationBack() {
		ProcessInstance caseFiling = filedCase(newFirm());
		as("wangqiang", () -> complete(task(caseFiling), investigation("OTHER", "GENERAL", 1)));
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", false, "cosignOpinion", "询问笔录不完整")));
		assertThat(caseFiling).isWaitingAt("Task_Investigate");
	}

	@Test
	void aDefenceNeverLeadsToAHeavierPenaltyAndSilenceWaivesTheHearing() {
		ProcessInstance caseFiling = filedCase(newFirm());
		investigate(caseFiling, "MONITORING_EQUIPMENT", "GENERAL", 10);
		as("sunli", () -> complete(task(caseFiling), penaltyReview(50000L)));
		assertThat(caseFiling).isWaitingAt("Task_RecordPartyResponse").variables().containsEntry("hearingRight", false);

		moveClockDays(6);
		execute(job("BoundaryEvent_ResponsePeriodEnded", caseFiling));
		assertThat(caseFiling).hasPassed("Task_RecordWaiver").isWaitingAt("Task_DecidePenalty");

		assertThatThrownBy(() -> as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", 60000L,
				"decisionOpinion", "加重")))).hasMessageContaining("不得因当事人陈述、申辩而加重处罚");
		as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", 50000L, "decisionOpinion", "维持")));
		assertThat(caseFiling).isWaitingAt("Task_ServeDecision");
	}

	@Test
	void lateServiceAndLatePaymentAreEscalatedAndTheSurchargeIsThreePercentADayCappedAtTheFine() {
		ProcessInstance caseFiling = decidedCase(newFirm(), 20000L, false);
		moveClockDays(8);
		execute(job("BoundaryEvent_ServiceOverdue", caseFiling));
		assertThat(caseFiling).hasPassed("Task_NotifyServiceOverdue").isWaitingAt("Task_ServeDecision");
		assertThat(outboxSubjects(caseFiling)).anyMatch(s -> s.contains("送达处罚决定书"));

		LocalDate servedOn = today();
		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "POST", "servedOn", servedOn.toString())));
		moveClockDays(16);
		execute(job("BoundaryEvent_PaymentOverdue", caseFiling));
		assertThat(outboxSubjects(caseFiling)).anyMatch(s -> s.contains("缴纳罚款"));

		LocalDate paidOn = servedOn.plusDays(25);
		assertThatThrownBy(() -> as("wangqiang", () -> complete(task(caseFiling), withVariables("executionOutcome", "PAID",
				"paidOn", paidOn.toString(), "amountPaid", 20000L)))).hasMessageContaining("应缴 26000 元");
		as("wangqiang", () -> complete(task(caseFiling), withVariables("executionOutcome", "PAID", "paidOn", paidOn.toString(),
				"amountPaid", 26000L)));
		assertThat(caseColumn(caseFiling, "late_surcharge", BigDecimal.class)).isEqualByComparingTo("6000");

		LocalDate muchLater = servedOn.plusDays(100);
		assertThat(surcharge(20000, servedOn, muchLater)).isEqualByComparingTo("20000");
	}

	@Test
	void refusingToCorrectBringsTheDailyContinuousPenaltyInRepeatedCycles() {
		ProcessInstance caseFiling = decidedCase(newFirm(), 50000L, true);
		assertThat(documentKinds(caseFiling)).contains("CORRECTION_ORDER");
		LocalDate servedOn = today();
		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "DIRECT", "servedOn", servedOn.toString())));
		Task reInspection = reInspection(caseFiling);
		assertThat(reInspection.getDueDate()).isAfter(date(servedOn.plusDays(29))).isBefore(date(servedOn.plusDays(31)));

		moveClockDays(31);
		execute(job("BoundaryEvent_ReInspectionOverdue", caseFiling));
		assertThat(outboxSubjects(caseFiling)).anyMatch(s -> s.contains("复查"));

		as("wangqiang", () -> engine.getTaskService().complete(reInspection.getId(), Map.of("reInspectedOn",
				servedOn.plusDays(12).toString(), "stillViolating", true, "reInspectionRecord", "暗查发现仍超标排放")));
		Task decide = engine.getTaskService().createTaskQuery().processInstanceId(caseFiling.getId())
			.taskDefinitionKey("Task_DecideDailyPenalty").singleResult();
		assertThat(engine.getRuntimeService().getVariable(caseFiling.getId(), "dailyPenaltyAmount")).isEqualTo(600000.0);
		as("sunli", () -> engine.getTaskService().complete(decide.getId(), Map.of("dailyPenaltyApproved", true,
				"dailyPenaltyOpinion", "拒不改正，按日连续处罚")));

		Task second = reInspection(caseFiling);
		as("wangqiang", () -> engine.getTaskService().complete(second.getId(), Map.of("reInspectedOn", today().toString(),
				"stillViolating", false, "reInspectionRecord", "已停止超标排放")));
		assertThat(caseColumn(caseFiling, "daily_penalty", BigDecimal.class)).isEqualByComparingTo("600000");
		assertThat(documentKinds(caseFiling).stream().filter("CORRECTION_ORDER"::equals).count()).isEqualTo(2);
		// each correction order has a number of its own, not the case's
		List<String> orderFiles = jdbc.sql("""
				SELECT d.file_name FROM case_document d JOIN enforcement_case c ON c.id = d.case_id
				WHERE c.process_instance_id = ? AND d.kind = 'CORRECTION_ORDER' ORDER BY d.id""")
			.param(caseFiling.getId())
			.query(String.class)
			.list();
		assertThat(orderFiles).hasSize(2).allMatch(name -> name.matches("襄环责改〔\\d{4}〕\\d+号-责令改正违法行为决定书\\.pdf"))
			.doesNotHaveDuplicates();
		assertThat(pdfText(caseFiling, "CORRECTION_ORDER")).contains(orderFiles.get(1).substring(0, orderFiles.get(1).indexOf('-')))
			.doesNotContain("襄环罚〔");

		Task payment = engine.getTaskService().createTaskQuery().processInstanceId(caseFiling.getId())
			.taskDefinitionKey("Task_RecordPayment").singleResult();
		as("wangqiang", () -> engine.getTaskService().complete(payment.getId(), Map.of("executionOutcome", "COURT_ENFORCEMENT")));
		assertThat(caseFiling).isWaitingAt("Task_ApproveClosing");
	}

	@Test
	void theDecisionClockAsksForAnExtensionNearItsEndAndAnApprovedExtensionMovesIt() {
		ProcessInstance caseFiling = filedCase(newFirm());
		Date due = dateVariable(caseFiling, "decisionDueAt");
		assertThat(daysBetween(new Date(), due)).isBetween(89L, 90L);

		execute(job("StartEvent_DecisionClockTick", caseFiling));
		assertThat(openTask(caseFiling, "Task_ApproveExtension")).isNull();

		moveClockDays(82);
		execute(job("StartEvent_DecisionClockTick", caseFiling));
		Task extension = openTask(caseFiling, "Task_ApproveExtension");
		assertThat(extension).isNotNull();
		assertThatThrownBy(() -> as("sunli", () -> engine.getTaskService().complete(extension.getId(),
				Map.of("extensionApproved", true, "extensionDays", 45L, "extensionReason", "需鉴定")))).hasMessageContaining("1–30");
		as("sunli", () -> engine.getTaskService().complete(extension.getId(), Map.of("extensionApproved", true, "extensionDays",
				30L, "extensionReason", "需委托监测")));
		assertThat(daysBetween(due, dateVariable(caseFiling, "decisionDueAt"))).isEqualTo(30L);
		assertThat(caseColumn(caseFiling, "extension_days", Integer.class)).isEqualTo(30);
		assertThat(chainEntry(caseFiling, "延期审批")).as("the extension, by the supervisor who approved it")
			.containsEntry("actor", "sunli").extractingByKey("description").asString()
			.contains("批准延长办案期限 30 日至", "需委托监测");

		execute(job("StartEvent_DecisionClockTick", caseFiling));
		assertThat(openTask(caseFiling, "Task_ApproveExtension")).isNull();
	}

	@Test
	void simplifiedProcedureDecidesSmallFinesOnTheSpotAndRefusesLargerOnes() {
		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "事实清楚",
				"procedure", "SIMPLIFIED")));
		assertThat(task(caseFiling)).isAssignedTo("wangqiang");
		Map<String, Object> spot = Map.of("facts", "露天焚烧少量废弃物", "evidenceList", "现场照片", "violatedProvision", "第七条",
				"penaltyProvision", "第一百一十九条");
		assertThatThrownBy(() -> as("wangqiang", () -> complete(task(caseFiling), with(spot, "fineAmount", 5000L))))
			.isInstanceOf(BadUserRequestException.class).hasMessageContaining("3000");
		as("wangqiang", () -> complete(task(caseFiling), with(spot, "fineAmount", 2000L)));

		assertThat(caseFiling).hasPassed("Task_RecordSimplifiedDecision").hasNotPassed("Task_Investigate");
		assertThat(documentKinds(caseFiling)).containsExactly("FILING_APPROVAL", "PENALTY_DECISION");
		assertThat(caseStatus(caseFiling)).isEqualTo("SERVED");
		as("wangqiang", () -> complete(taskAt(caseFiling, "Task_RecordPayment"), withVariables("executionOutcome", "PAID",
				"paidOn", today().toString(), "amountPaid", 2000L)));
		assertThat(caseFiling).isWaitingAt("Task_ApproveClosing");
	}

	@Test
	void noPenaltyAndTransferEndInClosingWithoutADecision() {
		ProcessInstance minor = filedCase(newFirm());
		investigate(minor, "OTHER", "MINOR", 1);
		as("sunli", () -> complete(task(minor), withVariables("caseOutcome", "NO_PENALTY", "reviewOpinion", "首次违法且已及时改正")));
		assertThat(minor).hasPassed("Task_RecordNoPenalty").isWaitingAt("Task_ApproveClosing");
		as("sunli", () -> complete(task(minor), withVariables("closingOpinion", "不予处罚，结案")));
		assertThat(minor).isEnded().hasNotPassed("Task_DecidePenalty");
		assertThat(caseColumn(minor, "outcome", String.class)).isEqualTo("NO_PENALTY");

		ProcessInstance crime = filedCase(newFirm());
		investigate(crime, "DATA_FALSIFICATION", "SERIOUS", 90);
		as("sunli", () -> complete(task(crime), withVariables("caseOutcome", "TRANSFER", "reviewOpinion", "涉嫌污染环境罪")));
		as("sunli", () -> complete(task(crime), withVariables("receivingAuthority", "襄阳市公安局环境犯罪侦查支队",
				"transferReason", "涉嫌篡改自动监测数据")));
		assertThat(crime).hasPassed("Task_RecordTransfer").isWaitingAt("Task_ApproveClosing");
		assertThat(caseColumn(crime, "outcome", String.class)).isEqualTo("TRANSFER");
	}

	@Test
	void aPenaltyDecisionCountsOnceAsAViolationAndTakesTheFirmOffThePositiveListWithTheReason() {
		String firm = newFirm();
		ProcessInstance caseFiling = filedCase(firm);
		enterprises.importPositiveList(today().getYear(), List.of(firm));
		assertThat(enterprises.find(firm).orElseThrow().positiveList()).isTrue();
		decide(caseFiling, 20000L, false);

		assertThat(caseFiling).isWaitingAt("Task_ServeDecision");
		assertThat(enterprises.find(firm).orElseThrow().positiveList()).isFalse();
		assertThat(enterprises.positiveListHistory(firm)).anyMatch(e -> e.toString().contains("受到生态环境行政处罚"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM confirmed_violation WHERE enterprise_code = ?").param(firm)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theCaseRegistryShowsCasesTheirTimelineDocumentsAndDeadlinesToThoseWhoMaySeeThem() {
		ProcessInstance caseFiling = decidedCase(newFirm(), 20000L, false);
		long id = caseId(caseFiling);

		var details = Http.as(port, "sunli").get("/api/cases/" + id);
		assertThat(details.status()).isEqualTo(200);
		var json = details.json();
		assertThat(json.at("/caseInfo/caseNumber").asText()).matches("襄环罚〔\\d{4}〕\\d+号");
		assertThat(json.at("/caseInfo/statusLabel").asText()).isEqualTo("已作出处罚决定");
		assertThat(json.at("/caseInfo/officers").toString()).contains("wangqiang", "liuyang");
		assertThat(json.at("/timeline").findValuesAsText("stage")).contains("立案", "案件审查", "事先告知", "处罚决定");
		assertThat(json.at("/documents").findValuesAsText("kind")).containsExactly("FILING_APPROVAL", "PRIOR_NOTICE",
				"PENALTY_DECISION");
		assertThat(json.at("/deadlines").findValuesAsText("stage")).contains("送达处罚决定书");

		var pdf = Http.as(port, "wangqiang").get(json.at("/documents/2/href").asText());
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF");
		assertThat(Http.as(port, "zhaolei").get("/api/cases/" + id).status()).isEqualTo(404);
		assertThat(Http.as(port, "ent0001").get("/api/cases/" + id).status()).isEqualTo(403);
		assertThat(Http.anonymous(port).get("/api/cases").status()).isEqualTo(401);

		assertThat(Http.as(port, "wangqiang").get("/api/cases").json().findValuesAsText("id")).contains(Long.toString(id));
		assertThat(Http.as(port, "zhaolei").get("/api/cases").json().findValuesAsText("id")).doesNotContain(Long.toString(id));
		assertThat(Http.as(port, "sunli").get("/api/cases?status=NOPE").status()).isEqualTo(400);
		assertThat(Http.as(port, "wangqiang").get("/api/cases/deadlines").status()).isEqualTo(403);
		assertThat(Http.as(port, "sunli").get("/api/cases/deadlines?within=P8D").json().findValuesAsText("caseId"))
			.contains(Long.toString(id));
		// the deadlines find their cases by process instance, however many cases there are
		List<String> manyIds = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, 1200)
			.mapToObj(i -> "no-such-instance-" + i)
			.toList());
		manyIds.add(700, caseFiling.getId());
		assertThat(records.byProcessInstances(manyIds)).containsOnlyKeys(caseFiling.getId())
			.allSatisfy((instance, row) -> assertThat(row.id()).isEqualTo(id));

		// the forms' links open with the Tasklist session, no second login
		String href = json.at("/documents/2/href").asText();
		assertThat(Http.anonymous(port).get(href).status()).isEqualTo(401);
		assertThat(downloadWithTasklistSession("wangqiang", href)).isEqualTo(200);
		assertThat(downloadWithTasklistSession("zhaolei", href)).isEqualTo(404);

		var onMap = Http.as(port, "sunli").get("/api/map/markers?types=CASE").json();
		assertThat(onMap.findValuesAsText("id")).contains(Long.toString(id));
		assertThat(onMap.findValuesAsText("type")).containsOnly("CASE");
	}

	private int downloadWithTasklistSession(String user, String href) {
		var cookies = new java.net.CookieManager();
		var client = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://localhost:" + port;
		try {
			// as a browser does: the first page sets the XSRF-TOKEN cookie that the login must echo
			client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/camunda/app/tasklist/default/")).GET()
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
			String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.findFirst().orElseThrow().getValue();
			var login = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
					+ "/camunda/api/admin/auth/user/default/login/tasklist"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", xsrf)
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).as("Tasklist login of " + user).isEqualTo(200);
			return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + href)).GET().build(),
					java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// --- driving the process -------------------------------------------------------------------

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-CF" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳测试" + code + "化工有限公司", "91420600" + String.format("%010d", unique), "湖北省襄阳市高新区团山镇测试路1号", 112.19,
				32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"), "wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

	private ProcessInstance caseAtFilingApproval(String firm) {
		String loopId = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().processInstanceId();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(loopId).singleResult();
		if (task(loop).getTaskDefinitionKey().equals("Task_ApproveOnSiteVisit")) {
			complete(task(loop), withVariables("onSiteVisitApproved", true));
		}
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "现场检测颗粒物超标",
				"findings", "超标排放颗粒物", "violationFound", true, "evidencePhotos", 1L, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令停止超标排放"));
		complete(task(loop), withVariables("approved", true, "reviewComment", "属实"));
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("case-filing")
			.processInstanceBusinessKey(loop.getBusinessKey()).singleResult();
	}

	private ProcessInstance filedCase(String firm) {
		ProcessInstance caseFiling = caseAtFilingApproval(firm);
		approveFiling(caseFiling);
		assertThat(caseFiling).isWaitingAt("Task_Investigate");
		return caseFiling;
	}

	private void approveFiling(ProcessInstance caseFiling) {
		as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "符合立案条件",
				"procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang")));
	}

	private void investigate(ProcessInstance caseFiling, String type, String severity, int days) {
		as("wangqiang", () -> complete(task(caseFiling), investigation(type, severity, days)));
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));
	}

	private ProcessInstance decidedCase(String firm, long fine, boolean correction) {
		ProcessInstance caseFiling = filedCase(firm);
		decide(caseFiling, fine, correction);
		return caseFiling;
	}

	private void decide(ProcessInstance caseFiling, long fine, boolean correction) {
		investigate(caseFiling, "EXCEEDANCE", "GENERAL", 5);
		Map<String, Object> review = new HashMap<>(penaltyReview(fine));
		review.put("correctionOrdered", correction);
		review.put("correctionDemand", "立即停止超标排放，完成除尘设施检修");
		as("sunli", () -> complete(task(caseFiling), review));
		as("wangqiang", () -> complete(task(caseFiling), withVariables("partyStatement", "无", "hearingRequested", false)));
		as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", fine, "decisionOpinion", "同意")));
	}

	private static Map<String, Object> investigation(String type, String severity, int days) {
		return withVariables("facts", "当事人除尘设施故障期间继续生产，超标排放颗粒物", "evidenceList", "现场检查笔录\n在线监测数据\n现场照片",
				"inquiryRecord", "法定代表人承认设施故障", "violationType", type, "severity", severity, "durationDays", (long) days,
				"correctedPromptly", false, "violatedProvision", "《中华人民共和国大气污染防治法》第十八条");
	}

	private static Map<String, Object> penaltyReview(long fine) {
		return withVariables("caseOutcome", "PENALTY", "fineAmount", fine, "penaltyProvision", "《中华人民共和国大气污染防治法》第九十九条",
				"correctionOrdered", false, "reviewOpinion", "事实清楚，证据确凿");
	}

	private static Map<String, Object> with(Map<String, Object> base, Object... more) {
		Map<String, Object> all = new HashMap<>(base);
		for (int i = 0; i < more.length; i += 2) {
			all.put((String) more[i], more[i + 1]);
		}
		return all;
	}

	private void as(String user, Runnable action) {
		List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
			.map(g -> g.getId()).toList();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			action.run();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

	private Task reInspection(ProcessInstance caseFiling) {
		return openTask(caseFiling, "Task_ReInspect");
	}

	private Task openTask(ProcessInstance caseFiling, String key) {
		return engine.getTaskService().createTaskQuery().processInstanceId(caseFiling.getId()).taskDefinitionKey(key).singleResult();
	}

	private Task taskAt(ProcessInstance caseFiling, String key) {
		return openTask(caseFiling, key);
	}

	private static void moveClockDays(int days) {
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L));
	}

	private static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
	}

	private static long daysBetween(Date from, Date to) {
		return Math.round((to.getTime() - from.getTime()) / 86_400_000.0);
	}

	private static BigDecimal surcharge(long fine, LocalDate servedOn, LocalDate paidOn) {
		long late = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(servedOn.plusDays(15), paidOn));
		return BigDecimal.valueOf(fine).multiply(new BigDecimal("0.03")).multiply(BigDecimal.valueOf(late)).min(BigDecimal.valueOf(fine));
	}

	private Date dateVariable(ProcessInstance caseFiling, String name) {
		return (Date) engine.getRuntimeService().getVariable(caseFiling.getId(), name);
	}

	private String alarmStatusOfCase(ProcessInstance caseFiling) {
		return jdbc.sql("SELECT a.status FROM alarm a JOIN enforcement_case c ON c.alarm_id = a.id WHERE c.id = ?")
			.param(caseId(caseFiling))
			.query(String.class)
			.single();
	}

	private long caseId(ProcessInstance caseFiling) {
		return caseColumn(caseFiling, "id", Long.class);
	}

	private String caseStatus(ProcessInstance caseFiling) {
		return caseColumn(caseFiling, "status", String.class);
	}

	private <T> T caseColumn(ProcessInstance caseFiling, String column, Class<T> type) {
		return jdbc.sql("SELECT " + column + " FROM enforcement_case WHERE process_instance_id = ?")
			.param(caseFiling.getId())
			.query(type)
			.single();
	}

	private String enterpriseName(ProcessInstance caseFiling) {
		return jdbc.sql("SELECT e.name FROM enforcement_case c JOIN enterprise e ON e.code = c.enterprise_code WHERE c.process_instance_id = ?")
			.param(caseFiling.getId()).query(String.class).single();
	}

	private List<String> documentKinds(ProcessInstance caseFiling) {
		return jdbc.sql("SELECT d.kind FROM case_document d JOIN enforcement_case c ON c.id = d.case_id WHERE c.process_instance_id = ? ORDER BY d.id")
			.param(caseFiling.getId()).query(String.class).list();
	}

	private String pdfText(ProcessInstance caseFiling, String kind) {
		byte[] pdf = jdbc.sql("SELECT d.content FROM case_document d JOIN enforcement_case c ON c.id = d.case_id WHERE c.process_instance_id = ? AND d.kind = ? ORDER BY d.id DESC")
			.params(caseFiling.getId(), kind).query((rs, i) -> rs.getBytes(1)).list().get(0);
		try (var document = Loader.loadPDF(pdf)) {
			// compared without white space: the layout breaks lines wherever a line is full
			return new PDFTextStripper().getText(document).replaceAll("\\s", "");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private List<String> outboxSubjects(ProcessInstance caseFiling) {
		String number = caseColumn(caseFiling, "case_number", String.class);
		return jdbc.sql("SELECT subject FROM mail_outbox WHERE subject LIKE ?").param("%" + number + "%").query(String.class).list();
	}

}
