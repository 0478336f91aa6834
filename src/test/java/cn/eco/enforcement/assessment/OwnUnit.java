package cn.eco.enforcement.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.eco.enforcement.enterprise.EnterpriseApi;
import cn.eco.enforcement.enterprise.EnterpriseData;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A branch bureau of its own for tests that change counts: a brigade, one squadron with a leader and
 * three certified inspectors, a township and enterprises created on demand, so no demo fixture
 * another test relies on is touched. Accounts are created in the engine (password = user id).
 */
record OwnUnit(String branch, String squadron, String township, String leader, String inspectorA,
		String inspectorB, String inspectorC) {

	static OwnUnit create(JdbcClient jdbc, IdentityService identity) {
		String s = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		OwnUnit unit = new OwnUnit("T" + s, "T" + s + "-SQ1", "TS-T" + s, "ld" + s.toLowerCase(), "ia" + s.toLowerCase(),
				"ib" + s.toLowerCase(), "ic" + s.toLowerCase());
		jdbc.sql("INSERT INTO org_unit (code, name, kind, parent_code) VALUES (?, ?, 'BRANCH_BUREAU', 'XY')")
			.params(unit.branch, "测试分局" + s)
			.update();
		jdbc.sql("INSERT INTO org_unit (code, name, kind, parent_code) VALUES (?, ?, 'BRIGADE', ?)")
			.params(unit.branch + "-B", "测试大队" + s, unit.branch)
			.update();
		jdbc.sql("INSERT INTO org_unit (code, name, kind, parent_code) VALUES (?, ?, 'SQUADRON', ?)")
			.params(unit.squadron, "测试中队" + s, unit.branch + "-B")
			.update();
		jdbc.sql("INSERT INTO township (code, name, squadron_code) VALUES (?, ?, ?)")
			.params(unit.township, "测试镇" + s, unit.squadron)
			.update();
		unit.staff(jdbc, identity, unit.leader, "测试中队长", "SQUADRON_LEADER");
		unit.staff(jdbc, identity, unit.inspectorA, "测试甲", "INSPECTOR");
		unit.staff(jdbc, identity, unit.inspectorB, "测试乙", "INSPECTOR");
		unit.staff(jdbc, identity, unit.inspectorC, "测试丙", "INSPECTOR");
		return unit;
	}

	List<String> inspectors() {
		return List.of(inspectorA, inspectorB, inspectorC);
	}

	/** A new enterprise in the unit's township. */
	String enterprise(EnterpriseApi enterprises, String category, String responsible, String deputy) {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		enterprises.save(Map.of(1, new EnterpriseData(code, "测试企业" + code, creditCode(), "测试地址", null, null, township,
				"测试行业", category, List.of("w01018"), responsible, deputy, null)));
		return code;
	}

	private void staff(JdbcClient jdbc, IdentityService identity, String userId, String name, String role) {
		jdbc.sql("""
				INSERT INTO staff (user_id, name, email, role, org_unit_code, certificate_no, available)
				VALUES (?, ?, ?, ?, ?, ?, TRUE)""")
			.params(userId, name + userId, userId + "@test.example.cn", role, squadron, "测试证" + userId)
			.update();
		var user = identity.newUser(userId);
		user.setFirstName(name);
		user.setLastName("");
		user.setPassword(userId);
		user.setEmail(userId + "@test.example.cn");
		// password = user id, as the demo accounts have; Camunda's password policy would refuse it
		((org.camunda.bpm.engine.impl.IdentityServiceImpl) identity).saveUser(user, true);
		identity.createMembership(userId, "SQUADRON_LEADER".equals(role) ? "squadron-leaders" : "inspectors");
	}

	private static String creditCode() {
		String letters = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder code = new StringBuilder("91420600");
		for (int i = 0; i < 10; i++) {
			code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return code.toString();
	}

}
