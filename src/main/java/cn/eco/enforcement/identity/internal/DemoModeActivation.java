package cn.eco.enforcement.identity.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches demo mode on when {@code app.demo=true}, or when {@code app.demo=auto} (the default)
 * and the database is the embedded H2. Demo mode loads the demo organisation and enterprises and
 * creates demo accounts; a start on PostgreSQL does neither unless asked. Registered in
 * {@code META-INF/spring.factories}; runs after the configuration files are read.
 */
public class DemoModeActivation implements EnvironmentPostProcessor, Ordered {

	static final String DEMO_ENABLED = "app.demo.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String demo = environment.getProperty("app.demo.mode", "auto");
		String url = environment.getProperty("spring.datasource.url", "");
		boolean enabled = "true".equalsIgnoreCase(demo) || ("auto".equalsIgnoreCase(demo) && url.startsWith("jdbc:h2:"));
		// Added last, so explicit settings of the same keys still win.
		// The demo sends no mail unless a mail server is named; the messages stay in the outbox.
		boolean mail = !enabled || environment.getProperty("MAIL_HOST") != null;
		// The demo data (db/demo, V1000…) sorts after every schema migration; a demo database kept
		// across an upgrade must still take a newer schema migration with a lower version.
		environment.getPropertySources()
			.addLast(new MapPropertySource("demoMode", Map.of(DEMO_ENABLED, enabled, "spring.flyway.locations",
					enabled ? "classpath:db/migration,classpath:db/demo" : "classpath:db/migration", "app.mail.enabled",
					mail, "spring.flyway.out-of-order", enabled)));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
