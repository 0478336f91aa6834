package cn.eco.enforcement.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The derivation on H2, the in-memory database of {@code mvn spring-boot:run}, with the real and the demo migrations. */
class ReadingDerivationOnH2Tests extends ReadingDerivationScenarios {

	private JdbcClient jdbc;

	private ReadingDerivation derivation;

	@BeforeEach
	void migrateAnEmptyDatabase() throws Exception {
		String url = "jdbc:h2:mem:derivation_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/demo").load().migrate();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
		jdbc = JdbcClient.create(dataSource);
		derivation = new ReadingDerivation(jdbc, dataSource, new DataSourceTransactionManager(dataSource),
				new DerivationSettings(Duration.ofDays(2), Duration.ofMinutes(10)), Clock.systemUTC());
	}

	@Override
	JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	ReadingDerivation derivation() {
		return derivation;
	}

}
