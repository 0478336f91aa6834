package cn.eco.enforcement.monitoring.hj212;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;

/**
 * Splits a CP data area into fields. {@code ,} and {@code ;} are treated alike because devices mix
 * them; fields are grouped by the code before the last dash, not by position. Tokens without
 * {@code =} (stray separators, a dangling {@code &}) are skipped. One instance per data area.
 */
final class CpParser {

	private static final String DATA_TIME = "DataTime";

	private static final Pattern SEPARATORS = Pattern.compile("[;,]");

	private final FactorCodes codes;

	private final Map<String, Map<String, String>> byCode = new LinkedHashMap<>();

	private final Map<String, String> other = new LinkedHashMap<>();

	private String dataTime;

	private CpParser(FactorCodes codes) {
		this.codes = codes;
	}

	static CpContent parse(String body, FactorCodes codes) {
		CpParser parser = new CpParser(codes);
		for (String token : SEPARATORS.split(body)) {
			parser.field(token);
		}
		return parser.content();
	}

	private void field(String token) {
		int equals = token.indexOf('=');
		if (equals <= 0) {
			return;
		}
		String key = token.substring(0, equals).strip();
		String value = token.substring(equals + 1).strip();
		int dash = key.lastIndexOf('-');
		if (dash > 0 && dash < key.length() - 1) {
			byCode.computeIfAbsent(codes.resolve(key.substring(0, dash)), (code) -> new LinkedHashMap<>())
				.put(key.substring(dash + 1), value);
		}
		else if (key.equalsIgnoreCase(DATA_TIME)) {
			dataTime = (dataTime != null) ? dataTime : validDataTime(value);
		}
		else {
			other.put(key, value);
		}
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
