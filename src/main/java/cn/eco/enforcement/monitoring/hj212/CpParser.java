package cn.eco.enforcement.monitoring.hj212;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;

/**
 * Splits a CP data area into fields. {@code ,} and {@code ;} are treated alike because devices mix
 * them; fields are grouped by the code before the last dash, not by position. Tokens without
 * {@code =} (stray separators, a dangling {@code &}) are skipped. One instance per data area.
 */
final class CpParser {

	private static final String DATA_TIME = "DataTime";

	private final FactorCodes codes;

	private final Map<String, Map<String, String>> byCode = new LinkedHashMap<>();

	private final Map<String, String> other = new LinkedHashMap<>();

	private String dataTime;

	private CpParser(FactorCodes codes) {
		this.codes = codes;
	}

	static CpContent parse(String body, FactorCodes codes) {
		CpParser parser = new CpParser(codes);
		// Split by hand, by index: every packet passes here, and substrings only for what is kept.
		int start = 0;
		for (int i = 0; i <= body.length(); i++) {
			if (i == body.length() || isSeparator(body.charAt(i))) {
				parser.field(body, start, i);
				start = i + 1;
			}
		}
		return parser.content();
	}

	static boolean isSeparator(char c) {
		return c == ';' || c == ',';
	}

	private void field(String body, int start, int end) {
		int equals = body.indexOf('=', start);
		if (equals <= start || equals >= end) {
			return;
		}
		int keyStart = skipSpace(body, start, equals);
		int keyEnd = trimSpace(body, keyStart, equals);
		int valueStart = skipSpace(body, equals + 1, end);
		String value = body.substring(valueStart, trimSpace(body, valueStart, end));
		int dash = body.lastIndexOf('-', keyEnd - 1);
		if (dash > keyStart && dash < keyEnd - 1) {
			byCode.computeIfAbsent(codes.resolve(body.substring(keyStart, dash)), (code) -> new LinkedHashMap<>())
				.put(body.substring(dash + 1, keyEnd), value);
		}
		else if (keyEnd - keyStart == DATA_TIME.length() && body.regionMatches(true, keyStart, DATA_TIME, 0, DATA_TIME.length())) {
			dataTime = (dataTime != null) ? dataTime : validDataTime(value);
		}
		else {
			other.put(body.substring(keyStart, keyEnd), value);
		}
	}

	/** The first index in [from, to) that is not white space, or {@code to}. */
	static int skipSpace(String text, int from, int to) {
		int i = from;
		while (i < to && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** The end of [from, to) without trailing white space. */
	static int trimSpace(String text, int from, int to) {
		int i = to;
		while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
			i--;
		}
		return i;
	}

	private CpContent content() {
		List<Hj212Item> items = new ArrayList<>();
		byCode.forEach((code, values) -> items.add(new Hj212Item(code, values)));
		return new CpContent(dataTime, items, other);
	}

	private static String validDataTime(String value) {
		try {
			DataTimes.parse(value);
			return value;
		}
		catch (DateTimeException ex) {
			throw new Hj212ParseException(Reason.BAD_DATA_TIME, "DataTime is not YYYYMMDDhhmmss: " + value);
		}
	}

}
