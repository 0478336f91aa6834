package cn.eco.enforcement.tools.simulator;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Options of the form {@code --name value}, {@code --name=value} or a bare {@code --name} (true).
 * A value may be empty ({@code --jdbc-password ""}). Unknown names are refused.
 */
final class CommandLine {

	private final Map<String, String> values;

	private CommandLine(Map<String, String> values) {
		this.values = values;
	}

	static CommandLine parse(String[] args, Set<String> known) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--") || arg.length() == 2) {
				throw new IllegalArgumentException("unexpected argument: " + arg);
			}
			String name = arg.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				value = args[++i];
			}
			else {
				value = "true";
			}
			if (!known.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name);
			}
			values.put(name, value);
		}
		return new CommandLine(values);
	}

	boolean has(String name) {
		return values.containsKey(name);
	}

	String text(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	int integer(String name, int fallback) {
		String value = values.get(name);
		try {
			return value == null ? fallback : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number: " + value);
		}
	}

	double decimal(String name, double fallback) {
		String value = values.get(name);
		try {
			return value == null ? fallback : Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a number: " + value);
		}
	}

	static int positive(String name, int value) {
		if (value <= 0) {
			throw new IllegalArgumentException("--" + name + " must be positive: " + value);
		}
		return value;
	}

}
