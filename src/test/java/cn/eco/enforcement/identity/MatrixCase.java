package cn.eco.enforcement.identity;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;

import cn.eco.enforcement.support.Evidence;
import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.support.Alarms;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case as the officers leave it: an alarm loop at the firm found a violation, sunli approved the
 * filing with wangqiang and liuyang as investigators, and the filing-approval form was issued.
 *
 * @param loop the finished alarm loop
 * @param caseInstance the running case-filing process
 */
public record MatrixCase(long alarmId, String loop, String caseInstance, long caseId, long documentId) {

	public static MatrixCase file(ProcessEngine engine, AlarmApi alarms, JdbcClient jdbc, String firm) {
		ProcessInstance caseFiling = awaitingFilingApproval(engine, alarms, firm);
		long alarmId = jdbc.sql("SELECT alarm_id FROM enforcement_case WHERE process_instance_id = ?").param(caseFiling.getId())
			.query(Long.class).single();
		String loopId = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("enforcement-loop")
			.processInstanceBusinessKey(caseFiling.getBusinessKey()).singleResult().getId();
		as(engine, "sunli", () -> complete(task(caseFiling), withVariables("filingApproved", true, "filingOpinion",
				"符合立案条件", "procedure", "GENERAL", "investigator1", "wangqiang", "investigator2", "liuyang")));
		long caseId = jdbc.sql("SELECT id FROM enforcement_case WHERE process_instance_id = ?").param(caseFiling.getId())
			.query(Long.class).single();
		long documentId = jdbc.sql("SELECT id FROM case_document WHERE case_id = ? ORDER BY id").param(caseId)
			.query(Long.class).list().get(0);
		return new MatrixCase(alarmId, loopId, caseFiling.getId(), caseId, documentId);
	}

	/** The alarm loop at the firm found a violation and ended; its case-filing waits for sunli's filing approval. */
	public static ProcessInstance awaitingFilingApproval(ProcessEngine engine, AlarmApi alarms, String firm) {
		BpmnAwareTests.init(engine);
		var alarm = alarms.raise(Alarms.moderateExceedanceAt(firm)).alarm();
		ProcessInstance loop = engine.getRuntimeService().createProcessInstanceQuery()
			.processInstanceId(alarm.processInstanceId()).singleResult();
		if (task(loop).getTaskDefinitionKey().equals("Task_ApproveOnSiteVisit")) {
			complete(task(loop), withVariables("onSiteVisitApproved", true));
		}
		complete(task(loop));
		complete(task(loop), withVariables("companionInspector", "liuyang", "inspectionRecord", "现场检测颗粒物超标",
				"findings", "超标排放颗粒物", "violationFound", true, "evidencePhotos", 1L, "evidence", Evidence.photo()));
		complete(task(loop), withVariables("feedbackSummary", "已责令停止超标排放"));
		complete(task(loop), withVariables("approved", true, "reviewComment", "属实"));
		return engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey("case-filing").processInstanceBusinessKey(loop.getBusinessKey()).singleResult();
	}

	public static void as(ProcessEngine engine, String user, Runnable action) {
		List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
			.map(Group::getId).toList();
		engine.getIdentityService().setAuthentication(user, groups);
		try {
			action.run();
		}
		finally {
			engine.getIdentityService().clearAuthentication();
		}
	}

}
