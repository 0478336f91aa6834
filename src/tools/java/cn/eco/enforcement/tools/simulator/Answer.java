package cn.eco.enforcement.tools.simulator;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import cn.eco.enforcement.monitoring.hj212.Hj212Crc;

/**
 * A platform answer as a logger reads it: {@code ##LLLL QN=…;ST=91;CN=9014|9011;PW=…;MN=…;Flag=4;
 * CP=&&[QnRtn=n]&& CRC}.
 *
 * @param qn the echoed QN, or null
 * @param cn 9014 (data answer) or 9011 (request answer; with QnRtn, a refusal)
 * @param mn the echoed MN
 * @param qnRtn the QnRtn of a 9011 answer, or null
 * @param crcValid whether the answer's own CRC is right
 */
record Answer(String qn, String cn, String mn, Integer qnRtn, boolean crcValid) {

	static final String DATA_ANSWER = "9014";

	static final String REQUEST_ANSWER = "9011";

	/**
	 * Parses one line.
	 * @param line the frame without its CR LF
	 * @return the answer
	 * @throws IllegalArgumentException when the line is not an HJ 212 frame
	 */
	static Answer parse(String line) {
		if (line.length() < 12 || !line.startsWith("##")) {
			throw new IllegalArgumentException("not an HJ 212 frame: " + preview(line));
		}
		String segment = line.substring(6, line.length() - 4);
		String crc = line.substring(line.length() - 4);
		boolean crcValid = Hj212Crc.hex(Hj212Crc.of(segment.getBytes(StandardCharsets.UTF_8))).equalsIgnoreCase(crc);
		Map<String, String> fields = fields(segment);
		return new Answer(fields.get("QN"), fields.get("CN"), fields.get("MN"), number(fields.get("QnRtn")), crcValid);
	}

	boolean dataAnswer() {
		return DATA_ANSWER.equals(cn);
	}

	boolean requestAnswer() {
		return REQUEST_ANSWER.equals(cn);
	}

	private static Map<String, String> fields(String segment) {
		Map<String, String> fields = new HashMap<>();
		for (String token : segment.replace("CP=&&", ";").replace("&&", ";").split("[;,]")) {
			int equals = token.indexOf('=');
			if (equals > 0) {
				fields.putIfAbsent(token.substring(0, equals).strip(), token.substring(equals + 1).strip());
			}
		}
		return fields;
	}

	private static Integer number(String text) {
		try {
			return text == null ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String preview(String line) {
		return line.length() <= 60 ? line : line.substring(0, 60) + "…";
	}

}
