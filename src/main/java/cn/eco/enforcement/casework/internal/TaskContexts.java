package cn.eco.enforcement.casework.internal;

import java.util.Optional;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.casework.process.LoopVariables;
import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseProfile;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Station;
import org.camunda.bpm.engine.delegate.DelegateTask;

import org.springframework.stereotype.Component;

/**
 * Reads what a task is about from its process's business context: the alarm register for the loop
 * and its case, the enterprise registry and the grid for places, the process variables for the rest.
 * Each process keeps its own facts where they are; nothing is copied into new process variables.
 */
@Component
class TaskContexts {

	private static final int SHORT = 24;

	private final AlarmApi alarms;

	private final EnterpriseApi enterprises;

	private final GridApi grid;

	TaskContexts(AlarmApi alarms, EnterpriseApi enterprises, GridApi grid) {
		this.alarms = alarms;
		this.enterprises = enterprises;
		this.grid = grid;
	}

	TaskContext of(DelegateTask task) {
		String process = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId().split(":")[0];
		return switch (process) {
			case "enforcement-loop" -> alarm(task, AlarmMatters.reference(number(task, "alarmId")));
			case "case-filing" -> alarm(task, "案件 " + text(task, "caseNumber"));
			case "rectification" -> firm(task, "整改：" + shortened(text(task, "problemDescription")), businessKey(task));
			case "self-inspection" -> firm(task, text(task, "period") + " 月度环保自检", businessKey(task));
			case "random-inspection" -> firm(task, "双随机抽查（" + text(task, "poolLabel") + "）",
					"抽查 " + text(task, "drawMonth") + " #" + number(task, "randomInspectionId"));
			case "positive-list-removal" -> firm(task, "正面清单移出：" + shortened(text(task, "removalReason")),
					businessKey(task));
			case "deployment-approval" -> new TaskContext(text(task, "requestName"),
					"提交人 " + grid.nameWithId(text(task, "requestedBy")), "部署申请 #" + number(task, "deploymentRequestId"),
					null, null);
			case "om-inspection" -> new TaskContext(text(task, "subjectName"), "运维巡检 " + text(task, "deviceLabel"),
					businessKey(task), null, null);
			case "om-finding" -> new TaskContext(text(task, "subjectName"), shortened(text(task, "findingSummary")),
					businessKey(task), null, null);
			default -> new TaskContext(text(task, "enterpriseName"), null, businessKey(task), null, null);
		};
	}

	/** The loop and its case: the alarm's place and matter, from the register. */
	private TaskContext alarm(DelegateTask task, String reference) {
		Object id = task.getVariable("alarmId");
		// The loop's first task is created in the intake's transaction, which hands over the alarm it stored.
		Object stored = task.getVariable(LoopVariables.STORED_ALARM);
		Optional<AlarmView> alarm = !(id instanceof Number number) ? Optional.empty()
				: stored instanceof AlarmView view && view.id() == number.longValue() ? Optional.of(view)
						: alarms.find(number.longValue());
		if (alarm.isEmpty()) {
			return firm(task, null, reference);
		}
		AlarmView view = alarm.get();
		if (view.enterpriseCode() == null && view.stationCode() != null) {
			Optional<Station> station = grid.findStation(view.stationCode());
			String township = station.flatMap(s -> grid.townshipName(s.townshipCode())).orElse(null);
			return new TaskContext(station.map(Station::name).orElse(view.stationCode()), AlarmMatters.of(view), reference,
					township, station.map(s -> "监测站点 " + s.name()).orElse(null));
		}
		return place(view.enterpriseCode(), text(task, "enterpriseName"), AlarmMatters.of(view), reference);
	}

	private TaskContext firm(DelegateTask task, String matter, String reference) {
		return place(text(task, "enterpriseCode"), text(task, "enterpriseName"), matter, reference);
	}

	private TaskContext place(String enterpriseCode, String fallbackName, String matter, String reference) {
		Optional<EnterpriseProfile> firm = enterpriseCode == null ? Optional.empty() : enterprises.find(enterpriseCode);
		String name = firm.map(EnterpriseProfile::name).orElse(fallbackName != null ? fallbackName : enterpriseCode);
		String township = firm.flatMap(f -> grid.townshipName(f.townshipCode())).orElse(null);
		return new TaskContext(name, matter, reference, township, firm.map(EnterpriseProfile::address).orElse(null));
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}

	private static String number(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? "—" : value.toString();
	}

	private static String businessKey(DelegateTask task) {
		return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
	}

	private static String shortened(String text) {
		return text == null ? "—" : AlarmMatters.shortened(text, SHORT);
	}

}
