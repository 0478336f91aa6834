package cn.eco.enforcement.assessment.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.eco.enforcement.monitoring.counts.HourCounts;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The counted minute data on H2, the in-memory database of the demo, with the real and the demo
 * migrations. Late data are stored as the ingestion stores them: the readings and their marks in one
 * transaction.
 */
class HourCountsOnH2Tests extends HourCountScenarios {

	private JdbcClient jdbc;

	private JdbcTemplate template;

	private TransactionTemplate transactions;

	private TransmissionRates rates;

	@BeforeEach
	void migrateAnEmptyDatabase() {
		String url = "jdbc:h2:mem:hour_counts_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/demo")
			.load()
			.migrate();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		DataSourceTransactionManager transactionManager = new DataSourceTransactionManager(dataSource);
		jdbc = JdbcClient.create(dataSource);
		template = new JdbcTemplate(dataSource);
		transactions = new TransactionTemplate(transactionManager);
		Clock clock = Clock.system(CHINA);
		rates = new TransmissionRates(jdbc, clock, transactionManager);
	}

	@Override
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	JdbcTemplate template() {
		return template;
	}

	@Override
	TransactionTemplate transactions() {
		return transactions;
	}

	@Override
	TransmissionRates rates() {
		return rates;
	}

	@Override
	String device(Instant registeredAt) {
		String mn = newMn();
		jdbc.sql("""
				INSERT INTO monitoring_device (mn, password_salt, password_hash, kind, enterprise_code, outlet, registered_at)
				VALUES (?, 'salt', 'hash', 'WASTEWATER', 'ENT-0001', 'DW001', ?)""")
			.params(mn, registeredAt.atOffset(ZoneOffset.UTC))
			.update();
		return mn;
	}

	@Override
	void storeLate(String mn, List<Object[]> rows) {
		Set<HourCounts.StaleHour> hours = rows.stream()
			.map(row -> new HourCounts.StaleHour(mn,
					((Timestamp) row[2]).toInstant().truncatedTo(java.time.temporal.ChronoUnit.HOURS)))
			.collect(Collectors.toSet());
		transactions.executeWithoutResult(status -> {
			insert(rows);
			template.execute((ConnectionCallback<Void>) c -> {
				HourCounts.markStale(c, hours, Instant.now());
				return null;
			});
		});
	}

	@Override
	String report() {
		return rates.measure(JUNE, null).stream().map(TransmissionRates.Measured::transmission).toList().toString();
	}

}
