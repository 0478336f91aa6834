package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
		Emitted inOneRead = (whole == reads) ? emitted : Emitted.of(trial, whole, violations, false);
		checkRun(trial, reads, violations);
		checkRun(trial, whole, violations);
		ValidFrames.check(trial, emitted, inOneRead, violations);
		ReadBoundaries.check(trial, emitted, inOneRead, violations);
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

}
