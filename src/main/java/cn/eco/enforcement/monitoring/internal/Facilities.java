package cn.eco.enforcement.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.eco.enforcement.monitoring.Facility;
import cn.eco.enforcement.monitoring.FacilityKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The enterprises' production and treatment facilities under electricity monitoring. */
@Repository
class Facilities {

	private final JdbcClient jdbc;

	/** The facilities of the enterprise a logger meters, by logger: read for every electricity upload. */
	private final ExpiringCache<String, List<Facility>> byLogger;

	Facilities(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.byLogger = new ExpiringCache<>(Duration.ofMinutes(1), 100_000, clock);
	}

	/** Registers or replaces the facility and, for a treatment facility, what it serves. */
	void upsert(String enterpriseCode, Facility facility, OffsetDateTime now) {
		int updated = jdbc.sql("""
				UPDATE monitoring_facility SET name = ?, kind = ?, mn = ?, factor_code = ?, running_above = ?, unit = ?
				WHERE enterprise_code = ? AND code = ?""")
			.params(facility.name(), facility.kind().name(), facility.mn(), facility.factorCode(),
					facility.runningAbove(), facility.unit(), enterpriseCode, facility.code())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO monitoring_facility (enterprise_code, code, name, kind, mn, factor_code, running_above, unit,
					                                 registered_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(enterpriseCode, facility.code(), facility.name(), facility.kind().name(), facility.mn(),
						facility.factorCode(), facility.runningAbove(), facility.unit(), now)
				.update();
		}
		jdbc.sql("DELETE FROM monitoring_facility_treats WHERE enterprise_code = ? AND treatment_code = ?")
			.params(enterpriseCode, facility.code())
			.update();
		for (String production : facility.treats()) {
			jdbc.sql("INSERT INTO monitoring_facility_treats (enterprise_code, treatment_code, production_code) VALUES (?, ?, ?)")
				.params(enterpriseCode, facility.code(), production)
				.update();
		}
		of(enterpriseCode).forEach(f -> byLogger.evict(f.mn()));
		byLogger.evict(facility.mn());
	}

	/** The enterprise's facilities by code, each treatment facility with the production it serves. */
	List<Facility> of(String enterpriseCode) {
		Map<String, List<String>> treats = new HashMap<>();
		jdbc.sql("""
				SELECT treatment_code, production_code FROM monitoring_facility_treats
				WHERE enterprise_code = ? ORDER BY production_code""")
			.param(enterpriseCode)
			.query(rs -> {
				treats.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return jdbc.sql("SELECT * FROM monitoring_facility WHERE enterprise_code = ? ORDER BY code")
			.param(enterpriseCode)
			.query((rs, n) -> facility(rs, treats))
			.list();
	}

	/** All facilities of the enterprise whose facility the logger meters; empty when it meters none. */
	List<Facility> ofEnterpriseMeteredBy(String mn) {
		return byLogger.get(mn, key -> jdbc.sql("SELECT enterprise_code FROM monitoring_facility WHERE mn = ? LIMIT 1")
			.param(key)
			.query(String.class)
			.optional()
			.map(this::of)
			.orElse(List.of()));
	}

	private static Facility facility(ResultSet rs, Map<String, List<String>> treats) throws SQLException {
		String code = rs.getString("code");
		return new Facility(code, rs.getString("name"), FacilityKind.valueOf(rs.getString("kind")), rs.getString("mn"),
				rs.getString("factor_code"), rs.getBigDecimal("running_above").stripTrailingZeros(), rs.getString("unit"),
				treats.getOrDefault(code, List.of()));
	}

}
