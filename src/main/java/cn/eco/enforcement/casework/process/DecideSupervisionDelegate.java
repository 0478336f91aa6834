package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.internal.LoopPlan;
import cn.eco.enforcement.casework.internal.LoopPlanning;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Asks the supervision and grid rules how the loop runs. The plan is kept in {@code loop_plan} (one
 * row); the process keeps as variables only what its gateways, its first task and Tasklist read.
 */
@Component
class DecideSupervisionDelegate implements JavaDelegate {

	private final LoopPlanning planning;

	private final LoopPlans plans;

	DecideSupervisionDelegate(LoopPlanning planning, LoopPlans plans) {
		this.planning = planning;
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		// The intake hands over the alarm it has just stored; a loop started otherwise reads it.
		LoopPlan plan = loop.raw(STORED_ALARM) instanceof AlarmView stored && stored.id() == loop.alarmId()
				? planning.plan(stored) : planning.planFor(loop.alarmId());
		// The engine's clock, so that due dates agree with the timers that enforce them.
		PlannedLoop planned = PlannedLoop.of(execution.getProcessInstanceId(), loop.alarmId(), plan,
				ClockUtil.getCurrentTime());
		plans.record(execution, planned);
		loop.set(SUPERVISION_MODE, planned.supervisionMode());
		loop.set(SUPERVISION_SUMMARY, planned.summary());
		loop.set(ASSIGNEE, planned.assignee());
		loop.set(CANDIDATE_GROUP, planned.candidateGroup());
		// reworkCount is set when the review first sends the work back (unset counts as 0).
	}

}
