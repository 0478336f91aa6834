package cn.eco.enforcement.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import cn.eco.enforcement.support.QrCodes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public page says only what is decided: an inspection is a date and a kind, a violation appears
 * once its penalty decision is served (number, date, legal basis, penalty), and a correction order while
 * it is in force.
 */
@IntegrationTest
class PublicDisclosureTests {

	private static final String PENALTY_PROVISION = "《中华人民共和国大气污染防治法》第九十九条";

	private static final String VIOLATED_PROVISION = "《中华人民共和国大气污染防治法》第十八条";

	private static final AtomicInteger FIRMS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void clearUser() {
		engine.getIdentityService().clearAuthentication();
	}

	@Test
	void aViolationAwaitingADecisionShowsOnlyAsTheDateOfAnOnSiteInspection() throws Exception {
		String firm = newFirm();
		ProcessInstance caseFiling = caseAtFilingApproval(firm);
		approveFiling(caseFiling);
		String caseNumber = caseNumber(caseFiling);

		String page = publicPage(firm);

		assertThat(page).contains("近期监管检查", today().toString(), "现场检查", "近三年无行政处罚决定", "当前无生效的责令改正违法行为决定");
		assertThat(page).doesNotContain("发现违法行为", "违法行为于", "超标排放颗粒物", "现场检测颗粒物超标", "已责令停止超标排放",
				caseNumber, "襄环", "重点监管对象", "责令改正中");
		assertThat(page.split("✕", -1)).as("no quarter marked; the legend alone names ✕").hasSize(2);
	}

	@Test
	void aServedDecisionIsPublishedWithItsNumberDateLegalBasisAndFineAndItsCorrectionOrderWhileInForce() throws Exception {
		String firm = newFirm();
		ProcessInstance caseFiling = caseAtFilingApproval(firm);
		approveFiling(caseFiling);
		decide(caseFiling, 20000L);
		String caseNumber = caseNumber(caseFiling);
		String orderNumber = jdbc.sql("""
				SELECT o.order_number FROM correction_order o JOIN enforcement_case c ON c.id = o.case_id
				WHERE c.process_instance_id = ?""").param(caseFiling.getId()).query(String.class).single();

		assertThat(publicPage(firm)).as("decided but not yet served").doesNotContain(caseNumber, orderNumber, PENALTY_PROVISION)
			.contains("近三年无行政处罚决定");

		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "DIRECT", "servedOn", today().toString())));
		String served = publicPage(firm);

		assertThat(served).contains("行政处罚决定", caseNumber, today().toString(), VIOLATED_PROVISION, PENALTY_PROVISION,
				"罚款 20000 元", "责令改正违法行为", orderNumber, "责令改正中");
		assertThat(served).doesNotContain("超标排放颗粒物", "当事人除尘设施故障", "法定代表人承认", "wangqiang", "liuyang");
		assertThat(served.split("✕", -1)).as("this quarter marked").hasSize(3);

		var reInspection = engine.getTaskService().createTaskQuery().processInstanceId(caseFiling.getId())
			.taskDefinitionKey("Task_ReInspect").singleResult();
		as("wangqiang", () -> engine.getTaskService().complete(reInspection.getId(), Map.of("reInspectedOn",
				today().toString(), "stillViolating", false, "reInspectionRecord", "已停止超标排放")));

		assertThat(publicPage(firm)).as("complied with: no longer in force").doesNotContain(orderNumber, "责令改正中")
			.contains(caseNumber, "当前无生效的责令改正违法行为决定");
	}

	@Test
	void aDailyPenaltyCycleReplacesTheCorrectionOrderInForceWithItsNewOne() throws Exception {
		String firm = newFirm();
		ProcessInstance caseFiling = caseAtFilingApproval(firm);
		approveFiling(caseFiling);
		decide(caseFiling, 20000L);
		as("wangqiang", () -> complete(task(caseFiling), withVariables("serviceMethod", "DIRECT", "servedOn", today().toString())));
		String first = orderNumbers(caseFiling).get(0);

		as("wangqiang", () -> engine.getTaskService().complete(openTask(caseFiling, "Task_ReInspect"), Map.of("reInspectedOn",
				today().toString(), "stillViolating", true, "reInspectionRecord", "暗查发现仍超标排放")));
		as("sunli", () -> engine.getTaskService().complete(openTask(caseFiling, "Task_DecideDailyPenalty"),
				Map.of("dailyPenaltyApproved", true, "dailyPenaltyOpinion", "拒不改正，按日连续处罚")));
		String second = orderNumbers(caseFiling).get(1);
		String page = publicPage(firm);

		assertThat(page).contains(second, "责令改正中").doesNotContain(first, "暗查发现仍超标排放");
		assertThat(page.split("责令改正中", -1)).as("one order in force").hasSize(2);
	}

	// --- driving the process -------------------------------------------------------------------

	private String publicPage(String firm) throws Exception {
		Http.Response page = Http.anonymous(port).get(QrCodes.publicPathOf(port, firm));
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-PD" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳公开" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路3号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
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

	private void approveFiling(ProcessInstance caseFiling) {
		as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "符合立案条件",
				"procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang")));
	}

	/** Investigation, review with a correction order, no statement, decision: waiting for service. */
	private void decide(ProcessInstance caseFiling, long fine) {
		as("wangqiang", () -> complete(task(caseFiling), withVariables("facts", "当事人除尘设施故障期间继续生产，超标排放颗粒物",
				"evidenceList", "现场检查笔录\n在线监测数据", "inquiryRecord", "法定代表人承认设施故障", "violationType", "EXCEEDANCE",
				"severity", "GENERAL", "durationDays", 5L, "correctedPromptly", false, "violatedProvision", VIOLATED_PROVISION)));
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));
		Map<String, Object> review = new HashMap<>(withVariables("caseOutcome", "PENALTY", "fineAmount", fine,
				"penaltyProvision", PENALTY_PROVISION, "correctionOrdered", true, "correctionDemand", "立即停止超标排放",
				"reviewOpinion", "事实清楚，证据确凿"));
		as("sunli", () -> complete(task(caseFiling), review));
		as("wangqiang", () -> complete(task(caseFiling), withVariables("partyStatement", "无", "hearingRequested", false)));
		as("sunli", () -> complete(task(caseFiling), withVariables("decisionFineAmount", fine, "decisionOpinion", "同意")));
		assertThat(task(caseFiling).getTaskDefinitionKey()).isEqualTo("Task_ServeDecision");
	}

	private List<String> orderNumbers(ProcessInstance caseFiling) {
		return jdbc.sql("""
				SELECT o.order_number FROM correction_order o JOIN enforcement_case c ON c.id = o.case_id
				WHERE c.process_instance_id = ? ORDER BY o.id""").param(caseFiling.getId()).query(String.class).list();
	}

	private String openTask(ProcessInstance caseFiling, String key) {
		return engine.getTaskService().createTaskQuery().processInstanceId(caseFiling.getId()).taskDefinitionKey(key)
			.singleResult().getId();
	}

	private String caseNumber(ProcessInstance caseFiling) {
		return jdbc.sql("SELECT COALESCE(case_number, lead_number) FROM enforcement_case WHERE process_instance_id = ?")
			.param(caseFiling.getId()).query(String.class).single();
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

	private static LocalDate today() {
		return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
	}

}
