package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One factor's values for one period, as sent by a device.
 *
 * @param factorCode canonical HJ 212-2017 factor code (e.g. w01018)
 * @param dataTime the sampling instant (RTD) or the start of the period
 * @param flag the HJ 212 data flag (N normal, F stopped, M maintenance, S manual, D fault, C
 * calibration, T over range, B communication failure), null when not sent
 */
public record Reading(String factorCode, Period period, Instant dataTime, BigDecimal rtd, BigDecimal avg,
		BigDecimal min, BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag) {

	/** Values are stored as {@code NUMERIC(18, 6)}: at most 12 digits before the decimal point. */
	public static final BigDecimal STORABLE_LIMIT = BigDecimal.TEN.pow(12);

	/** Length of the readings table's factor_code column (V6__monitoring_create_devices_and_readings.sql). */
	public static final int FACTOR_CODE_LENGTH = 20;

	/** Length of the readings table's data_flag column. */
	public static final int FLAG_LENGTH = 4;

	/** Whether the text has more characters (code points, as the database counts) than the limit. */
	public static boolean longerThan(String text, int limit) {
		return text.length() > limit && text.codePointCount(0, text.length()) > limit;
	}

	/** Whether a value fits the readings table once rounded to six decimals (null fits). */
	public static boolean storable(BigDecimal value) {
		// Fewer than 12 integer digits always fits; only then is the exact rounding worth its cost.
		return value == null || value.precision() - value.scale() < 12
				|| value.abs().setScale(6, RoundingMode.HALF_UP).compareTo(STORABLE_LIMIT) < 0;
	}

	/** The first value of this reading that cannot be stored, as "Rtd=1E+20", if any. */
	public Optional<String> unstorableValue() {
		if (storable(rtd) && storable(avg) && storable(min) && storable(max) && storable(zsAvg) && storable(cou)) {
			return Optional.empty();
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("Rtd", rtd);
		values.put("Avg", avg);
		values.put("Min", min);
		values.put("Max", max);
		values.put("ZsAvg", zsAvg);
		values.put("Cou", cou);
		return values.entrySet()
			.stream()
			.filter(value -> !storable(value.getValue()))
			.map(value -> value.getKey() + "=" + value.getValue())
			.findFirst();
	}

	/** The value this reading is judged on: real-time value, or the period average. */
	public BigDecimal value() {
		return period == Period.RTD ? rtd : avg;
	}

	/** Whether the device marked the data as normal (no flag counts as normal). */
	public boolean flaggedNormal() {
		// Checked for every value a rule looks at: the usual answers first.
		return flag == null || "N".equals(flag) || "n".equals(flag) || flag.isBlank();
	}

}
