package cn.eco.enforcement.monitoring.hj212.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long fuzz run of the HJ 212 framer and parser (docs/hj212-fuzzing.md): generates and mutates
 * frames until the requested number of tries, checks every {@link Property} on each stream, and
 * prints the figures. Exits with 1 when a property was violated.
 *
 * <pre>
 * mvn -B -Pfuzz test                                   # 1,000,000 frames, seed 212
 * mvn -B -Pfuzz test -Dfuzz.frames=5000000 -Dfuzz.seed=7
 * mvn -B -Pfuzz test -Dfuzz.replay=212000123           # one trial of a report, described
 * </pre>
 */
public final class Hj212FuzzRunner {

	/** How many violations are printed as they happen; the report repeats the first few in full. */
	private static final int LIVE_REPORTS = 20;

	private Hj212FuzzRunner() {
	}

	/**
	 * Runs the fuzzing.
	 * @param args {@code frames=<tries>} (default 1,000,000), {@code seed=<run seed>} (default 212), or
	 * {@code replay=<trial seed>} to describe and check one trial of an earlier report
	 */
	public static void main(String[] args) {
		quietDecoderLogs();
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			options.put(arg.substring(0, Math.max(0, equals)), arg.substring(equals + 1).replace("_", "").replace(",", ""));
		}
		if (!options.getOrDefault("replay", "").isEmpty()) {
			replay(Long.parseLong(options.get("replay")));
			return;
		}
		long frames = Long.parseLong(options.getOrDefault("frames", "1000000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "212"));
		System.exit(run(frames, seed) ? 0 : 1);
	}

	private static boolean run(long frames, long seed) {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long heapBefore = usedHeapAfterGc(memory);
		long started = System.nanoTime();
		FuzzStats stats = new FuzzStats();
		for (long trial = 0; stats.frames() < frames; trial++) {
			List<Violation> violations = Oracle.check(TrialGenerator.trial(trialSeed(seed, trial)), stats);
			violations.stream()
				.filter((violation) -> violation.knownIssue() == null && stats.violationCount() <= LIVE_REPORTS)
				.forEach((violation) -> print("VIOLATION " + abbreviate(violation.toString())));
			if (trial % 50_000 == 0 && trial > 0) {
				print(String.format("… %,d frames, %,d violations", stats.frames(), stats.violationCount()));
			}
		}
		long heapPeakish = memory.getHeapMemoryUsage().getUsed();
		double seconds = (System.nanoTime() - started) / 1e9;
		long heapAfter = usedHeapAfterGc(memory);
		print("=== HJ 212 framer and parser fuzz run (seed " + seed + ") ===");
		FuzzReport.lines(stats).forEach(Hj212FuzzRunner::print);
		print(String.format("heap used: %,d KiB before, %,d KiB after (after GC; %,d KiB just before it), max heap %,d MiB",
				heapBefore / 1024, heapAfter / 1024, heapPeakish / 1024, Runtime.getRuntime().maxMemory() >> 20));
		print(String.format("time: %.1f s, %,.0f frames/s", seconds, stats.frames() / seconds));
		print(FuzzReport.summary(stats.violations));
		return stats.violations.isEmpty();
	}

	/** The seed of one trial of a run; reported with every violation so it can be replayed. */
	static long trialSeed(long runSeed, long trial) {
		return runSeed * 1_000_003L + trial;
	}

	private static void replay(long trialSeed) {
		Trial trial = TrialGenerator.trial(trialSeed);
		print(trial.describe());
		List<Violation> violations = Oracle.check(trial, new FuzzStats());
		violations.forEach((violation) -> print(violation.toString()));
		print(violations.isEmpty() ? "no violation" : violations.size() + " violation(s)");
	}

	private static long usedHeapAfterGc(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	/** The decoder warns on every character-counted length; a million of those would drown the report. */
	static void quietDecoderLogs() {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		((Logger) LoggerFactory.getLogger("cn.eco.enforcement.monitoring.hj212")).setLevel(Level.ERROR);
	}

	private static String abbreviate(String text) {
		return (text.length() <= 1000) ? text : text.substring(0, 1000) + "…";
	}

	@SuppressWarnings("java:S106")
	private static void print(String line) {
		System.out.println(line);
	}

}
