package cn.eco.enforcement.enterprise.web;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks. */
final class Csv {

	private Csv() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				addIfNotBlank(rows, row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		row.add(field.toString());
		addIfNotBlank(rows, row);
		return rows;
	}

	private static void addIfNotBlank(List<List<String>> rows, List<String> row) {
		if (!(row.size() == 1 && row.get(0).isBlank())) {
			rows.add(row);
		}
	}

}
