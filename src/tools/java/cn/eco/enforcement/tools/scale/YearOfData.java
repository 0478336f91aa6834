package cn.eco.enforcement.tools.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import cn.eco.enforcement.monitoring.counts.HourCounts;

/**
 * The one-year benchmark (issue 19 item 4): HJ 212 ingestion on an empty {@code reading} table,
 * then a bulk load of a year (devices' hourly data for {@code --hour-days}, minute data for
 * {@code --minute-days}) with COPY, then ingestion again on the loaded table, one device's month of
 * hourly data over REST, the monthly transmission report, and the drop of a month's partition as
 * the retention job drops it. Runs against a platform started on a scratch database. See
 * {@code docs/scale.md}. The loaded readings are counted per device and hour for the report with
 * the platform's own statement ({@link HourCounts#countHour}), hour by hour as the platform's hourly
 * job counts them, from the first hour of the report's month (or of the minute data, if earlier), so
 * that the report is measured on the path it takes in service.
 */
public final class YearOfData {

	static final List<String> FACTORS = List.of("w01018", "w21003", "w01001", "w00000", "w21011", "w21001", "w01010",
			"w20122", "w20116", "w20117");

	private final YearOptions options;

	private YearOfData(YearOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		YearOptions options;
		try {
			options = YearOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(YearOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options == null) {
			System.out.println(YearOptions.USAGE);
			return;
		}
		if (!new YearOfData(options).run()) {
			System.exit(1);
		}
	}

	private boolean run() throws Exception {
		List<String> factors = FACTORS.subList(0, Math.min(options.factors(), FACTORS.size()));
		List<String> mns = new ArrayList<>();
		for (int i = 1; i <= options.devices(); i++) {
			mns.add(String.format(Locale.ROOT, "YEAR%06d", i));
		}
		Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
		System.out.printf(Locale.ROOT, "one year of monitoring data → %s (HTTP %s, HJ 212 %s:%d): %,d devices × %d factors, "
				+ "hourly %d days, minute data every %d min for %d days; %d cores, %s%n", options.jdbcUrl(), options.http(),
				options.host(), options.port(), mns.size(), factors.size(), options.hourDays(), options.minuteInterval(),
				options.minuteDays(), Runtime.getRuntime().availableProcessors(), PlatformTimings.loadAverage());
		Class.forName("org.postgresql.Driver");
		try (Connection connection = DriverManager.getConnection(options.jdbcUrl(), options.jdbcUser(),
				options.jdbcPassword())) {
			System.out.printf(Locale.ROOT, "readings before: %,d%n", count(connection, "SELECT COUNT(*) FROM reading"));

			// A platform just started runs its first packets interpreted: the empty table must not pay for that.
			System.out.println("\n--- 0. warm-up: HJ 212 ingestion, then the readings emptied again ---");
			// A second run on the same database finds the benchmark's devices registered and its year loaded.
			boolean registered = count(connection,
					"SELECT COUNT(*) FROM monitoring_device WHERE mn LIKE 'BENCH%'") >= options.ingestDevices();
			IngestionRun.readingsPerSecond(options, !registered, Math.max(10, options.ingestSeconds() / 2));
			try (Statement statement = connection.createStatement()) {
				statement.execute("TRUNCATE reading, hour_count, counted_hour, hour_count_stale");
				statement.execute("DELETE FROM monitoring_device WHERE mn LIKE 'YEAR%'");
			}

			System.out.println("\n--- 1. HJ 212 ingestion on the empty table ---");
			double empty = IngestionRun.readingsPerSecond(options, false, options.ingestSeconds());
			String emptyLoad = PlatformTimings.loadAverage();

			System.out.println("\n--- 2. bulk load (COPY) ---");
			BulkLoad load = new BulkLoad(connection, mns, factors);
			load.devices(end.minus(Duration.ofDays(options.hourDays() + 1)));
			BulkLoad.Loaded hourly = load.readings("HOUR", end.minus(Duration.ofDays(options.hourDays())), end,
					Duration.ofHours(1));
			BulkLoad.Loaded minute = load.readings("MINUTE", end.minus(Duration.ofDays(options.minuteDays())), end,
					Duration.ofMinutes(options.minuteInterval()));
			long analyzeStarted = System.nanoTime();
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE reading");
			}
			double analyzeSeconds = (System.nanoTime() - analyzeStarted) / 1e9;
			// The hourly job counts every hour; in service the report's month (last month) is counted
			// whole, however far back the minute data go.
			YearMonth month = YearMonth.from(LocalDate.ofInstant(end, BulkLoad.CHINA)).minusMonths(1);
			Instant monthStart = month.atDay(1).atStartOfDay(BulkLoad.CHINA).toInstant();
			Instant minutesStart = end.minus(Duration.ofDays(options.minuteDays()));
			Counted counted = countHours(connection, monthStart.isBefore(minutesStart) ? monthStart : minutesStart, end);
			String size = text(connection, "SELECT pg_size_pretty(pg_database_size(current_database()))");
			System.out.printf(Locale.ROOT, "loaded      hourly %,d rows in %.0f s (%,.0f rows/s), minute %,d rows in %.0f s "
					+ "(%,.0f rows/s); ANALYZE %.0f s; readings counted for %,d hours (%,d device-hours) in %.0f s; "
					+ "database %s; %s%n", hourly.rows(), hourly.seconds(), hourly.rowsPerSecond(), minute.rows(),
					minute.seconds(), minute.rowsPerSecond(), analyzeSeconds, counted.hours(), counted.deviceHours(),
					counted.seconds(), size, PlatformTimings.loadAverage());

			System.out.println("\n--- 3. HJ 212 ingestion on the loaded table ---");
			double loaded = IngestionRun.readingsPerSecond(options, false, options.ingestSeconds());
			String loadedLoad = PlatformTimings.loadAverage();

			System.out.printf("%n--- 4. one device's month (%s) of hourly data over REST ---%n", month);
			PlatformTimings http = new PlatformTimings(options);
			List<Double> monthMillis = monthOfHourlyData(http, mns, month);
			String monthLoad = PlatformTimings.loadAverage();

			System.out.printf("%n--- 5. monthly transmission report (%s) ---%n", month);
			List<Double> reportMillis = new ArrayList<>();
			for (int run = 0; run < options.reportRuns(); run++) {
				PlatformTimings.Timed report = http.get("/api/statistics/monitoring?month=" + month);
				reportMillis.add(report.millis());
				System.out.printf(Locale.ROOT, "  run %d: %.0f ms (%,d bytes); %s%n", run + 1, report.millis(), report.bytes(),
						PlatformTimings.loadAverage());
			}

			System.out.println("\n--- 6. retention: dropping a month ---");
			Dropped dropped = dropLargestMonth(connection);

			return Summary.print(new Summary(empty, emptyLoad, loaded, loadedLoad, monthMillis, monthLoad, reportMillis,
					dropped));
		}
	}

	private List<Double> monthOfHourlyData(PlatformTimings http, List<String> mns, YearMonth month) throws Exception {
		Instant from = BulkLoad.start(month.atDay(1));
		Instant to = BulkLoad.start(month.plusMonths(1).atDay(1));
		SplittableRandom random = new SplittableRandom(19);
		List<Double> millis = new ArrayList<>();
		long bytes = 0;
		int warmUp = 10;
		for (int i = 0; i < warmUp + options.monthRequests(); i++) {
			String mn = mns.get(random.nextInt(mns.size()));
			PlatformTimings.Timed answer = http.get("/api/monitoring/devices/" + mn + "/readings?period=HOUR&from=" + from
					+ "&to=" + to + "&limit=100000");
			if (i >= warmUp) {
				millis.add(answer.millis());
				bytes += answer.bytes();
			}
		}
		System.out.printf(Locale.ROOT, "  %d requests (after %d not counted), %,d bytes each on average%n", millis.size(),
				warmUp, bytes / Math.max(1, millis.size()));
		return millis;
	}

	/** What counting the loaded readings did. */
	record Counted(int hours, long deviceHours, double seconds) {
	}

	/**
	 * Counts the minute and hourly data of every hour in [from, to) as the platform's hourly job does,
	 * one transaction per hour.
	 */
	private static Counted countHours(Connection connection, Instant from, Instant to) throws Exception {
		long started = System.nanoTime();
		int hours = 0;
		long deviceHours = 0;
		connection.setAutoCommit(false);
		try {
			for (Instant hour = from.truncatedTo(ChronoUnit.HOURS); hour.isBefore(to); hour = hour.plus(Duration.ofHours(1))) {
				deviceHours += HourCounts.countHour(connection, hour, Instant.now());
				connection.commit();
				hours++;
			}
		}
		finally {
			connection.setAutoCommit(true);
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("ANALYZE hour_count");
		}
		return new Counted(hours, deviceHours, (System.nanoTime() - started) / 1e9);
	}

	/** A dropped partition: how long {@code reading} was locked to detach it, and how long the drop took. */
	record Dropped(String name, long rows, double detachMillis, double dropMillis, String load) {

		double millis() {
			return detachMillis + dropMillis;
		}

	}

	/**
	 * Drops the largest monthly partition with the statements {@code ReadingRetention} runs for an
	 * expired one, each committing on its own: detach it from its parent, then drop the detached table.
	 */
	private static Dropped dropLargestMonth(Connection connection) throws Exception {
		String name = text(connection, """
				SELECT c.relname FROM pg_class c JOIN pg_inherits i ON i.inhrelid = c.oid
				WHERE c.relname ~ '^reading_(rtd|minute|hour)_\\d{4}_\\d{2}$'
				ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 1""");
		String parent = name.substring(0, name.length() - "_yyyy_mm".length());
		long rows = count(connection, "SELECT reltuples::bigint FROM pg_class WHERE relname = '" + name + "'");
		String size = text(connection, "SELECT pg_size_pretty(pg_total_relation_size('" + name + "'))");
		long started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + parent + " DETACH PARTITION " + name);
		}
		double detachMillis = (System.nanoTime() - started) / 1e6;
		started = System.nanoTime();
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE " + name);
		}
		double dropMillis = (System.nanoTime() - started) / 1e6;
		System.out.printf(Locale.ROOT, "  %s (about %,d rows, %s): detached in %.0f ms, dropped in %.0f ms%n", name, rows,
				size, detachMillis, dropMillis);
		return new Dropped(name, rows, detachMillis, dropMillis, PlatformTimings.loadAverage());
	}

	private static long count(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static String text(Connection connection, String sql) throws Exception {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
