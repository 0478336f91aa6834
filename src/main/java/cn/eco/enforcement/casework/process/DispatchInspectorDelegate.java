package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.casework.internal.Dispatching;
import cn.eco.enforcement.casework.internal.Dispatching.Dispatch;
import cn.eco.enforcement.casework.internal.PlannedLoop;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Dispatches the alarm to the inspector (or squadron) the rules chose and sends the notice. The
 * dispatch time is the plan's ({@code loop_plan.planned_at}): both happen in the intake's transaction.
 */
@Component
class DispatchInspectorDelegate implements JavaDelegate {

	private final Dispatching dispatching;

	private final LoopPlans plans;

	DispatchInspectorDelegate(Dispatching dispatching, LoopPlans plans) {
		this.dispatching = dispatching;
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		PlannedLoop plan = plans.of(execution);
		dispatching.dispatch(new Dispatch(loop.alarmId(), plan.supervisionMode(), plan.escalated(),
				loop.text(ENTERPRISE_CODE), plan.assignee(), plan.squadronCode(), plan.squadronLeader(),
				loop.text(ALARM_SUMMARY), plan.summary(), plan.signForDueDate()));
	}

}
