package cn.eco.enforcement.monitoring.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a logger says about its plant and itself: treatment-facility run states (CN 2021,
 * {@code SBxxx-RS} 0 off … 5 blow-back, {@code SBxxx-RT} hours run today) and restarts (CN 2081).
 */
@Repository
class DeviceStatus {

	private final JdbcClient jdbc;

	DeviceStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the facility states of a 2021 packet (once per facility and time); returns how many. */
	@Transactional
	int storeFacilityStates(Hj212Packet packet, Instant at) {
		int stored = 0;
		for (Hj212Item item : packet.items()) {
			if (item.factorCode().startsWith("SB")) {
				Short state = item.value("RS").map(v -> parse(v)).map(BigDecimal::shortValue).orElse(null);
				BigDecimal hours = item.value("RT").map(DeviceStatus::parse).orElse(null);
				stored += jdbc.sql("""
						INSERT INTO facility_state (mn, facility_code, data_time, run_state, run_hours)
						SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (
						  SELECT 1 FROM facility_state WHERE mn = ? AND facility_code = ? AND data_time = ?)""")
					.params(packet.mn(), item.factorCode(), Timestamp.from(at), state, hours, packet.mn(), item.factorCode(),
							Timestamp.from(at))
					.update();
			}
		}
		return stored;
	}

	/**
	 * The first run state or hours run of a 2021 packet that is not a number, as "SB1-RS=abc": stored
	 * as null it would be lost without a word. A blank value counts as not sent.
	 */
	static Optional<String> notANumber(Hj212Packet packet) {
		for (Hj212Item item : packet.items()) {
			if (item.factorCode().startsWith("SB")) {
				for (String suffix : List.of("RS", "RT")) {
					Optional<String> value = item.value(suffix).filter(v -> !v.isBlank() && parse(v) == null);
					if (value.isPresent()) {
						return Optional.of(item.factorCode() + "-" + suffix + "=" + value.get());
					}
				}
			}
		}
		return Optional.empty();
	}

	@Transactional
	void recordEvent(String mn, String type, Instant at, String detail) {
		jdbc.sql("INSERT INTO device_event (mn, event_type, occurred_at, detail) VALUES (?, ?, ?, ?)")
			.params(mn, type, Timestamp.from(at), detail)
			.update();
	}

	private static BigDecimal parse(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
