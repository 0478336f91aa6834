package cn.eco.enforcement.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines by the width of its characters, as Chinese text is set: a line may break
 * after any Chinese character, a run of Latin letters and digits (such as ¥50,000.00 or GB 16297) breaks
 * only at a space unless it is wider than a line, closing punctuation never starts a line (it hangs in
 * the margin instead) and opening punctuation never ends one.
 */
final class LineBreaker {

	/** The width of a text in points. */
	@FunctionalInterface
	interface Measure {

		float width(String text);

	}

	/**
	 * One line of a paragraph.
	 * @param width its natural width in points
	 * @param last whether it ends the paragraph (and so is not justified)
	 */
	record Line(String text, float width, boolean last) {
	}

	private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…%,.;:?!)]}";

	private static final String NO_LINE_END = "（《「『“‘〔【([{";

	private static final float TOLERANCE = 0.01f;

	private final Measure measure;

	LineBreaker(Measure measure) {
		this.measure = measure;
	}

	/** The lines of {@code text}: the first at most {@code firstWidth} wide, the others {@code width}. */
	List<Line> wrap(String text, float firstWidth, float width) {
		List<Line> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		float lineWidth = 0;
		float available = firstWidth;
		for (String token : tokens(text, width)) {
			float tokenWidth = measure.width(token);
			boolean blank = token.isBlank();
			if (line.length() == 0 && blank) {
				continue;
			}
			if (lineWidth + tokenWidth <= available + TOLERANCE || blank || hangs(token, line)) {
				line.append(token);
				lineWidth += tokenWidth;
				continue;
			}
			String carried = carriedOver(line);
			lines.add(line(line.substring(0, line.length() - carried.length()), false));
			line = new StringBuilder(carried).append(token);
			lineWidth = measure.width(line.toString());
			available = width;
		}
		if (line.length() > 0 || lines.isEmpty()) {
			lines.add(line(line.toString(), true));
		}
		return lines;
	}

	private Line line(String text, boolean last) {
		String stripped = text.stripTrailing();
		return new Line(stripped, measure.width(stripped), last);
	}

	private static boolean hangs(String token, StringBuilder line) {
		return line.length() > 0 && token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
	}

	/** Opening punctuation at the end of a full line moves down with the text it opens. */
	private static String carriedOver(StringBuilder line) {
		int last = line.length() - 1;
		if (last > 0 && NO_LINE_END.indexOf(line.charAt(last)) >= 0) {
			return line.substring(last);
		}
		return "";
	}

	/** Single characters, spaces, and runs of Latin text (split into characters when wider than a line). */
	private List<String> tokens(String text, float width) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int end = i + Character.charCount(text.codePointAt(i));
			while (isLatin(text, i) && end < text.length() && isLatin(text, end)) {
				end += Character.charCount(text.codePointAt(end));
			}
			String token = text.substring(i, end);
			if (token.length() > 1 && measure.width(token) > width) {
				token.codePoints().forEach((cp) -> tokens.add(Character.toString(cp)));
			}
			else {
				tokens.add(token);
			}
			i = end;
		}
		return tokens;
	}

	private static boolean isLatin(String text, int index) {
		int cp = text.codePointAt(index);
		return isLatin(cp) && NO_LINE_END.indexOf(cp) < 0;
	}

	/** Letters, digits and signs of Latin text, which keep together (spaces and Chinese text do not). */
	static boolean isLatin(int codePoint) {
		return codePoint < 0x2000 && !Character.isWhitespace(codePoint);
	}

}
