package cn.eco.enforcement.tools.simulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Data loggers in China stamp packets with local time (Asia/Shanghai). */
final class ChinaTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DATA_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZONE);

	private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZONE);

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

	private ChinaTime() {
	}

	static ZonedDateTime now() {
		return ZonedDateTime.now(ZONE);
	}

	/** {@code yyyyMMddHHmmss}, the 2017 DataTime. */
	static String dataTime(ZonedDateTime at) {
		return DATA_TIME.format(at);
	}

	/** {@code yyyyMMddHHmmssSSS}: a QN, or a DataTime with milliseconds (tolerated by the codec). */
	static String millis(Instant at) {
		return MILLIS.format(at);
	}

	static String readable(ZonedDateTime at) {
		return READABLE.format(at);
	}

}
