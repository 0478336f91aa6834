package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.identity.MatrixCase;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history clean-up works only at night, in small batches: by day the job waits and
 * removes nothing; in the 01:00–05:00 window it removes a short-lived helper process whose five years
 * are over and leaves an enforcement loop and its case, ended the same day, alone. A fixed engine
 * clock (ClockUtil) stands for the years passing. PostgreSQL, as in production.
 */
@IntegrationTest
class HistoryCleanupWindowTests {

	private static final ZoneId SERVER = ZoneId.systemDefault();

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
	void theCleanUpRunsInSmallBatchesFromOneToFiveEveryNightOfTheWeek() {
		var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryCleanupBatchSize()).as("rows per table and transaction").isEqualTo(500);
		assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).as("one job-executor thread").isEqualTo(1);
		LocalDate monday = LocalDate.of(2027, 3, 1);
		assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
		for (int day = 0; day < 7; day++) {
			LocalDate date = monday.plusDays(day);
			BatchWindow afterLunch = configuration.getBatchWindowManager().getCurrentOrNextBatchWindow(at(date, 12, 30), configuration);
			assertThat(afterLunch.getStart()).as("by day, %s: the next window", date.getDayOfWeek()).isEqualTo(at(date.plusDays(1), 1, 0));
			assertThat(afterLunch.getEnd()).isEqualTo(at(date.plusDays(1), 5, 0));
			BatchWindow atNight = configuration.getBatchWindowManager().getCurrentOrNextBatchWindow(at(date, 2, 0), configuration);
			assertThat(atNight.getStart()).as("at 02:00, %s: this night's window", date.getDayOfWeek()).isEqualTo(at(date, 1, 0));
			assertThat(configuration.getBatchWindowManager().getCurrentOrNextBatchWindow(at(date, 5, 1), configuration).getStart())
				.as("after 05:00 the window has closed").isEqualTo(at(date.plusDays(1), 1, 0));
		}
	}

	@Test
	void byDayTheCleanUpWaitsAndAtNightItRemovesExpiredHelperHistoryButNotTheLoopOrCase() {
		LocalDate ended = LocalDate.now(SERVER);
		ClockUtil.setCurrentTime(at(ended, 10, 0));
		ProcessInstance caseFiling = MatrixCase.awaitingFilingApproval(engine, alarms, newFirm());
		MatrixCase.as(engine, "sunli", () -> complete(task(caseFiling), withVariables("filingApproved", false,
				"filingOpinion", "证据不足，不予立案")));
		assertThat(caseFiling).isEnded();
		String loop = loopOf(caseFiling);
		ProcessInstance review = engine.getRuntimeService().startProcessInstanceByKey("positive-list-removal",
				Map.of("enterpriseCode", "ENT-NONE", "enterpriseName", "测试企业", "removalReason", "测试", "proposalSummary", "测试"));
		complete(task(review), withVariables("removalApproved", false, "removalComment", "保留"));
		assertThat(review).isEnded();

		LocalDate fiveYearsOn = ended.plusDays(1826);
		ClockUtil.setCurrentTime(at(fiveYearsOn, 14, 0));
		Job cleanUp = engine.getHistoryService().cleanUpHistoryAsync(false);
		assertThat(cleanUp.getDuedate()).as("by day the clean-up waits for the night").isEqualTo(at(fiveYearsOn.plusDays(1), 1, 0));
		engine.getManagementService().executeJob(cleanUp.getId());
		assertThat(historicInstances(review.getId())).as("run by day anyway, it removes nothing").isOne();

		ClockUtil.setCurrentTime(at(fiveYearsOn.plusDays(1), 1, 30));
		for (int round = 0; round < 10; round++) {
			Job due = engine.getManagementService().createJobQuery().jobId(cleanUp.getId()).singleResult();
			if (due == null || due.getDuedate().after(ClockUtil.getCurrentTime())) {
				break;
			}
			engine.getManagementService().executeJob(due.getId());
		}

		assertThat(historicInstances(review.getId())).as("a positive-list review ended five years ago is removed at night").isZero();
		assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(review.getId()).count())
			.as("with its steps").isZero();
		assertThat(historicInstances(caseFiling.getId())).as("the case is kept (30 years)").isOne();
		assertThat(historicInstances(loop)).as("its loop is kept (30 years)").isOne();
		assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(loop).count())
			.as("with the loop's variables").isPositive();
	}

	private static Date at(LocalDate date, int hour, int minute) {
		return Date.from(LocalDateTime.of(date, LocalTime.of(hour, minute)).atZone(SERVER).toInstant());
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

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-HC" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳清理测试" + code + "化工有限公司", "91420601" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路2号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

}
