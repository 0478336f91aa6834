package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.casework.SignForOverdue;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Escalates an alarm nobody signed for in time: the squadron leader becomes a candidate of the
 * sign-for task (so they can take it or reassign it) and is told by e-mail.
 */
@Component
class EscalateSignForDelegate implements JavaDelegate {

	private final TaskService tasks;

	private final AlarmApi alarms;

	private final ApplicationEventPublisher events;

	private final LoopPlans plans;

	EscalateSignForDelegate(TaskService tasks, AlarmApi alarms, ApplicationEventPublisher events, LoopPlans plans) {
		this.plans = plans;
		this.tasks = tasks;
		this.alarms = alarms;
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		PlannedLoop plan = plans.of(execution);
		String leader = plan.squadronLeader();
		loop.set(SIGN_FOR_OVERDUE, true);
		if (leader != null) {
			tasks.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey("Task_SignFor")
				.list()
				.forEach(task -> tasks.addCandidateUser(task.getId(), leader));
		}
		alarms.recordProgress(loop.alarmId(), AlarmStatus.SIGN_FOR_OVERDUE, null,
				"超过签收期限（" + plan.signForDeadline() + "）未签收，已升级至中队长 " + leader);
		events.publishEvent(new SignForOverdue(loop.alarmId(), plan.assignee(), plan.squadronCode(), leader,
				loop.text(ALARM_SUMMARY)));
	}

}
