package cn.eco.enforcement.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import cn.eco.enforcement.support.Alarms;
import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Task cards say what and where: every user task's name carries the activity, the firm or station,
 * the matter and the reference; its description the address and deadline in Beijing time; its card
 * variables the place, township, deadline and urgency. A task offered to exactly one officer is that
 * officer's from the start: the filing approval goes to the one approving supervisor, the legal review
 * to the legal reviewer.
 */
@IntegrationTest
class TaskCardsTests {

	private static final AtomicInteger FIRMS = new AtomicInteger();

	private static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Shanghai"));

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

	@AfterEach
	void clearUser() {
		engine.getIdentityService().clearAuthentication();
	}

	@Test
	void signForCardNamesTheFirmTheFactorByNameTheExceedanceAndTheAlarm() {
		AlarmView alarm = alarms.raise(Alarms.seriousExceedanceAt("ENT-0001")).alarm();
		Task signFor = taskOf(alarm.processInstanceId());

		assertThat(signFor.getName()).isEqualTo("签收｜襄阳恒瑞汽车零部件有限公司｜化学需氧量 COD 超标 2 倍｜告警 #" + alarm.id());
		assertThat(signFor.getDescription()).isEqualTo("地址：湖北省襄阳市高新区团山镇台子湾路18号（团山镇）\n办理期限："
				+ BEIJING.format(signFor.getDueDate().toInstant()));
		assertThat(cardVariables(signFor)).containsEntry("taskSubject", "襄阳恒瑞汽车零部件有限公司")
			.containsEntry("taskTownship", "团山镇")
			.containsEntry("taskDueAt", BEIJING.format(signFor.getDueDate().toInstant()))
			.containsEntry("taskUrgency", "紧急");
		assertThat(signFor.getPriority()).as("a serious alarm is escalated").isEqualTo(90);
		assertThat((String) engine.getRuntimeService().getVariable(alarm.processInstanceId(), "alarmSummary"))
			.as("the form's alarm summary names the factor with its abbreviation and unit, not by its code")
			.contains("因子：化学需氧量 COD mg/L  实测 150，限值 50")
			.doesNotContain("w01018");
	}

	@Test
	void everyStepOfTheLoopKeepsItsActivityNameFirstAndTheSameContext() {
		AlarmView alarm = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm();
		ProcessInstance loop = instance(alarm.processInstanceId());
		String context = "｜襄阳恒瑞汽车零部件有限公司｜化学需氧量 COD 超标 0.3 倍｜告警 #" + alarm.id();
		assertThat(cardVariables(task(loop))).as("signed for within hours").containsEntry("taskUrgency", "较急");

		complete(task(loop));
		assertThat(task(loop).getName()).isEqualTo("现场处置" + context);
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "排口采样", "violationFound", false));
		assertThat(task(loop).getName()).isEqualTo("处置反馈" + context);
		assertThat(task(loop).getDescription()).endsWith("办理期限：未设定");
		assertThat(cardVariables(task(loop))).containsEntry("taskDueAt", "未设定").containsEntry("taskUrgency", "一般");
		complete(task(loop), withVariables("feedbackSummary", "仪表漂移，已校准"));
		assertThat(task(loop).getName()).isEqualTo("中队长审核" + context);
	}

	@Test
	void cardCaptionsStayOffTheRecordWhileTheLoopsVariablesAndTheTaskNamesAreKept() {
		AlarmView alarm = alarms.raise(Alarms.moderateExceedanceAt("ENT-0001")).alarm();
		ProcessInstance loop = instance(alarm.processInstanceId());
		complete(task(loop));
		engine.getRuntimeService().setVariable(loop.getId(), "taskSubject", "流程变量");
		HistoryService history = engine.getHistoryService();

		assertThat(cardVariables(task(loop))).as("the on-site task's card").containsKey("taskSubject");
		List<HistoricVariableInstance> recorded = history.createHistoricVariableInstanceQuery()
			.processInstanceId(loop.getId())
			.list();
		assertThat(recorded).as("no card caption of the sign-for task or of the on-site task is in history")
			.noneMatch(variable -> variable.getTaskId() != null && variable.getName().startsWith("task"));
		assertThat(recorded).extracting(HistoricVariableInstance::getName)
			.as("the loop's own variables, and a process variable that shares a card variable's name, are")
			.contains("alarmId", "enterpriseCode", "supervisionMode", "taskSubject");
		assertThat(history.createHistoricDetailQuery().processInstanceId(loop.getId()).list())
			.noneMatch(detail -> detail instanceof HistoricVariableUpdate update && detail.getTaskId() != null
					&& update.getVariableName().startsWith("task"));
		assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(loop.getId()).list())
			.extracting(HistoricTaskInstance::getName)
			.as("what the cards said is in the tasks' names")
			.containsExactlyInAnyOrder("签收｜襄阳恒瑞汽车零部件有限公司｜化学需氧量 COD 超标 0.3 倍｜告警 #" + alarm.id(),
					"现场处置｜襄阳恒瑞汽车零部件有限公司｜化学需氧量 COD 超标 0.3 倍｜告警 #" + alarm.id());
	}

	@Test
	void escalatedAlarmIsUrgentAndAStationAlarmNamesTheStation() {
		Task escalated = taskOf(alarms.raise(Alarms.moderateExceedanceAt("ENT-0003")).alarm().processInstanceId());
		AlarmView ambient = alarms.raise(Alarms.ambientAlarmAt("ST-TZW")).alarm();
		Task station = taskOf(ambient.processInstanceId());

		assertThat(escalated.getPriority()).isEqualTo(90);
		assertThat(cardVariables(escalated)).containsEntry("taskUrgency", "紧急");
		assertThat(station.getName()).isEqualTo("签收｜台子湾路站｜PM2.5 超标 0.3 倍｜告警 #" + ambient.id());
		assertThat(station.getDescription()).startsWith("地址：监测站点 台子湾路站（团山镇）");
	}

	@Test
	void filingApprovalGoesToTheApprovingSupervisorAndLegalReviewToTheLegalReviewer() {
		String firm = newFirm();
		ProcessInstance caseFiling = caseAtFilingApproval(firm);
		String leadNumber = (String) engine.getRuntimeService().getVariable(caseFiling.getId(), "caseNumber");

		Task approval = task(caseFiling);
		assertThat(approval.getName()).isEqualTo("立案审批｜襄阳卡片" + firm + "化工有限公司｜化学需氧量 COD 超标 0.3 倍｜案件 " + leadNumber);
		assertThat(approval.getDescription()).startsWith("地址：湖北省襄阳市高新区团山镇测试路1号（团山镇）\n办理期限：");
		assertThat(approval).isAssignedTo("sunli");

		as("sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion", "符合立案条件",
				"procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang")));
		String caseNumber = (String) engine.getRuntimeService().getVariable(caseFiling.getId(), "caseNumber");
		assertThat(task(caseFiling).getName()).isEqualTo("调查取证｜襄阳卡片" + firm + "化工有限公司｜化学需氧量 COD 超标 0.3 倍｜案件 " + caseNumber);
		as("wangqiang", () -> complete(task(caseFiling), withVariables("facts", "超标排放", "evidenceList", "现场检查笔录",
				"inquiryRecord", "承认", "violationType", "EXCEEDANCE", "severity", "SERIOUS", "durationDays", 40L,
				"correctedPromptly", false, "violatedProvision", "《中华人民共和国大气污染防治法》第十八条")));
		as("liuyang", () -> complete(task(caseFiling), withVariables("cosignConfirmed", true, "cosignOpinion", "确认")));
		assertThat(caseFiling).isWaitingAt("Task_ReviewCase");
		assertThat(task(caseFiling)).isAssignedTo("sunli");
		as("sunli", () -> complete(task(caseFiling), withVariables("caseOutcome", "PENALTY", "fineAmount", 600000L,
				"penaltyProvision", "《中华人民共和国大气污染防治法》第九十九条第二项", "correctionOrdered", false,
				"reviewOpinion", "建议从重处罚")));

		assertThat(caseFiling).isWaitingAt("Task_LegalReview");
		assertThat(task(caseFiling)).isAssignedTo("gaojie");
		assertThat(task(caseFiling).getName()).startsWith("法制审核｜襄阳卡片" + firm + "化工有限公司｜");
	}

	@Test
	void aGroupTaskWithSeveralAvailableOfficersStaysWithTheGroup() {
		Task squadronTask = taskOf(alarms.raise(Alarms.moderateExceedanceAt("ENT-0004")).alarm().processInstanceId());

		assertThat(squadronTask.getAssignee()).isNull();
		assertThat(squadronTask.getName()).startsWith("签收｜襄阳瑞丰食品有限公司｜化学需氧量 COD 超标 0.3 倍｜告警 #");
	}

	private Task taskOf(String processInstanceId) {
		return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
	}

	private ProcessInstance instance(String id) {
		return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
	}

	private Map<String, Object> cardVariables(Task task) {
		return engine.getTaskService().getVariablesLocal(task.getId(),
				List.of("taskSubject", "taskTownship", "taskDueAt", "taskUrgency"));
	}

	private String newFirm() {
		long unique = System.nanoTime() % 10_000_000_000L;
		String code = "ENT-TC" + FIRMS.incrementAndGet() + "-" + unique % 100_000;
		var row = new EnterpriseData(code, "襄阳卡片" + code + "化工有限公司", "91420601" + String.format("%010d", unique),
				"湖北省襄阳市高新区团山镇测试路1号", 112.19, 32.04, "TS-GX-TUANSHAN", "化学原料制造", "ORDINARY", List.of("a34000"),
				"wangqiang", "liuyang", null);
		assertThat(enterprises.save(Map.of(1, row)).created()).isEqualTo(1);
		return code;
	}

	private ProcessInstance caseAtFilingApproval(String firm) {
		ProcessInstance loop = instance(alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm().processInstanceId());
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "现场检测超标", "findings",
				"超标排放", "violationFound", true, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令停止超标排放"));
		complete(task(loop), withVariables("approved", true, "reviewComment", "属实"));
		return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("case-filing")
			.processInstanceBusinessKey(loop.getBusinessKey()).singleResult();
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

}
