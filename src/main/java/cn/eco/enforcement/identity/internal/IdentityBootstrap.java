package cn.eco.enforcement.identity.internal;

import cn.eco.enforcement.grid.GridApi;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets up accounts, groups, authorizations and filters at start-up. A non-demo start without an
 * admin password from the environment ({@code APP_ADMIN_PASSWORD}) refuses to run: there is no
 * fixed production password.
 */
@Component
class IdentityBootstrap implements InitializingBean {

	private final boolean demo;

	private final String adminPassword;

	private final IdentityService identity;

	private final Accounts accounts;

	private final AccessModel access;

	IdentityBootstrap(@Value("${" + DemoModeActivation.DEMO_ENABLED + ":false}") boolean demo,
			@Value("${app.admin-password:}") String adminPassword, IdentityService identity,
			AuthorizationService authorizations, FilterService filters, TaskService tasks, GridApi grid,
			cn.eco.enforcement.enterprise.EnterpriseApi enterprises) {
		this.demo = demo;
		this.identity = identity;
		this.adminPassword = adminPassword;
		this.accounts = new Accounts(identity, grid);
		this.access = new AccessModel(identity, authorizations, filters, tasks, grid, enterprises);
	}

	@Override
	public void afterPropertiesSet() {
		if (!demo && adminPassword.isBlank()) {
			throw new IllegalStateException("拒绝启动：非演示模式必须通过环境变量 APP_ADMIN_PASSWORD 设置管理员密码 "
					+ "(refusing to start: set APP_ADMIN_PASSWORD, or APP_DEMO_MODE=true for a demo)");
		}
		if (!demo && adminPassword.length() < 12) {
			throw new IllegalStateException("拒绝启动：APP_ADMIN_PASSWORD 至少 12 个字符 (admin password too short)");
		}
		if (!adminPassword.isBlank() && !demo) {
			var policy = identity.checkPasswordAgainstPolicy(adminPassword);
			if (!policy.isValid()) {
				throw new IllegalStateException("拒绝启动：APP_ADMIN_PASSWORD 不符合密码策略（至少 10 个字符，含大写字母、小写字母、数字和符号，"
						+ "不含用户名） (admin password violates the password policy: " + policy.getViolatedRules().stream()
							.map(r -> r.getPlaceholder()).toList() + ")");
			}
		}
		access.ensureGroups();
		if (!adminPassword.isBlank()) {
			accounts.ensureAdmin(adminPassword);
		}
		if (demo) {
			accounts.ensureDemoAccounts();
		}
		access.ensureGrantsAndFilters(demo ? Accounts.DEMO_ADMIN : Accounts.PRODUCTION_ADMIN);
	}

}
