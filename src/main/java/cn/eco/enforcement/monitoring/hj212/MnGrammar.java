package cn.eco.enforcement.monitoring.hj212;

import java.util.regex.Pattern;

/**
 * What the platform takes as a device number (MN), over HJ 212 and HTTP alike: 1 to 64 ASCII
 * letters, digits, {@code -}, {@code _} or {@code .}. HJ 212-2017 prescribes 24 hex characters and
 * the 2005 habit is 14 digits, but free-form ids are common in the field (DOMAIN §a.3), so the length
 * is the registry's column rather than the standard's. An MN outside this (a space, a quote, a
 * Chinese character, 65 characters) is refused before anything is looked up or stored.
 */
public final class MnGrammar {

	/** The longest MN, the registry's column. */
	public static final int MAX_LENGTH = 64;

	/** The rule in words, for refusals people read. */
	public static final String RULE = "1 至 " + MAX_LENGTH + " 个字符，只能包含英文字母、数字、“-”、“_”和“.”";

	/** The HJ 212-2025 network code in words: what a 2025 packet's MN must be. */
	public static final String RULE_2025 = "HJ 212-2025 数据包的设备编号 MN 须为 24 位十六进制字符（0-9、A-F）";

	private static final Pattern MN = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

	private static final Pattern MN_2025 = Pattern.compile("[0-9A-F]{24}");

	private MnGrammar() {
	}

	/**
	 * Whether a device number is acceptable.
	 * @param mn the MN as received, or null
	 * @return true when it follows the grammar
	 */
	public static boolean accepts(String mn) {
		return mn != null && MN.matcher(mn).matches();
	}

	/**
	 * Whether a device number is an HJ 212-2025 network code: 24 characters 0–9 and A–F, assigned at
	 * activation (DOMAIN §a.13). A 2025 packet with any other MN (a 14-digit 2005 habit) is refused.
	 * @param mn the MN as received, or null
	 * @return true for 24 upper-case hexadecimal characters
	 */
	public static boolean accepts2025(String mn) {
		return mn != null && MN_2025.matcher(mn).matches();
	}

}
