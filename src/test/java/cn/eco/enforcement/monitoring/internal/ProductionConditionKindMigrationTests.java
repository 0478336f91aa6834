package cn.eco.enforcement.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import cn.eco.enforcement.identity.internal.DemoModeActivation;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V250 (a Java migration: V6 left the device-kind check unnamed) on H2, the demo's database: a
 * production-condition logger can be registered, an unknown kind still cannot. PostgreSQL is covered
 * by the integration tests that register PRODUCTION_CONDITION devices.
 */
class ProductionConditionKindMigrationTests {

	private static final String URL = "jdbc:h2:mem:production_condition_kind;DB_CLOSE_DELAY=-1";

	@Test
	void theDeviceKindCheckAdmitsProductionConditionsAndStillRefusesUnknownKinds() {
		// The demo's locations: its firms (ENT-0001) exist.
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", URL)));
		new DemoModeActivation().postProcessEnvironment(environment, new SpringApplication());
		Flyway.configure().dataSource(URL, "sa", "").locations(environment.getProperty("spring.flyway.locations", String[].class))
			.load().migrate();
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(URL, "sa", ""));

		jdbc.sql(insert("PC-1", "PRODUCTION_CONDITION")).update();

		assertThat(jdbc.sql("SELECT kind FROM monitoring_device WHERE mn = 'PC-1'").query(String.class).single())
			.isEqualTo("PRODUCTION_CONDITION");
		assertThatThrownBy(() -> jdbc.sql(insert("PC-2", "TOASTER")).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM information_schema.table_constraints
				WHERE UPPER(table_name) = 'MONITORING_DEVICE' AND UPPER(constraint_name) = 'MONITORING_DEVICE_KIND'""")
			.query(Integer.class).single()).as("declared again under a name").isEqualTo(1);
	}

	private static String insert(String mn, String kind) {
		return "INSERT INTO monitoring_device (mn, password_salt, password_hash, kind, enterprise_code, registered_at) VALUES ('"
				+ mn + "', 's', 'h', '" + kind + "', 'ENT-0001', CURRENT_TIMESTAMP)";
	}

}
