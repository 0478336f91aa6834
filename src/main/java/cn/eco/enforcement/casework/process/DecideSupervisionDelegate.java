package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import java.util.Date;

import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.internal.LoopPlan;
import cn.eco.enforcement.casework.internal.LoopPlanning;
import cn.eco.enforcement.grid.Squadron;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/** Asks the supervision and grid rules how the loop runs, and keeps their answer in the process. */
@Component
class DecideSupervisionDelegate implements JavaDelegate {

	private final LoopPlanning planning;

	DecideSupervisionDelegate(LoopPlanning planning) {
		this.planning = planning;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		// The intake hands over the alarm it has just stored; a loop started otherwise reads it.
		LoopPlan plan = loop.raw(STORED_ALARM) instanceof AlarmView stored && stored.id() == loop.alarmId()
				? planning.plan(stored) : planning.planFor(loop.alarmId());
		// The engine's clock, so that due dates agree with the timers that enforce them.
		long now = ClockUtil.getCurrentTime().getTime();
		loop.set(SUPERVISION_MODE, plan.mode().name());
		loop.set(SERIOUS_ALARM, plan.seriousAlarm());
		loop.set(SUPERVISION_SUMMARY, plan.summary());
		loop.set(SUPERVISION_RULES, String.join("\n", plan.supervisionRules()));
		loop.set(ASSIGNMENT_RULES, String.join("\n", plan.assignmentRules()));
		loop.set(ASSIGNEE, plan.assignee());
		loop.set(SQUADRON_CODE, plan.squadronCode());
		loop.set(CANDIDATE_GROUP, Squadron.groupIdOf(plan.squadronCode()));
		loop.set(SQUADRON_LEADER, plan.squadronLeader());
		loop.set(TASK_PRIORITY, plan.priority());
		loop.set(SIGN_FOR_DEADLINE, plan.signForDeadline().toString());
		loop.set(SIGN_FOR_DUE_DATE, new Date(now + plan.signForDeadline().toMillis()));
		loop.set(HANDLING_DUE_DATE, new Date(now + plan.handlingDeadline().toMillis()));
		// reworkCount is set when the review first sends the work back (unset counts as 0).
	}

}
