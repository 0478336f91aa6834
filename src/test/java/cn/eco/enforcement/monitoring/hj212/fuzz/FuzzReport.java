package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of a fuzz run as text lines.
 */
final class FuzzReport {

	private FuzzReport() {
	}

	static List<String> lines(FuzzStats stats) {
		List<String> lines = new ArrayList<>();
		lines.add(String.format("tries (generated frames): %,d  = %,d valid + %,d mutated", stats.frames(),
				stats.validFrames, stats.mutatedFrames));
		lines.add(String.format("streams: %,d %s, %,d garbage segments, %,d bytes in %,d reads", stats.trials,
				stats.trialKinds, stats.garbageSegments, stats.bytes, stats.reads));
		lines.add(String.format("accepted: %,d  by origin %s", stats.accepted, stats.acceptedByOrigin));
		lines.add("outcomes (frames judged as the platform does, decoder rejections):");
		stats.outcomes.forEach((outcome, count) -> lines.add(String.format("  %-28s %,12d", outcome, count)));
		lines.add("mutations: " + stats.mutations);
		lines.add(String.format("valid frames swallowed by an earlier header's length: %,d", stats.swallowed));
		lines.add(String.format("max buffered bytes after a read: %,d (max cumulation capacity %,d)", stats.maxBuffered,
				stats.maxCapacity));
		lines.add(String.format("exceptions: %,d", stats.violations.getOrDefault(Property.NO_EXCEPTION, 0L)));
		lines.add("properties:");
		for (Property property : Property.values()) {
			long failed = stats.violations.getOrDefault(property, 0L);
			lines.add(String.format("  %-26s %s  (%s)", property, failed == 0 ? "held" : "VIOLATED " + failed + "×",
					property.statement()));
		}
		stats.knownIssues.forEach((issue, count) -> lines.add(String.format(
				"KNOWN ISSUE %s: %,d trials (not counted above; docs/hj212-fuzzing.md, Findings), e.g. %s", issue, count,
				abbreviate(stats.knownExamples.get(issue)))));
		stats.examples.forEach((example) -> lines.add("example: " + example));
		return lines;
	}

	/** At most 400 characters on one line: examples carry raw frame bytes. */
	private static String abbreviate(String text) {
		String oneLine = text.replaceAll("\\p{Cntrl}", ".");
		return (oneLine.length() <= 400) ? oneLine : oneLine.substring(0, 400) + "…";
	}

	static String summary(Map<Property, Long> violations) {
		return violations.isEmpty() ? "all properties held" : "violated: " + violations;
	}

}
