package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.OffsetDateTime;

import cn.eco.enforcement.monitoring.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Raises one off-line alarm for a device that has been silent too long; its next data clear it. */
@Component
class OfflineWatch {

	private static final Logger log = LoggerFactory.getLogger(OfflineWatch.class);

	private final Devices devices;

	private final Conditions conditions;

	private final MonitoringAlarms alarms;

	private final DetectionSettings settings;

	private final Clock clock;

	OfflineWatch(Devices devices, Conditions conditions, MonitoringAlarms alarms, DetectionSettings settings, Clock clock) {
		this.devices = devices;
		this.conditions = conditions;
		this.alarms = alarms;
		this.settings = settings;
		this.clock = clock;
	}

	/** Checks every device once; returns how many newly went off-line. Scheduled by {@link WatchSchedule}. */
	@Transactional
	public int check() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		int newlyOffline = 0;
		for (Devices.Device device : devices.silentSince(now.minus(settings.offlineAfter()))) {
			if (conditions.open(device.mn(), Conditions.WHOLE_DEVICE, Period.RTD, ConditionType.OFFLINE).isEmpty()) {
				Finding finding = new Finding(ConditionType.OFFLINE, Conditions.WHOLE_DEVICE, now.toInstant(), null, null,
						null, "超过 " + settings.offlineAfter().toMinutes() + " 分钟未收到数据，最后数据时间 " + device.lastSeenAt());
				alarms.open(device, Period.RTD, finding);
				log.warn("Device {} off-line since {}", device.mn(), device.lastSeenAt());
				newlyOffline++;
			}
		}
		return newlyOffline;
	}

}
