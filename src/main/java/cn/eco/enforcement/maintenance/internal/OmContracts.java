package cn.eco.enforcement.maintenance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inspection companies, their contracts and the devices and inspectors under them. */
@Repository
class OmContracts {

	/** A device under a contract valid on the given day. */
	record ContractDevice(String mn, String contractNumber, String companyCode, String companyName) {

		String companyGroup() {
			return groupOf(companyCode);
		}

	}

	record OmInspector(String userId, String name, String companyCode, String email) {
	}

	private final JdbcClient jdbc;

	OmContracts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The Camunda group of a company's inspectors: its tasks are offered to it and no one else. */
	static String groupOf(String companyCode) {
		return "om-company-" + companyCode;
	}

	List<ContractDevice> devicesUnderContract(LocalDate day) {
		return jdbc.sql("""
				SELECT d.mn, c.contract_number, c.company_code, o.name AS company_name
				FROM om_contract_device d JOIN om_contract c ON c.contract_number = d.contract_number
				JOIN om_company o ON o.code = c.company_code
				WHERE c.valid_from <= ? AND c.valid_to >= ? ORDER BY d.mn""")
			.params(day, day)
			.query(ContractDevice.class)
			.list();
	}

	Optional<ContractDevice> contractOf(String mn, LocalDate day) {
		return devicesUnderContract(day).stream().filter(d -> d.mn().equals(mn)).findFirst();
	}

	List<OmInspector> inspectors() {
		return jdbc.sql("SELECT user_id, name, company_code, email FROM om_inspector ORDER BY user_id")
			.query(OmInspector.class)
			.list();
	}

	List<String> companyCodes() {
		return jdbc.sql("SELECT code FROM om_company ORDER BY code").query(String.class).list();
	}

	String companyName(String code) {
		return jdbc.sql("SELECT name FROM om_company WHERE code = ?").param(code).query(String.class).single();
	}

}
