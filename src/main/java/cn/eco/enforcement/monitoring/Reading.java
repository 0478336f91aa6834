package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

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
