package cn.eco.enforcement.tools.simulator;

import java.util.Locale;
import java.util.OptionalLong;

/** The final table of a benchmark run. */
final class BenchmarkReport {

	static final double TARGET_READINGS_PER_SECOND = 20_000;

	/** The platform against its JDBC-batch baseline in the same run (issue 19 item 6; was 0.5). */
	static final double TARGET_RATIO = 1.0;

	/** Answer latency, 99th percentile, with the window's packets in flight (issue 19 item 6). */
	static final double TARGET_ANSWER_P99_MS = 500;

	/** The 2025-with-SM4 path against the 2017 path of the same run (issue 18). */
	static final double TARGET_SM4_RATIO = 0.8;

	private BenchmarkReport() {
	}

	/** The platform's memory: RSS samples, and the heap after a full collection before and after sending. */
	record Memory(ServerMemory rss, OptionalLong heapBeforeKb, OptionalLong heapAfterKb) {
	}

	static void print(BenchmarkOptions options, ThroughputRun.Result run, AlarmProbe.Result alarms,
			JdbcBaseline.Result baseline, String baselineNote, Memory memory) {
		System.out.println();
		System.out.println("=== HJ 212 ingestion benchmark ===");
		row("setup", String.format(Locale.ROOT, "%d devices, %d connections, window %d, %d factors/packet, %d s measured after %d s warm-up",
				options.devices(), options.connections(), options.window(), options.factors(), options.seconds(),
				options.warmupSeconds()));
		row("packets", String.format(Locale.ROOT, "sent %,d, answered 9014 %,d, refused 9011 %s, unanswered %,d%s",
				run.sent(), run.answered(), run.refused().isEmpty() ? "0" : run.refused().toString(), run.unanswered(),
				run.unmatched() > 0 ? ", unmatched answers " + run.unmatched() : ""));
		row("end-to-end", String.format(Locale.ROOT, "%,.0f readings/s acknowledged (%,.0f packets/s; %,d readings in %.1f s)  %s",
				run.readingsPerSecond(), run.packetsPerSecond(), run.measuredReadings(), run.measuredSeconds(),
				verdict(run.readingsPerSecond() >= TARGET_READINGS_PER_SECOND, "target ≥ 20,000")));
		double p99 = run.latencies().percentileMillis(99);
		row("answer latency", String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (with up to %d packets in flight per connection)  %s",
				run.latencies().percentileMillis(50), run.latencies().percentileMillis(95), p99,
				run.latencies().percentileMillis(100), options.window(),
				verdict(p99 < TARGET_ANSWER_P99_MS, "target p99 < 500 ms")));
		row("CPU", cpu(run.cpu().server(), "server") + cpu(run.cpu().postgres(), "PostgreSQL backends")
				+ cpu(run.cpu().client(), "this tool") + perThousand(run.cpu().server(), run.cpu().postgres(),
						run.measuredReadings(), "readings (server + PostgreSQL)"));
		if (baseline != null) {
			double ratio = run.readingsPerSecond() / baseline.rowsPerSecond();
			row("JDBC baseline", String.format(Locale.ROOT, "%,.0f rows/s (%,d rows in %.1f s, batches of 1000; %s)",
					baseline.rowsPerSecond(), baseline.rows(), baseline.seconds(), baseline.note()));
			row("baseline CPU", cpu(baseline.postgresCpu(), "PostgreSQL backend") + cpu(baseline.clientCpu(), "inserting thread")
					+ perThousand(baseline.postgresCpu(), baseline.clientCpu(), baseline.rows(), "rows (both)"));
			row("ratio", String.format(Locale.ROOT, "%.2f of baseline  %s", ratio, verdict(ratio >= TARGET_RATIO, "target ≥ 1.0")));
			row("load average", String.format(Locale.ROOT, "%.1f when sending stopped, %.1f after the baseline (1 min, %d cores)",
					run.loadAverage(), baseline.loadAverage(), Runtime.getRuntime().availableProcessors()));
		}
		else {
			row("JDBC baseline", baselineNote);
		}
		if (alarms != null) {
			row("alarm latency", String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms; %d/%d answered, %d/%d alarms found via /api/alarms  %s",
					alarms.latencies().percentileMillis(50), alarms.latencies().percentileMillis(95),
					alarms.latencies().percentileMillis(100), alarms.answered(), alarms.sent(), alarms.alarmsFound(),
					alarms.sent(), verdict(alarms.alarmsFound() == alarms.sent(), "all raised")));
		}
		if (memory != null) {
			ServerMemory rss = memory.rss();
			row("server RSS", rss.maxKb() == 0 ? "no sample (pid " + rss.pid() + ")"
					: String.format(Locale.ROOT, "start %,d MB, min %,d MB, max %,d MB, end %,d MB (pid %d, sampled every 10 s)",
							rss.firstKb() / 1024, rss.minKb() / 1024, rss.maxKb() / 1024, rss.lastKb() / 1024, rss.pid()));
			row("server heap", memory.heapBeforeKb().isPresent() && memory.heapAfterKb().isPresent()
					? String.format(Locale.ROOT, "%,d MB before, %,d MB after sending (in use after a full GC, jcmd)",
							memory.heapBeforeKb().getAsLong() / 1024, memory.heapAfterKb().getAsLong() / 1024)
					: "unknown (jcmd GC.run / GC.heap_info failed)");
		}
		for (String failure : run.failures()) {
			row("connection error", failure);
		}
	}

	/** The HJ 212-2025-with-SM4 path next to the 2017 path of the same run. */
	static void printSm4(BenchmarkOptions options, ThroughputRun.Result clear, ThroughputRun.Result sm4) {
		row("2025 + SM4", String.format(Locale.ROOT, "%,.0f readings/s acknowledged (%,.0f packets/s; %,d readings in %.1f s; %s, %s)",
				sm4.readingsPerSecond(), sm4.packetsPerSecond(), sm4.measuredReadings(), sm4.measuredSeconds(),
				options.sm4Encoding(), options.sm4Padding()));
		row("2025 packets", String.format(Locale.ROOT, "sent %,d, answered 9014 %,d, refused 9011 %s, unanswered %,d",
				sm4.sent(), sm4.answered(), sm4.refused().isEmpty() ? "0" : sm4.refused().toString(), sm4.unanswered()));
		row("2025 latency", String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
				sm4.latencies().percentileMillis(50), sm4.latencies().percentileMillis(95),
				sm4.latencies().percentileMillis(99)));
		row("2025 CPU", cpu(sm4.cpu().server(), "server") + cpu(sm4.cpu().postgres(), "PostgreSQL backends")
				+ perThousand(sm4.cpu().server(), sm4.cpu().postgres(), sm4.measuredReadings(), "readings (server + PostgreSQL)"));
		double ratio = clear.readingsPerSecond() > 0 ? sm4.readingsPerSecond() / clear.readingsPerSecond() : 0;
		row("2025/2017", String.format(Locale.ROOT, "%.2f of the 2017 rate  %s (load average %.1f after 2017, %.1f after 2025)",
				ratio, verdict(ratio >= TARGET_SM4_RATIO, "target ≥ 0.8"), clear.loadAverage(), sm4.loadAverage()));
		for (String failure : sm4.failures()) {
			row("2025 conn. error", failure);
		}
	}

	private static String cpu(double seconds, String part) {
		return Double.isNaN(seconds) ? "" : String.format(Locale.ROOT, "%s %.1f s, ", part, seconds);
	}

	private static String perThousand(double first, double second, long count, String what) {
		double seconds = (Double.isNaN(first) ? 0 : first) + (Double.isNaN(second) ? 0 : second);
		return count == 0 ? "" : String.format(Locale.ROOT, "%.1f ms per 1000 %s", 1000 * 1000 * seconds / count, what);
	}

	private static void row(String label, String value) {
		System.out.printf("%-16s %s%n", label, value);
	}

	private static String verdict(boolean ok, String target) {
		return (ok ? "[PASS " : "[FAIL ") + target + "]";
	}

}
