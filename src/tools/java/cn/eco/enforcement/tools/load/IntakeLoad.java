package cn.eco.enforcement.tools.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The load command (docs/load.md). Against a running platform it measures, in this order:
 * <ol>
 * <li>the yardstick ({@link Yardstick}): stock Camunda 7.24 behind Camunda's HTTP Basic filter,
 * authorization on, history full, started by {@code --threads} clients as {@code monitor}, on its own
 * scratch database of the same PostgreSQL server;
 * <li>saturation: alarm-to-task throughput with {@code --threads} HTTP clients posting alarms back
 * to back, and {@code yardstick ratio = alarms→task per s ÷ yardstick starts per s} (target ≥ 1.0);
 * <li>fixed rate: {@code --rate} alarms/s for {@code --seconds} while {@code --devices} HJ 212
 * loggers each send a real-time packet per second, with {@code --background-load N} busy threads in
 * a second JVM ({@link BackgroundLoad}); p50/p95/p99 intake latency (target p99 &lt; 200 ms), and
 * the episodes of slow alarms next to the database's commit stalls and the platform's GC pauses
 * ({@link Stalls}).
 * </ol>
 * Then it checks that every alarm answered 201 has its process waiting in a task. With
 * {@code --extra-baselines} it also measures bare Camunda in-process ({@link CamundaBaseline}) and
 * over the platform's engine REST API ({@link RestBaseline}), for information.
 */
public final class IntakeLoad {

	private IntakeLoad() {
	}

	public static void main(String[] args) throws Exception {
		Locale.setDefault(Locale.ROOT);
		LoadOptions options;
		try {
			options = LoadOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage() + "\n" + LoadOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options == null) {
			System.out.println(LoadOptions.USAGE);
			return;
		}
		Yardstick yardstick = null;
		if (options.yardstick() != null && options.saturationSeconds() > 0) {
			try {
				yardstick = Yardstick.at(options.yardstick());
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				System.exit(2);
				return;
			}
		}
		System.exit(run(options, yardstick) ? 0 : 1);
	}

	static Thread thread(Runnable body) {
		Thread thread = new Thread(body);
		thread.start();
		return thread;
	}

	/**
	 * {@code threads} clients each make the next attempt as soon as the last one ended; attempts in
	 * the warm-up are made but not counted. The attempt is told whether it counts.
	 */
	static Measured closedLoop(int threads, int seconds, Predicate<Boolean> attempt) throws InterruptedException {
		Latencies latencies = new Latencies();
		AtomicBoolean counting = new AtomicBoolean();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong failed = new AtomicLong();
		List<Thread> clients = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			clients.add(IntakeLoad.thread(() -> {
				while (running.get()) {
					long started = System.nanoTime();
					boolean counted = counting.get();
					boolean ok = attempt.test(counted);
					if (counted) {
						if (ok) {
							latencies.record(System.nanoTime() - started);
						}
						else {
							failed.incrementAndGet();
						}
					}
				}
			}));
		}
		Thread.sleep(IntakeLoad.warmUpSeconds(seconds) * 1000L);
		counting.set(true);
		long from = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		counting.set(false);
		double elapsed = (System.nanoTime() - from) / 1e9;
		running.set(false);
		for (Thread client : clients) {
			client.join();
		}
		return new Measured(latencies.count(), failed.get(), elapsed, latencies);
	}

	/** A few seconds before each measured window, not counted: JIT, pools, caches. */
	static int warmUpSeconds(int seconds) {
		return Math.max(2, Math.min(10, seconds / 5));
	}

	private static boolean run(LoadOptions options, Yardstick yardstick) throws Exception {
		line("setup", "%s (alarms as %s), HJ 212 %s:%d, %d logger(s) × 1 packet/s × %d factors, %d thread(s)%s", options.http(),
				options.user(), options.host(), options.port(), options.devices(), ReadingTraffic.FACTORS, options.threads(),
				options.backgroundLoad() > 0 ? ", background load " + options.backgroundLoad() + " busy thread(s)" : "");
		line("load", "%s (1/5/15-min load average at the start; 2 cores is fully busy at 2)", loadAverage());
		Measured baseline = null;
		if (options.extraBaselines() && options.jdbcUrl() != null && options.saturationSeconds() > 0) {
			baseline = CamundaBaseline.run(options);
			line("baseline", "bare Camunda 7.24 in-process, %d threads, %.0f s: %s starts/s (%d), %s", options.threads(),
					baseline.seconds(), rate(baseline.perSecond()), baseline.done(), baseline.latencies().summary());
		}
		Yardstick.Result stock = null;
		if (yardstick != null && options.saturationSeconds() > 0) {
			// Right before the alarms, so that both see the machine as alike as a shared machine allows.
			stock = yardstick.run(options, warmUpSeconds(options.saturationSeconds()), options.saturationSeconds());
			line("yardstick", "stock Camunda 7.24 (%s), HTTP Basic, authorization, history full, %d clients as monitor, %.0f s: %s",
					yardstick.directory(), options.threads(), stock.seconds(), stock.summary());
			line("load", "%s (after the yardstick)", loadAverage());
		}
		AlarmTraffic alarms = new AlarmTraffic(options);
		boolean pass = true;
		Measured saturated = null;
		if (options.saturationSeconds() > 0) {
			saturated = alarms.saturate(options.threads(), options.saturationSeconds());
			line("saturation", "alarms over HTTP, %d clients, %.0f s: %s alarms/s → task (%d, failed %d), %s", options.threads(),
					saturated.seconds(), rate(saturated.perSecond()), saturated.done(), saturated.failed(),
					saturated.latencies().summary());
			if (stock != null && !stock.valid()) {
				pass = false;
				line("yardstick ratio", "not computed: the yardstick answered %d of %d requests with an error or non-2xx (was it up in time?)  [FAIL]",
						stock.errors() + stock.non2xx(), stock.errors() + stock.non2xx() + stock.ok());
			}
			else if (stock != null) {
				double ratio = saturated.perSecond() / stock.perSecond();
				pass &= ratio >= 1.0;
				line("yardstick ratio", "= alarms→task per s ÷ yardstick starts per s = %s ÷ %s = %.2f  [%s target ≥ 1.0]",
						rate(saturated.perSecond()), rate(stock.perSecond()), ratio, ratio >= 1.0 ? "PASS" : "FAIL");
			}
			if (baseline != null) {
				line("ratio", "%.2f of bare Camunda in-process (for information)", saturated.perSecond() / baseline.perSecond());
			}
			line("load", "%s (after the saturation phase)", loadAverage());
		}
		BackgroundLoad background = options.backgroundLoad() > 0 ? BackgroundLoad.start(options.backgroundLoad()) : null;
		Measured fixed;
		Measured uploads;
		String busyCpu = "";
		List<String> stalls;
		try {
			if (background != null) {
				line("background", "%d CPU-bound busy thread(s) in a second JVM (pid %d) beside the platform during the fixed-rate phase",
						background.threads(), background.pid());
			}
			ReadingTraffic readings = ReadingTraffic.start(options, alarms);
			java.time.Duration busyFrom = background == null ? java.time.Duration.ZERO : background.cpu();
			try (Stalls watched = Stalls.watch(options)) {
				fixed = alarms.fixedRate(options.rate(), options.seconds());
				watched.close();
				stalls = watched.report(alarms.slow);
			}
			uploads = readings.stop();
			if (background != null) {
				busyCpu = String.format(", background JVM used %.1f CPU-s (%.2f cores)",
						(background.cpu().toMillis() - busyFrom.toMillis()) / 1000.0,
						(background.cpu().toMillis() - busyFrom.toMillis()) / 1000.0 / fixed.seconds());
			}
		}
		finally {
			if (background != null) {
				background.close();
			}
		}
		double p99 = fixed.latencies().millis(99);
		pass &= p99 < 200 && fixed.failed() == 0;
		line("fixed rate", "%d alarms/s offered for %d s%s: %s alarms/s done (%d, failed %d), intake latency %s  [%s p99 < 200 ms]",
				options.rate(), options.seconds(), background == null ? "" : " with background load " + background.threads(),
				rate(fixed.perSecond()), fixed.done(), fixed.failed(),
				fixed.latencies().summary(), p99 < 200 && fixed.failed() == 0 ? "PASS" : "FAIL");
		stalls.forEach(stall -> line("stalls", "%s", stall));
		line("readings", "HJ 212: %s packets/s (%s readings/s) answered 9014 (%d, refused or unanswered %d), answer latency %s",
				rate(uploads.perSecond()), rate(uploads.perSecond() * ReadingTraffic.FACTORS), uploads.done(), uploads.failed(),
				uploads.latencies().summary());
		line("load", "%s (after the fixed-rate phase%s)", loadAverage(), busyCpu);
		boolean checked = check(alarms);
		if (options.extraBaselines() && saturated != null) {
			// Last, so that its process instances do not weigh on the alarm phases.
			Measured rest = RestBaseline.run(alarms, options.threads(), options.saturationSeconds());
			line("rest base", "bare Camunda over the platform's engine REST API, %d clients, %.0f s: %s starts/s (%d, failed %d), %s",
					options.threads(), rest.seconds(), rate(rest.perSecond()), rest.done(), rest.failed(),
					rest.latencies().summary());
			line("rest ratio", "%.2f of bare Camunda over the platform's REST (for information)",
					saturated.perSecond() / rest.perSecond());
		}
		return checked && pass;
	}

	/** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
	static String loadAverage() {
		try {
			String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
			return "load average " + parts[0] + ", " + parts[1] + ", " + parts[2];
		}
		catch (java.io.IOException | RuntimeException ex) {
			return "load average unknown";
		}
	}

	private static boolean check(AlarmTraffic alarms) throws Exception {
		List<String> processes = List.copyOf(alarms.processes);
		long withTask = alarms.processesWithTask(processes);
		line("check", "%d of %d alarms answered 201 have their process waiting in a task%s", withTask, processes.size(),
				alarms.failures.isEmpty() ? "" : "; failures: " + alarms.failures.entrySet().stream()
					.map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", ")));
		return withTask == processes.size();
	}

	private static String rate(double perSecond) {
		return String.format("%,.1f", perSecond);
	}

	private static void line(String label, String format, Object... args) {
		System.out.printf("%-15s %s%n", label, String.format(format, args));
	}

}
