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

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles("it")) {
			return;
		}
		TestMailServer.get();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("integrationTest",
					Map.of("spring.datasource.url", PostgresTestDatabase.url(), "spring.datasource.username",
							PostgresTestDatabase.user(), "spring.datasource.password", PostgresTestDatabase.password(),
							"spring.mail.host", "127.0.0.1", "spring.mail.port", TestMailServer.port(),
							"app.demo.mode", "true", "camunda.bpm.job-execution.enabled", false, "app.mail.enabled", true,
							"app.mail.send-interval", "PT1H", "hj212.port", 0)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

}
