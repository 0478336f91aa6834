package cn.eco.enforcement.casework.process;

import static cn.eco.enforcement.casework.process.LoopVariables.*;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmStatus;
import cn.eco.enforcement.casework.internal.CaseFiling;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Closes a loop that found no violation, dropping the case lead an escalation may have opened. */
@Component
class CloseLoopDelegate implements JavaDelegate {

	private final CaseFiling caseFiling;

	private final AlarmApi alarms;

	CloseLoopDelegate(CaseFiling caseFiling, AlarmApi alarms) {
		this.caseFiling = caseFiling;
		this.alarms = alarms;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LoopVariables loop = LoopVariables.of(execution);
		caseFiling.dropLead(loop.alarmId());
		alarms.recordProgress(loop.alarmId(), AlarmStatus.CLOSED, null, "经审核未发现违法行为，闭环办结");
	}

}
