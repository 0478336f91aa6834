package cn.eco.enforcement.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.ReadingBatch;
import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Split HJ 212 uploads (PNUM/PNO, DOMAIN §a.9) put back together. Each part of a set carries its own
 * QN and the set's DataTime, so a set is one device's parts with the same CN, DataTime and PNUM.
 * Parts wait in the database ({@code hj212_split_part}), not in memory: a part is answered once it
 * is stored there, and a crash loses none. The part that completes a set turns the set into one
 * upload, stored and judged once with all its factors; a part that is already there is a duplicate
 * and ignored. The writers call this in their transaction, so one device's parts never race.
 */
@Repository
class SplitUploads {

	private static final Logger log = LoggerFactory.getLogger(SplitUploads.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	SplitUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One received part: the parsed packet and its data segment as sent. */
	record Part(Hj212Packet packet, String dataSegment) {

		SetKey set() {
			return new SetKey(packet.mn(), packet.cn(), packet.dataTime(), packet.pnum());
		}

	}

	/** The parts of one split upload: device, command, DataTime and number of parts. */
	record SetKey(String mn, String cn, String dataTime, int pnum) {
	}

	/**
	 * Whether an upload is a part to put together with others: it has PNUM above 1, PNO and a
	 * DataTime. A packet numbered "1 of 1", or without DataTime to tell its set by, stands alone.
	 */
	static boolean isPart(Hj212Packet packet) {
		return packet.pnum() != null && packet.pno() != null && packet.pnum() > 1 && packet.dataTime() != null;
	}

	/** Keeps a part; when it completes its set, returns the set as one upload. */
	Optional<ReadingBatch> add(Part part, OffsetDateTime now) {
		SetKey set = part.set();
		int pno = part.packet().pno();
		boolean known = jdbc.sql("""
				SELECT COUNT(*) FROM hj212_split_part WHERE mn = ? AND cn = ? AND data_time = ? AND pnum = ? AND pno = ?""")
			.params(set.mn(), set.cn(), set.dataTime(), set.pnum(), pno)
			.query(Integer.class)
			.single() > 0;
		if (known) {
			log.debug("HJ 212 {} part {}/{} of {} at {} again: ignored", set.cn(), pno, set.pnum(), set.mn(), set.dataTime());
			return Optional.empty();
		}
		jdbc.sql("""
				INSERT INTO hj212_split_part (mn, cn, data_time, pnum, pno, data_segment, received_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(set.mn(), set.cn(), set.dataTime(), set.pnum(), pno, part.dataSegment(), now)
			.update();
		List<String> segments = openSegments(set);
		return segments.size() < set.pnum() ? Optional.empty() : Optional.of(complete(set, segments, now));
	}

	/**
	 * What arrived of a set that is not complete after the timeout, as one upload: its parts were
	 * answered, so they are stored rather than dropped. Empty when the set was completed meanwhile.
	 */
	Optional<ReadingBatch> expire(SetKey set, OffsetDateTime now) {
		List<String> segments = openSegments(set);
		if (segments.isEmpty()) {
			return Optional.empty();
		}
		if (segments.size() < set.pnum()) {
			log.warn("HJ 212 split upload from {} (CN {}, DataTime {}) incomplete: {} of {} parts arrived; storing those",
					set.mn(), set.cn(), set.dataTime(), segments.size(), set.pnum());
		}
		return Optional.of(complete(set, segments, now));
	}

	/** Sets with a part received before the given time that are not completed. */
	List<SetKey> openBefore(OffsetDateTime before) {
		return jdbc.sql("""
				SELECT DISTINCT mn, cn, data_time, pnum FROM hj212_split_part
				WHERE completed_at IS NULL AND received_at < ?""")
			.param(before)
			.query((rs, i) -> new SetKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
			.list();
	}

	/** Forgets completed sets (and so stops recognising their parts as duplicates). */
	int purgeCompletedBefore(OffsetDateTime before) {
		return jdbc.sql("DELETE FROM hj212_split_part WHERE completed_at < ?").param(before).update();
	}

	private List<String> openSegments(SetKey set) {
		return jdbc.sql("""
				SELECT data_segment FROM hj212_split_part
				WHERE mn = ? AND cn = ? AND data_time = ? AND pnum = ? AND completed_at IS NULL ORDER BY pno""")
			.params(set.mn(), set.cn(), set.dataTime(), set.pnum())
			.query(String.class)
			.list();
	}

	private ReadingBatch complete(SetKey set, List<String> segments, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE hj212_split_part SET completed_at = ?, data_segment = NULL
				WHERE mn = ? AND cn = ? AND data_time = ? AND pnum = ? AND completed_at IS NULL""")
			.params(now, set.mn(), set.cn(), set.dataTime(), set.pnum())
			.update();
		Hj212Packet upload = merge(segments.stream()
			.map(segment -> Hj212Parser.parse(segment.getBytes(StandardCharsets.UTF_8)))
			.toList());
		Period period = PacketReadings.periodOf(upload.cn()).orElseThrow();
		return new ReadingBatch(upload.mn(), upload.pw(), PacketReadings.of(upload, period, clock));
	}

	/** The parts' data areas as one, in part order; a field sent twice keeps its first value. */
	private static Hj212Packet merge(List<Hj212Packet> parts) {
		Map<String, Map<String, String>> items = new LinkedHashMap<>();
		Map<String, String> other = new LinkedHashMap<>();
		for (Hj212Packet part : parts) {
			for (Hj212Item item : part.items()) {
				Map<String, String> values = items.computeIfAbsent(item.factorCode(), code -> new LinkedHashMap<>());
				item.values().forEach(values::putIfAbsent);
			}
			part.other().forEach(other::putIfAbsent);
		}
		Hj212Packet first = parts.get(0);
		return new Hj212Packet(first.qn(), first.st(), first.cn(), first.pw(), first.mn(), first.flag(), null, null,
				first.dataTime(), items.entrySet().stream().map(e -> new Hj212Item(e.getKey(), e.getValue())).toList(),
				other);
	}

}
