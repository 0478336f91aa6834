package cn.eco.enforcement.casework.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmRaised;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.process.InMemoryValues;
import cn.eco.enforcement.casework.process.LoopVariables;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts {@code enforcement-loop} for every new alarm, inside the intake transaction: an alarm is
 * never stored without its loop, and a loop never runs for an alarm that was rolled back.
 */
@Component
class AlarmLoopStarter {

	static final String PROCESS_KEY = "enforcement-loop";

	private final RuntimeService runtime;

	private final AlarmApi alarms;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	AlarmLoopStarter(RuntimeService runtime, AlarmApi alarms, EnterpriseApi enterprises, GridApi grid) {
		this.runtime = runtime;
		this.alarms = alarms;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	/**
	 * The loop carries the alarm's id, its subject and a readable summary; the alarm's own facts
	 * (source, station, pollutant, values, suspects) stay in the alarm register, and the rules read
	 * them there. Every variable costs three rows with history level full.
	 */
	@EventListener
	void on(AlarmRaised event) {
		AlarmView alarm = event.alarm();
		String subject = subjectName(alarm);
		Map<String, Object> variables = new HashMap<>();
		variables.put(LoopVariables.ALARM_ID, alarm.id());
		variables.put(LoopVariables.ENTERPRISE_CODE, alarm.enterpriseCode());
		variables.put(LoopVariables.ENTERPRISE_NAME, subject);
		variables.put(LoopVariables.ALARM_SUMMARY, AlarmSummary.of(alarm, subject, this::enterpriseName));
		variables.put(LoopVariables.STORED_ALARM, InMemoryValues.of(alarm));
		String processInstanceId = runtime
			.startProcessInstanceByKey(PROCESS_KEY, "ALARM-" + alarm.id(), variables)
			.getId();
		alarms.attachProcess(alarm.id(), processInstanceId);
	}

	private String enterpriseName(String code) {
		return enterprises.find(code).map(EnterpriseProfile::name).orElse(code);
	}

	private String subjectName(AlarmView alarm) {
		if (alarm.placeBased()) {
			String township = Optional.ofNullable(alarm.townshipCode())
				.flatMap(code -> grid.townships().stream().filter(t -> t.code().equals(code)).findFirst())
				.map(cn.eco.enforcement.grid.Township::name)
				.orElse("");
			return alarm.sourceType().label() + "：" + (alarm.address() != null ? alarm.address() + "（" + township + "）"
					: township + " " + String.format("%.5f, %.5f", alarm.latitude(), alarm.longitude()));
		}
		if (alarm.enterpriseCode() != null) {
			return enterprises.find(alarm.enterpriseCode()).map(EnterpriseProfile::name).orElse(alarm.enterpriseCode());
		}
		return Optional.ofNullable(alarm.stationCode())
			.flatMap(grid::findStation)
			.map(Station::name)
			.orElse(alarm.stationCode());
	}

}
