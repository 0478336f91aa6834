package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The partitioning migration on a database that already holds readings, as one upgraded from a
 * build before V210: its own empty database, migrated up to the last version before V210, filled, then migrated to the end.
 */
class ReadingPartitionMigrationTests {

	@Test
	void existingReadingsMoveIntoPartitionsOfTheirMonthsAndStillRefuseDuplicates() {
		var dataSource = new DriverManagerDataSource(PostgresTestDatabase.freshUrl(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password());
		String beforePartitioning = Arrays.stream(Flyway.configure().dataSource(dataSource).load().info().all())
			.map(MigrationInfo::getVersion)
			.filter(version -> !version.isNewerThan("209"))
			.max(Comparator.naturalOrder())
			.orElseThrow()
			.getVersion();
		Flyway.configure().dataSource(dataSource).target(beforePartitioning).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// 2026-10-31T20:00Z is 1 November in China: the month follows China's calendar.
		List<Object[]> rows = List.of(row("RTD", "2026-10-15T03:00:00Z"), row("RTD", "2026-10-31T20:00:00Z"),
				row("MINUTE", "2026-10-15T03:01:00Z"), row("HOUR", "2020-03-01T05:00:00Z"),
				row("DAY", "2019-07-01T00:00:00Z"));
		for (Object[] row : rows) {
			jdbc.sql("""
					INSERT INTO reading (mn, period, data_time, factor_code, avg_value, received_at)
					VALUES ('MIGRATED-1', ?, ?::timestamptz, 'w01018', 12.5, now())""").params(row).update();
		}

		Flyway.configure().dataSource(dataSource).load().migrate();

		assertThat(jdbc.sql("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'reading'::regclass")
			.query(String.class).single()).as("reading is partitioned by list (of period)").isEqualTo("l");
		assertThat(jdbc.sql("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = 'reading_rtd'::regclass")
			.query(String.class).single()).as("each period by range (of data time)").isEqualTo("r");
		Map<String, String> partitionOf = jdbc
			.sql("SELECT period || ' ' || data_time AT TIME ZONE 'UTC', tableoid::regclass::text FROM reading")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(partitionOf).containsOnly(Map.entry("RTD 2026-10-15 03:00:00", "reading_rtd_2026_10"),
				Map.entry("RTD 2026-10-31 20:00:00", "reading_rtd_2026_11"),
				Map.entry("MINUTE 2026-10-15 03:01:00", "reading_minute_2026_10"),
				Map.entry("HOUR 2020-03-01 05:00:00", "reading_hour_2020_03"),
				Map.entry("DAY 2019-07-01 00:00:00", "reading_day_2019"));
		assertThat(jdbc.sql("SELECT to_regclass('reading_unpartitioned') IS NULL").query(Boolean.class).single())
			.isTrue();
		int again = jdbc.sql("""
				INSERT INTO reading (mn, period, data_time, factor_code, avg_value, received_at)
				VALUES ('MIGRATED-1', 'RTD', '2026-10-15T03:00:00Z', 'w01018', 99, now()) ON CONFLICT DO NOTHING""")
			.update();
		assertThat(again).as("the primary key still refuses the same reading").isZero();
	}

	private static Object[] row(String period, String dataTime) {
		return new Object[] { period, dataTime };
	}

}
