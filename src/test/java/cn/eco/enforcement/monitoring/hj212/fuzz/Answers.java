package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import cn.eco.enforcement.monitoring.hj212.Hj212Messages;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212ParseException;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;

/**
 * Checks the platform's answers to a parsed packet (9014 data answer, 9011 request answer with a
 * rejection code): each is {@code ##}, the UTF-8 byte length, the data, the standard CRC and CR LF,
 * and its data parses back with the right CN and the echoed MN and QN.
 */
final class Answers {

	private static final ZonedDateTime NOW = ZonedDateTime.of(2024, 5, 1, 8, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

	private Answers() {
	}

	static void check(Hj212Packet packet, long seed, List<Violation> violations) {
		try {
			checkOne(Hj212Messages.dataAnswer(packet, NOW), "9014", packet, seed, violations);
			checkOne(Hj212Messages.requestAnswer(packet, 9), "9011", packet, seed, violations);
		}
		catch (RuntimeException ex) {
			violations.add(new Violation(Property.NO_EXCEPTION, seed, "answer builder threw " + ex + " for " + packet));
		}
	}

	private static void checkOne(String answer, String cn, Hj212Packet packet, long seed, List<Violation> violations) {
		String problem = problem(answer.getBytes(StandardCharsets.UTF_8), cn, packet);
		if (problem != null) {
			violations.add(new Violation(Property.ANSWER_WELL_FORMED, seed, problem + ": " + answer));
		}
	}

	private static String problem(byte[] bytes, String cn, Hj212Packet packet) {
		int n = bytes.length;
		if (n < 12 || bytes[0] != '#' || bytes[1] != '#' || bytes[n - 2] != '\r' || bytes[n - 1] != '\n') {
			return "not ## … CR LF";
		}
		byte[] data = Arrays.copyOfRange(bytes, 6, n - 6);
		String length = new String(bytes, 2, 4, StandardCharsets.US_ASCII);
		String crc = new String(bytes, n - 6, 4, StandardCharsets.US_ASCII);
		if (!length.equals(FrameParts.length(data.length)) || !crc.equals(ReferenceCrc.hex(ReferenceCrc.standard(data)))) {
			return "length " + length + " or CRC " + crc + " wrong";
		}
		Hj212Packet parsed;
		try {
			parsed = Hj212Parser.parse(data);
		}
		catch (Hj212ParseException ex) {
			return "does not parse: " + ex.reason();
		}
		boolean echoed = parsed.mn().equals(packet.mn()) && (packet.qn() == null || packet.qn().equals(parsed.qn()));
		return (cn.equals(parsed.cn()) && echoed && Objects.equals(parsed.pw(), packet.pw())) ? null
				: "does not parse back to CN " + cn + " with MN/QN/PW echoed";
	}

}
