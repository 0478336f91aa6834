package cn.eco.enforcement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A demo database kept across an upgrade: its demo data (V1000…) sorts after every schema
 * migration, so a newer schema migration arrives with a lower version. Demo mode lets Flyway apply it.
 */
class DemoDatabaseUpgradeTests {

	private static final String URL = "jdbc:h2:mem:demo_upgrade;DB_CLOSE_DELAY=-1";

	@Test
	void aSchemaMigrationNewerThanTheDemoDataIsAppliedToAKeptDemoDatabase() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", URL)));
		new DemoModeActivation().postProcessEnvironment(environment, new SpringApplication());
		String[] locations = environment.getProperty("spring.flyway.locations", String[].class);
		boolean outOfOrder = environment.getProperty("spring.flyway.out-of-order", Boolean.class, false);

		Flyway.configure().dataSource(URL, "sa", "").locations(locations).load().migrate();
		// As the database was before V61 existed: demo data applied, V61 not.
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(URL, "sa", ""));
		jdbc.sql("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '61'").update();
		jdbc.sql("DROP TABLE correction_order_sequence").update();

		assertThatThrownBy(() -> Flyway.configure().dataSource(URL, "sa", "").locations(locations).load().migrate())
			.as("without out-of-order the upgrade is refused").isInstanceOf(FlywayException.class);
		Flyway.configure().dataSource(URL, "sa", "").locations(locations).outOfOrder(outOfOrder).load().migrate();

		assertThat(outOfOrder).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM correction_order_sequence").query(Integer.class).single()).isZero();
	}

}
