package cn.eco.enforcement.support;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the {@code it} profile at the per-JVM PostgreSQL database and the GreenMail server.
 * Registered in the test {@code META-INF/spring.factories}; runs before demo-mode detection.
 */
public class IntegrationTestProperties implements EnvironmentPostProcessor, Ordered {

	/** Evidence files of this test JVM, under target/ so a clean build removes them. */
	private static final java.nio.file.Path EVIDENCE_DIRECTORY = java.nio.file.Path.of("target", "evidence",
			java.util.UUID.randomUUID().toString()).toAbsolutePath();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("it")) {
			return;
		}
		TestMailServer.get();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("integrationTest",
					Map.ofEntries(Map.entry("spring.datasource.url", PostgresTestDatabase.url()),
							Map.entry("spring.datasource.username", PostgresTestDatabase.user()),
							Map.entry("spring.datasource.password", PostgresTestDatabase.password()),
							Map.entry("spring.mail.host", "127.0.0.1"), Map.entry("spring.mail.port", TestMailServer.port()),
							Map.entry("app.demo.mode", "true"), Map.entry("camunda.bpm.job-execution.enabled", false),
							Map.entry("app.mail.enabled", true), Map.entry("app.mail.send-interval", "PT1H"),
							Map.entry("hj212.port", 0),
							Map.entry("app.evidence.directory", EVIDENCE_DIRECTORY.toString()),
							// Tests run the hourly, daily and monthly jobs themselves.
							Map.entry("app.monitoring.detection.completeness-cron", "-"),
							Map.entry("app.self-inspection.cron", "-"),
							Map.entry("app.random-inspection.cron", "-"), Map.entry("app.reminders.cron", "-"),
							Map.entry("app.reminders.digest-cron", "-"),
							// ReadingRetentionTests runs the partition upkeep itself; a scheduled run in the
							// middle of a test would drop or move what the test has just put in place.
							Map.entry("app.monitoring.retention.initial-delay", "P1D"),
							// ReadingDerivationTests derives its own windows.
							Map.entry("app.monitoring.derivation.cron", "-"))));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

}
