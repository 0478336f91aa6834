package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Random field values of the shapes HJ 212 uses: timestamps, digit strings, hex ids, decimals.
 */
final class DataFields {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private DataFields() {
	}

	/** A QN: a timestamp with milliseconds, 17 digits. */
	static String qn(Random random) {
		return SECONDS.format(time(random)) + digits(random, 3);
	}

	/** A DataTime: 14 digits, or 17 with milliseconds when the 2005 habit is allowed. */
	static String dataTime(Random random, boolean millisAllowed) {
		String seconds = SECONDS.format(time(random));
		return (millisAllowed && random.nextBoolean()) ? seconds + digits(random, 3) : seconds;
	}

	static String digits(Random random, int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append((char) ('0' + random.nextInt(10)));
		}
		return text.toString();
	}

	static String hex(Random random, int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append(Character.toUpperCase(Character.forDigit(random.nextInt(16), 16)));
		}
		return text.toString();
	}

	static String alphanumeric(Random random, int count) {
		StringBuilder text = new StringBuilder(count);
		for (int i = 0; i < count; i++) {
			text.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
		}
		return text.toString();
	}

	/** A measured value: signed or not, with 0..4 decimals, now and then in exponent form. */
	static String decimal(Random random) {
		double magnitude = Math.pow(10, random.nextInt(7) - 2);
		double value = random.nextDouble() * magnitude * (random.nextInt(10) == 0 ? -1 : 1);
		if (random.nextInt(20) == 0) {
			return String.format(java.util.Locale.ROOT, "%.2E", value);
		}
		return String.format(java.util.Locale.ROOT, "%." + random.nextInt(5) + "f", value);
	}

	private static LocalDateTime time(Random random) {
		return LocalDateTime.of(2000, 1, 1, 0, 0).plusSeconds(random.nextInt(30 * 365 * 24 * 3600));
	}

}
