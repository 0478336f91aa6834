package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.support.Http;
import cn.eco.enforcement.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Numbers are given when the act happens: a confirmed violation goes to filing approval under a
 * case-lead number (案源编号), and only an approved filing takes a 立案 number, so refused filings leave
 * no gaps in the year's case numbers.
 */
@IntegrationTest
class CaseNumberingTests {

	private static final Pattern LEAD = Pattern.compile("襄环案源〔(\\d{4})〕(\\d+)号");

	private static final Pattern CASE = Pattern.compile("襄环罚〔(\\d{4})〕(\\d+)号");

	private static final AtomicInteger FIRMS = new AtomicInteger();

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
	void clearUser() {
		engine.getIdentityService().clearAuthentication();
	}

	@Test
	void aCaseAwaitingFilingApprovalIsKnownByItsLeadNumberAndByItsCaseNumberOnceFiled() {
		String firm = newFirm();
		ProcessInstance caseFiling = caseAtFilingApproval(firm);
		long id = caseId(caseFiling);
		Http supervisor = Http.as(port, "sunli");

		String lead = supervisor.get("/api/cases/" + id).json().at("/caseInfo/caseNumber").asText();
		assertThat(lead).matches(LEAD);
		assertThat(engine.getRuntimeService().getVariable(caseFiling.getId(), "caseNumber")).as("the approval form")
			.isEqualTo(lead);
		assertThat(numberInEnterpriseFile(firm, id)).isEqualTo(lead);
		assertThat(jdbc.sql("SELECT case_number FROM enforcement_case WHERE id = ?").param(id).query(String.class).optional())
			.as("no 立案 number before approval").isEmpty();

		approveFiling(caseFiling);

		JsonNode details = supervisor.get("/api/cases/" + id).json();
		String number = details.at("/caseInfo/caseNumber").asText();
		assertThat(number).matches(CASE);
		assertThat(engine.getRuntimeService().getVariable(caseFiling.getId(), "caseNumber")).as("forms of later tasks")
			.isEqualTo(number);
		assertThat(numberInEnterpriseFile(firm, id)).isEqualTo(number);
		assertThat(details.at("/timeline").findValuesAsText("description")).anyMatch(d -> d.contains("准予立案，案号 " + number));
		assertThat(details.at("/documents").findValuesAsText("fileName")).contains(number + "-立案审批表.pdf");
		assertThat(filingApprovalText(id)).contains(number, lead);
	}

	@Test
	void aRefusedFilingTakesNoCaseNumberSoApprovedCasesCountOnWithoutGaps() {
		ProcessInstance refused = caseAtFilingApproval(newFirm());
		ProcessInstance first = caseAtFilingApproval(newFirm());
		ProcessInstance second = caseAtFilingApproval(newFirm());

		as("sunli", () -> complete(task(refused), withVariables("filingApproved", false, "filingOpinion", "证据不足，不予立案")));
		approveFiling(first);
		approveFiling(second);

		assertThat(Http.as(port, "sunli").get("/api/cases/" + caseId(refused)).json().at("/caseInfo/caseNumber").asText())
			.as("the refused lead keeps its lead number").matches(LEAD);
		Matcher one = CASE.matcher(caseNumber(first));
		Matcher two = CASE.matcher(caseNumber(second));
		assertThat(one.matches()).isTrue();
		assertThat(two.matches()).isTrue();
		int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
		assertThat(one.group(1)).isEqualTo(Integer.toString(year));
		assertThat(Integer.parseInt(two.group(2))).isEqualTo(Integer.parseInt(one.group(2)) + 1);
		assertThat(jdbc.sql("SELECT last_number FROM case_number_sequence WHERE case_year = ?").param(year)
			.query(Integer.class).single()).as("nothing counted for the refused filing").isEqualTo(Integer.parseInt(two.group(2)));
	}

	@Test
	void theOverdueFilingMailNamesTheLeadNumber() {
		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		String lead = (String) engine.getRuntimeService().getVariable(caseFiling.getId(), "caseNumber");

		execute(job("BoundaryEvent_FilingOverdue", caseFiling));

		assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE subject LIKE ?").param("%" + lead + "%")
			.query(String.class).list()).isNotEmpty().allMatch(subject -> subject.equals("【立案审批超期】" + lead));
	}

	@Test
	void aCaseNumberedAtHandOverBeforeThisVersionKeepsItsNumberAndTakesNoNewOne() {
		ProcessInstance caseFiling = caseAtFilingApproval(newFirm());
		long id = caseId(caseFiling);
		// as an earlier version left it: numbered at hand-over, no lead number
		String old = "襄环罚〔2025〕" + (900 + FIRMS.incrementAndGet()) + "号";
		jdbc.sql("UPDATE enforcement_case SET case_number = ?, lead_number = NULL WHERE id = ?").params(old, id).update();
		engine.getRuntimeService().setVariable(caseFiling.getId(), "caseNumber", old);
		int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
		Integer before = lastCaseNumber(year);

		approveFiling(caseFiling);

		assertThat(caseNumber(caseFiling)).isEqualTo(old);
		assertThat(engine.getRuntimeService().getVariable(caseFiling.getId(), "caseNumber")).isEqualTo(old);
		assertThat(lastCaseNumber(year)).isEqualTo(before);
	}

	// --- driving the process -------------------------------------------------------------------

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-NO" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳编号" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路2号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
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

	private Integer lastCaseNumber(int year) {
		return jdbc.sql("SELECT last_number FROM case_number_sequence WHERE case_year = ?").param(year)
			.query(Integer.class).optional().orElse(null);
	}

	private long caseId(ProcessInstance caseFiling) {
		return jdbc.sql("SELECT id FROM enforcement_case WHERE process_instance_id = ?").param(caseFiling.getId())
			.query(Long.class).single();
	}

	private String caseNumber(ProcessInstance caseFiling) {
		return Http.as(port, "sunli").get("/api/cases/" + caseId(caseFiling)).json().at("/caseInfo/caseNumber").asText();
	}

	private String numberInEnterpriseFile(String firm, long caseId) {
		for (JsonNode c : Http.as(port, "sunli").get("/api/enterprises/" + firm + "/file").json().get("cases")) {
			if (c.get("id").asLong() == caseId) {
				return c.get("caseNumber").asText();
			}
		}
		throw new AssertionError("case " + caseId + " not in the file of " + firm);
	}

	private String filingApprovalText(long caseId) {
		byte[] pdf = jdbc.sql("SELECT content FROM case_document WHERE case_id = ? AND kind = 'FILING_APPROVAL'")
			.param(caseId).query((rs, i) -> rs.getBytes(1)).single();
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s", "");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
