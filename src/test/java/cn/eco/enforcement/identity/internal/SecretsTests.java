package cn.eco.enforcement.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * No password ships with the application: configuration takes every secret from the environment,
 * the product's code holds none (the simulator and benchmark in src/tools talk to the demo devices,
 * password 123456 in db/demo, and are not in the jar), demo accounts exist only in demo mode, and a
 * production start without a proper admin password refuses (the full start is in StartupModeIT).
 */
class SecretsTests {

	private static final Pattern FIXED_SECRET = Pattern.compile(
			"(?i)setPassword\\(\\s*\"|\\w*(password|secret|credential)\\w*\\s*=\\s*\"[^\"]+\"");

	@Test
	void applicationYmlTakesEverySecretFromTheEnvironment() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();

		List<String> fixed = properties.stringPropertyNames().stream()
			.filter(key -> key.toLowerCase().matches(".*(password|secret|credential).*"))
			.filter(key -> !properties.getProperty(key).isEmpty() && !properties.getProperty(key).matches("\\$\\{[A-Z0-9_]+:}"))
			.map(key -> key + " = " + properties.getProperty(key))
			.toList();

		assertThat(fixed).isEmpty();
		assertThat(properties.getProperty("app.admin-password")).isEqualTo("${APP_ADMIN_PASSWORD:}");
	}

	@Test
	void productCodeHoldsNoFixedPassword() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (FIXED_SECRET.matcher(lines.get(i)).find()) {
						found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}

		assertThat(found).isEmpty();
	}

	@Test
	void demoModeIsOnForTheEmbeddedDatabaseOrWhenAskedAndOffOtherwise() {
		assertThat(demoMode("jdbc:h2:mem:enforcement", null)).isTrue();
		assertThat(demoMode("jdbc:postgresql://db:5432/enforcement", null)).as("PostgreSQL, not asked").isFalse();
		assertThat(demoMode("jdbc:postgresql://db:5432/enforcement", "true")).isTrue();
		assertThat(demoMode("jdbc:h2:mem:enforcement", "false")).isFalse();
	}

	@Test
	void productionStartRefusesWithoutAnAdminPasswordOrWithAShortOne() {
		assertThatThrownBy(() -> bootstrap(false, "").afterPropertiesSet()).hasMessageContaining("APP_ADMIN_PASSWORD");
		assertThatThrownBy(() -> bootstrap(false, "short-pass1").afterPropertiesSet()).hasMessageContaining("12");
	}

	private static IdentityBootstrap bootstrap(boolean demo, String adminPassword) {
		// The refusal comes before any engine call, so no engine is needed to show it.
		return new IdentityBootstrap(demo, adminPassword, null, null, null, null, null, null);
	}

	private static boolean demoMode(String url, String mode) {
		StandardEnvironment environment = new StandardEnvironment();
		Map<String, Object> settings = new java.util.HashMap<>(Map.of("spring.datasource.url", url));
		if (mode != null) {
			settings.put("app.demo.mode", mode);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("test", settings));
		new DemoModeActivation().postProcessEnvironment(environment, new SpringApplication());
		return environment.getProperty(DemoModeActivation.DEMO_ENABLED, Boolean.class);
	}

}
