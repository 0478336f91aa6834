package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.casework.internal.LoopAssessments;
import cn.eco.enforcement.casework.internal.LoopAssessments.Assessment;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/** Records the assessment (考核) of the loop for the inspector who handled it. */
@Component
class AssessLoopDelegate implements JavaDelegate {

	private final LoopAssessments assessments;

	private final AlarmApi alarms;

	private final LoopPlans plans;

	AssessLoopDelegate(LoopAssessments assessments, AlarmApi alarms, LoopPlans plans) {
		this.plans = plans;
		this.assessments = assessments;
		this.alarms = alarms;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		PlannedLoop plan = plans.of(execution);
		boolean feedbackComplete = present(loop.text(FEEDBACK_SUMMARY))
				&& (present(loop.text(INSPECTION_RECORD)) || present(loop.text(VERIFICATION_FINDINGS)));
		Assessment assessment = new Assessment(loop.alarmId(), execution.getProcessInstanceId(), loop.text(HANDLER),
				plan.squadronCode(), loop.text(SUPERVISION_MODE), plan.plannedAt(), loop.date(SIGNED_FOR_AT),
				loop.date(HANDLED_AT), ClockUtil.getCurrentTime(), plan.handlingDueDate(),
				loop.flag(SIGN_FOR_OVERDUE), loop.count(REWORK_COUNT), feedbackComplete, loop.flag(VIOLATION_FOUND),
				loop.text(ENTERPRISE_CODE));
		assessments.record(assessment);
		alarms.recordProgress(loop.alarmId(), AlarmStatus.ASSESSED, null, "签收" + (assessment.signForOverdue() ? "超时" : "及时")
				+ "，退回重办 " + assessment.reworkCount() + " 次，反馈" + (feedbackComplete ? "完整" : "不完整"));
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
