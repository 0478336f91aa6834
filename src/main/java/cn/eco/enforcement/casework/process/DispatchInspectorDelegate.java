package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.casework.internal.Dispatching;
import cn.eco.enforcement.casework.internal.Dispatching.Dispatch;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/** Dispatches the alarm to the inspector (or squadron) the rules chose and sends the notice. */
@Component
class DispatchInspectorDelegate implements JavaDelegate {

	private final Dispatching dispatching;

	DispatchInspectorDelegate(Dispatching dispatching) {
		this.dispatching = dispatching;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		loop.set(DISPATCHED_AT, ClockUtil.getCurrentTime());
		dispatching.dispatch(new Dispatch(loop.alarmId(), loop.text(SUPERVISION_MODE),
				"ESCALATED".equals(loop.text(SUPERVISION_MODE)), loop.text(ENTERPRISE_CODE), loop.text(ASSIGNEE),
				loop.text(SQUADRON_CODE), loop.text(SQUADRON_LEADER), loop.text(ALARM_SUMMARY),
				loop.text(SUPERVISION_SUMMARY), loop.date(SIGN_FOR_DUE_DATE)));
	}

}
