package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.Arrays;
import java.util.List;

import cn.eco.enforcement.monitoring.hj212.Hj212Frame;
import cn.eco.enforcement.monitoring.hj212.Hj212Rejection.Reason;

/**
 * Checks that the intact valid frames of a trial came out at their place, were accepted and parse to
 * the generated fields. In a clean trial nothing else may come out but garbage reports. Elsewhere a
 * valid frame may be lost only inside a frame that an earlier header's length stretched over it
 * (framing in-band cannot tell that apart; the receiver then drops the swallowing frame's bad CRC).
 */
final class ValidFrames {

	private ValidFrames() {
	}

	static void check(Trial trial, Emitted reads, Emitted whole, List<Violation> violations) {
		checkRun(trial, reads, violations, true);
		checkRun(trial, whole, violations, false);
		if (trial.kind() == Trial.Kind.CLEAN) {
			checkNothingElse(trial, reads, violations);
		}
	}

	/** How many valid frames of the run were lost inside a swallowing frame. */
	static int swallowed(Trial trial, Emitted run) {
		int count = 0;
		for (int i = 0; i < trial.segments().size(); i++) {
			Segment segment = trial.segments().get(i);
			if (segment.kind() == Segment.Kind.VALID && found(run, trial.starts()[i], segment) < 0
					&& swallowedBy(run, trial.starts()[i], segment)) {
				count++;
			}
		}
		return count;
	}

	private static void checkRun(Trial trial, Emitted run, List<Violation> violations, boolean judged) {
		for (int i = 0; i < trial.segments().size(); i++) {
			Segment segment = trial.segments().get(i);
			if (segment.kind() != Segment.Kind.VALID) {
				continue;
			}
			int index = found(run, trial.starts()[i], segment);
			if (index >= 0 && judged) {
				checkRoundTrip(trial, segment, run.verdicts().get(index), violations);
			}
			else if (index < 0 && (trial.kind() == Trial.Kind.CLEAN || !swallowedBy(run, trial.starts()[i], segment))) {
				violations.add(new Violation(Property.VALID_FOUND, trial.seed(), "valid frame at " + trial.starts()[i]
						+ " not found " + (judged ? "(reads)" : "(one read)") + ": " + segment.spec().dataSegment()));
			}
		}
	}

	private static int found(Emitted run, int start, Segment segment) {
		int index = run.frameAt(start);
		if (index < 0) {
			return -1;
		}
		Hj212Frame frame = run.frames().get(index);
		boolean same = Arrays.equals(frame.dataSegment(), segment.frame().data())
				&& frame.crcHex().equals(segment.frame().crc());
		return same ? index : -1;
	}

	private static boolean swallowedBy(Emitted run, int start, Segment segment) {
		byte[] inner = segment.headerAndData();
		for (int i = 0; i < run.frames().size(); i++) {
			int position = run.positions().get(i);
			if (position >= 0 && position < start && contains(run.frames().get(i).dataSegment(), inner)) {
				return true;
			}
		}
		return false;
	}

	private static void checkRoundTrip(Trial trial, Segment segment, Receiver.Verdict verdict, List<Violation> violations) {
		List<String> differences = verdict.accepted() ? ModelCheck.differences(segment.spec(), verdict.packet())
				: List.of("not accepted: " + verdict.outcome());
		if (!differences.isEmpty()) {
			violations.add(new Violation(Property.VALID_ROUND_TRIP, trial.seed(), differences + " in "
					+ segment.spec().dataSegment()));
		}
	}

	private static void checkNothingElse(Trial trial, Emitted reads, List<Violation> violations) {
		long valid = trial.segments().stream().filter((s) -> s.kind() == Segment.Kind.VALID).count();
		boolean onlyGarbage = reads.rejections().stream().allMatch((r) -> r.reason() == Reason.GARBAGE);
		if (reads.frames().size() != valid || !onlyGarbage) {
			violations.add(new Violation(Property.VALID_FOUND, trial.seed(), "clean trial: " + reads.frames().size()
					+ " frames for " + valid + " valid ones, rejections " + reads.rejections()));
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
