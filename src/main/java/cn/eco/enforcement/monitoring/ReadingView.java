package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A stored reading.
 *
 * @param derived true for an hourly (daily) value the platform computed from the device's minute
 * (hourly) data because the device sent none; false for what the device sent
 */
public record ReadingView(String mn, String factorCode, Period period, OffsetDateTime dataTime, BigDecimal rtd,
		BigDecimal avg, BigDecimal min, BigDecimal max, BigDecimal zsAvg, BigDecimal cou, String flag,
		boolean derived) {
}
