package cn.eco.enforcement.identity.internal;

import static cn.eco.enforcement.identity.Roles.*;

import java.util.ArrayList;
import java.util.List;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.grid.GridApi;
import cn.eco.enforcement.grid.Squadron;
import cn.eco.enforcement.grid.StaffMember;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the admin account and, in demo mode, an account for every member of the demo staff. */
class Accounts {

	static final String DEMO_ADMIN = "demo";

	static final String PRODUCTION_ADMIN = "admin";

	/** Demo firms with an account each (ent0001 … ent0006): they fill in self-inspections and report rectifications. */
	static final List<String> DEMO_ENTERPRISE_ACCOUNTS = List.of("ENT-0001", "ENT-0002", "ENT-0003", "ENT-0004", "ENT-0005",
			"ENT-0006");

	/** The demo's legal reviewer (法制审核), a supervisor who reviews cases and leaves approvals to the others. */
	static final List<String> DEMO_LEGAL_REVIEWERS = List.of("gaojie");

	private static final Logger log = LoggerFactory.getLogger(Accounts.class);

	private final IdentityService identity;

	private final GridApi grid;

	Accounts(IdentityService identity, GridApi grid) {
		this.identity = identity;
		this.grid = grid;
	}

	/** The production admin, whose password only ever comes from the environment. */
	void ensureAdmin(String password) {
		ensureUser(PRODUCTION_ADMIN, "系统管理员", null, password, List.of(ADMIN), false);
	}

	/** Demo accounts: password = user id, as in Camunda's own demo; {@code demo} is admin. */
	void ensureDemoAccounts() {
		ensureUser(DEMO_ADMIN, "演示管理员", null, DEMO_ADMIN, List.of(ADMIN, SUPERVISORS), true);
		ensureUser("monitor", "在线监控平台", null, "monitor", List.of(ALARM_SOURCES), true);
		ensureUser("sharing-demo", "数据共享演示账户", null, "sharing-demo", List.of(DATA_SHARING), true);
		for (StaffMember staff : grid.allStaff()) {
			ensureUser(staff.userId(), staff.name(), staff.email(), staff.userId(), groupsOf(staff), true);
		}
		for (String code : DEMO_ENTERPRISE_ACCOUNTS) {
			String userId = "ent" + code.substring(code.length() - 4);
			ensureUser(userId, "企业环保专员" + code.substring(code.length() - 4), null, userId,
					List.of(ENTERPRISES, EnterpriseApi.accountGroupOf(code)), true);
		}
		log.warn("演示模式：已创建演示账号（密码与用户名相同），切勿用于生产环境 / demo accounts created, password = user id");
	}

	private static List<String> groupsOf(StaffMember staff) {
		List<String> groups = new ArrayList<>();
		switch (staff.role()) {
			case INSPECTOR -> groups.add(INSPECTORS);
			case SQUADRON_LEADER -> groups.add(SQUADRON_LEADERS);
			case SUPERVISOR -> groups.add(SUPERVISORS);
			case AUDITOR -> groups.add(AUDITORS);
		}
		if (DEMO_LEGAL_REVIEWERS.contains(staff.userId())) {
			groups.add(LEGAL_REVIEWERS);
		}
		if (staff.role() == cn.eco.enforcement.grid.StaffRole.INSPECTOR
				|| staff.role() == cn.eco.enforcement.grid.StaffRole.SQUADRON_LEADER) {
			groups.add(Squadron.groupIdOf(staff.orgUnitCode()));
		}
		return groups;
	}

	/**
	 * @param demoPassword the demo's password = user id, which Camunda's password policy would refuse;
	 * every other password (the admin's, users' own changes) must pass the policy
	 */
	private void ensureUser(String id, String name, String email, String password, List<String> groups,
			boolean demoPassword) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			// Chinese names are shown family name first; short ones split after the family name.
			boolean personal = name.length() <= 4;
			user.setFirstName(personal ? name.substring(0, 1) : name);
			user.setLastName(personal && name.length() > 1 ? name.substring(1) : "");
			user.setEmail(email);
			user.setPassword(password);
			if (demoPassword) {
				((IdentityServiceImpl) identity).saveUser(user, true);
			}
			else {
				identity.saveUser(user);
			}
			log.info("Created account {} ({})", id, name);
		}
		for (String group : groups) {
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

}
