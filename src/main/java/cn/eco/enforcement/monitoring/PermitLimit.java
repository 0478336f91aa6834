package cn.eco.enforcement.monitoring;

import java.math.BigDecimal;

/** The limit one factor of a device is judged against: the permit limit of an outlet, or a standard. */
public record PermitLimit(String factorCode, BigDecimal limit, String unit) {

	/** How long a factor code or a unit may be (both are VARCHAR(20)). */
	public static final int MAX_TEXT_LENGTH = 20;

	/**
	 * Whether the limit is above zero and is stored exactly (NUMERIC(16, 4): at most 12 integer
	 * digits and 4 decimals), so no limit is silently rounded, least of all to zero.
	 */
	public static boolean storable(BigDecimal limit) {
		if (limit == null || limit.signum() <= 0) {
			return false;
		}
		// Trailing zeros ("35.00000") change nothing stored; without them the scale is the decimals needed.
		BigDecimal exact = limit.stripTrailingZeros();
		return exact.scale() <= 4 && exact.precision() - exact.scale() <= 12;
	}

}
