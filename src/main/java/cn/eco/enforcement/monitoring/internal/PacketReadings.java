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
 * stamped with its arrival. Facility run states (SBxxx) are not readings.
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
		Instant at = packet.dataTime() == null ? clock.instant() : packet.dataTimeAt(CHINA);
		List<Reading> readings = new ArrayList<>();
		for (Hj212Item item : packet.items()) {
			if (item.factorCode().startsWith("SB") || item.factorCode().startsWith("i")) {
				continue;
			}
			BigDecimal rtd = number(item, "Rtd");
			BigDecimal avg = number(item, "Avg");
			BigDecimal zsAvg = number(item, period == Period.RTD ? "ZsRtd" : "ZsAvg");
			BigDecimal cou = number(item, "Cou");
			if (rtd != null || avg != null || zsAvg != null || cou != null) {
				readings.add(new Reading(item.factorCode(), period, at, rtd, avg, number(item, "Min"), number(item, "Max"),
						zsAvg, cou, item.value("Flag").orElse(null)));
			}
		}
		return readings;
	}

	private static BigDecimal number(Hj212Item item, String suffix) {
		return item.value(suffix).map(PacketReadings::parse).orElse(null);
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
