package cn.eco.enforcement.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.eco.enforcement.alarm.AlarmView;
import cn.eco.enforcement.monitoring.Factors;

/** An alarm in a few words for a task card: the factor by its Chinese name and abbreviation and how far it exceeded. */
final class AlarmMatters {

	private static final int SHORT = 20;

	private AlarmMatters() {
	}

	/**
	 * "二氧化硫 SO2 超标 2.6 倍" for a measured value over its limit, the exceedance multiple being
	 * (measured − limit) / limit as monitoring reports state it; "化学需氧量 COD 恒值" for other conditions on a
	 * factor; the kind of condition, or the source and the first words of the description, otherwise.
	 */
	static String of(AlarmView alarm) {
		String kind = alarm.sourceType().isMeasurement() ? kindOf(alarm.description()) : null;
		if (alarm.pollutant() != null) {
			if (exceeds(alarm.value(), alarm.limit())) {
				return Factors.labelBefore(alarm.pollutant(), "超标 " + multiple(alarm.value(), alarm.limit()) + " 倍");
			}
			return Factors.labelBefore(alarm.pollutant(), kind == null ? "异常" : kind);
		}
		if (kind != null) {
			return kind;
		}
		return alarm.description() == null ? alarm.sourceType().label()
				: alarm.sourceType().label() + "：" + shortened(alarm.description(), SHORT);
	}

	/** How people cite an alarm: by its number in the register. */
	static String reference(String alarmId) {
		return "告警 #" + alarmId;
	}

	static String shortened(String text, int length) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= length ? line : line.substring(0, length) + "…";
	}

	private static boolean exceeds(BigDecimal value, BigDecimal limit) {
		return value != null && limit != null && limit.signum() > 0 && value.compareTo(limit) > 0;
	}

	private static String multiple(BigDecimal value, BigDecimal limit) {
		BigDecimal multiple = value.subtract(limit).divide(limit, 1, RoundingMode.HALF_UP);
		return (multiple.signum() == 0 ? new BigDecimal("0.1") : multiple).stripTrailingZeros().toPlainString();
	}

	/** Monitoring alarms describe themselves as "恒值：…", "离线：…"; the part before the colon names the condition. */
	private static String kindOf(String description) {
		if (description == null) {
			return null;
		}
		int colon = description.indexOf('：');
		return colon > 0 && colon <= 12 ? description.substring(0, colon) : null;
	}

}
