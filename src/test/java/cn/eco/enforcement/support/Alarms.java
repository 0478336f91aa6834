package cn.eco.enforcement.support;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.eco.enforcement.alarm.AlarmSourceType;
import cn.eco.enforcement.alarm.RaiseAlarm;

/** Alarm fixtures against the demo data (see db/demo). */
public final class Alarms {

	private Alarms() {
	}

	/** A COD exceedance of 30 % at an enterprise: not serious. */
	public static RaiseAlarm moderateExceedanceAt(String enterpriseCode) {
		return exceedanceAt(enterpriseCode, "65", "50");
	}

	/** A COD reading at three times the limit: serious. */
	public static RaiseAlarm seriousExceedanceAt(String enterpriseCode) {
		return exceedanceAt(enterpriseCode, "150", "50");
	}

	public static RaiseAlarm exceedanceAt(String enterpriseCode, String value, String limit) {
		return new RaiseAlarm(uniqueId(), AlarmSourceType.ONLINE_MONITOR, enterpriseCode, null, "w01018",
				new BigDecimal(value), new BigDecimal(limit), "mg/L", OffsetDateTime.now().minusMinutes(5), null);
	}

	/** An hourly PM2.5 reading above the level-1 alarm threshold at an ambient station. */
	public static RaiseAlarm ambientAlarmAt(String stationCode) {
		return new RaiseAlarm(uniqueId(), AlarmSourceType.AMBIENT_STATION, null, stationCode, "a34004",
				new BigDecimal("98"), new BigDecimal("75"), "μg/m³", OffsetDateTime.now().minusMinutes(5), null);
	}

	public static String uniqueId() {
		return "TEST-" + UUID.randomUUID();
	}

}
