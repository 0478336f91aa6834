package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;

import cn.eco.enforcement.monitoring.hj212.fuzz.PacketGenerator.Header;

/**
 * Writes a data segment the ways real loggers do: usually in the standard field order with
 * {@code ,} inside an item and {@code ;} between items, sometimes with shuffled or lower-case header
 * keys, mixed-up separators or without the closing {@code &&}.
 */
final class DataSegmentWriter {

	private DataSegmentWriter() {
	}

	static String write(Random random, Header header, String dataTime, Map<String, Map<String, String>> items,
			Map<String, String> other) {
		String cp = "CP=&&" + cpBody(random, dataTime, items, other) + (random.nextInt(30) == 0 ? "" : "&&");
		return String.join(";", headerFields(random, header)) + ";" + cp;
	}

	private static List<String> headerFields(Random random, Header header) {
		List<String> fields = new ArrayList<>();
		boolean lowerCase = random.nextInt(20) == 0;
		add(fields, "QN", header.qn(), lowerCase);
		add(fields, "ST", header.st(), lowerCase);
		add(fields, "CN", header.cn(), lowerCase);
		add(fields, "PW", header.pw(), lowerCase);
		add(fields, "MN", header.mn(), lowerCase);
		add(fields, "Flag", header.flag(), lowerCase);
		add(fields, "PNUM", header.pnum(), lowerCase);
		add(fields, "PNO", header.pno(), lowerCase);
		if (random.nextInt(10) == 0) {
			Collections.shuffle(fields, random);
		}
		return fields;
	}

	private static void add(List<String> fields, String key, Object value, boolean lowerCase) {
		if (value != null) {
			fields.add((lowerCase ? key.toLowerCase(Locale.ROOT) : key) + "=" + value);
		}
	}

	private static String cpBody(Random random, String dataTime, Map<String, Map<String, String>> items,
			Map<String, String> other) {
		boolean loose = random.nextInt(10) == 0;
		StringJoiner body = new StringJoiner(";");
		if (dataTime != null) {
			body.add("DataTime=" + dataTime);
		}
		other.forEach((key, value) -> body.add(key + "=" + value));
		items.forEach((code, values) -> body.add(item(random, code, values, loose)));
		return body.toString();
	}

	private static String item(Random random, String code, Map<String, String> values, boolean loose) {
		StringBuilder text = new StringBuilder();
		values.forEach((suffix, value) -> {
			if (!text.isEmpty()) {
				text.append((loose && random.nextBoolean()) ? ';' : ',');
			}
			text.append(code).append('-').append(suffix).append('=').append(value);
		});
		return text.toString();
	}

}
