package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The latest value of one limited factor at one outlet of an enterprise, judged against its limit.
 *
 * @param value the judged value (flue gas: converted concentration)
 */
public record LatestValue(String outlet, String factorCode, String factorName, Period period, BigDecimal value,
		BigDecimal limit, String unit, Instant dataTime, boolean exceeds) {
}
