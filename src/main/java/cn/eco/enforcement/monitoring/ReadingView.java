package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A stored reading.
 *
 * @param derived true for an hourly (daily) value the platform computed from the device's minute
 * (hourly) data because the device sent none; false for what the device sent
 * @param marker for a key production condition (HJ 212-2025 ST=45) listed with the readings, its state
 * marker exactly as sent ({@code rtd} holds it only when it is a number); null for a reading
 */
public record ReadingView(String mn, String factorCode, Period period, OffsetDateTime dataTime, BigDecimal rtd,
		BigDecimal avg, BigDecimal min, BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag, boolean derived,
		String marker) {

	/** A reading as stored: sent by the device or derived by the platform. */
	public ReadingView(String mn, String factorCode, Period period, OffsetDateTime dataTime, BigDecimal rtd,
			BigDecimal avg, BigDecimal min, BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag,
			boolean derived) {
		this(mn, factorCode, period, dataTime, rtd, avg, min, max, zsAvg, cou, flag, derived, null);
	}

	/** A production condition's marker as a row among the readings (real-time, as ST=45 CN 2011 sends it). */
	public static ReadingView of(ProductionConditionView condition) {
		BigDecimal number;
		try {
			number = new BigDecimal(condition.marker().strip());
		}
		catch (NumberFormatException notANumber) {
			number = null;
		}
		return new ReadingView(condition.mn(), condition.factorCode(), Period.RTD, condition.dataTime(), number, null, null,
				null, null, null, condition.flag(), false, condition.marker());
	}

}
