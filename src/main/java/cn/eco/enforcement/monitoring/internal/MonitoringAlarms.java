package cn.eco.enforcement.monitoring.internal;

import java.time.ZoneOffset;

import cn.eco.enforcement.alarm.AlarmApi;
import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;
import cn.eco.enforcement.monitoring.DeviceKind;

import org.springframework.stereotype.Component;

/** Turns a detected condition into an alarm of the enforcement loop. */
@Component
class MonitoringAlarms {

	private final AlarmApi alarms;

	MonitoringAlarms(AlarmApi alarms) {
		this.alarms = alarms;
	}

	long raise(Devices.Device device, Finding finding, long conditionId) {
		String description = finding.type().label() + "：" + finding.detail() + "（设备 " + device.mn()
				+ (device.outlet() == null ? "" : "，" + device.outlet()) + "）";
		RaiseAlarm alarm = new RaiseAlarm("MON-" + device.mn() + "-" + conditionId, sourceOf(device.kind()),
				device.enterpriseCode(), device.stationCode(),
				Conditions.WHOLE_DEVICE.equals(finding.factorCode()) ? null : finding.factorCode(), finding.value(),
				finding.limit(), finding.unit(), finding.at().atOffset(ZoneOffset.UTC), description);
		return alarms.raise(alarm).alarm().id();
	}

	static AlarmSourceType sourceOf(DeviceKind kind) {
		return switch (kind) {
			case AMBIENT_AIR, SURFACE_WATER -> AlarmSourceType.AMBIENT_STATION;
			case FLUE_GAS, WASTEWATER -> AlarmSourceType.ONLINE_MONITOR;
			case VOCS_FENCELINE -> AlarmSourceType.VOCS_FENCELINE;
			case CATERING_FUME -> AlarmSourceType.CATERING_FUME;
			case ELECTRICITY -> AlarmSourceType.ELECTRICITY;
		};
	}

}
