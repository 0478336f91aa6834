package cn.eco.enforcement.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stretches a line to the full measure the way Chinese text is justified: the extra space goes into the
 * gaps next to Chinese characters, punctuation and spaces, never inside a Latin word or a number.
 */
final class Justification {

	private Justification() {
	}

	/**
	 * The operands of a TJ operator that draw {@code text} {@code stretch} points wider than it is.
	 * @param size the font size, since TJ adjustments are in thousandths of text space
	 */
	static Object[] spread(String text, float stretch, float size) {
		int[] points = text.codePoints().toArray();
		int gaps = 0;
		for (int i = 1; i < points.length; i++) {
			gaps += stretchable(points[i - 1], points[i]) ? 1 : 0;
		}
		if (stretch <= 0 || gaps == 0) {
			return new Object[] { text };
		}
		// A negative adjustment moves the next glyph to the right.
		Float shift = -stretch / gaps / size * 1000;
		List<Object> parts = new ArrayList<>();
		StringBuilder run = new StringBuilder().appendCodePoint(points[0]);
		for (int i = 1; i < points.length; i++) {
			if (stretchable(points[i - 1], points[i])) {
				parts.add(run.toString());
				parts.add(shift);
				run.setLength(0);
			}
			run.appendCodePoint(points[i]);
		}
		parts.add(run.toString());
		return parts.toArray();
	}

	private static boolean stretchable(int before, int after) {
		return !(LineBreaker.isLatin(before) && LineBreaker.isLatin(after));
	}

}
