package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.eco.enforcement.monitoring.hj212.FactorCodes;
import cn.eco.enforcement.monitoring.hj212.Hj212Item;
import cn.eco.enforcement.monitoring.hj212.Hj212Packet;
import cn.eco.enforcement.monitoring.hj212.ProtocolVersion;

/**
 * Compares a parsed packet with the generated one, field by field.
 */
final class ModelCheck {

	private ModelCheck() {
	}

	/** The fields that differ, empty when the parse matches the generated packet. */
	static List<String> differences(PacketSpec spec, Hj212Packet packet) {
		List<String> differences = new ArrayList<>();
		compare(differences, "QN", spec.qn(), packet.qn());
		compare(differences, "ST", spec.st(), packet.st());
		compare(differences, "CN", spec.cn(), packet.cn());
		compare(differences, "PW", spec.pw(), packet.pw());
		compare(differences, "MN", spec.mn(), packet.mn());
		compare(differences, "Flag", spec.flag(), packet.flag());
		compare(differences, "PNUM", spec.pnum(), packet.pnum());
		compare(differences, "PNO", spec.pno(), packet.pno());
		compare(differences, "DataTime", spec.dataTime(), packet.dataTime());
		compare(differences, "other", spec.other(), packet.other());
		compare(differences, "version", expectedVersion(spec), packet.version());
		compare(differences, "item count", spec.items().size(), packet.items().size());
		spec.items().forEach((code, values) -> compare(differences, "item " + code, values,
				packet.item(FactorCodes.canonical(code)).map(Hj212Item::values).orElse(null)));
		compare(differences, "answer requested", spec.flag() != null && (spec.flag() & 1) != 0,
				packet.answerRequested());
		return differences;
	}

	/** The edition by Flag, or without Flag 2005 for a 14-character MN (the parser's documented rule). */
	private static ProtocolVersion expectedVersion(PacketSpec spec) {
		if (spec.flag() != null) {
			return spec.edition();
		}
		return (spec.mn().length() == 14) ? ProtocolVersion.HJ212_2005 : ProtocolVersion.HJ212_2017;
	}

	private static void compare(List<String> differences, String field, Object expected, Object actual) {
		Object left = (expected instanceof Map<?, ?> map) ? Map.copyOf(map) : expected;
		Object right = (actual instanceof Map<?, ?> map) ? Map.copyOf(map) : actual;
		if (!Objects.equals(left, right)) {
			differences.add(field + ": expected " + expected + " but parsed " + Optional.ofNullable(actual).orElse("null"));
		}
	}

}
