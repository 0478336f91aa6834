package cn.eco.enforcement.tools.scale;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The final table of a {@link YearOfData} run, each figure with its target and the load average. */
record Summary(double emptyRate, String emptyLoad, double loadedRate, String loadedLoad, List<Double> monthMillis,
		String monthLoad, List<Double> reportMillis, YearOfData.Dropped dropped) {

	static final double TARGET_RATIO = 0.9;

	static final double TARGET_MONTH_P95_MS = 100;

	static final double TARGET_REPORT_MS = 5000;

	static final double TARGET_DROP_MS = 1000;

	/** Prints the table; true when every target is met. */
	static boolean print(Summary s) {
		double ratio = s.emptyRate > 0 ? s.loadedRate / s.emptyRate : 0;
		double p95 = PlatformTimings.percentile(s.monthMillis, 95);
		double report = Collections.max(s.reportMillis);
		System.out.println("\n=== one year of monitoring data ===");
		row("ingestion", String.format(Locale.ROOT, "%,.0f readings/s on the loaded table, %,.0f on the empty one: ratio %.2f  %s  (%s; %s)",
				s.loadedRate, s.emptyRate, ratio, verdict(ratio >= TARGET_RATIO, "target ≥ 0.9"), s.loadedLoad, s.emptyLoad));
		row("device month", String.format(Locale.ROOT, "hourly data over REST: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)  %s  (%s)",
				PlatformTimings.percentile(s.monthMillis, 50), p95, Collections.max(s.monthMillis), s.monthMillis.size(),
				verdict(p95 < TARGET_MONTH_P95_MS, "target p95 < 100 ms"), s.monthLoad));
		row("monthly report", String.format(Locale.ROOT, "GET /api/statistics/monitoring: %s ms, slowest %.0f ms  %s",
				s.reportMillis.stream().map(m -> String.format(Locale.ROOT, "%.0f", m)).toList(), report,
				verdict(report < TARGET_REPORT_MS, "target < 5 s")));
		YearOfData.Dropped d = s.dropped;
		row("retention", String.format(Locale.ROOT, "%s (about %,d rows): %.0f ms = detach %.0f ms (reading locked) + "
				+ "drop %.0f ms (reading not locked)  %s  (%s)", d.name(), d.rows(), d.millis(), d.detachMillis(),
				d.dropMillis(), verdict(d.millis() < TARGET_DROP_MS, "target < 1 s"), d.load()));
		return ratio >= TARGET_RATIO && p95 < TARGET_MONTH_P95_MS && report < TARGET_REPORT_MS
				&& d.millis() < TARGET_DROP_MS;
	}

	private static String verdict(boolean met, String target) {
		return (met ? "[ok " : "[FAIL ") + target + "]";
	}

	private static void row(String label, String value) {
		System.out.printf("%-16s %s%n", label, value);
	}

}
