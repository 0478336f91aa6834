package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.Random;
import java.util.TreeSet;

/**
 * How a stream arrives in reads: all at once, byte by byte, in small or large random pieces, or cut
 * at the edges of its segments (frames glued together or split right at their boundaries).
 */
final class Reads {

	private Reads() {
	}

	/** Ascending read end positions; the last is {@code length}. */
	static int[] cut(Random random, int length, int[] segmentStarts) {
		if (length == 0) {
			return new int[0];
		}
		return switch (random.nextInt(40)) {
			case 0 -> (length <= 3000) ? pieces(random, length, 1) : pieces(random, length, 16);
			case 1, 2, 3, 4, 5, 6, 7, 8 -> new int[] { length };
			case 9, 10, 11, 12, 13, 14 -> pieces(random, length, 16);
			case 15, 16, 17, 18, 19, 20 -> edges(random, length, segmentStarts);
			default -> pieces(random, length, 700);
		};
	}

	private static int[] pieces(Random random, int length, int maxPiece) {
		TreeSet<Integer> ends = new TreeSet<>();
		int at = 0;
		while (at < length) {
			at = Math.min(length, at + 1 + random.nextInt(maxPiece));
			ends.add(at);
		}
		return ends.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int[] edges(Random random, int length, int[] segmentStarts) {
		TreeSet<Integer> ends = new TreeSet<>();
		for (int start : segmentStarts) {
			int shifted = start + random.nextInt(5) - 2;
			if (shifted > 0 && shifted < length) {
				ends.add(shifted);
			}
		}
		ends.add(length);
		return ends.stream().mapToInt(Integer::intValue).toArray();
	}

}
