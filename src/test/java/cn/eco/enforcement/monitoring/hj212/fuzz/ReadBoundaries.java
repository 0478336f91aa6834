package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Frame;

/**
 * Compares the frames of the run cut into reads with those of the run in one read. A difference is
 * put down to {@link KnownIssue#LINE_FEED_INSIDE_DATA} when every differing frame either holds a line
 * feed or overlaps on the wire, directly or through others, a differing frame that does: a frame
 * with a line feed that one run emits and the other rejects changes what the bytes after its header
 * are framed as (for example a frame it stretched over comes out on its own).
 */
final class ReadBoundaries {

	private ReadBoundaries() {
	}

	static void check(Trial trial, Emitted reads, Emitted whole, List<Violation> violations) {
		if (reads.frames().equals(whole.frames())) {
			return;
		}
		List<Placed> differing = minus(placed(reads), placed(whole));
		differing.addAll(minus(placed(whole), placed(reads)));
		violations.add(new Violation(Property.READ_BOUNDARY_INDEPENDENT, trial.seed(), reads.frames().size()
				+ " frames in " + trial.readEnds().length + " reads but " + whole.frames().size()
				+ " in one read; only in one of them: " + differing,
				explainedByLineFeeds(differing) ? KnownIssue.LINE_FEED_INSIDE_DATA : null));
	}

	private static boolean explainedByLineFeeds(List<Placed> differing) {
		List<Placed> explained = new ArrayList<>(differing.stream().filter(Placed::holdsLineFeed).toList());
		boolean grew = !explained.isEmpty();
		while (grew) {
			List<Placed> next = differing.stream()
				.filter((p) -> !explained.contains(p) && explained.stream().anyMatch(p::overlaps))
				.toList();
			explained.addAll(next);
			grew = !next.isEmpty();
		}
		return explained.size() == differing.size();
	}

	private static List<Placed> placed(Emitted run) {
		List<Placed> placed = new ArrayList<>();
		for (int i = 0; i < run.frames().size(); i++) {
			placed.add(new Placed(run.frames().get(i), run.positions().get(i)));
		}
		return placed;
	}

	private static List<Placed> minus(List<Placed> from, List<Placed> removed) {
		List<Placed> rest = new ArrayList<>(from);
		removed.forEach(rest::remove);
		return rest;
	}

	/** A frame and where on the wire its {@code ##} is (-1 when not found). */
	record Placed(Hj212Frame frame, int position) {

		boolean holdsLineFeed() {
			for (byte b : frame.dataSegment()) {
				if (b == '\n') {
					return true;
				}
			}
			return false;
		}

		boolean overlaps(Placed other) {
			return position >= 0 && other.position >= 0 && position < other.end() && other.position < end();
		}

		private int end() {
			return position + 6 + frame.dataSegment().length + 6;
		}

		@Override
		public String toString() {
			return "@" + position + " " + frame;
		}

	}

}
