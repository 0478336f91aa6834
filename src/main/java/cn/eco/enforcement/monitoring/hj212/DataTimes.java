package cn.eco.enforcement.monitoring.hj212;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * DataTime values: {@code YYYYMMDDhhmmss}, or with milliseconds appended as 2005-era loggers send.
 */
final class DataTimes {

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS")
		.withResolverStyle(ResolverStyle.STRICT);

	private DataTimes() {
	}

	static LocalDateTime parse(String raw) {
		if (raw.length() == 14) {
			return LocalDateTime.parse(raw, SECONDS);
		}
		if (raw.length() == 17) {
			return LocalDateTime.parse(raw, MILLIS);
		}
		throw new DateTimeParseException("DataTime must have 14 or 17 digits", raw, 0);
	}

}
