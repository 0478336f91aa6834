package cn.eco.enforcement.monitoring.hj212;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;

/**
 * Parses HJ 212 data segments (UTF-8). Header fields may come in any order, be missing (QN, Flag) or
 * carry PNUM/PNO without Flag; {@code ,} and {@code ;} are both taken as separators; a dropped closing
 * {@code &&} is tolerated. Unusable packets raise {@link Hj212ParseException}.
 */
public final class Hj212Parser {

	private static final Set<String> HEADER_FIELDS = Set.of("QN", "ST", "CN", "PW", "MN", "FLAG", "PNUM", "PNO");

	private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

	private Hj212Parser() {
	}

	/**
	 * Parses a data segment with the built-in factor codes.
	 * @param dataSegment the bytes between the length field and the CRC
	 * @return the packet
	 * @throws Hj212ParseException when CN, MN or CP is missing or a number field is invalid
	 */
	public static Hj212Packet parse(byte[] dataSegment) {
		return parse(dataSegment, FactorCodes.standard());
	}

	/**
	 * Parses a data segment, resolving factor codes with registered vendor aliases.
	 * @param dataSegment the bytes between the length field and the CRC
	 * @param codes the factor codes and aliases to canonicalise item codes with
	 * @return the packet
	 * @throws Hj212ParseException when CN, MN or CP is missing or a number field is invalid
	 */
	public static Hj212Packet parse(byte[] dataSegment, FactorCodes codes) {
		return parse(dataSegment, body -> CpParser.parse(body, codes));
	}

	/**
	 * Parses a data segment already decoded as text (a data area just decrypted), with the built-in
	 * factor codes.
	 * @param dataSegment the data segment as text
	 * @return the packet
	 * @throws Hj212ParseException when CN, MN or CP is missing or a number field is invalid
	 */
	public static Hj212Packet parse(String dataSegment) {
		return parseText(dataSegment, body -> CpParser.parse(body, FactorCodes.standard()));
	}

	/**
	 * Parses only what an answer needs, the header, of a packet whose data area did not parse (a
	 * DataTime that is no date): the packet has no DataTime, items or other CP fields.
	 * @param dataSegment the bytes between the length field and the CRC
	 * @return the header as a packet, or empty when the header itself is unusable
	 */
	public static Optional<Hj212Packet> parseHeader(byte[] dataSegment) {
		try {
			return Optional.of(parse(dataSegment, body -> new CpContent(null, List.of(), Map.of())));
		}
		catch (Hj212ParseException ex) {
			return Optional.empty();
		}
	}

	private static Hj212Packet parse(byte[] dataSegment, Function<String, CpContent> cpParser) {
		return parseText(new String(dataSegment, StandardCharsets.UTF_8), cpParser);
	}

	private static Hj212Packet parseText(String text, Function<String, CpContent> cpParser) {
		CpArea cp = CpArea.of(text).orElseThrow(() -> new Hj212ParseException(Reason.NO_CP, "no CP=&&…&& data area"));
		String afterCp = text.substring(Math.min(text.length(), cp.end() + 2));
		Map<String, String> header = header(text.substring(0, cp.cpStart()) + ";" + afterCp);
		return packet(header, cpParser.apply(cp.body(text)));
	}

	private static Map<String, String> header(String text) {
		Map<String, String> fields = new HashMap<>();
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || CpParser.isSeparator(text.charAt(i))) {
				headerField(text, start, i, fields);
				start = i + 1;
			}
		}
		return fields;
	}

	private static void headerField(String text, int start, int end, Map<String, String> fields) {
		int from = CpParser.skipSpace(text, start, end);
		if (from == end) {
			return;
		}
		int equals = text.indexOf('=', start);
		if (equals <= start || equals >= end) {
			throw new Hj212ParseException(Reason.MALFORMED, "header field without '=': " + text.substring(from,
					CpParser.trimSpace(text, from, end)));
		}
		String key = text.substring(from, CpParser.trimSpace(text, from, equals)).toUpperCase(Locale.ROOT);
		int valueStart = CpParser.skipSpace(text, equals + 1, end);
		String value = text.substring(valueStart, CpParser.trimSpace(text, valueStart, end));
		if (HEADER_FIELDS.contains(key) && !value.isEmpty()) {
			fields.putIfAbsent(key, value);
		}
	}

	private static Hj212Packet packet(Map<String, String> header, CpContent cp) {
		String cn = required(header, "CN", Reason.NO_CN);
		String mn = required(header, "MN", Reason.NO_MN);
		Integer flag = flag(header.get("FLAG"));
		Integer pnum = packetNumber(header.get("PNUM"), "PNUM");
		Integer pno = packetNumber(header.get("PNO"), "PNO");
		if (pnum != null && pno != null && pno > pnum) {
			throw new Hj212ParseException(Reason.BAD_PACKET_NUMBER, "PNO " + pno + " exceeds PNUM " + pnum);
		}
		return new Hj212Packet(header.get("QN"), header.get("ST"), cn, header.get("PW"), mn, flag, pnum, pno,
				cp.dataTime(), cp.items(), cp.other());
	}

	private static String required(Map<String, String> header, String field, Reason reason) {
		String value = header.get(field);
		if (value == null) {
			throw new Hj212ParseException(reason, "no " + field + " field");
		}
		return value;
	}

	private static Integer flag(String raw) {
		Integer flag = number(raw);
		if (raw != null && (flag == null || !ProtocolVersion.isValidFlag(flag))) {
			throw new Hj212ParseException(Reason.BAD_FLAG, "Flag must be 0..255 with known version bits: " + raw);
		}
		return flag;
	}

	private static Integer packetNumber(String raw, String field) {
		Integer number = number(raw);
		if (raw != null && (number == null || number < 1)) {
			throw new Hj212ParseException(Reason.BAD_PACKET_NUMBER, field + " must be a positive number: " + raw);
		}
		return number;
	}

	private static Integer number(String raw) {
		return (raw != null && NUMBER.matcher(raw).matches()) ? Integer.valueOf(raw) : null;
	}

}
