package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Admits the device kind PRODUCTION_CONDITION (生产工况, HJ 212-2025 ST=45) in
 * {@code monitoring_device.kind}. V6 declared the kind check without a name, so PostgreSQL named it
 * {@code monitoring_device_kind_check} and H2 something of its own: the check is found by what it
 * says, dropped, and declared again, named, with the new kind. Java rather than SQL because no
 * single SQL statement drops an unnamed constraint on both databases.
 */
public class V250__monitoring_production_condition_kind extends BaseJavaMigration {

	static final String KINDS = "'AMBIENT_AIR', 'SURFACE_WATER', 'FLUE_GAS', 'WASTEWATER', 'VOCS_FENCELINE', "
			+ "'CATERING_FUME', 'ELECTRICITY', 'PRODUCTION_CONDITION'";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			for (String name : kindChecks(statement)) {
				statement.execute("ALTER TABLE monitoring_device DROP CONSTRAINT \"" + name + "\"");
			}
			statement.execute("ALTER TABLE monitoring_device ADD CONSTRAINT monitoring_device_kind CHECK (kind IN (" + KINDS
					+ "))");
		}
	}

	private static List<String> kindChecks(Statement statement) throws Exception {
		List<String> names = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery("""
				SELECT tc.constraint_name FROM information_schema.table_constraints tc
				JOIN information_schema.check_constraints cc
				  ON cc.constraint_name = tc.constraint_name AND cc.constraint_schema = tc.constraint_schema
				WHERE UPPER(tc.table_name) = 'MONITORING_DEVICE' AND tc.constraint_type = 'CHECK'
				  AND tc.table_schema = CURRENT_SCHEMA AND cc.check_clause LIKE '%ELECTRICITY%'""")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}

}
