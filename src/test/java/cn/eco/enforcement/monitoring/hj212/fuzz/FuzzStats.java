package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.eco.enforcement.monitoring.hj212.Hj212Rejection;

/**
 * The figures of a fuzz run: what was sent, what the platform accepted and rejected (by reason),
 * the decoder's buffer high-water marks, and the property violations with their first examples.
 */
final class FuzzStats {

	private static final int EXAMPLES = 5;

	long trials;

	long validFrames;

	long mutatedFrames;

	long garbageSegments;

	long bytes;

	long reads;

	long accepted;

	long swallowed;

	int maxBuffered;

	int maxCapacity;

	final Map<String, Long> trialKinds = new TreeMap<>();

	final Map<String, Long> mutations = new TreeMap<>();

	final Map<String, Long> outcomes = new TreeMap<>();

	final Map<String, Long> acceptedByOrigin = new TreeMap<>();

	final Map<Property, Long> violations = new TreeMap<>();

	final Map<KnownIssue, Long> knownIssues = new TreeMap<>();

	final Map<KnownIssue, String> knownExamples = new TreeMap<>();

	final List<String> examples = new ArrayList<>();

	/** Generated frames, valid and mutated: the "tries". */
	long frames() {
		return validFrames + mutatedFrames;
	}

	long violationCount() {
		return violations.values().stream().mapToLong(Long::longValue).sum();
	}

	void record(Trial trial, DecoderRun run, Emitted emitted, List<Violation> found) {
		trials++;
		bytes += trial.stream().length;
		reads += trial.readEnds().length;
		add(trialKinds, trial.kind().name());
		for (Segment segment : trial.segments()) {
			countSegment(segment);
		}
		for (int i = 0; i < emitted.frames().size(); i++) {
			countFrame(emitted, i);
		}
		for (Hj212Rejection rejection : emitted.rejections()) {
			add(outcomes, "decoder:" + rejection.reason());
		}
		swallowed += ValidFrames.swallowed(trial, emitted);
		maxBuffered = Math.max(maxBuffered, run.maxBuffered());
		maxCapacity = Math.max(maxCapacity, run.maxCapacity());
		for (Violation violation : found) {
			if (violation.knownIssue() != null) {
				knownIssues.merge(violation.knownIssue(), 1L, Long::sum);
				knownExamples.putIfAbsent(violation.knownIssue(), violation.toString());
			}
			else {
				violations.merge(violation.property(), 1L, Long::sum);
				if (examples.size() < EXAMPLES) {
					examples.add(violation + "\n" + trial.describe());
				}
			}
		}
	}

	private void countSegment(Segment segment) {
		switch (segment.kind()) {
			case VALID -> validFrames++;
			case MUTANT -> {
				mutatedFrames++;
				add(mutations, segment.mutation().name());
			}
			default -> garbageSegments++;
		}
	}

	private void countFrame(Emitted emitted, int i) {
		Receiver.Verdict verdict = emitted.verdicts().get(i);
		add(outcomes, verdict.accepted() ? "accepted" : verdict.outcome());
		if (verdict.accepted()) {
			accepted++;
			Segment origin = emitted.origin(i);
			add(acceptedByOrigin, (origin == null) ? "unknown" : (origin.mutation() != null)
					? "mutant " + origin.mutation() : origin.kind().name().toLowerCase());
		}
	}

	private static void add(Map<String, Long> counts, String key) {
		counts.merge(key, 1L, Long::sum);
	}

}
