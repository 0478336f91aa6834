package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.eco.enforcement.monitoring.hj212.CrcVariant;
import cn.eco.enforcement.monitoring.hj212.Hj212Crc;
import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.Hj212ParseException;
import cn.eco.enforcement.monitoring.hj212.Hj212Parser;

/**
 * What the platform does with an emitted frame, in the order its packet handler does it: parse the
 * data segment, then check the CRC with the device's variants (here the default, the standard CRC
 * only). Also builds the answers the platform would send, and checks them.
 */
final class Receiver {

	static final String ACCEPTED = "ACCEPTED";

	private static final Set<CrcVariant> STANDARD_ONLY = EnumSet.of(CrcVariant.STANDARD);

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private Receiver() {
	}

	/**
	 * The outcome of one frame: {@link #ACCEPTED}, {@code parser:<reason>}, {@code crc:BAD_CRC} or
	 * {@code exception}; the packet when parsing worked.
	 */
	record Verdict(String outcome, Hj212Packet packet) {

		boolean accepted() {
			return ACCEPTED.equals(outcome);
		}

	}

	static Verdict judge(Hj212Frame frame, long seed, List<Violation> violations) {
		byte[] data = frame.dataSegment();
		boolean reference = ReferenceCrc.matches(data, frame.crcHex());
		boolean production = frame.crcValid(STANDARD_ONLY);
		if (Hj212Crc.of(data) != ReferenceCrc.standard(data) || production != reference) {
			violations.add(new Violation(Property.CRC_SOUND, seed, "production CRC check says " + production
					+ ", reference says " + reference + " for " + frame));
		}
		Hj212Packet packet;
		try {
			packet = Hj212Parser.parse(data);
			use(packet);
		}
		catch (Hj212ParseException ex) {
			return new Verdict("parser:" + ex.reason(), null);
		}
		catch (RuntimeException ex) {
			violations.add(new Violation(Property.NO_EXCEPTION, seed, "parser threw " + ex + " on " + frame));
			return new Verdict("exception", null);
		}
		Answers.check(packet, seed, violations);
		return new Verdict(production ? ACCEPTED : "crc:BAD_CRC", packet);
	}

	/** Calls what the handler calls on a parsed packet, so that its exceptions surface here. */
	private static void use(Hj212Packet packet) {
		packet.version();
		packet.answerRequested();
		packet.split();
		packet.dataTimeAt(CHINA);
		packet.items().forEach((item) -> item.value("Rtd"));
	}

}
