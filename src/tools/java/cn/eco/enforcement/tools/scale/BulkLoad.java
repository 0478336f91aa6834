package cn.eco.enforcement.tools.scale;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Writes devices and readings straight into the platform's PostgreSQL database with COPY (the
 * driver's CopyManager, reached by reflection because the driver is a runtime dependency of the
 * product). Readings go month by month into the monthly partitions of {@code reading}, made here
 * first with the names and China-midnight bounds the platform's {@code ReadingPartitions} gives
 * them, so its retention job recognises and drops them like its own.
 */
final class BulkLoad {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Connection connection;

	private final List<String> mns;

	private final List<String> factors;

	BulkLoad(Connection connection, List<String> mns, List<String> factors) throws SQLException {
		this.connection = connection;
		this.mns = mns;
		this.factors = factors;
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET synchronous_commit = off");
		}
	}

	/** What a load wrote. */
	record Loaded(long rows, double seconds) {

		double rowsPerSecond() {
			return seconds > 0 ? rows / seconds : 0;
		}

	}

	/** The devices, as wastewater outlets of ENT-0001 … ENT-0030 registered at {@code registeredAt}. */
	void devices(Instant registeredAt) throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < mns.size(); i++) {
			text.append(mns.get(i)).append("\tbulk\t").append("0".repeat(64)).append("\tWASTEWATER\t")
				.append(String.format(Locale.ROOT, "ENT-%04d", i % 30 + 1)).append("\tYEAR-DW001\tSTANDARD\t")
				.append(registeredAt).append('\n');
		}
		copy("COPY monitoring_device (mn, password_salt, password_hash, kind, enterprise_code, outlet, crc_variants, "
				+ "registered_at) FROM STDIN", new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
	}

	/** The period's readings every {@code step} over [from, to), a month (partition) at a time. */
	Loaded readings(String period, Instant from, Instant to, Duration step) throws Exception {
		long started = System.nanoTime();
		long rows = 0;
		LocalDate month = LocalDate.ofInstant(from, CHINA).withDayOfMonth(1);
		for (; start(month).isBefore(to); month = month.plusMonths(1)) {
			Instant monthFrom = later(from, start(month));
			Instant monthTo = earlier(to, start(month.plusMonths(1)));
			String partition = partition(period, month);
			long partitionStarted = System.nanoTime();
			GeneratedRows generated = new GeneratedRows(mns, factors, period, monthFrom, monthTo, step, to);
			copy("COPY " + partition + " (" + GeneratedRows.COLUMNS + ") FROM STDIN", generated);
			rows += generated.rows();
			System.out.printf(Locale.ROOT, "  %s: %,d rows in %.1f s%n", partition, generated.rows(),
					(System.nanoTime() - partitionStarted) / 1e9);
		}
		return new Loaded(rows, (System.nanoTime() - started) / 1e9);
	}

	/** Makes the period's partition of the month unless it exists; returns its name. */
	String partition(String period, LocalDate month) throws SQLException {
		String parent = "reading_" + period.toLowerCase(Locale.ROOT);
		String name = String.format(Locale.ROOT, "%s_%d_%02d", parent, month.getYear(), month.getMonthValue());
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS %s PARTITION OF %s FOR VALUES FROM ('%s') TO ('%s')"
				.formatted(name, parent, start(month).atZone(CHINA).toOffsetDateTime(),
						start(month.plusMonths(1)).atZone(CHINA).toOffsetDateTime()));
		}
		return name;
	}

	private long copy(String sql, InputStream rows) throws Exception {
		Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
		Object copyApi = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
		Object copied = Class.forName("org.postgresql.copy.CopyManager")
			.getMethod("copyIn", String.class, InputStream.class)
			.invoke(copyApi, sql, rows);
		return (Long) copied;
	}

	static Instant start(LocalDate day) {
		return day.atStartOfDay(CHINA).toInstant();
	}

	private static Instant later(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant earlier(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
