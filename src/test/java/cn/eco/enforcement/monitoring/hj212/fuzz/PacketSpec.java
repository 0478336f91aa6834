package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.monitoring.hj212.ProtocolVersion;

/**
 * What a generated packet says, kept next to the data segment it was written as, so that the parse
 * of the segment can be compared field by field.
 *
 * @param edition the HJ 212 edition the packet imitates
 * @param qn request id, or null when left out
 * @param st system code
 * @param cn command code
 * @param pw password, or null when left out
 * @param mn device id
 * @param flag the Flag value, or null when left out
 * @param pnum total parts, or null
 * @param pno part number, or null
 * @param dataTime the CP DataTime, or null
 * @param items factor code as written (2005 codes included) to suffix/value, in order
 * @param other CP fields without a dash
 * @param dataSegment the data segment as written
 */
record PacketSpec(ProtocolVersion edition, String qn, String st, String cn, String pw, String mn, Integer flag,
		Integer pnum, Integer pno, String dataTime, Map<String, Map<String, String>> items, Map<String, String> other,
		String dataSegment) {

	byte[] bytes() {
		return dataSegment.getBytes(StandardCharsets.UTF_8);
	}

	boolean ascii() {
		return bytes().length == dataSegment.length();
	}

	/** The item codes as written, in order. */
	List<String> codes() {
		return List.copyOf(items.keySet());
	}

}
