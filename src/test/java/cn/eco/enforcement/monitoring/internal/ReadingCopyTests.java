package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.eco.enforcement.monitoring.Period;
import cn.eco.enforcement.monitoring.Reading;
import cn.eco.enforcement.support.PostgresTestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The COPY writer on a migrated PostgreSQL database: a group of new readings goes in as sent (values
 * with COPY's special characters included) and counts as new; a group that holds a reading already
 * stored, or one reading twice, falls back inside the same transaction and tells exactly which rows
 * were new, and nothing of the failed COPY remains.
 */
class ReadingCopyTests {

	private static final Instant MINUTE = Instant.parse("2026-11-28T03:01:00Z");

	private static final OffsetDateTime RECEIVED = OffsetDateTime.of(2026, 11, 28, 3, 2, 0, 0, ZoneOffset.UTC);

	@Test
	void newReadingsAreCopiedAndARepeatedOneFallsBackToSkippingWhatIsStored() throws Exception {
		var dataSource = new DriverManagerDataSource(PostgresTestDatabase.freshUrl(), PostgresTestDatabase.user(),
				PostgresTestDatabase.password());
		Flyway.configure().dataSource(dataSource).load().migrate();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Readings.Row cod = row("COPY-1", "w01018", new BigDecimal("72.4"), "N");
		Readings.Row odd = row("COPY-1", "w21003", new BigDecimal("1E+3"), "T\t\\B");
		Readings.Row other = row("COPY-2", "w01018", null, null);

		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			assertThat(ReadingCopy.store(connection, List.of(cod, odd, other), RECEIVED)).containsExactly(true, true, true);
			connection.commit();
		}
		assertThat(jdbc.sql("SELECT avg_value FROM reading WHERE mn = 'COPY-1' AND factor_code = 'w21003'")
			.query(BigDecimal.class).single()).isEqualByComparingTo("1000");
		assertThat(jdbc.sql("SELECT data_flag FROM reading WHERE mn = 'COPY-1' AND factor_code = 'w21003'")
			.query(String.class).single()).isEqualTo("T\t\\B");
		assertThat(jdbc.sql("SELECT count(*) FROM reading WHERE mn = 'COPY-2' AND avg_value IS NULL AND data_flag IS NULL "
				+ "AND data_time = ? AND received_at = ?").params(java.sql.Timestamp.from(MINUTE),
						java.sql.Timestamp.from(RECEIVED.toInstant())).query(Integer.class).single()).isEqualTo(1);

		Readings.Row fresh = row("COPY-3", "w01018", new BigDecimal("30"), "N");
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			assertThat(ReadingCopy.store(connection, List.of(cod, fresh, fresh), RECEIVED))
				.as("the stored reading and the second copy of the fresh one are not new").containsExactly(false, true, false);
			connection.commit();
		}
		assertThat(jdbc.sql("SELECT concat(mn, ' ', factor_code, ' ', coalesce(avg_value::text, 'null')) FROM reading ORDER BY mn, factor_code")
			.query(String.class).list()).containsExactly("COPY-1 w01018 72.400000", "COPY-1 w21003 1000.000000",
					"COPY-2 w01018 null", "COPY-3 w01018 30.000000");
	}

	private static Readings.Row row(String mn, String factor, BigDecimal avg, String flag) {
		return new Readings.Row(mn, new Reading(factor, Period.MINUTE, MINUTE, null, avg, null, null, null, null, flag));
	}

}
