package cn.eco.enforcement.assessment.statistics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import cn.eco.enforcement.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Times the monthly inspector table on PostgreSQL: 500 inspectors in 50 squadrons, 1,000,000 historic
 * tasks over 24 months (240,000 loops of four tasks, 40,000 case-filing tasks), 1.9 million history
 * variables, the loop assessments, alarms and cases behind them. Creates a fresh database on the test
 * server ({@code TEST_PG_URL}, default 127.0.0.1:5432), builds the engine schema from the engine's own
 * scripts, migrates it with Flyway, adds the statistics index, bulk-loads with generate_series, then
 * computes one month's table several times and prints each time, the minimum and the median. Drops the
 * database at the end. Not a test: run it by hand (see docs/statistics.md).
 */
public final class MonthlyTableBenchmark {

	static final int INSPECTORS = 500;

	static final int LOOPS = 240_000;

	static final int CASE_TASKS = 40_000;

	static final String FIRST_DAY = "2024-11-01";

	static final YearMonth MONTH = YearMonth.of(2026, 10);

	private MonthlyTableBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
		String url = PostgresTestDatabase.freshUrl();
		System.out.println("database " + url);
		try (SingleConnectionDataSource ds = new SingleConnectionDataSource(url, PostgresTestDatabase.user(),
				PostgresTestDatabase.password(), true)) {
			long t0 = System.nanoTime();
			migrate(ds, url);
			JdbcClient jdbc = JdbcClient.create(ds);
			load(jdbc);
			System.out.printf("schema + load + analyze: %.1f s; tasks: %,d; variables: %,d%n", (System.nanoTime() - t0) / 1e9,
					count(jdbc, "ACT_HI_TASKINST"), count(jdbc, "ACT_HI_VARINST"));
			InspectorStatistics statistics = new InspectorStatistics(jdbc,
					Clock.fixed(Instant.parse("2026-11-15T00:00:00Z"), ZoneId.of("Asia/Shanghai")));
			List<Double> times = new ArrayList<>();
			MonthlyTable table = null;
			for (int run = 0; run <= runs; run++) {
				long start = System.nanoTime();
				table = statistics.table(MONTH, null, null);
				double ms = (System.nanoTime() - start) / 1e6;
				System.out.printf("%s %d: %.0f ms%n", run == 0 ? "warm-up" : "run", run, ms);
				if (run > 0) {
					times.add(ms);
				}
			}
			Collections.sort(times);
			System.out.printf("monthly table %s: %d inspector rows, %d squadrons, total %s%n", MONTH, table.inspectors().size(),
					table.squadrons().size(), table.total());
			System.out.printf("min %.0f ms, median %.0f ms, max %.0f ms over %d runs (target ≤ 2000 ms)%n", times.get(0),
					times.get(times.size() / 2), times.get(times.size() - 1), times.size());
		}
		finally {
			drop(url);
		}
	}

	/** As the application does: Flyway first, then the engine's schema, then our engine-table indexes. */
	private static void migrate(SingleConnectionDataSource ds, String url) throws SQLException {
		Flyway.configure().dataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())
			.locations("classpath:db/migration").load().migrate();
		try (Connection connection = ds.getConnection()) {
			for (String part : List.of("engine", "history", "identity")) {
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + part + ".sql"));
			}
		}
		Flyway.configure().dataSource(url, PostgresTestDatabase.user(), PostgresTestDatabase.password())
			.locations("classpath:db/engine").table("flyway_engine_history").baselineOnMigrate(true)
			.baselineVersion("0").load().migrate();
	}

	private static void load(JdbcClient jdbc) {
		for (String sql : BenchmarkData.statements(INSPECTORS, LOOPS, CASE_TASKS, FIRST_DAY)) {
			long start = System.nanoTime();
			jdbc.sql(sql).update();
			System.out.printf("  %-60s %6.1f s%n", sql.strip().lines().findFirst().orElse("").replaceAll("\\s+", " ")
				.substring(0, Math.min(60, sql.strip().lines().findFirst().orElse("").length())), (System.nanoTime() - start) / 1e9);
		}
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static void drop(String url) throws SQLException {
		String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(server, PostgresTestDatabase.user(),
				PostgresTestDatabase.password())) {
			connection.createStatement().execute("DROP DATABASE IF EXISTS " + url.substring(url.lastIndexOf('/') + 1));
		}
	}

}
