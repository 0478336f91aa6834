package cn.eco.enforcement.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.eco.enforcement.EnforcementApplication;
import cn.eco.enforcement.support.PostgresTestDatabase;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How the application starts outside the demo: on PostgreSQL, without demo accounts, never without
 * an admin password that passes the password policy.
 * <p>
 * A failsafe test, in a JVM of its own: closing the contexts it starts shuts down the engine
 * registry that the shared test context's REST API looks its engine up in.
 */
class StartupModeIT {

	@Test
	void nonDemoStartWithoutAnAdminPasswordRefusesToRun() {
		assertThatThrownBy(() -> start("")).hasStackTraceContaining("APP_ADMIN_PASSWORD");
	}

	@Test
	void anAdminPasswordThatFailsThePasswordPolicyRefusesToRun() {
		assertThatThrownBy(() -> start("all-lower-case-no-digits")).hasStackTraceContaining("密码策略");
	}

	@Test
	void postgresStartCreatesTheAdminButNoDemoAccountsOrDemoData() {
		try (ConfigurableApplicationContext context = start("A-long-Secret-from-the-env-2026")) {
			IdentityService identity = context.getBean(IdentityService.class);

			assertThat(identity.checkPassword("admin", "A-long-Secret-from-the-env-2026")).isTrue();
			assertThat(identity.createUserQuery().userId("demo").count()).isZero();
			assertThat(identity.createUserQuery().userId("wangqiang").count()).isZero();
			assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
				.sql("SELECT COUNT(*) FROM enterprise")
				.query(Integer.class)
				.single()).isZero();
		}
	}

	private static ConfigurableApplicationContext start(String adminPassword) {
		// Command-line arguments, as an operator would pass them (they outrank application.yml).
		return new SpringApplicationBuilder(EnforcementApplication.class).run(
				"--spring.datasource.url=" + PostgresTestDatabase.freshUrl(),
				"--spring.datasource.username=" + PostgresTestDatabase.user(),
				"--spring.datasource.password=" + PostgresTestDatabase.password(), "--app.admin-password=" + adminPassword,
				"--server.port=0", "--hj212.port=0", "--camunda.bpm.job-execution.enabled=false", "--app.mail.send-interval=PT1H");
	}

}
