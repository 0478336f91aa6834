package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.identity.MatrixCase;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case files and enforcement loops are kept 30 years whatever their BPMN file says, and the
 * engine's history clean-up removes a short-lived helper process once its five years are over but
 * leaves a case and its loop that ended at the same time.
 */
@IntegrationTest
class HistoryRetentionTests {

	private static final AtomicInteger FIRMS = new AtomicInteger();

	private static final long DAY = 86_400_000L;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AlarmApi alarms;

	@Autowired
	EnterpriseApi enterprises;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyVersionOfTheCaseAndLoopProcessesAndTheDiscretionTableKeepsItsHistoryThirtyYears() {
		var repository = engine.getRepositoryService();
		for (String key : List.of("case-filing", "enforcement-loop")) {
			assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(key).list())
				.isNotEmpty()
				.extracting(ProcessDefinition::getHistoryTimeToLive)
				.containsOnly(10950);
		}
		assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("penalty-discretion").list())
			.extracting(d -> d.getHistoryTimeToLive())
			.containsOnly(10950);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("positive-list-removal").latestVersion()
			.singleResult().getHistoryTimeToLive()).isEqualTo(1825);
	}

	@Test
	void aDeploymentThatAsksForLessGetsTheConfiguredPeriod() {
		String bpmn = new String(readProcess("case-filing.bpmn")).replace("camunda:historyTimeToLive=\"P10950D\"",
				"camunda:historyTimeToLive=\"P1D\"");
		var deployment = engine.getRepositoryService().createDeployment().name("shorter-retention")
			.addString("case-filing.bpmn", bpmn).deploy();
		try {
			ProcessDefinition deployed = engine.getRepositoryService().createProcessDefinitionQuery()
				.deploymentId(deployment.getId()).singleResult();
			assertThat(deployed.getHistoryTimeToLive()).isEqualTo(10950);
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
		}
	}

	@Test
	void historyCleanUpRemovesAnExpiredHelperProcessButNeverACaseOrItsLoop() {
		ProcessInstance caseFiling = MatrixCase.awaitingFilingApproval(engine, alarms, newFirm());
		MatrixCase.as(engine, "sunli", () -> complete(task(caseFiling), withVariables("filingApproved", false,
				"filingOpinion", "证据不足，不予立案")));
		assertThat(caseFiling).isEnded();
		String loop = loopOf(caseFiling);
		ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("positive-list-removal",
				Map.of("enterpriseCode", "ENT-NONE", "enterpriseName", "测试企业", "removalReason", "测试", "proposalSummary", "测试"));
		complete(task(review), withVariables("removalApproved", false, "removalComment", "保留"));
		assertThat(review).isEnded();

		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 1826 * DAY));
		cleanUpHistory();

		assertThat(historicInstances(review.getId())).as("a positive-list review ended five years ago is removed").isZero();
		assertThat(historicInstances(caseFiling.getId())).as("the case is kept").isOne();
		assertThat(historicInstances(loop)).as("its loop is kept").isOne();
		assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(caseFiling.getId())
			.count()).as("with its steps").isPositive();

		ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 10_951 * DAY));
		cleanUpHistory();

		assertThat(historicInstances(caseFiling.getId())).as("after 30 years the case goes too").isZero();
	}

	private void cleanUpHistory() {
		Job cleanUp = engine.getHistoryService().cleanUpHistoryAsync(true);
		for (int round = 0; round < 10 && cleanUp != null; round++) {
			engine.getManagementService().executeJob(cleanUp.getId());
			cleanUp = engine.getManagementService().createJobQuery().jobId(cleanUp.getId()).singleResult();
			if (cleanUp != null && cleanUp.getDuedate() != null && cleanUp.getDuedate().after(ClockUtil.getCurrentTime())) {
				break;
			}
		}
	}

	private long historicInstances(String processInstanceId) {
		return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count();
	}

	private String loopOf(ProcessInstance caseFiling) {
		String businessKey = engine.getHistoryService().createHistoricProcessInstanceQuery()
			.processInstanceId(caseFiling.getId()).singleResult().getBusinessKey();
		var loop = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("enforcement-loop")
			.processInstanceBusinessKey(businessKey).singleResult();
		assertThat(loop.getEndTime()).as("the loop has ended").isNotNull();
		return loop.getId();
	}

	private static byte[] readProcess(String name) {
		try (var in = HistoryRetentionTests.class.getResourceAsStream("/processes/" + name)) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-HR" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳测试" + code + "化工有限公司", "91420600" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路1号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

}
