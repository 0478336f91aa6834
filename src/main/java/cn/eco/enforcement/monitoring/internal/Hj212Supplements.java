package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import cn.eco.enforcement.monitoring.hj212.Hj212Packet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what {@link SupplementaryPackets} reads: production-condition markers, VOCs raw data and
 * multimedia references, all of a packet or nothing. A re-sent packet is stored once (the first
 * stays; a concurrent twin fails on the key and stays unanswered, so the logger sends it again). The
 * HJ 212 intake hands it the packets {@link SupplementaryPackets#claims claimed}, after MN, CRC,
 * password, decryption and DataTime checks, and answers 9014 after it returns.
 * <p>
 * {@code INSERT … SELECT … WHERE NOT EXISTS} rather than {@code ON CONFLICT}, so that it runs on H2 (the
 * demo) too; the SELECT's parameters are cast because PostgreSQL cannot type a bare one there.
 */
@Component
class Hj212Supplements {

	private final JdbcClient jdbc;

	private final SupplementFields fields;

	private final Clock clock;

	Hj212Supplements(JdbcClient jdbc, SupplementFields fields, Clock clock) {
		this.jdbc = jdbc;
		this.fields = fields;
		this.clock = clock;
	}

	/** Whether the packet is for this class rather than the readings table. */
	static boolean claims(Hj212Packet packet) {
		return SupplementaryPackets.claims(packet);
	}

	/**
	 * Stores the packet's data.
	 * @param at the packet's DataTime, or the time received when it has none
	 * @return why the packet cannot be stored as sent, if it cannot; nothing is stored then
	 */
	@Transactional
	Optional<Refusal> record(Devices.Device device, Hj212Packet packet, Instant at) {
		SupplementaryPackets.Read read = SupplementaryPackets.read(packet, fields);
		if (read.refusal() != null) {
			return Optional.of(read.refusal());
		}
		OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
		OffsetDateTime received = OffsetDateTime.now(clock);
		for (SupplementaryPackets.Condition c : read.conditions()) {
			jdbc.sql("""
					INSERT INTO production_condition (mn, data_time, factor_code, marker, flag, received_at)
					SELECT CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(20)),
					       CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(4)), CAST(? AS TIMESTAMP WITH TIME ZONE)
					WHERE NOT EXISTS (SELECT 1 FROM production_condition WHERE mn = ? AND data_time = ? AND factor_code = ?)""")
				.params(device.mn(), time, c.factorCode(), c.marker(), c.flag(), received, device.mn(), time, c.factorCode())
				.update();
		}
		for (SupplementaryPackets.VocsPeak p : read.peaks()) {
			jdbc.sql("""
					INSERT INTO vocs_raw_data (mn, data_time, factor_code, retention_time, peak_area, peak_height,
					                           spectrum_file, flag, received_at)
					SELECT CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(20)),
					       CAST(? AS NUMERIC(22, 6)), CAST(? AS NUMERIC(22, 6)), CAST(? AS NUMERIC(22, 6)),
					       CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(4)), CAST(? AS TIMESTAMP WITH TIME ZONE)
					WHERE NOT EXISTS (SELECT 1 FROM vocs_raw_data WHERE mn = ? AND data_time = ? AND factor_code = ?)""")
				.params(device.mn(), time, p.factorCode(), p.retentionTime(), p.peakArea(), p.peakHeight(),
						p.spectrumFile(), p.flag(), received, device.mn(), time, p.factorCode())
				.update();
		}
		read.multimedia().ifPresent(m -> jdbc.sql("""
				INSERT INTO multimedia_file (mn, data_time, cn, file_name, file_type, file_size, digest, reference,
				                             file_key, received_at)
				SELECT CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(4)),
				       CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(32)), CAST(? AS BIGINT), CAST(? AS VARCHAR(128)),
				       CAST(? AS VARCHAR(1000)), CAST(? AS VARCHAR(1000)), CAST(? AS TIMESTAMP WITH TIME ZONE)
				WHERE NOT EXISTS (SELECT 1 FROM multimedia_file WHERE mn = ? AND data_time = ? AND file_key = ?)""")
			.params(device.mn(), time, packet.cn(), m.fileName(), m.fileType(), m.fileSize(), m.digest(), m.reference(),
					m.key(), received, device.mn(), time, m.key())
			.update());
		return Optional.empty();
	}

}
