package cn.eco.enforcement.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.assessment.statistics.InspectorMonth;
import cn.eco.enforcement.assessment.statistics.InspectorStatistics;
import cn.eco.enforcement.assessment.statistics.MonthlyTable;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** The monthly inspector table counts what the process history and case records say, for the right person and month. */
@IntegrationTest
class InspectorStatisticsTests {

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@Autowired
	InspectorStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@BeforeEach
	void initAssertions() {
		BpmnAwareTests.init(engine);
	}

	@Test
	void confirmedViolationRaisesTheHandlingInspectorsCountersForThisMonthAndNobodyElses() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), unit.inspectorB());
		YearMonth month = YearMonth.now(clock);
		Map<String, InspectorMonth> before = rows(statistics.table(month, null, null));

		ProcessInstance loop = raise(firm);
		assertThat(task(loop)).isAssignedTo(unit.inspectorA());
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", unit.inspectorB(), "inspectionRecord", "总排口采样 COD 68 mg/L",
				"findings", "超标排放", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令停止超标排放"));
		assertThat(task(loop)).isAssignedTo(unit.leader());
		complete(task(loop), withVariables("approved", true, "reviewComment", "同意"));
		ProcessInstance caseFiling = caseFilingOf(loop);
		complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "同意立案", "procedure", "GENERAL",
				"investigator1", unit.inspectorA(), "investigator2", unit.inspectorB()));

		Map<String, InspectorMonth> after = rows(statistics.table(month, null, null));
		InspectorMonth a = after.get(unit.inspectorA());
		assertThat(a).extracting(InspectorMonth::enterprisesInspected, InspectorMonth::problemsFound,
				InspectorMonth::inspectionRecords, InspectorMonth::caseLeads, InspectorMonth::casesHandled,
				InspectorMonth::casesFiled)
			.containsExactly(1L, 1L, 1L, 1L, 0L, 1L);
		assertThat(a.squadron()).isEqualTo(unit.squadron());
		assertThat(a.branch()).isEqualTo(unit.branch());
		after.remove(unit.inspectorA());
		before.remove(unit.inspectorA());
		assertThat(after).as("everybody else's row is unchanged").containsAllEntriesOf(before);
		assertThat(rows(statistics.table(month.minusMonths(1), null, null)).get(unit.inspectorA()))
			.as("nothing in the month before")
			.extracting(InspectorMonth::inspectionRecords, InspectorMonth::problemsFound, InspectorMonth::caseLeads)
			.containsExactly(0L, 0L, 0L);
	}

	@Test
	void reworkMakesASecondRecordButTheEnterpriseCountsOnceAndTheSquadronSumsItsInspectors() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), unit.inspectorB());
		String other = unit.enterprise(enterprises, "ORDINARY", unit.inspectorB(), unit.inspectorA());
		YearMonth month = YearMonth.now(clock);

		ProcessInstance loop = raise(firm);
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "简单查看", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "无问题"));
		complete(task(loop), withVariables("approved", false, "reviewComment", "补充采样"));
		complete(task(loop), withVariables("inspectionRecord", "补充采样，达标", "violationFound", false));
		complete(task(loop), withVariables("feedbackSummary", "复核无违法"));
		complete(task(loop), withVariables("approved", true));
		ProcessInstance second = raise(other);
		complete(task(second));
		complete(task(second), withVariables("inspectionRecord", "设施正常", "violationFound", false));

		MonthlyTable table = statistics.table(month, unit.squadron(), null);
		Map<String, InspectorMonth> rows = rows(table);
		assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(unit.inspectors());
		assertThat(rows.get(unit.inspectorA())).extracting(InspectorMonth::enterprisesInspected,
				InspectorMonth::inspectionRecords, InspectorMonth::problemsFound, InspectorMonth::caseLeads)
			.containsExactly(1L, 2L, 0L, 0L);
		assertThat(rows.get(unit.inspectorB())).extracting(InspectorMonth::enterprisesInspected,
				InspectorMonth::inspectionRecords)
			.containsExactly(1L, 1L);
		assertThat(table.squadrons()).singleElement()
			.satisfies(s -> assertThat(s.enterprisesInspected()).isEqualTo(2))
			.satisfies(s -> assertThat(s.inspectionRecords()).isEqualTo(3))
			.satisfies(s -> assertThat(s.inspectors()).isEqualTo(3));
		assertThat(statistics.table(month, null, unit.branch()).branches()).singleElement()
			.satisfies(b -> assertThat(b.unit()).isEqualTo(unit.branch()))
			.satisfies(b -> assertThat(b.inspectionRecords()).isEqualTo(3));
	}

	@Test
	void caseFilingWorkCountsEachCaseOnceForTheInspectorWhoDidIt() {
		OwnUnit unit = OwnUnit.create(jdbc, engine.getIdentityService());
		String firm = unit.enterprise(enterprises, "ORDINARY", unit.inspectorA(), null);
		ProcessInstance loop = raise(firm);
		complete(task(loop));
		complete(task(loop), withVariables("inspectionRecord", "超标", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "超标"));
		complete(task(loop), withVariables("approved", true));
		ProcessInstance caseFiling = caseFilingOf(loop);

		// Today only supervisors work on case-filing; an inspector doing a step there counts the case.
		engine.getTaskService().setAssignee(task(caseFiling).getId(), unit.inspectorC());
		complete(task(caseFiling), withVariables("filingApproved", false, "filingOpinion", "证据不足"));

		Map<String, InspectorMonth> rows = rows(statistics.table(YearMonth.now(clock), unit.squadron(), null));
		assertThat(rows.get(unit.inspectorC()).casesHandled()).isEqualTo(1);
		assertThat(rows.get(unit.inspectorA())).extracting(InspectorMonth::caseLeads, InspectorMonth::casesFiled,
				InspectorMonth::casesHandled)
			.as("a lead not filed is no filed case")
			.containsExactly(1L, 0L, 0L);
	}

	@Test
	void badMonthOrUnknownUnitIsABadRequestAndInspectorsDoNotSeeTheTable() {
		Http leader = Http.as(port, "chenjun");

		var badMonth = leader.get("/api/statistics/inspectors?month=2026-13");
		assertThat(badMonth.status()).isEqualTo(400);
		assertThat(badMonth.json().get("errors").findValuesAsText("field")).containsExactly("month");
		assertThat(leader.get("/api/statistics/inspectors?month=2999-01").status()).isEqualTo(400);
		assertThat(leader.get("/api/statistics/inspectors?squadron=NOPE").json().get("errors").findValuesAsText("field"))
			.containsExactly("squadron");
		assertThat(Http.as(port, "wangqiang").get("/api/statistics/inspectors").status()).isEqualTo(403);
		assertThat(Http.anonymous(port).get("/api/statistics/inspectors").status()).isEqualTo(401);
	}

	private ProcessInstance raise(String enterpriseCode) {
		String id = alarms.raise(Alarms.moderateExceedanceAt(enterpriseCode)).alarm().processInstanceId();
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private ProcessInstance caseFilingOf(ProcessInstance loop) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey("case-filing")
			.processInstanceBusinessKey(loop.getBusinessKey())
			.singleResult();
	}

	static Map<String, InspectorMonth> rows(MonthlyTable table) {
		return table.inspectors()
			.stream()
			.collect(Collectors.toMap(InspectorMonth::inspector, Function.identity(), (x, y) -> x,
					java.util.HashMap::new));
	}

}
