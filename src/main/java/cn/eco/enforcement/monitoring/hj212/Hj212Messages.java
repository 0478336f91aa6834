package cn.eco.enforcement.monitoring.hj212;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The platform's HJ 212 messages: framing and the answers to device packets. Answers carry ST=91,
 * echo QN, PW and MN, and put the packet's protocol version in Flag without asking for an answer.
 */
public final class Hj212Messages {

	private static final DateTimeFormatter QN_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private static final Set<Integer> QN_RTN_CODES = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100);

	private static final int MAX_LENGTH = 9999;

	private Hj212Messages() {
	}

	/**
	 * Frames a data segment.
	 * @param dataSegment the data segment, e.g. {@code QN=…;ST=91;CN=9014;…;CP=&&&&}
	 * @return {@code ##}, the four-digit UTF-8 byte length, the segment, its CRC and CR LF
	 */
	public static String frame(String dataSegment) {
		byte[] bytes = dataSegment.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_LENGTH) {
			throw new IllegalArgumentException("data segment longer than 9999 bytes: " + bytes.length);
		}
		return "##" + String.format("%04d", bytes.length) + dataSegment + Hj212Crc.hex(Hj212Crc.of(bytes)) + "\r\n";
	}

	/**
	 * The 9014 data answer to an upload that asked for one (Flag bit A).
	 * @param upload the parsed upload
	 * @param now the current time in the device's zone, for a QN when the upload had none
	 * @return the framed answer
	 */
	public static String dataAnswer(Hj212Packet upload, ZonedDateTime now) {
		String qn = (upload.qn() != null) ? upload.qn() : QN_FORMAT.format(now);
		return frame(answer(qn, upload, "9014", ""));
	}

	/**
	 * The 9011 request answer, also used to reject a packet.
	 * @param request the parsed packet answered
	 * @param qnRtn 1 ready, 2 refused, 3 PW error, 4 MN error, 5 ST error, 6 Flag error, 7 QN error,
	 * 8 CN error, 9 CRC error, 100 unknown error
	 * @return the framed answer; without QN when the packet had none
	 */
	public static String requestAnswer(Hj212Packet request, int qnRtn) {
		if (!QN_RTN_CODES.contains(qnRtn)) {
			throw new IllegalArgumentException("unknown QnRtn " + qnRtn);
		}
		return frame(answer(request.qn(), request, "9011", "QnRtn=" + qnRtn));
	}

	private static String answer(String qn, Hj212Packet packet, String cn, String cp) {
		StringJoiner fields = new StringJoiner(";");
		if (qn != null) {
			fields.add("QN=" + qn);
		}
		fields.add("ST=91").add("CN=" + cn);
		if (packet.pw() != null) {
			fields.add("PW=" + packet.pw());
		}
		fields.add("MN=" + packet.mn()).add("Flag=" + packet.version().flagBits());
		return fields.add("CP=&&" + cp + "&&").toString();
	}

}
