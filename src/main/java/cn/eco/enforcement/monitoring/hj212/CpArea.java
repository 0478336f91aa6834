package cn.eco.enforcement.monitoring.hj212;

import java.util.Optional;

/**
 * Where the CP data area lies in a data segment: from after {@code CP=&&} to the last {@code &&}
 * (or the end, when a forwarder dropped it). This is what HJ 212-2025 encrypts.
 *
 * @param cpStart where the {@code CP=} field starts
 * @param start the first character of the data area
 * @param end the end of the data area, exclusive
 */
public record CpArea(int cpStart, int start, int end) {

	/**
	 * Finds the data area.
	 * @param dataSegment the data segment as text
	 * @return the data area, or empty when there is no {@code CP=}
	 */
	public static Optional<CpArea> of(String dataSegment) {
		int cp = cpField(dataSegment);
		if (cp < 0) {
			return Optional.empty();
		}
		int start = cp + 3 + (dataSegment.startsWith("&&", cp + 3) ? 2 : 0);
		int closing = dataSegment.lastIndexOf("&&");
		return Optional.of(new CpArea(cp, start, (closing >= start) ? closing : dataSegment.length()));
	}

	/**
	 * Where the first {@code CP=} field starts (any case), at the start of the segment or after a
	 * {@code ;} or {@code ,}, with white space allowed before it; -1 when there is none. Scanned by
	 * hand: every packet passes here.
	 */
	private static int cpField(String segment) {
		for (int equals = segment.indexOf('='); equals >= 0; equals = segment.indexOf('=', equals + 1)) {
			int name = equals - 2;
			if (name < 0 || Character.toUpperCase(segment.charAt(name)) != 'C'
					|| Character.toUpperCase(segment.charAt(name + 1)) != 'P') {
				continue;
			}
			int before = name - 1;
			while (before >= 0 && isRegexSpace(segment.charAt(before))) {
				before--;
			}
			if (before < 0 || segment.charAt(before) == ';' || segment.charAt(before) == ',') {
				return name;
			}
		}
		return -1;
	}

	/** What the regular expression {@code \s} matches: ASCII white space. */
	private static boolean isRegexSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}

	/**
	 * The data area's text.
	 * @param dataSegment the segment this area was found in
	 * @return the text between {@code CP=&&} and {@code &&}
	 */
	public String body(String dataSegment) {
		return dataSegment.substring(start, end);
	}

	/**
	 * The segment with another data area in place of this one.
	 * @param dataSegment the segment this area was found in
	 * @param body the new data area
	 * @return the new segment
	 */
	public String replace(String dataSegment, String body) {
		return dataSegment.substring(0, start) + body + dataSegment.substring(end);
	}

}
