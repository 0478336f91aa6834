package cn.eco.enforcement.monitoring.hj212;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The platform's HJ 212 messages: framing and the answers to device packets. Answers carry ST=91,
 * echo QN, PW and MN, and put the packet's protocol version in Flag without asking for an answer.
 * Answers (9011, 9014) are no command HJ 212-2025 encrypts ({@link CommandCodes#mustBeEncrypted}), so
 * they go in clear to encrypting loggers too; the key-setting request 1014 goes encrypted.
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

	/**
	 * The platform's request setting a logger's new SM4 key (CN 1014, HJ 212-2025), its data area
	 * {@code SKCreateTime=…;NewSK=…} (as one public implementation names the fields) encrypted with
	 * the key in force, as every 1014 must be. Flag asks for an answer: the logger confirms with 9011
	 * and 9012, echoing the QN.
	 * @param qn the request's QN, {@code yyyyMMddHHmmssSSS}
	 * @param st the system code the logger's own packets carry
	 * @param pw the logger's access password
	 * @param mn the logger's MN
	 * @param current the key in force
	 * @param newKey the new 16-byte key
	 * @return the framed request
	 */
	public static String newKeyRequest(String qn, String st, String pw, String mn, CpCipher current, byte[] newKey) {
		String cp = "SKCreateTime=" + qn + ";NewSK=" + java.util.HexFormat.of().withUpperCase().formatHex(newKey);
		StringJoiner fields = new StringJoiner(";").add("QN=" + qn).add("ST=" + (st == null ? "32" : st)).add("CN=1014");
		if (pw != null) {
			fields.add("PW=" + pw);
		}
		fields.add("MN=" + mn).add("Flag=" + (ProtocolVersion.HJ212_2025.flagBits() | 1));
		return frame(fields.add("CP=&&" + current.encrypt(cp) + "&&").toString());
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
