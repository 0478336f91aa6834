package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;

/**
 * Turns an HJ 212 data upload into readings: CN 2011 real-time (-Rtd), 2051 minute, 2061 hour and
 * 2031 day data (-Avg/-Min/-Max/-ZsAvg/-Cou). Data times are China time; a packet without one is
 * stamped with its arrival. Facility run states (SBxxx) are not readings. A value that is not a
 * number is told to the caller ({@link #read}), not just left out.
 */
final class PacketReadings {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private PacketReadings() {
	}

	/** The period of a data-upload command, or empty for commands that carry no readings. */
	static Optional<Period> periodOf(String cn) {
		return Optional.ofNullable(switch (cn) {
			case "2011" -> Period.RTD;
			case "2051" -> Period.MINUTE;
			case "2061" -> Period.HOUR;
			case "2031" -> Period.DAY;
			default -> null;
		});
	}

	static List<Reading> of(Hj212Packet packet, Period period, Clock clock) {
		return read(packet, period, clock).readings();
	}

	/**
	 * The packet's readings, and the first value sent in a field they are read from that is not a
	 * number: such a value would be left out silently, so the caller refuses the packet instead.
	 */
	static Read read(Hj212Packet packet, Period period, Clock clock) {
		Instant at = packet.dataTime() == null ? clock.instant() : packet.dataTimeAt(CHINA);
		List<Reading> readings = new ArrayList<>();
		Values values = new Values();
		for (Hj212Item item : packet.items()) {
			if (item.factorCode().startsWith("SB") || item.factorCode().startsWith("i")) {
				continue;
			}
			BigDecimal rtd = values.number(item, "Rtd");
			BigDecimal avg = values.number(item, "Avg");
			BigDecimal zsAvg = values.number(item, period == Period.RTD ? "ZsRtd" : "ZsAvg");
			BigDecimal cou = values.number(item, "Cou");
			BigDecimal min = values.number(item, "Min");
			BigDecimal max = values.number(item, "Max");
			if (rtd != null || avg != null || zsAvg != null || cou != null) {
				readings.add(new Reading(item.factorCode(), period, at, rtd, avg, min, max, zsAvg, cou,
						item.value("Flag").orElse(null)));
			}
		}
		return new Read(readings, Optional.ofNullable(values.notANumber));
	}

	/**
	 * A packet's readings.
	 * @param readings the readings, one per factor with a value
	 * @param notANumber the first value that is not a number, as "w01018-Avg=NaN"; a blank value
	 * counts as not sent
	 */
	record Read(List<Reading> readings, Optional<String> notANumber) {
	}

	/** Reads the numbers of one packet and remembers the first value that is not one. */
	private static final class Values {

		private String notANumber;

		BigDecimal number(Hj212Item item, String suffix) {
			String text = item.values().get(suffix);
			if (text == null) {
				return null;
			}
			BigDecimal number = parse(text);
			if (number == null && notANumber == null && !text.isBlank()) {
				notANumber = item.factorCode() + "-" + suffix + "=" + text;
			}
			return number;
		}

	}

	private static BigDecimal parse(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

}
