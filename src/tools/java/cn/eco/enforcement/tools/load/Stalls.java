package cn.eco.enforcement.tools.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What else stood still while the fixed-rate phase ran, so that each slow alarm can be put next to
 * its cause. Two witnesses, both optional:
 * <ul>
 * <li>a <b>commit probe</b> on the platform's PostgreSQL server ({@code --jdbc-url}): every 50 ms a
 * transaction that writes one WAL record ({@code pg_logical_emit_message}, no table) and commits, so
 * its time is what any committing transaction of the server waited for (WAL flush, checkpoint I/O);
 * <li>the platform's <b>garbage-collection pauses</b> ({@code --server-pid}): {@code jcmd VM.log}
 * adds a GC log output to the running platform for the phase, and the pauses are read back from it.
 * </ul>
 * Alarms slower than {@link #SLOW_MILLIS} are grouped into episodes (overlapping in time), and each
 * episode is printed with the longest GC pause and the longest probe commit that overlapped it.
 */
final class Stalls implements AutoCloseable {

	static final double SLOW_MILLIS = 100;

	private static final long PROBE_PERIOD_MILLIS = 50;

	/** {@code [2026-12-08T00:31:02.123+0000] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->50M(1024M) 4.123ms}. */
	private static final Pattern PAUSE = Pattern.compile("^\\[([^\\]]+)\\].*\\bPause\\b.*?(\\d+\\.\\d+)ms\\s*$");

	private static final DateTimeFormatter UTCTIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

	/** Something that took {@code millis} and ended at {@code endMillis} (epoch ms). */
	record Span(long endMillis, double millis) {

		long startMillis() {
			return endMillis - Math.round(millis);
		}

		boolean overlaps(long from, long to) {
			return startMillis() <= to && endMillis >= from;
		}

	}

	private final List<Span> commits = new ArrayList<>();

	private final Thread probe;

	private volatile boolean running = true;

	private volatile String probeError;

	private final Long serverPid;

	private final Path gcLog;

	private String gcError;

	private final long fromMillis = System.currentTimeMillis();

	private long toMillis;

	private Stalls(LoadOptions options) {
		this.serverPid = options.serverPid();
		Path log = null;
		if (serverPid != null) {
			try {
				log = Files.createTempFile("intake-load-gc", ".log");
				jcmd("output=" + log, "what=gc=info", "decorators=utctime");
			}
			catch (IOException | InterruptedException | RuntimeException ex) {
				gcError = ex.getMessage();
				log = null;
			}
		}
		this.gcLog = log;
		this.probe = options.jdbcUrl() == null ? null : IntakeLoad.thread(() -> probe(options));
	}

	/** Starts both witnesses that the options allow. */
	static Stalls watch(LoadOptions options) {
		return new Stalls(options);
	}

	private void probe(LoadOptions options) {
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			while (running) {
				long started = System.nanoTime();
				statement.execute("select pg_logical_emit_message(true, 'intake-load', '')");
				double millis = (System.nanoTime() - started) / 1e6;
				synchronized (commits) {
					commits.add(new Span(System.currentTimeMillis(), millis));
				}
				TimeUnit.MILLISECONDS.sleep(Math.max(0, PROBE_PERIOD_MILLIS - Math.round(millis)));
			}
		}
		catch (SQLException ex) {
			probeError = ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (toMillis != 0) {
			return;
		}
		toMillis = System.currentTimeMillis();
		running = false;
		if (probe != null) {
			probe.join();
		}
		if (gcLog != null) {
			try {
				jcmd("output=" + gcLog, "what=all=off");
			}
			catch (IOException | RuntimeException ex) {
				// The output stays: the platform keeps logging its collections to a temporary file.
			}
		}
	}

	/** The lines to print: the witnesses over the whole phase, then one line per episode of slow alarms. */
	List<String> report(List<Span> slowAlarms) {
		List<Span> pauses = pauses();
		List<Span> probed;
		synchronized (commits) {
			probed = List.copyOf(commits);
		}
		List<String> lines = new ArrayList<>();
		if (probe == null) {
			lines.add("database commits: not watched (no --jdbc-url)");
		}
		else if (probeError != null) {
			lines.add("database commits: probe failed: " + probeError);
		}
		else {
			Latencies latencies = new Latencies();
			probed.forEach(span -> latencies.record(Math.round(span.millis() * 1e6)));
			Span slowest = probed.stream().max(Comparator.comparingDouble(Span::millis)).orElse(null);
			lines.add(String.format("database commits (probe every %d ms, %d commits): p99 %.1f ms, max %.1f ms%s, %d over %.0f ms",
					PROBE_PERIOD_MILLIS, probed.size(), latencies.millis(99), latencies.millis(100),
					slowest == null ? "" : " at " + CLOCK.format(Instant.ofEpochMilli(slowest.startMillis())),
					probed.stream().filter(span -> span.millis() >= SLOW_MILLIS).count(), SLOW_MILLIS));
		}
		if (serverPid == null) {
			lines.add("platform GC: not watched (no --server-pid)");
		}
		else if (pauses == null) {
			lines.add("platform GC: not read (" + gcError + ")");
		}
		else {
			Span longest = pauses.stream().max(Comparator.comparingDouble(Span::millis)).orElse(null);
			lines.add(String.format("platform GC (pid %d): %d pauses, %.0f ms in all, longest %s, %d over 20 ms", serverPid,
					pauses.size(), pauses.stream().mapToDouble(Span::millis).sum(),
					longest == null ? "–" : String.format("%.1f ms at %s", longest.millis(), CLOCK.format(Instant.ofEpochMilli(longest.startMillis()))),
					pauses.stream().filter(span -> span.millis() >= 20).count()));
		}
		for (List<Span> episode : episodes(slowAlarms)) {
			long from = episode.get(0).startMillis();
			long to = episode.stream().mapToLong(Span::endMillis).max().orElse(from);
			double worst = episode.stream().mapToDouble(Span::millis).max().orElse(0);
			String gc = pauses == null ? "GC not read" : worst(pauses, from, to, "GC pause");
			String db = probe == null || probeError != null ? "commits not probed" : worst(probed, from, to, "probe commit");
			lines.add(String.format("%s–%s  %d alarm(s) ≥ %.0f ms, slowest %.0f ms; %s; %s", CLOCK.format(Instant.ofEpochMilli(from)),
					CLOCK.format(Instant.ofEpochMilli(to)), episode.size(), SLOW_MILLIS, worst, gc, db));
		}
		return lines;
	}

	/** Slow alarms whose time spans overlap (or lie within 100 ms of each other), in start order. */
	static List<List<Span>> episodes(List<Span> slowAlarms) {
		List<Span> sorted = new ArrayList<>(slowAlarms);
		sorted.sort(Comparator.comparingLong(Span::startMillis));
		List<List<Span>> episodes = new ArrayList<>();
		long end = Long.MIN_VALUE;
		for (Span alarm : sorted) {
			if (episodes.isEmpty() || alarm.startMillis() > end + 100) {
				episodes.add(new ArrayList<>());
			}
			episodes.get(episodes.size() - 1).add(alarm);
			end = Math.max(end, alarm.endMillis());
		}
		return episodes;
	}

	private static String worst(List<Span> spans, long from, long to, String what) {
		List<Span> within = spans.stream().filter(span -> span.overlaps(from, to)).toList();
		double longest = within.stream().mapToDouble(Span::millis).max().orElse(0);
		double sum = within.stream().mapToDouble(Span::millis).sum();
		return within.isEmpty() ? "no " + what
				: String.format("%d %s(s), longest %.0f ms, %.0f ms in all", within.size(), what, longest, sum);
	}

	/** The GC pauses logged within the phase; null when the log could not be read. */
	private List<Span> pauses() {
		if (gcLog == null) {
			return null;
		}
		try {
			return parsePauses(Files.readAllLines(gcLog), fromMillis, toMillis);
		}
		catch (IOException ex) {
			gcError = ex.getMessage();
			return null;
		}
		finally {
			try {
				Files.deleteIfExists(gcLog);
			}
			catch (IOException ex) {
				// A few hundred bytes left in the temporary directory.
			}
		}
	}

	static List<Span> parsePauses(List<String> lines, long fromMillis, long toMillis) {
		List<Span> pauses = new ArrayList<>();
		for (String line : lines) {
			Matcher m = PAUSE.matcher(line);
			if (m.find()) {
				long end = OffsetDateTime.parse(m.group(1), UTCTIME).toInstant().toEpochMilli();
				if (end >= fromMillis && end <= toMillis) {
					pauses.add(new Span(end, Double.parseDouble(m.group(2))));
				}
			}
		}
		return pauses;
	}

	private void jcmd(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				Long.toString(serverPid), "VM.log"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || output.contains("rror")) {
			throw new IOException("jcmd " + String.join(" ", arguments) + ": " + output.strip());
		}
	}

}
