package cn.eco.enforcement.monitoring.internal;

import java.time.ZoneOffset;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.alarm.SuspectedSource;
import cn.eco.enforcement.evidence.EvidenceApi.Upload;
import cn.eco.enforcement.monitoring.Period;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.ConditionDeclarationView;
import cn.eco.enforcement.monitoring.DeviceKind;

import org.springframework.stereotype.Component;

/** Turns a detected condition into an alarm of the enforcement loop. */
@Component
class MonitoringAlarms {

	private final AlarmApi alarms;

	private final SourceTracer tracer;

	private final Conditions conditions;

	private final ConditionDeclarations declarations;

	MonitoringAlarms(AlarmApi alarms, SourceTracer tracer, Conditions conditions, ConditionDeclarations declarations) {
		this.alarms = alarms;
		this.tracer = tracer;
		this.conditions = conditions;
		this.declarations = declarations;
	}

	/** Opens a condition and raises its one alarm; returns the alarm id. */
	long open(Devices.Device device, Period period, Finding finding) {
		return open(device, period, finding, List.of());
	}

	/** The same with files (an electricity alarm's power curves) stored as the alarm's evidence. */
	long open(Devices.Device device, Period period, Finding finding, List<Upload> evidence) {
		long conditionId = conditions.start(device.mn(), period, finding);
		long alarmId = raise(device, finding, conditionId, period, evidence);
		conditions.attachAlarm(conditionId, alarmId);
		return alarmId;
	}

	/** Raises the alarm of a new condition; an ambient exceedance or jump is traced to likely sources first. */
	private long raise(Devices.Device device, Finding finding, long conditionId, Period period, List<Upload> evidence) {
		boolean traced = device.kind() == DeviceKind.AMBIENT_AIR
				&& (finding.type() == ConditionType.EXCEEDANCE || finding.type() == ConditionType.JUMP);
		List<SuspectedSource> suspects = traced ? tracer.trace(device, finding, period) : List.of();
		String description = finding.type().label() + "：" + finding.detail() + "（设备 " + device.mn()
				+ (device.outlet() == null ? "" : "，" + device.outlet()) + "）";
		Optional<ConditionDeclarationView> declared = declaredCondition(device, finding);
		if (declared.isPresent()) {
			description += DeclaredConditionMark.text(declared.get());
		}
		RaiseAlarm alarm = new RaiseAlarm("MON-" + device.mn() + "-" + conditionId, sourceOf(device.kind()),
				device.enterpriseCode(), device.stationCode(),
				wholeDevice(finding) ? null : finding.factorCode(), finding.value(),
				finding.limit(), finding.unit(), finding.at().atOffset(ZoneOffset.UTC), description, suspects, null, null,
				null, null, declared.map(d -> d.kind().name()).orElse(null));
		return alarms.raise(alarm, evidence, null).alarm().id();
	}

	/**
	 * The start-up or shutdown period declared for the device (or its firm's production-condition
	 * device) that an exceedance was observed in, if any. Only exceedances are marked: the rules that
	 * found them are not changed by a declaration.
	 */
	private Optional<ConditionDeclarationView> declaredCondition(Devices.Device device, Finding finding) {
		if (finding.type() != ConditionType.EXCEEDANCE || device.enterpriseCode() == null) {
			return Optional.empty();
		}
		return declarations.covering(device, finding.at());
	}

	/** A condition of the whole device, or of a facility (whose code is no pollutant). */
	private static boolean wholeDevice(Finding finding) {
		return Conditions.WHOLE_DEVICE.equals(finding.factorCode()) || finding.type() == ConditionType.TREATMENT_OFF
				|| finding.type() == ConditionType.START_STOP_ASYNC || finding.type() == ConditionType.LOGGER_MISMATCH;
	}

	static AlarmSourceType sourceOf(DeviceKind kind) {
		return switch (kind) {
			case AMBIENT_AIR, SURFACE_WATER -> AlarmSourceType.AMBIENT_STATION;
			case FLUE_GAS, WASTEWATER -> AlarmSourceType.ONLINE_MONITOR;
			case VOCS_FENCELINE -> AlarmSourceType.VOCS_FENCELINE;
			case CATERING_FUME -> AlarmSourceType.CATERING_FUME;
			case ELECTRICITY -> AlarmSourceType.ELECTRICITY;
			case PRODUCTION_CONDITION -> AlarmSourceType.ONLINE_MONITOR;
		};
	}

}
