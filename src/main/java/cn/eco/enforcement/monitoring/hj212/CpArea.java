package cn.eco.enforcement.monitoring.hj212;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the CP data area lies in a data segment: from after {@code CP=&&} to the last {@code &&}
 * (or the end, when a forwarder dropped it). This is what HJ 212-2025 encrypts.
 *
 * @param cpStart where the {@code CP=} field starts
 * @param start the first character of the data area
 * @param end the end of the data area, exclusive
 */
public record CpArea(int cpStart, int start, int end) {

	private static final Pattern CP_FIELD = Pattern.compile("(?:^|[;,])\\s*(CP=)", Pattern.CASE_INSENSITIVE);

	/**
	 * Finds the data area.
	 * @param dataSegment the data segment as text
	 * @return the data area, or empty when there is no {@code CP=}
	 */
	public static Optional<CpArea> of(String dataSegment) {
		Matcher cp = CP_FIELD.matcher(dataSegment);
		if (!cp.find()) {
			return Optional.empty();
		}
		int start = cp.end(1) + (dataSegment.startsWith("&&", cp.end(1)) ? 2 : 0);
		int closing = dataSegment.lastIndexOf("&&");
		return Optional.of(new CpArea(cp.start(1), start, (closing >= start) ? closing : dataSegment.length()));
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
