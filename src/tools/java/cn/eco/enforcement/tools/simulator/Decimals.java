package cn.eco.enforcement.tools.simulator;

/** Fixed-point formatting without BigDecimal or String.format, for packets built at high rates. */
final class Decimals {

	private static final long[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000 };

	private Decimals() {
	}

	/**
	 * Formats a value rounded half-up to a number of decimals, e.g. {@code 72.0}, {@code 0.085}, {@code 95}.
	 * @param value the value
	 * @param decimals 0..6
	 * @return the plain decimal text
	 */
	static String format(double value, int decimals) {
		long scale = POWERS[decimals];
		long scaled = Math.round(Math.abs(value) * scale);
		StringBuilder text = new StringBuilder(12);
		if (value < 0 && scaled != 0) {
			text.append('-');
		}
		text.append(scaled / scale);
		if (decimals > 0) {
			String fraction = Long.toString(scaled % scale);
			text.append('.');
			for (int i = fraction.length(); i < decimals; i++) {
				text.append('0');
			}
			text.append(fraction);
		}
		return text.toString();
	}

}
