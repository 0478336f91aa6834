package cn.eco.enforcement.tools.simulator;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the database alone can do: the same number of rows, with the columns and parameter types the
 * platform writes to {@code reading}, inserted by one connection in JDBC batches of 1000
 * ({@code reWriteBatchedInserts=true}, autocommit off, one commit per batch) into a scratch copy of
 * the table, {@code bench_reading_baseline} (logged like the real one, dropped afterwards).
 */
final class JdbcBaseline {

	static final String TABLE = "bench_reading_baseline";

	private static final int BATCH = 1000;

	private static final String COLUMNS = "mn, period, data_time, factor_code, rtd, avg_value, min_value, max_value, "
			+ "zs_avg, cou, data_flag, received_at";

	/**
	 * @param note how the scratch table was created
	 * @param clientCpu CPU seconds of this tool's inserting thread
	 * @param postgresCpu CPU seconds of the PostgreSQL backend serving it, NaN when unknown
	 * @param loadAverage the machine's 1-minute load average at the end
	 */
	record Result(long rows, double seconds, String note, double clientCpu, double postgresCpu, double loadAverage) {

		double rowsPerSecond() {
			return seconds > 0 ? rows / seconds : 0;
		}

	}

	Result run(String url, String user, String password, long rows, List<String> mns, List<FactorProfile> factors)
			throws SQLException {
		loadDriver();
		try (Connection connection = DriverManager.getConnection(withBatchRewrite(url), user, password)) {
			connection.setAutoCommit(false);
			String note = create(connection);
			try {
				return insert(connection, rows, mns, factors, note);
			}
			finally {
				try (Statement statement = connection.createStatement()) {
					statement.execute("DROP TABLE IF EXISTS " + TABLE);
					connection.commit();
				}
			}
		}
	}

	static String withBatchRewrite(String url) {
		if (url.contains("reWriteBatchedInserts")) {
			return url;
		}
		return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
	}

	static void loadDriver() {
		try {
			Class.forName("org.postgresql.Driver");
		}
		catch (ClassNotFoundException ex) {
			// not on the class path: DriverManager reports a suitable driver missing
		}
	}

	/** A scratch copy of the platform's {@code reading} table: --jdbc-url must name the platform's database. */
	private static String create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS " + TABLE);
			statement.execute("CREATE TABLE " + TABLE + " (LIKE reading INCLUDING ALL)");
			connection.commit();
			return "created LIKE reading INCLUDING ALL";
		}
		catch (SQLException noReadingTable) {
			connection.rollback();
			throw new SQLException("no reading table: --jdbc-url must name the platform's own database", noReadingTable);
		}
	}

	private static Result insert(Connection connection, long rows, List<String> mns, List<FactorProfile> factors,
			String note) throws SQLException {
		SplittableRandom random = new SplittableRandom(7);
		List<Long> backend = CpuMeter.backendPids(connection, true);
		double postgresBefore = backend.isEmpty() ? Double.NaN : CpuMeter.processSeconds(backend.get(0)).orElse(Double.NaN);
		long threadCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		long base = System.currentTimeMillis();
		Timestamp receivedAt = new Timestamp(base);
		long started = System.nanoTime();
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			int pending = 0;
			for (long row = 0; row < rows; row++) {
				long packet = row / factors.size();
				FactorProfile factor = factors.get((int) (row % factors.size()));
				double avg = factor.base() + factor.noise() * (random.nextDouble() * 2 - 1);
				insert.setString(1, mns.get((int) (packet % mns.size())));
				insert.setString(2, "MINUTE");
				insert.setTimestamp(3, new Timestamp(base + packet / mns.size()));
				insert.setString(4, factor.code());
				insert.setNull(5, Types.NUMERIC);
				insert.setBigDecimal(6, new BigDecimal(factor.format(avg)));
				insert.setBigDecimal(7, new BigDecimal(factor.format(avg - factor.noise() / 2)));
				insert.setBigDecimal(8, new BigDecimal(factor.format(avg + factor.noise() / 2)));
				insert.setNull(9, Types.NUMERIC);
				insert.setBigDecimal(10, factor.couPerSecond() > 0 ? new BigDecimal(factor.format(avg * 0.06)) : null);
				insert.setString(11, "N");
				insert.setTimestamp(12, receivedAt);
				insert.addBatch();
				if (++pending == BATCH) {
					insert.executeBatch();
					connection.commit();
					pending = 0;
				}
			}
			if (pending > 0) {
				insert.executeBatch();
				connection.commit();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		double clientCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuBefore) / 1e9;
		double postgresCpu = backend.isEmpty() ? Double.NaN
				: CpuMeter.processSeconds(backend.get(0)).orElse(Double.NaN) - postgresBefore;
		return new Result(rows, seconds, note, clientCpu, postgresCpu, CpuMeter.loadAverage());
	}

}
