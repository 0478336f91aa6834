package cn.eco.enforcement.assessment;

import java.time.YearMonth;

/**
 * A monitoring device's data-transmission effective rate of a closed month fell under the
 * threshold ({@code app.monitoring.effective-rate-threshold}); published once a month per device.
 *
 * @param effectiveRate valid ÷ expected hours, in percent
 */
public record EffectiveRateBelowThreshold(String mn, YearMonth month, double effectiveRate, double threshold,
		long expectedHours, long validHours) {
}
