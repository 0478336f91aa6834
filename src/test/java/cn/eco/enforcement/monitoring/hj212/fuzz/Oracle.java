package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;

/**
 * Runs one trial through the real decoder twice (cut into the trial's reads, and in one read), judges
 * every emitted frame as the platform would, checks every {@link Property} and records the figures.
 */
final class Oracle {

	private Oracle() {
	}

	/** The violations of one trial; the figures go to {@code stats}. */
	static List<Violation> check(Trial trial, FuzzStats stats) {
		List<Violation> violations = new ArrayList<>();
		DecoderRun reads = DecoderRun.feed(trial.maxDataLength(), trial.stream(), trial.readEnds());
		DecoderRun whole = (trial.readEnds().length == 1) ? reads
				: DecoderRun.feed(trial.maxDataLength(), trial.stream(), new int[] { trial.stream().length });
		Emitted emitted = Emitted.of(trial, reads, violations, true);
		checkRun(trial, reads, violations);
		checkRun(trial, whole, violations);
		ValidFrames.check(trial, emitted, Emitted.of(trial, whole, violations, false), violations);
		checkReadBoundaries(trial, reads, whole, violations);
		checkOneByteMutants(trial, emitted, violations);
		stats.record(trial, reads, emitted, violations);
		return violations;
	}

	private static void checkRun(Trial trial, DecoderRun run, List<Violation> violations) {
		if (run.failure() != null) {
			violations.add(new Violation(Property.NO_EXCEPTION, trial.seed(), "pipeline threw " + run.failure()));
		}
		run.out().stream()
			.filter((o) -> o instanceof Hj212Rejection r && r.detail().startsWith("decoder error"))
			.forEach((o) -> violations.add(new Violation(Property.NO_EXCEPTION, trial.seed(), o.toString())));
		int bound = 2 * (6 + trial.maxDataLength() + 6);
		if (run.maxBuffered() > bound || run.leftAfterClose() > 0) {
			violations.add(new Violation(Property.BOUNDED, trial.seed(), "held " + run.maxBuffered() + " bytes (bound "
					+ bound + "), " + run.leftAfterClose() + " after close"));
		}
	}

	private static void checkReadBoundaries(Trial trial, DecoderRun reads, DecoderRun whole, List<Violation> violations) {
		List<Hj212Frame> inReads = frames(reads);
		List<Hj212Frame> inOneRead = frames(whole);
		if (inReads.equals(inOneRead)) {
			return;
		}
		List<Hj212Frame> differing = new ArrayList<>(minus(inReads, inOneRead));
		differing.addAll(minus(inOneRead, inReads));
		boolean lineFeeds = differing.stream().allMatch((frame) -> contains(frame.dataSegment(), (byte) '\n'));
		violations.add(new Violation(Property.READ_BOUNDARY_INDEPENDENT, trial.seed(), inReads.size() + " frames in "
				+ trial.readEnds().length + " reads but " + inOneRead.size() + " in one read; only in one of them: "
				+ differing, lineFeeds ? KnownIssue.LINE_FEED_INSIDE_DATA : null));
	}

	private static void checkOneByteMutants(Trial trial, Emitted emitted, List<Violation> violations) {
		for (Segment segment : trial.segments()) {
			if (segment.mutation() != Mutation.ONE_DATA_BYTE) {
				continue;
			}
			int from = segment.frame().dataOffset();
			byte[] spoiled = Arrays.copyOfRange(segment.bytes(), from, from + segment.frame().data().length);
			for (int i = 0; i < emitted.frames().size(); i++) {
				if (emitted.verdicts().get(i).accepted() && Arrays.equals(spoiled, emitted.frames().get(i).dataSegment())) {
					violations.add(new Violation(Property.ONE_BYTE_DETECTED, trial.seed(), "accepted " + emitted.frames().get(i)));
				}
			}
		}
	}

	private static List<Hj212Frame> frames(DecoderRun run) {
		return run.out().stream().filter(Hj212Frame.class::isInstance).map(Hj212Frame.class::cast).toList();
	}

	private static List<Hj212Frame> minus(List<Hj212Frame> from, List<Hj212Frame> removed) {
		List<Hj212Frame> rest = new ArrayList<>(from);
		removed.forEach(rest::remove);
		return rest;
	}

	private static boolean contains(byte[] bytes, byte wanted) {
		for (byte b : bytes) {
			if (b == wanted) {
				return true;
			}
		}
		return false;
	}

}
