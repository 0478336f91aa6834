package cn.eco.enforcement.monitoring.hj212;

import java.util.Set;

/**
 * The command codes (CN) of HJ/T 212-2005, HJ 212-2017 and, as far as known, HJ 212-2025 (DOMAIN
 * §a.7). A packet with any other CN (9999, say) is no HJ 212 command: it is refused with QnRtn 8 (CN
 * error) rather than acknowledged, so that a logger does not take it for stored.
 */
public final class CommandCodes {

	private static final Set<String> KNOWN = Set.of(
			// initialisation and parameters; 1001/1002/1014 from 2025, 1021–1042 from 2005
			"1000", "1001", "1002", "1011", "1012", "1013", "1014", "1021", "1022", "1031", "1032", "1041", "1042",
			"1061", "1062", "1063", "1064", "1072",
			// data; 2013, 2052, 2062, 2111 from 2025, 2071/2072 from 2005
			"2011", "2012", "2013", "2021", "2022", "2031", "2041", "2051", "2052", "2061", "2062", "2071", "2072",
			"2081", "2111",
			// control; 3022 and 3024 from 2025
			"3011", "3012", "3013", "3014", "3015", "3016", "3017", "3018", "3019", "3020", "3021", "3022", "3024",
			// interaction; 9015 (heartbeat) from 2025
			"9011", "9012", "9013", "9014", "9015");

	private CommandCodes() {
	}

	/**
	 * Whether HJ 212-2025 requires the command's data area to be SM4-encrypted: the data commands
	 * 2000–2999, 1014 (a new key) and 3020 (logger information), DOMAIN §a.13. Answers (9011, 9012,
	 * 9014) are not, so a refusal can always be read.
	 * @param cn the CN as received
	 * @return true for a command whose data area travels encrypted
	 */
	public static boolean mustBeEncrypted(String cn) {
		return (cn.length() == 4 && cn.charAt(0) == '2' && cn.chars().allMatch(Character::isDigit)) || "1014".equals(cn)
				|| "3020".equals(cn);
	}

	/**
	 * Whether a CN is an answer (9011 request answer, 9012 execution result, 9013 notification answer,
	 * 9014 data answer): it answers a request and is never answered itself, nor does it register
	 * anything.
	 * @param cn the CN as received
	 * @return true for 9011 to 9014
	 */
	public static boolean isAnswer(String cn) {
		return "9011".equals(cn) || "9012".equals(cn) || "9013".equals(cn) || "9014".equals(cn);
	}

	/**
	 * Whether a CN is a command of one of the supported versions of the standard.
	 * @param cn the CN as received
	 * @return true for a known command code
	 */
	public static boolean known(String cn) {
		return KNOWN.contains(cn);
	}

}
