package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.Random;

/**
 * Edits of a data segment at the level of its {@code key=value} fields: values replaced with ones a
 * parser trips over (out-of-range numbers, impossible dates, non-ASCII digits, separators, control
 * characters), fields inserted, deleted or duplicated, and the CP markers removed or doubled.
 */
final class FieldEdits {

	private static final String[] VALUES = { "", "-1", "0", "00", "99999999999", "2147483648", "256", "12", "3",
			"1.5", "٣", "२", "NaN", "1e9999", "-0", "+5", "20231301000000", "20230229120000", "20240229120000",
			"2024022912000000", "00000000000000", "20241231235960", "999999999999999999", "&&", "&", "=", "CP=&&",
			"##", "\r\n", "\n", "中文", "\uD83D", " 5 ", "\t", "9".repeat(400) };

	private static final String[] KEYS = { "QN", "ST", "CN", "PW", "MN", "Flag", "flag", "PNUM", "PNO", "CP",
			"DataTime", "w01018-Rtd", "-Rtd", "w01018-", "", " ", "SB1-RS", "x-y-z", "CP=&&DataTime" };

	private FieldEdits() {
	}

	static String anyEdit(Random random, String segment) {
		return switch (random.nextInt(6)) {
			case 0, 1 -> replaceValue(random, segment);
			case 2 -> insertField(random, segment);
			case 3 -> deleteField(random, segment);
			case 4 -> removeMarker(random, segment);
			default -> segment + (random.nextBoolean() ? segment : ";" + pick(random, KEYS));
		};
	}

	private static String replaceValue(Random random, String segment) {
		int equals = nthIndexOf(segment, '=', random);
		if (equals < 0) {
			return segment + pick(random, VALUES);
		}
		int end = valueEnd(segment, equals + 1);
		return segment.substring(0, equals + 1) + pick(random, VALUES) + segment.substring(end);
	}

	private static String insertField(Random random, String segment) {
		int at = random.nextInt(segment.length() + 1);
		String separator = random.nextBoolean() ? ";" : ",";
		String field = pick(random, KEYS) + (random.nextInt(5) == 0 ? "" : "=" + pick(random, VALUES));
		return segment.substring(0, at) + separator + field + separator + segment.substring(at);
	}

	private static String deleteField(Random random, String segment) {
		int equals = nthIndexOf(segment, '=', random);
		if (equals < 0) {
			return segment;
		}
		int start = Math.max(segment.lastIndexOf(';', equals), segment.lastIndexOf(',', equals)) + 1;
		return segment.substring(0, start) + segment.substring(valueEnd(segment, equals + 1));
	}

	private static String removeMarker(Random random, String segment) {
		String marker = random.nextBoolean() ? "&&" : "CP=";
		int at = random.nextBoolean() ? segment.indexOf(marker) : segment.lastIndexOf(marker);
		return (at < 0) ? segment : segment.substring(0, at) + segment.substring(at + marker.length());
	}

	private static int valueEnd(String segment, int from) {
		int end = from;
		while (end < segment.length() && ";,&".indexOf(segment.charAt(end)) < 0) {
			end++;
		}
		return end;
	}

	private static int nthIndexOf(String text, char c, Random random) {
		int count = (int) text.chars().filter((ch) -> ch == c).count();
		if (count == 0) {
			return -1;
		}
		int target = random.nextInt(count);
		int at = text.indexOf(c);
		for (int i = 0; i < target; i++) {
			at = text.indexOf(c, at + 1);
		}
		return at;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
