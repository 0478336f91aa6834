package cn.eco.enforcement.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Third-party O&amp;M contracts as an administrator records them, for tests that need a device under one. */
public final class OmContractFixtures {

	private OmContractFixtures() {
	}

	/**
	 * An O&amp;M company of its own with a contract covering the device from a month ago to most of a
	 * year ahead.
	 * @return the company's code
	 */
	public static String underContract(JdbcClient jdbc, String mn) {
		String code = "OMT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		jdbc.sql("INSERT INTO om_company (code, name) VALUES (?, ?)").params(code, "测试运维公司" + code).update();
		jdbc.sql("""
				INSERT INTO om_contract (contract_number, company_code, valid_from, valid_to)
				VALUES (?, ?, CURRENT_DATE - 30, CURRENT_DATE + 300)""")
			.params(code + "-C", code)
			.update();
		jdbc.sql("INSERT INTO om_contract_device (contract_number, mn) VALUES (?, ?)").params(code + "-C", mn).update();
		return code;
	}

}
