package cn.eco.enforcement.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import cn.eco.enforcement.monitoring.ConditionDeclarationKind;
import cn.eco.enforcement.monitoring.ConditionDeclarationView;
import cn.eco.enforcement.monitoring.DeclareCondition;
import cn.eco.enforcement.monitoring.DeviceKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Start-up and shutdown periods (启炉/停炉) declared for devices, append-only. A period declared for a
 * device covers that device's exceedances; one declared for the firm's production-condition device
 * (kind PRODUCTION_CONDITION, HJ 212-2025 ST=45) covers every device of the firm, since that logger
 * watches the production the others measure.
 */
@Component
class ConditionDeclarations {

	private final JdbcClient jdbc;

	private final Clock clock;

	ConditionDeclarations(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	ConditionDeclarationView declare(DeclareCondition d) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO condition_declaration (mn, kind, starts_at, ends_at, note, declared_by, declared_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(d.mn(), d.kind().name(), utc(d.from()), utc(d.to()), d.note(), d.declaredBy(), OffsetDateTime.now(clock))
			.update(key, "id");
		long id = key.getKey().longValue();
		return jdbc.sql("SELECT * FROM condition_declaration WHERE id = ?").param(id).query(this::row).single();
	}

	List<ConditionDeclarationView> of(String mn) {
		return jdbc.sql("SELECT * FROM condition_declaration WHERE mn = ? ORDER BY starts_at DESC, id DESC")
			.param(mn)
			.query(this::row)
			.list();
	}

	/**
	 * The declaration in force at the moment for the device: its own, or one for a production-condition
	 * device of its firm; the latest declared when several are.
	 */
	Optional<ConditionDeclarationView> covering(Devices.Device device, Instant at) {
		OffsetDateTime moment = at.atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				SELECT d.* FROM condition_declaration d JOIN monitoring_device m ON m.mn = d.mn
				WHERE d.starts_at <= ? AND d.ends_at > ?
				  AND (d.mn = ? OR (m.kind = ? AND m.enterprise_code = ?))
				ORDER BY d.declared_at DESC, d.id DESC FETCH FIRST 1 ROWS ONLY""")
			.params(moment, moment, device.mn(), DeviceKind.PRODUCTION_CONDITION.name(), device.enterpriseCode())
			.query(this::row)
			.optional();
	}

	private ConditionDeclarationView row(ResultSet rs, int rowNum) throws SQLException {
		ConditionDeclarationKind kind = ConditionDeclarationKind.valueOf(rs.getString("kind"));
		return new ConditionDeclarationView(rs.getLong("id"), rs.getString("mn"), kind, kind.label(),
				rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
				rs.getString("note"), rs.getString("declared_by"), rs.getObject("declared_at", OffsetDateTime.class));
	}

	private static OffsetDateTime utc(OffsetDateTime t) {
		return t.withOffsetSameInstant(ZoneOffset.UTC);
	}

}
