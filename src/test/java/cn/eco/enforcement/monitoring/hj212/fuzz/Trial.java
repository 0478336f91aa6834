package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.HexFormat;
import java.util.List;

/**
 * One generated connection: segments sent back to back, cut into reads.
 *
 * @param seed the seed that regenerates this trial ({@link TrialGenerator#trial(long)})
 * @param kind how the trial was composed
 * @param maxDataLength the decoder's configured maximum data segment
 * @param segments the pieces, in order
 * @param stream all bytes of the connection
 * @param starts where each segment starts in the stream
 * @param readEnds where each read ends (exclusive), ascending, the last one the stream length
 */
record Trial(long seed, Kind kind, int maxDataLength, List<Segment> segments, byte[] stream, int[] starts,
		int[] readEnds) {

	enum Kind {

		/** Valid frames and clean garbage only: every frame must come out, nothing else. */
		CLEAN,
		/** Valid and mutated frames and dirty garbage. */
		MUTATED,
		/** Kilobytes of garbage or an endless header, then a valid frame. */
		FLOOD

	}

	/** Where the segment holding a stream position is, or -1. */
	int segmentAt(int position) {
		for (int i = starts.length - 1; i >= 0; i--) {
			if (starts[i] <= position) {
				return i;
			}
		}
		return -1;
	}

	/** A description to reproduce a failure by hand. */
	String describe() {
		StringBuilder text = new StringBuilder("trial seed=").append(seed).append(" kind=").append(kind)
			.append(" max=").append(maxDataLength).append(" reads=").append(readEnds.length).append('\n');
		for (int i = 0; i < segments.size(); i++) {
			Segment segment = segments.get(i);
			text.append("  @").append(starts[i]).append(' ').append(segment.kind())
				.append(segment.mutation() != null ? "/" + segment.mutation() : "").append(' ')
				.append(HexFormat.of().formatHex(segment.bytes(), 0, Math.min(segment.bytes().length, 200)))
				.append('\n');
		}
		return text.toString();
	}

}
