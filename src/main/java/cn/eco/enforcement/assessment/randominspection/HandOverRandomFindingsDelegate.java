package cn.eco.enforcement.assessment.randominspection;

import java.time.ZoneOffset;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

/**
 * Hands a problem found by a random inspection to the enforcement loop as a manual report (人工上报),
 * so that it is verified, reviewed and, if confirmed, filed like any other violation.
 */
@Component
class HandOverRandomFindingsDelegate implements JavaDelegate {

	private final AlarmApi alarms;

	HandOverRandomFindingsDelegate(AlarmApi alarms) {
		this.alarms = alarms;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String problem = String.valueOf(execution.getVariable("problemDescription") == null
				? execution.getVariable("inspectionRecord") : execution.getVariable("problemDescription"));
		String description = "双随机抽查（" + execution.getVariable("drawMonth") + "，" + execution.getVariable("inspectorNames")
				+ "）发现问题：" + problem;
		var result = alarms.raise(new RaiseAlarm("RANDOM-" + execution.getVariable("randomInspectionId"),
				AlarmSourceType.MANUAL, (String) execution.getVariable("enterpriseCode"), null, null, null, null, null,
				ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC),
				description.length() > 1000 ? description.substring(0, 1000) : description));
		execution.setVariable("handedOverAlarmId", result.alarm().id());
	}

}
